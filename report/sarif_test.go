package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/finding"
)

// fixturePost is the copy as a Markdown post on disk: straight quotes where
// the extracted text has curly ones, a line break inside a quoted sentence
// and emphasis inside a quote, as people write them.
var fixturePost = []string{
	"---",
	"title: Turin approves €1.2bn tram plan",
	"---",
	"# Turin approves €1.2bn tram plan",
	"",
	"The city council of Turin approved on Tuesday a €1.2 billion plan for a new",
	"tram line linking the airport to the centre. “We will never raise fares,” said",
	"Chiara Vecchi, the city's mayor. Construction will begin",
	"in 2027 and will last four years.",
	"",
	`Marco Bianchi said the project was "a waste of public money". "This is the **best** day for Turin," Vecchi added.`,
}

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name    string `json:"name"`
				Version string `json:"version"`
				Rules   []struct {
					ID                   string       `json:"id"`
					Name                 string       `json:"name"`
					ShortDescription     sarifMessage `json:"shortDescription"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		ColumnKind string `json:"columnKind"`
		Results    []struct {
			RuleID           string          `json:"ruleId"`
			RuleIndex        *int            `json:"ruleIndex"`
			Level            string          `json:"level"`
			Message          sarifMessage    `json:"message"`
			Locations        []sarifLocation `json:"locations"`
			RelatedLocations []sarifLocation `json:"relatedLocations"`
			Properties       sarifProperties `json:"properties"`
		} `json:"results"`
		Invocations []struct {
			ExecutionSuccessful *bool `json:"executionSuccessful"`
			ExitCode            int   `json:"exitCode"`
		} `json:"invocations"`
	} `json:"runs"`
}

func renderSARIF(t *testing.T, opts Options, reports ...*provenance.Report) ([]byte, sarifLog) {
	t.Helper()
	var buf bytes.Buffer
	w, err := New("sarif", &buf, opts)
	require.NoError(t, err)
	for _, r := range reports {
		require.NoError(t, w.WriteReport(r))
	}
	require.NoError(t, w.Close())
	var log sarifLog
	require.NoError(t, json.Unmarshal(buf.Bytes(), &log), "SARIF output:\n%s", buf.String())
	return buf.Bytes(), log
}

// localReport is the rich report with the Markdown post on disk as target.
func localReport(t *testing.T) (*provenance.Report, string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "post.md")
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(fixturePost, "\n")+"\n"), 0o644))
	r := richReport(t)
	r.Target = path
	r.Article.URL, r.Article.FinalURL, r.Article.Fetch = path, path, nil
	return r, dir
}

func TestSARIFStructure(t *testing.T) {
	local, dir := localReport(t)
	reports := []*provenance.Report{richReport(t), local, errorReport("https://down.example/x"), passReport(t, "https://blog.example/p")}
	out, log := renderSARIF(t, Options{BaseDir: dir}, reports...)

	assert.Equal(t, "2.1.0", log.Version)
	assert.Equal(t, "https://json.schemastore.org/sarif-2.1.0.json", log.Schema)
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.Equal(t, "provcheck", run.Tool.Driver.Name)
	assert.NotEmpty(t, run.Tool.Driver.Version)
	assert.Equal(t, "unicodeCodePoints", run.ColumnKind)

	codes := finding.Codes()
	require.Len(t, run.Tool.Driver.Rules, len(codes))
	for i, rule := range run.Tool.Driver.Rules {
		assert.Equal(t, string(codes[i]), rule.ID)
		assert.NotEmpty(t, rule.Name)
		assert.Equal(t, codes[i].Description(), rule.ShortDescription.Text)
		assert.Equal(t, map[finding.Severity]string{finding.Error: "error", finding.Warning: "warning", finding.Info: "note"}[codes[i].DefaultSeverity()],
			rule.DefaultConfiguration.Level, rule.ID)
	}

	want := 0
	for _, r := range reports {
		want += len(r.Findings)
	}
	require.Len(t, run.Results, want, "one result per finding")
	for _, res := range run.Results {
		require.NotNil(t, res.RuleIndex)
		assert.Equal(t, res.RuleID, run.Tool.Driver.Rules[*res.RuleIndex].ID)
		assert.Contains(t, []string{"error", "warning", "note"}, res.Level)
		assert.NotEmpty(t, res.Message.Text)
		require.Len(t, res.Locations, 1)
		assert.NotEmpty(t, res.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	}
	require.Len(t, run.Invocations, 1)
	assert.Equal(t, 2, run.Invocations[0].ExitCode, "an errored target")

	golden(t, "rich.sarif", out, versionNormaliser(regexp.QuoteMeta(strings.TrimSuffix(jsonString(t, dir), `"`)[1:]), "TMPDIR"))
}

func jsonString(t *testing.T, s string) string {
	b, err := json.Marshal(s)
	require.NoError(t, err)
	return string(b)
}

func TestSARIFLocatesQuotesInLocalFile(t *testing.T) {
	r, dir := localReport(t)
	_, log := renderSARIF(t, Options{BaseDir: dir}, r)
	regions := map[string]*sarifRegion{}
	for _, res := range log.Runs[0].Results {
		loc := res.Locations[0].PhysicalLocation
		assert.Equal(t, "post.md", loc.ArtifactLocation.URI)
		require.NotNil(t, loc.Region, res.RuleID)
		regions[res.RuleID] = loc.Region
	}
	col := func(prefix string) int { return utf8.RuneCountInString(prefix) + 1 }
	tests := []struct {
		code       finding.Code
		line, col  int
		endLine    int
		endCol     int
		snippet    string
		how        string
		noLocation bool
	}{
		{code: finding.QuoteAltered, line: 7, col: col("tram line linking the airport to the centre. “"), endLine: 7,
			endCol: col("tram line linking the airport to the centre. “We will never raise fares"), snippet: "We will never raise fares", how: "exact"},
		{code: finding.SpeakerTitleChanged, line: 8, col: col("Chiara Vecchi, "), endLine: 8, endCol: col("Chiara Vecchi, the city's mayor"),
			snippet: "the city's mayor", how: "straight apostrophe for a curly one"},
		{code: finding.ClaimAttributedToPerson, line: 8, col: col("Chiara Vecchi, the city's mayor. "), endLine: 9, endCol: col("in 2027"),
			snippet: "Construction will begin\nin 2027", how: "line break inside"},
		{code: finding.QuoteNotFound, line: 11, col: col(`Marco Bianchi said the project was "a waste of public money". "`), endLine: 11,
			endCol:  col(`Marco Bianchi said the project was "a waste of public money". "This is the **best** day for Turin`),
			snippet: "This is the **best** day for Turin", how: "emphasis inside"},
		{code: finding.ReferenceFetchFailed, line: 1, noLocation: true, how: "no copy evidence: line 1"},
	}
	for _, tt := range tests {
		t.Run(string(tt.code), func(t *testing.T) {
			reg := regions[string(tt.code)]
			require.NotNil(t, reg)
			assert.Equal(t, tt.line, reg.StartLine, tt.how)
			if tt.noLocation {
				assert.Zero(t, reg.StartColumn)
				assert.Nil(t, reg.Snippet)
				return
			}
			assert.Equal(t, tt.col, reg.StartColumn, tt.how)
			assert.Equal(t, tt.endLine, reg.EndLine, tt.how)
			assert.Equal(t, tt.endCol, reg.EndColumn, tt.how)
			require.NotNil(t, reg.Snippet)
			assert.Equal(t, tt.snippet, reg.Snippet.Text)
		})
	}
}

func TestSARIFURIs(t *testing.T) {
	r, dir := localReport(t)
	_, log := renderSARIF(t, Options{BaseDir: filepath.Join(dir, "elsewhere")}, r)
	uri := log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI
	assert.True(t, strings.HasPrefix(uri, "file:///"), "a file outside the base gets an absolute URI: %s", uri)
	assert.True(t, strings.HasSuffix(uri, "/post.md"))

	_, log = renderSARIF(t, Options{}, richReport(t))
	for _, res := range log.Runs[0].Results {
		loc := res.Locations[0].PhysicalLocation
		assert.Equal(t, fixtureTarget, loc.ArtifactLocation.URI)
		assert.Nil(t, loc.Region, "no lines in a URL target")
		if res.RuleID == string(finding.ReferenceFetchFailed) {
			require.Len(t, res.RelatedLocations, 1)
			assert.Equal(t, fixtureDeadLink, res.RelatedLocations[0].PhysicalLocation.ArtifactLocation.URI)
		}
	}
}

func TestSARIFEmptyRun(t *testing.T) {
	_, log := renderSARIF(t, Options{})
	require.Len(t, log.Runs, 1)
	assert.NotNil(t, log.Runs[0].Results, "results is an empty array, not absent")
	assert.Empty(t, log.Runs[0].Results)
	assert.Len(t, log.Runs[0].Tool.Driver.Rules, len(finding.Codes()))
}

func TestFindQuote(t *testing.T) {
	content := []byte("Line one.\nShe said “it is\n  fine” and _left_.\r\nÉnd **in bold**.")
	tests := []struct {
		quote, want string
		ok          bool
	}{
		{"Line one.", "Line one.", true},
		{"\"it is fine\"", "“it is\n  fine”", true},
		{"and left", "and _left_", true},
		{"Énd", "Énd", true},
		{"End in bold", "", false},
		{"Énd in bold", "Énd **in bold**", true},
		{"absent words", "", false},
		{"   ", "", false},
	}
	for _, tt := range tests {
		start, end, ok := findQuote(content, tt.quote)
		assert.Equal(t, tt.ok, ok, tt.quote)
		if ok {
			assert.Equal(t, tt.want, string(content[start:end]), tt.quote)
		}
	}
	line, col := lineCol(content, bytes.Index(content, []byte("Énd")))
	assert.Equal(t, []int{4, 1}, []int{line, col})
	line, col = lineCol(content, bytes.Index(content, []byte("fine")))
	assert.Equal(t, []int{3, 3}, []int{line, col})
}

// TestFindQuoteInHTML finds a quote of a page's text in the page as
// written: past the markup between its words, with character references
// decoded, and in the body rather than in a script that repeats it.
func TestFindQuoteInHTML(t *testing.T) {
	content := []byte("<!DOCTYPE html><html><head><title>Ferry fares rise</title>\n" +
		"<script>var teaser = \"the fares were fair\";</script></head><body>\n" +
		"<p>The owner said &ldquo;the fares <em>were</em> fair.</p>\n<p>&quot;We also cut the night fare,&quot; she said.</p>\n" +
		"<p>Riders called it un<b>fair</b> &amp; late.</p></body></html>")
	tests := []struct{ quote, want string }{
		{"the fares were fair.\n\n\"We also cut the night fare", "the fares <em>were</em> fair.</p>\n<p>&quot;We also cut the night fare"},
		{"The owner said “the fares were fair.", "The owner said &ldquo;the fares <em>were</em> fair."},
		{"unfair & late", "un<b>fair</b> &amp; late"},
		{"Ferry fares rise", "Ferry fares rise"},
		{"the fares were fair", "the fares <em>were</em> fair"},
	}
	for _, tt := range tests {
		start, end, ok := findQuote(content, tt.quote)
		require.True(t, ok, tt.quote)
		assert.Equal(t, tt.want, string(content[start:end]), tt.quote)
	}
	for _, s := range []string{"<p a", "x <p", "<!-- open", "<script>never closed", "&#;", "a &unknown; b"} {
		out, from, to := fold(s, foldHTML) // malformed markup folds without a panic
		assert.Len(t, from, len(out))
		assert.Len(t, to, len(out))
	}
}
