package statements

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const polnearDir = "../../../shared/bench/quotes/polnear-1.0"

func loadDev(t *testing.T) []GoldArticle {
	t.Helper()
	if testing.Short() {
		t.Skip("benchmark data: skipped in -short")
	}
	if _, err := os.Stat(polnearDir); err != nil {
		t.Skip("PolNeAR data absent")
	}
	arts, err := LoadPolNeAR(context.Background(), polnearDir, "dev")
	require.NoError(t, err)
	require.NotEmpty(t, arts)
	return arts
}

// TestPolNeARDetection holds the detection figures reached on dev, so a
// change that loses statements or speakers fails here.
func TestPolNeARDetection(t *testing.T) {
	arts := loadDev(t)
	sc, err := ScoreDetection(context.Background(), arts)
	require.NoError(t, err)
	t.Logf("dev, all kinds: %+v", sc)
	assert.GreaterOrEqual(t, sc.Precision, 0.85)
	assert.GreaterOrEqual(t, sc.Recall, 0.80)
	assert.GreaterOrEqual(t, sc.SpeakerAccuracy, 0.77)
	// the statements Compare checks must stay precise and well attributed
	ch, err := ScoreDetection(context.Background(), arts, Direct, Reported)
	require.NoError(t, err)
	t.Logf("dev, checked kinds: %+v", ch)
	assert.GreaterOrEqual(t, ch.Precision, 0.93)
	assert.GreaterOrEqual(t, ch.SpeakerAccuracy, 0.85)
}

// TestPolNeARPerturbations holds the checker's recall per perturbation
// class and its false-alarm rate on untouched statements.
func TestPolNeARPerturbations(t *testing.T) {
	ps, err := ScorePerturbations(context.Background(), loadDev(t), 1)
	require.NoError(t, err)
	for _, cl := range PerturbClasses {
		t.Logf("%-20s %d/%d", cl, ps.Caught[cl], ps.Made[cl])
	}
	for _, cl := range []PerturbClass{AlterNumber, AlterNegation, AlterWord} {
		assert.GreaterOrEqual(t, ps.Recall(cl), 0.98, cl)
	}
	assert.GreaterOrEqual(t, ps.Recall(FabricateQuote), 0.95)
	assert.GreaterOrEqual(t, ps.Recall(SwapSpeaker), 0.9)
	assert.GreaterOrEqual(t, ps.Recall(MergeClaim), 0.95)
	assert.GreaterOrEqual(t, ps.Recall(FaithfulParaphrase), 0.9)
	assert.LessOrEqual(t, ps.FalseAlarmRate(), 0.02)
}

func TestParseSpans(t *testing.T) {
	assert.Equal(t, [][2]int{{3, 9}, {12, 20}}, parseSpans("Content 3 9;12 20"))
	assert.Empty(t, parseSpans("Content x y"))
}
