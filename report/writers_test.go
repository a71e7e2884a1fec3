package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
	"github.com/provcheck/provcheck/provenance/statements"
	"github.com/provcheck/provcheck/provenance/text"
)

// sample builds a small but complete report by hand.
func sample(verdict provenance.Verdict) *provenance.Report {
	copyText := "Vecchi warns that deleting the app is not enough."
	srcText := "“Deleting the app is not enough,” Vecchi said."
	cs := text.NewRunes(copyText).Span(18, 48)
	ss := text.NewRunes(srcText).Span(3, 34)
	return &provenance.Report{
		Target:  "http://copy.example/story",
		Verdict: verdict,
		Article: &provenance.Page{URL: "http://copy.example/story", Title: "Story", Text: copyText, FieldSources: map[string]string{}},
		References: []provenance.Reference{{URL: "http://orig.example/story", Kind: "labelled", Text: "Reference",
			Confidence: 0.95, Status: provenance.RefFetched}},
		Original: &provenance.Original{
			Page:     provenance.Page{URL: "http://orig.example/story", Title: "Story", Text: srcText},
			FoundVia: "labelled",
			Chain:    []provenance.ChainLink{{URL: "http://copy.example/story", Via: "target"}, {URL: "http://orig.example/story", Via: "labelled"}},
		},
		Reuse: match.Result{Relation: match.Rewritten, TakenShare: 0.75, Containment: 0.6, Coverage: 0.7, VerbatimShare: 0.25, RewrittenShare: 0.5,
			Passages: []match.Passage{{Kind: match.KindParaphrase, Copy: cs, Source: ss, Score: 0.8}}},
		Statements: []statements.Check{{Kind: statements.Reported, Text: cs.Text, Span: cs, Speaker: "Vecchi",
			Verdict: statements.Paraphrased, Source: &statements.Source{Span: ss, Kind: "direct", Speaker: "Vecchi"}}},
		Attribution: provenance.Attribution{Verdict: provenance.PartlyCredited, LinksToOriginal: true, UpstreamCredits: []provenance.Credit{}},
		Findings: []finding.Finding{finding.New(finding.QuoteParaphrased, "a quote became reported speech",
			finding.Evidence{Copy: &cs, Source: &ss, Detail: "direct → reported"})},
	}
}

func TestJSONValidatesAndSummarises(t *testing.T) {
	tests := []struct {
		name     string
		reports  []*provenance.Report
		wantExit int
		wantWors string
	}{
		{"none", nil, 0, "pass"},
		{"pass", []*provenance.Report{sample(provenance.Pass)}, 0, "pass"},
		{"warn and fail", []*provenance.Report{sample(provenance.Warn), sample(provenance.Fail)}, 1, "fail"},
		{"fail and error", []*provenance.Report{sample(provenance.Fail), sample(provenance.Errored)}, 2, "error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := New("json", &buf, Options{})
			require.NoError(t, err)
			for _, r := range tt.reports {
				require.NoError(t, w.WriteReport(r))
			}
			require.NoError(t, w.Close())
			require.NoError(t, Validate(buf.Bytes()), buf.String())
			var doc struct {
				SchemaVersion string            `json:"schema_version"`
				Reports       []json.RawMessage `json:"reports"`
				Summary       Summary           `json:"summary"`
			}
			require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
			assert.Equal(t, "1", doc.SchemaVersion)
			assert.Len(t, doc.Reports, len(tt.reports))
			assert.Equal(t, tt.wantExit, doc.Summary.ExitCode)
			assert.Equal(t, tt.wantWors, doc.Summary.Verdict)
		})
	}
}

func TestSchemaRejectsBrokenReports(t *testing.T) {
	good, err := json.Marshal(sample(provenance.Pass))
	require.NoError(t, err)
	require.NoError(t, ValidateReport(good))
	for _, mutate := range []func(m map[string]any){
		func(m map[string]any) { m["verdict"] = "maybe" },
		func(m map[string]any) { delete(m, "reuse") },
		func(m map[string]any) {
			m["findings"] = []any{map[string]any{"code": "Not-Kebab", "severity": "error", "message": "", "evidence": map[string]any{}}}
		},
	} {
		var m map[string]any
		require.NoError(t, json.Unmarshal(good, &m))
		mutate(m)
		bad, _ := json.Marshal(m)
		assert.Error(t, ValidateReport(bad))
	}
}

// TestJSONLLinesCarryTheVersion reads a jsonl file line by line: every
// line is a report that also says which schema and tool wrote it, and is
// otherwise the report exactly as the json document holds it.
func TestJSONLLinesCarryTheVersion(t *testing.T) {
	reports := []*provenance.Report{
		sample(provenance.Pass), sample(provenance.Fail), sample(provenance.Warn),
		provenance.Unreadable("posts/missing.md", errors.New("open posts/missing.md: no such file")),
	}
	path := filepath.Join(t.TempDir(), "run.jsonl")
	f, err := os.Create(path)
	require.NoError(t, err)
	w, err := New("jsonl", f, Options{})
	require.NoError(t, err)
	for _, r := range reports {
		require.NoError(t, w.WriteReport(r))
	}
	require.NoError(t, w.Close())
	require.NoError(t, f.Close())
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	require.Len(t, lines, len(reports))
	for i, tt := range reports {
		t.Run(string(tt.Verdict), func(t *testing.T) {
			line := []byte(lines[i])
			require.NoError(t, ValidateLine(line))
			require.NoError(t, ValidateReport(line), "a line is still a report")
			var m map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(line, &m))
			assert.JSONEq(t, `"1"`, string(m["schema_version"]))
			want, _ := json.Marshal(thisTool())
			assert.JSONEq(t, string(want), string(m["tool"]))
			assert.True(t, strings.HasPrefix(lines[i], `{"schema_version":"1","tool":{"name":"provcheck"`), "version first")
			delete(m, "schema_version")
			delete(m, "tool")
			rest, _ := json.Marshal(m)
			own, err := json.Marshal(tt)
			require.NoError(t, err)
			assert.JSONEq(t, string(own), string(rest))
		})
	}
	bare, err := json.Marshal(reports[0])
	require.NoError(t, err)
	assert.Error(t, ValidateLine(bare), "a line without its version does not match #/$defs/line")
}

func TestTextShowsVerdictEvidenceAndSummary(t *testing.T) {
	var buf bytes.Buffer
	w, err := New("text", &buf, Options{})
	require.NoError(t, err)
	require.NoError(t, w.WriteReport(sample(provenance.Fail)))
	require.NoError(t, w.Close())
	out := buf.String()
	assert.True(t, strings.HasPrefix(out, "FAIL  http://copy.example/story"), out)
	assert.Contains(t, out, "quote-paraphrased")
	assert.Contains(t, out, `copy:   "deleting the app is not enough" [18:48]`)
	assert.Contains(t, out, "1 target(s): 0 pass, 0 warn, 1 fail, 0 error")

	buf.Reset()
	w, _ = New("text", &buf, Options{Quiet: true})
	require.NoError(t, w.WriteReport(sample(provenance.Pass)))
	require.NoError(t, w.Close())
	// The headline gives the share of the copy's words taken from the
	// original (verbatim plus rewritten), not the similarity-weighted
	// containment, which understates spun copies.
	assert.Equal(t, "PASS  http://copy.example/story  (rewritten, 75% of the copy from http://orig.example/story)\n", buf.String())
}

func TestUnknownFormat(t *testing.T) {
	_, err := New("yaml", &bytes.Buffer{}, Options{})
	assert.ErrorContains(t, err, "unknown format")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrorsSurface(t *testing.T) {
	for _, f := range []string{"text", "json", "jsonl"} {
		w, err := New(f, failingWriter{}, Options{})
		require.NoError(t, err)
		err = w.WriteReport(sample(provenance.Pass))
		if err == nil {
			err = w.Close()
		}
		assert.ErrorContains(t, err, "disk full", f)
	}
}

func TestTextBatchEndsWithATable(t *testing.T) {
	var buf bytes.Buffer
	w, err := New("text", &buf, Options{})
	require.NoError(t, err)
	require.NoError(t, w.WriteReport(sample(provenance.Fail)))
	second := sample(provenance.Pass)
	second.Target = "http://copy.example/other"
	require.NoError(t, w.WriteReport(second))
	require.NoError(t, w.Close())
	out := buf.String()
	table := out[strings.Index(out, "VERDICT"):]
	assert.Regexp(t, `FAIL\s+0\s+0\s+rewritten\s+75%\s+http://copy.example/story`, table)
	assert.Regexp(t, `PASS\s+0\s+0\s+rewritten\s+75%\s+http://copy.example/other`, table)
	assert.Contains(t, table, "2 target(s): 1 pass, 0 warn, 1 fail, 0 error")
}

// TestSiteNameNotRepeated writes " — site" after a title in the text and
// HTML reports only when the title does not already end with the site name
// as a segment of its own, compared after NFKC and case folding.
func TestSiteNameNotRepeated(t *testing.T) {
	tests := []struct {
		name, title, site, want string
	}{
		{"site added", "Ferry fares rise in May", "Kelby Post", "Ferry fares rise in May — Kelby Post"},
		{"already after a dash", "Ferry fares rise in May — Kelby Post", "Kelby Post", "Ferry fares rise in May — Kelby Post"},
		{"already after a bar, other case", "Ferry fares rise in May | KELBY POST", " Kelby Post ", "Ferry fares rise in May | KELBY POST"},
		{"CJK, full-width bar", "港町の渡し船、五月から値上げ｜港町新報", "港町新報", "港町の渡し船、五月から値上げ｜港町新報"},
		{"CJK, full-width letters in the site", "渡し船の運賃改定 — ＫＥＬＢＹ通信", "Kelby通信", "渡し船の運賃改定 — ＫＥＬＢＹ通信"},
		{"CJK, site run into the headline", "港町の渡し船が値上げ港町新報", "港町新報", "港町の渡し船が値上げ港町新報 — 港町新報"},
		{"a word ending with the site name", "Harbour board thanks the Kelby Post", "Post", "Harbour board thanks the Kelby Post — Post"},
		{"title is the site", "Kelby Post", "Kelby Post", "Kelby Post"},
		{"no site", "Ferry fares rise in May", "", "Ferry fares rise in May"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sample(provenance.Fail)
			r.Article.Title, r.Article.SiteName = tt.title, tt.site
			r.Original.Title, r.Original.SiteName = tt.title, tt.site

			var buf bytes.Buffer
			w, err := New("text", &buf, Options{})
			require.NoError(t, err)
			require.NoError(t, w.WriteReport(r))
			require.NoError(t, w.Close())
			out := buf.String()
			assert.Contains(t, out, "copy:      "+tt.want+"\n")
			assert.Contains(t, out, "original:  "+tt.want+"\n")

			doc := parseHTML(t, renderHTML(t, r))
			dds := doc.Find("dl.kv dd")
			require.GreaterOrEqual(t, dds.Length(), 2)
			for i := range 2 {
				line, _, _ := strings.Cut(dds.Eq(i).Text(), "http://")
				assert.Equal(t, tt.want, strings.TrimSpace(line), "HTML dd %d", i)
			}
		})
	}
}
