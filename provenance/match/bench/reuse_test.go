package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/match"
)

func reuseDir(t *testing.T) string {
	dir := filepath.Join("..", "..", "..", "..", "shared", "bench", "reuse", "clough-stevenson-2009")
	if _, err := os.Stat(filepath.Join(dir, "labels.csv")); err != nil {
		t.Skip("reuse benchmark data absent:", err)
	}
	return dir
}

// TestReuseBenchmark holds the figures reached on Clough & Stevenson, minus
// a small margin, so a change that loses accuracy fails here.
func TestReuseBenchmark(t *testing.T) {
	rep, err := Reuse(context.Background(), reuseDir(t), match.Options{})
	require.NoError(t, err)
	t.Logf("%+v", rep)
	assert.Equal(t, 95, rep.Answers)
	assert.Equal(t, 57, rep.Derived)
	// Reached: rank 1.000, rho 0.758, P 0.964, R 0.947, F1 0.956 (two "cut"
	// answers copy Wikipedia text that is not in the source extract).
	assert.GreaterOrEqual(t, rep.RankAccuracy, 0.98)
	assert.GreaterOrEqual(t, rep.FPAccuracy, 0.96)
	assert.GreaterOrEqual(t, rep.Spearman, 0.72)
	assert.GreaterOrEqual(t, rep.Precision, 0.94)
	assert.GreaterOrEqual(t, rep.F1, 0.95)
}
