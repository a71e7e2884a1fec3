package statements

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

const polnearDir = "../../../shared/bench/quotes/polnear-1.0"

func TestPolNeARDetection(t *testing.T) {
	if testing.Short() {
		t.Skip("benchmark data")
	}
	if _, err := os.Stat(polnearDir); err != nil {
		t.Skip("PolNeAR data absent")
	}
	split := os.Getenv("POLNEAR_SPLIT")
	if split == "" {
		split = "dev"
	}
	arts, err := LoadPolNeAR(context.Background(), polnearDir, split)
	require.NoError(t, err)
	sc, err := ScoreDetection(context.Background(), arts)
	require.NoError(t, err)
	t.Logf("%s: %+v", split, sc)
	require.GreaterOrEqual(t, sc.F1, 0.0)
}
