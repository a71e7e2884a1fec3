package bench

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/match"
)

func TestSpinBenchmark(t *testing.T) {
	rep, err := Spin(context.Background(), filepath.Join("..", "testdata", "spin"), 5, match.Options{})
	require.NoError(t, err)
	for _, l := range rep.Levels {
		t.Logf("%-9s swapped %.2f recall %.3f containment %.3f %v", l.Name, l.SwapShare, l.Recall, l.MeanContainment, l.Relations)
	}
	t.Logf("same-topic FP %.3f (max containment %.3f) cross-topic FP %.3f over %d pairs", rep.SameTopicFP, rep.SameTopicMaxC, rep.CrossTopicFP, rep.Pairs)
	// Reached: recall 1.00 up to 30% of words swapped and for partial
	// copies, 0.95 at 40%, 0.375 at 50% and 0.30 at 60% (where only names,
	// numbers and stop words are left); no false positive.
	minRecall := map[string]float64{"swap10": 1, "swap20": 1, "swap30": 0.95, "swap40": 0.9,
		"swap50": 0.3, "swap60": 0.25, "partial40": 0.95}
	require.Len(t, rep.Levels, len(SpinLevels()))
	for _, l := range rep.Levels {
		assert.Equal(t, 40, l.Copies)
		assert.GreaterOrEqual(t, l.Recall, minRecall[l.Name], l.Name)
		if l.Name != "partial40" {
			assert.InDelta(t, 0.1*float64(l.Name[4]-'0'), l.SwapShare, 0.1, "%s swaps about its share", l.Name)
		}
	}
	assert.Zero(t, rep.SameTopicFP)
	assert.Zero(t, rep.CrossTopicFP)
	assert.Equal(t, 120, rep.Pairs)
}
