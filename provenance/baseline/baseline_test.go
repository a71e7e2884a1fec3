package baseline

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

func quote(copyText string, start int) finding.Finding {
	return finding.New(finding.QuoteAltered, "the quote differs", finding.Evidence{
		Copy:   &text.Span{Start: start, End: start + len([]rune(copyText)), Text: copyText},
		Source: &text.Span{Start: 40, End: 70, Text: "we will not raise the harbour fee"},
		URL:    "https://origin.example/harbour",
		Detail: "negation dropped",
	})
}

func rep(target string, fs ...finding.Finding) *provenance.Report {
	r := &provenance.Report{Target: target, Findings: fs}
	r.Verdict = provenance.VerdictOf(fs)
	return r
}

func TestFingerprint(t *testing.T) {
	base := quote("we will raise the harbour fee", 120)
	moved := quote("we will raise the harbour fee", 512)
	moved.Message = "the quote differs (2 words)"
	moved.Evidence.Detail = "another detail"
	spaced := quote("we  will raise\nthe harbour fee", 120)
	padded := quote("we will raise the harbour fee", 120)
	padded.Evidence.URL = " https://origin.example/harbour "
	changed := quote("we will raise the harbor fee", 120)
	otherURL := quote("we will raise the harbour fee", 120)
	otherURL.Evidence.URL = "https://origin.example/other"
	otherCode := base
	otherCode.Code = finding.QuoteNotFound
	noSource := base
	noSource.Evidence.Source = nil

	fp := Fingerprint("posts/a.md", base)
	tests := []struct {
		name   string
		target string
		f      finding.Finding
		same   bool
	}{
		{"offsets, message and detail moved", "posts/a.md", moved, true},
		{"white space differs", "posts/a.md", spaced, true},
		{"url padded", "posts/a.md", padded, true},
		{"target written differently", "./posts//a.md", base, true},
		{"quote text changed", "posts/a.md", changed, false},
		{"other url", "posts/a.md", otherURL, false},
		{"other code", "posts/a.md", otherCode, false},
		{"source span gone", "posts/a.md", noSource, false},
		{"other target", "posts/b.md", base, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Fingerprint(tt.target, tt.f)
			assert.Len(t, got, 32)
			if tt.same {
				assert.Equal(t, fp, got)
			} else {
				assert.NotEqual(t, fp, got)
			}
		})
	}
}

func TestFilter(t *testing.T) {
	old := quote("we will raise the harbour fee", 120)
	drift := finding.New(finding.HeadlineDrift, "headline", finding.Evidence{Copy: &text.Span{Text: "Fees rise"}})
	b := New([]*provenance.Report{rep("https://agg.example/p", old, drift)})
	assert.Equal(t, 2, b.Len())

	t.Run("known findings at new offsets are dropped", func(t *testing.T) {
		r := rep("https://agg.example/p", quote("we will raise the harbour fee", 900), drift)
		assert.Equal(t, 2, b.Filter(r))
		assert.Empty(t, r.Findings)
		assert.NotNil(t, r.Findings)
		assert.Equal(t, provenance.Pass, r.Verdict)
		assert.Equal(t, 2, r.Suppressed)
		assert.Len(t, r.Accepted, 2, "kept for --write-baseline")
	})
	t.Run("a changed quote is new", func(t *testing.T) {
		r := rep("https://agg.example/p", quote("we will double the harbour fee", 120), drift)
		assert.Equal(t, 1, b.Filter(r))
		require.Len(t, r.Findings, 1)
		assert.Equal(t, finding.QuoteAltered, r.Findings[0].Code)
		assert.Equal(t, provenance.Fail, r.Verdict)
	})
	t.Run("a second identical finding is new", func(t *testing.T) {
		r := rep("https://agg.example/p", old, quote("we will raise the harbour fee", 300))
		assert.Equal(t, 1, b.Filter(r))
		assert.Len(t, r.Findings, 1)
		assert.Equal(t, provenance.Fail, r.Verdict)
	})
	t.Run("another target is not covered", func(t *testing.T) {
		r := rep("https://agg.example/q", old)
		assert.Zero(t, b.Filter(r))
		assert.Len(t, r.Findings, 1)
	})
	t.Run("error verdict is kept", func(t *testing.T) {
		r := rep("https://agg.example/p", old)
		r.Verdict = provenance.Errored
		assert.Equal(t, 1, b.Filter(r))
		assert.Equal(t, provenance.Errored, r.Verdict)
	})
	t.Run("nil baseline filters nothing", func(t *testing.T) {
		var nb *Baseline
		r := rep("https://agg.example/p", old)
		assert.Zero(t, nb.Filter(r))
		assert.Len(t, r.Findings, 1)
	})
}

func TestWriteLoadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	reports := []*provenance.Report{
		rep("https://agg.example/p", quote("we will raise the harbour fee", 120), finding.New(finding.CreditMissing, "no credit", finding.Evidence{})),
		rep("posts/b.md", finding.New(finding.ReferenceFetchFailed, "404", finding.Evidence{URL: "https://gone.example/x"})),
	}
	path := filepath.Join(dir, "baseline.json")
	require.NoError(t, Write(path, reports))

	b, err := Load(path)
	require.NoError(t, err)
	assert.Equal(t, 3, b.Len())
	again := rep("https://agg.example/p", quote("we will raise the harbour fee", 7), finding.New(finding.CreditMissing, "still no credit", finding.Evidence{}))
	assert.Equal(t, 2, b.Filter(again))

	// Deterministic: the same findings in another order give the same bytes,
	// and no temporary file is left behind.
	first, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, Write(path, []*provenance.Report{reports[1], reports[0]}))
	second, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(first), string(second))
	names, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, names, 1)

	var doc bytes.Buffer
	require.NoError(t, Encode(&doc, reports))
	assert.Contains(t, doc.String(), `"provcheck_baseline": "2"`)
	assert.Contains(t, doc.String(), `"excerpt": "we will raise the harbour fee"`)
	assert.Contains(t, doc.String(), `"excerpt": "https://gone.example/x"`)
}

func TestWriteFailsInMissingDir(t *testing.T) {
	err := Write(filepath.Join(t.TempDir(), "no", "such", "b.json"), nil)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestLoadErrors(t *testing.T) {
	tests := map[string]string{
		"empty":         "",
		"not json":      "fail: [x]\n",
		"other json":    `{"name": "x"}`,
		"wrong version": `{"provcheck_baseline": "9", "findings": []}`,
		"bad reports":   `{"reports": {"target": 1}}`,
		"truncated":     `{"provcheck_baseline": "1", "findings": [`,
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "b.json")
			require.NoError(t, os.WriteFile(path, []byte(data), 0o644))
			_, err := Load(path)
			require.ErrorIs(t, err, ErrFormat)
			assert.Contains(t, err.Error(), path)
		})
	}
	_, err := Load(filepath.Join(t.TempDir(), "none.json"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestExcerptIsShort(t *testing.T) {
	long := bytes.Repeat([]byte("harbour "), 40)
	got := excerpt(finding.New(finding.QuoteNotFound, "m", finding.Evidence{Copy: &text.Span{Text: string(long)}}))
	assert.LessOrEqual(t, len([]rune(got)), excerptRunes)
	assert.Contains(t, got, "…")
	assert.Equal(t, "no credit", excerpt(finding.New(finding.CreditMissing, "no  credit", finding.Evidence{})))
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"provcheck_baseline":"1","findings":[{"fingerprint":"ab"}]}`, `{"reports":[{"target":"t","findings":[]}]}`, "{\"target\":\"t\",\"findings\":[]}\n{\"target\":\"u\",\"findings\":[{\"code\":\"quote-altered\"}]}", "[]", "{"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := Parse([]byte(s))
		if err != nil {
			require.ErrorIs(t, err, ErrFormat)
			return
		}
		b.Filter(rep("t", quote("x", 1)))
	})
}

func BenchmarkFilter(b *testing.B) {
	var fs []finding.Finding
	for i := range 1000 {
		fs = append(fs, quote(fmt.Sprintf("quote number %d about the harbour fee", i), 10*i))
	}
	base := New([]*provenance.Report{rep("https://agg.example/p", fs[:500]...)})
	b.ReportAllocs()
	for b.Loop() {
		r := rep("https://agg.example/p", append([]finding.Finding(nil), fs...)...)
		if base.Filter(r) != 500 {
			b.Fatal("wrong count")
		}
	}
}

// passageFinding is a finding of code c with the given copy and source
// passages as evidence, about the original at origURL.
func passageFinding(c finding.Code, copyText, sourceText string) finding.Finding {
	return finding.New(c, "m", finding.Evidence{
		Copy:   &text.Span{Start: 3, End: 3 + len([]rune(copyText)), Text: copyText},
		Source: &text.Span{Start: 9, End: 9 + len([]rune(sourceText)), Text: sourceText},
		URL:    "https://origin.example/library",
	})
}

// TestFingerprintFollowsTheAnchor: a finding about the page keeps its
// fingerprint whatever passage is its example; one about the original's
// passage ignores the copy's; one about a passage changes with it.
func TestFingerprintFollowsTheAnchor(t *testing.T) {
	const p1, p2 = "the library will double its reading rooms", "the library will double its study rooms"
	tests := []struct {
		name      string
		code      finding.Code
		copyText  string
		srcText   string
		otherURL  bool
		wantEqual bool
	}{
		{"credit-missing, other longest passage", finding.CreditMissing, p2, p2, false, true},
		{"byline-claimed, other longest passage", finding.BylineClaimed, p2, p2, false, true},
		{"reuse-verbatim, other longest passage", finding.ReuseVerbatim, p2, p2, false, true},
		{"reuse-rewritten, other longest passage", finding.ReuseRewritten, p2, p2, false, true},
		{"credit-missing, another original", finding.CreditMissing, p1, p1, true, false},
		{"upstream-credit-dropped, copy passage edited", finding.UpstreamCreditDropped, p2, p1, false, true},
		{"original-is-copy, copy passage edited", finding.OriginalIsCopy, p2, p1, false, true},
		{"upstream-credit-dropped, another sentence of the original", finding.UpstreamCreditDropped, p1, p2, false, false},
		{"quote-altered, copy passage edited", finding.QuoteAltered, p2, p1, false, false},
		{"headline-drift, copy passage edited", finding.HeadlineDrift, p2, p1, false, false},
		{"fact-drift, copy passage edited", finding.FactDrift, p2, p1, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			was := passageFinding(tt.code, p1, p1)
			now := passageFinding(tt.code, tt.copyText, tt.srcText)
			if tt.otherURL {
				now.Evidence.URL = "https://other.example/library"
			}
			assert.Equal(t, tt.wantEqual, Fingerprint("posts/a.md", was) == Fingerprint("posts/a.md", now))
		})
	}
}

// TestLoadVersion1: a baseline written before page-level findings lost
// their passage still accepts them (by target and code), and its
// passage-level entries match as before.
func TestLoadVersion1(t *testing.T) {
	quoteFP := Fingerprint("posts/a.md", quote("we will raise the harbour fee", 120))
	v1 := fmt.Sprintf(`{"provcheck_baseline": "1", "findings": [
  {"fingerprint": "0123456789abcdef0123456789abcdef", "target": "posts/a.md", "code": "credit-missing", "excerpt": "old longest passage"},
  {"fingerprint": "fedcba9876543210fedcba9876543210", "target": "posts/a.md", "code": "reuse-verbatim"},
  {"fingerprint": %q, "target": "posts/a.md", "code": "quote-altered"}]}`, quoteFP)
	path := filepath.Join(t.TempDir(), "b.json")
	require.NoError(t, os.WriteFile(path, []byte(v1), 0o644))
	b, err := Load(path)
	require.NoError(t, err)
	assert.Equal(t, 3, b.Len())

	credit := passageFinding(finding.CreditMissing, "a passage edited since", "a passage edited since")
	reuse := passageFinding(finding.ReuseVerbatim, "a passage edited since", "a passage edited since")
	tests := []struct {
		name   string
		report *provenance.Report
		want   []finding.Code
	}{
		{"page findings and the known quote accepted", rep("posts/a.md", credit, reuse, quote("we will raise the harbour fee", 7)), nil},
		{"a second credit-missing is new", rep("posts/a.md", credit, credit), []finding.Code{finding.CreditMissing}},
		{"another target is not covered", rep("posts/b.md", credit), []finding.Code{finding.CreditMissing}},
		{"an edited quote is new", rep("posts/a.md", quote("we will double the harbour fee", 7)), []finding.Code{finding.QuoteAltered}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b.Filter(tt.report)
			var got []finding.Code
			for _, f := range tt.report.Findings {
				got = append(got, f.Code)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
