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
	assert.GreaterOrEqual(t, sc.Precision, 0.86)
	assert.GreaterOrEqual(t, sc.Recall, 0.87)
	assert.GreaterOrEqual(t, sc.F1, 0.868)
	assert.GreaterOrEqual(t, sc.SpeakerAccuracy, 0.795)
	assert.GreaterOrEqual(t, sc.SpanF1, 0.818)
	// calling every sentence a statement scores F1 0.80 under the overlap
	// match; the rules must stay clear of that floor on both measures
	base, err := ScoreSentenceBaseline(context.Background(), arts)
	require.NoError(t, err)
	assert.Greater(t, sc.F1, base.F1+0.02)
	assert.Greater(t, sc.SpanF1, base.SpanF1+0.1)
	// the statements Compare checks must stay precise and well attributed
	ch, err := ScoreDetection(context.Background(), arts, Direct, Reported)
	require.NoError(t, err)
	t.Logf("dev, checked kinds: %+v", ch)
	assert.GreaterOrEqual(t, ch.Precision, 0.948)
	assert.GreaterOrEqual(t, ch.SpeakerAccuracy, 0.875)
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
	assert.GreaterOrEqual(t, ps.Recall(SwapSpeaker), 0.97)
	assert.GreaterOrEqual(t, ps.Recall(MergeClaim), 0.95)
	assert.GreaterOrEqual(t, ps.Recall(FaithfulParaphrase), 0.97)
	t.Logf("false alarms %d/%d", ps.Alarmed, ps.Untouched)
	assert.LessOrEqual(t, ps.FalseAlarmRate(), 0.0025) // 15 of 11,981 on dev
}

func TestParseSpans(t *testing.T) {
	assert.Equal(t, [][2]int{{3, 9}, {12, 20}}, parseSpans("Content 3 9;12 20"))
	assert.Empty(t, parseSpans("Content x y"))
}

// TestScoreSpans checks the code-point span score on a hand-made article:
// the detector finds the reported clause but runs two words past it.
func TestScoreSpans(t *testing.T) {
	txt := "Ada Brook said the pier will close in May. The ferry runs daily."
	content := [2]int{15, 41} // "the pier will close in May"
	arts := []GoldArticle{{Name: "a", Text: txt, Attrs: []GoldAttribution{{Source: [][2]int{{0, 9}}, Cue: [][2]int{{10, 14}}, Content: [][2]int{content}}}}}
	sc, err := ScoreDetection(context.Background(), arts)
	require.NoError(t, err)
	assert.Equal(t, 1.0, sc.Recall)
	assert.Equal(t, 1.0, sc.SpeakerAccuracy)
	assert.Equal(t, content[1]-content[0], sc.SpanGold)
	assert.Equal(t, sc.SpanBoth, sc.SpanGold)

	base, err := ScoreSentenceBaseline(context.Background(), arts)
	require.NoError(t, err)
	assert.Equal(t, 2, base.Detected)
	assert.Equal(t, 0.5, base.Precision) // the second sentence holds no attribution
	assert.Less(t, base.SpanPrecision, sc.SpanPrecision)
}

// TestScoreAgreement scores two hand-made annotators: one marks two
// attributions, the other only the first, with a different source span
// that names the same person.
func TestScoreAgreement(t *testing.T) {
	txt := "Ada Brook said the pier will close. Brook added that ferries stop."
	a := []GoldAttribution{
		{Source: [][2]int{{0, 9}}, Cue: [][2]int{{10, 14}}, Content: [][2]int{{15, 34}}},
		{Source: [][2]int{{36, 41}}, Cue: [][2]int{{42, 47}}, Content: [][2]int{{53, 66}}},
	}
	b := []GoldAttribution{{Source: [][2]int{{4, 9}}, Cue: [][2]int{{10, 14}}, Content: [][2]int{{19, 34}}}}
	sc, err := ScoreAgreement(context.Background(), []AnnotatedArticle{{Name: "a", Text: txt, ByAnnotator: [][]GoldAttribution{a, b}}})
	require.NoError(t, err)
	// pairs (a gold, b detects) and (b gold, a detects): 3 detected, 2 right
	assert.Equal(t, 3, sc.Detected)
	assert.Equal(t, 2, sc.TruePos)
	assert.Equal(t, 2, sc.GoldFound)
	assert.InDelta(t, 2.0/3, sc.F1, 1e-9)
	assert.Equal(t, 1.0, sc.SpeakerAccuracy)
	assert.Equal(t, 2*(34-19), sc.SpanBoth)
}

// TestScorePanel holds out each of four annotators in turn and scores the
// majority view of the other three against it: two votes of three.
func TestScorePanel(t *testing.T) {
	txt := "Ada Brook said the pier will close. Brook added that ferries stop."
	x := GoldAttribution{Source: [][2]int{{0, 9}}, Cue: [][2]int{{10, 14}}, Content: [][2]int{{15, 34}}}
	y := GoldAttribution{Source: [][2]int{{36, 41}}, Cue: [][2]int{{42, 47}}, Content: [][2]int{{53, 66}}}
	art := AnnotatedArticle{Name: "a", Text: txt, ByAnnotator: [][]GoldAttribution{{x, y}, {x, y}, {x}, {x}}}
	sc, err := ScorePanel(context.Background(), []AnnotatedArticle{art})
	require.NoError(t, err)
	// held out first or second: y has one vote of three, the panel keeps x
	// alone; held out third or fourth: y has two of three, both are kept
	assert.Equal(t, 1+1+2+2, sc.Detected)
	assert.Equal(t, 1+1+1+1, sc.TruePos)
	assert.Equal(t, 2+2+1+1, sc.Gold)
	assert.Equal(t, 1+1+1+1, sc.GoldFound)
}

// TestMajorityViewKeepsNested keeps an annotator's attribution nested in
// another of its own when the majority marks it too, drops the other
// annotators' copies, and does not count the outer span as a vote for the
// inner one.
func TestMajorityViewKeepsNested(t *testing.T) {
	outer := GoldAttribution{Content: [][2]int{{0, 40}}}
	inner := GoldAttribution{Content: [][2]int{{10, 20}}}
	assert.Equal(t, []GoldAttribution{outer, inner}, majorityView([][]GoldAttribution{{outer, inner}, {outer, inner}, {outer}}))
	assert.Equal(t, []GoldAttribution{outer}, majorityView([][]GoldAttribution{{outer, inner}, {outer}, {outer}}))
}

// TestPolNeARAgreement holds the annotators' agreement, the ceiling quoted
// beside the rules' figures.
func TestPolNeARAgreement(t *testing.T) {
	loadDev(t) // skips as the other corpus tests do
	multi, err := LoadPolNeARAgreement(context.Background(), polnearDir)
	require.NoError(t, err)
	assert.Equal(t, 24, len(multi))
	human, err := ScoreAgreement(context.Background(), multi)
	require.NoError(t, err)
	assert.InDelta(t, 0.875, human.F1, 0.005)
	assert.InDelta(t, 0.910, human.SpanF1, 0.005)
	panel, err := ScorePanel(context.Background(), multi)
	require.NoError(t, err)
	assert.InDelta(t, 0.895, panel.F1, 0.005)
	assert.Equal(t, 23*6+5, len(EachAnnotator(multi))) // one article has 5 annotators
}

func TestSourceHead(t *testing.T) {
	tests := []struct{ src, want string }{
		{"Sen. Ada Brook (D-KB)", "Sen. Ada Brook"},
		{"Archbishop Tom Reyes of the Kelby Diocese", "Archbishop Tom Reyes"},
		{"Jan Ode, a harbour pilot who has worked the strait", "Jan Ode"},
		{"the harbour council", "the harbour council"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sourceHead(tt.src), tt.src)
	}
}
