package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/report"
)

// TestProgressLineIsWipedBeforeEachReport writes the spinner and the
// reports to one terminal, as stderr and stdout share one: every report
// line starts on a wiped line, never after the spinner's text.
func TestProgressLineIsWipedBeforeEachReport(t *testing.T) {
	var term bytes.Buffer
	w, err := report.New("text", &term, report.Options{Quiet: true})
	require.NoError(t, err)
	out := &reportOutput{w: w, close: func() error { return nil }, bar: newProgress(&term, 0)}
	for _, target := range []string{"a.html", "b.html", "c.html"} {
		require.NoError(t, out.emit(provenance.Unreadable(target, errors.New("gone"))))
	}
	var status int
	require.NoError(t, out.finish(&status, nil))
	assert.Contains(t, term.String(), "checked 2", "the spinner was drawn between reports")
	for _, target := range []string{"a.html", "b.html", "c.html"} {
		i := strings.Index(term.String(), "ERROR "+target)
		require.GreaterOrEqual(t, i, 0)
		assert.True(t, strings.HasSuffix(term.String()[:i], clearLine), "report line of %s starts on a wiped line:\n%q", target, term.String()[:i])
	}
}
