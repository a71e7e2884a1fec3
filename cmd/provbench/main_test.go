package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain lets the test binary play the e2e suite's server child, as the
// provbench binary does.
func TestMain(m *testing.M) {
	if os.Getenv(e2eServeEnv) != "" {
		if err := serveE2E(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	os.Exit(m.Run())
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, "usage: provbench SUITE"},
		{[]string{"nope"}, `unknown suite "nope"`},
		{[]string{"fixtures", "--bogus"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		assert.Equal(t, 2, run(context.Background(), tt.args, &out, &errOut))
		assert.Contains(t, errOut.String(), tt.want)
	}
}

func TestFixturesSuitePrintsItsFigures(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"fixtures"}, &out, &errOut), errOut.String())
	for _, line := range []string{"cases fully right:", "verdicts right:", "required findings:", "forbidden findings:", "ms/case"} {
		assert.Contains(t, out.String(), line)
	}
}

// A small e2e batch: every spun copy finds its original through the child
// server, and the figures come out.
func TestE2ESmallBatch(t *testing.T) {
	ctx := context.Background()
	addr, stop, err := startE2EServer(ctx, "../../provenance/match/testdata/spin")
	require.NoError(t, err)
	defer stop()
	res, err := e2eRun(ctx, addr, 24)
	require.NoError(t, err)
	assert.Zero(t, res.notFail, "copies whose original was not found")
	assert.Positive(t, res.cpu)
	assert.Positive(t, res.peakHeap)
}
