package baseline_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/baseline"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
	"github.com/provcheck/provcheck/report"
)

// An external test package: report's SARIF writer uses baseline.Fingerprint.

func rep(target string, fs ...finding.Finding) *provenance.Report {
	return &provenance.Report{Target: target, Verdict: provenance.VerdictOf(fs), Findings: fs}
}

func quote(copyText string, start int) finding.Finding {
	return finding.New(finding.QuoteAltered, "the quote differs", finding.Evidence{
		Copy:   &text.Span{Start: start, End: start + len([]rune(copyText)), Text: copyText},
		Source: &text.Span{Start: 40, End: 70, Text: "we will not raise the harbour fee"},
		URL:    "https://origin.example/harbour",
		Detail: "negation dropped",
	})
}

// TestLoadReportFormats reads the report writers' own json and jsonl output.
func TestLoadReportFormats(t *testing.T) {
	reports := []*provenance.Report{
		rep("https://agg.example/p", quote("we will raise the harbour fee", 120)),
		rep("https://agg.example/q", finding.New(finding.HeadlineDrift, "h", finding.Evidence{Copy: &text.Span{Text: "Fees rise"}}), finding.New(finding.CreditMissing, "c", finding.Evidence{})),
	}
	for _, format := range []string{"json", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := report.New(format, &buf, report.Options{})
			require.NoError(t, err)
			for _, r := range reports {
				require.NoError(t, w.WriteReport(r))
			}
			require.NoError(t, w.Close())
			path := filepath.Join(t.TempDir(), "run."+format)
			require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))

			b, err := baseline.Load(path)
			require.NoError(t, err)
			assert.Equal(t, 3, b.Len())
			moved := rep("https://agg.example/p", quote("we will raise the harbour fee", 4000))
			assert.Equal(t, 1, b.Filter(moved))
		})
	}
}
