package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck"
	"github.com/provcheck/provcheck/internal/buildinfo"
	"github.com/provcheck/provcheck/internal/exampleweb"
	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/text"
	"github.com/provcheck/provcheck/report"
)

// cli runs provcheck in-process and returns its exit status and output.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// web starts the example web and returns the flags that point the CLI at it.
func web(t *testing.T) (*exampleweb.Server, []string) {
	t.Helper()
	srv, err := exampleweb.Start(provcheck.ExampleWeb())
	require.NoError(t, err)
	t.Cleanup(srv.Close)
	flags := []string{"--allow-private-network", "--no-cache", "--host-delay", "0", "--retries", "0"}
	for host, addr := range srv.Resolve() {
		flags = append(flags, "--resolve", host+"="+addr)
	}
	return srv, flags
}

type jsonDoc struct {
	SchemaVersion string               `json:"schema_version"`
	Reports       []*provenance.Report `json:"reports"`
	Summary       report.Summary       `json:"summary"`
}

// decode validates a --format json document against the schema and decodes it.
func decode(t *testing.T, out string) jsonDoc {
	t.Helper()
	require.NoError(t, report.Validate([]byte(out)), "output:\n%s", out)
	var doc jsonDoc
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	return doc
}

func codes(r *provenance.Report) []string {
	var cs []string
	for _, f := range r.Findings {
		cs = append(cs, string(f.Code))
	}
	return cs
}

// TestExampleWebCases checks every case of the example web through the CLI's
// JSON output and asserts what cases.json says it must yield.
func TestExampleWebCases(t *testing.T) {
	_, flags := web(t)
	cases, err := exampleweb.LoadCases(provcheck.ExampleWeb())
	require.NoError(t, err)
	require.NotEmpty(t, cases)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			args := append([]string{"check", "--format", "json"}, flags...)
			if c.Source != "" {
				args = append(args, "--source", c.Source)
			}
			code, out, stderr := cli(t, "", append(args, c.Target)...)
			doc := decode(t, out)
			require.Len(t, doc.Reports, 1, stderr)
			r := doc.Reports[0]
			assert.Equal(t, report.ExitCode(provenance.Verdict(c.Verdict)), code, "exit status")
			assert.Equal(t, c.Verdict, string(r.Verdict), "verdict; findings %v", codes(r))
			assert.Empty(t, c.Score(r).Misses, "findings %v%s", codes(r), statementsOf(r))
		})
	}
}

func statementsOf(r *provenance.Report) string {
	var b strings.Builder
	for _, s := range r.Statements {
		b.WriteString("\n  " + s.Speaker + ": " + string(s.Verdict) + " " + text.Clip(s.Text, 60))
	}
	return b.String()
}

// TestEvidenceOffsets holds the offset convention: every span of every
// finding and passage slices its own text out of the extracted texts.
func TestEvidenceOffsets(t *testing.T) {
	_, flags := web(t)
	cases, err := exampleweb.LoadCases(provcheck.ExampleWeb())
	require.NoError(t, err)
	for _, c := range cases {
		args := append([]string{"check", "--format", "json"}, flags...)
		if c.Source != "" {
			args = append(args, "--source", c.Source)
		}
		_, out, _ := cli(t, "", append(args, c.Target)...)
		r := decode(t, out).Reports[0]
		if r.Article == nil || r.Original == nil {
			continue
		}
		copyRunes, srcRunes := []rune(r.Article.Text), []rune(r.Original.Text)
		copyTitle, srcTitle := []rune(r.Article.Title), []rune(r.Original.Title)
		for _, p := range r.Reuse.Passages {
			assert.Equal(t, string(copyRunes[p.Copy.Start:p.Copy.End]), p.Copy.Text, "%s: passage copy span", c.Name)
			assert.Equal(t, string(srcRunes[p.Source.Start:p.Source.End]), p.Source.Text, "%s: passage source span", c.Name)
		}
		for _, f := range r.Findings {
			cr, sr := copyRunes, srcRunes
			if f.Evidence.In == provenance.InTitle {
				cr, sr = copyTitle, srcTitle
			}
			if s := f.Evidence.Copy; s != nil && assert.LessOrEqual(t, s.End, len(cr)) {
				assert.Equal(t, string(cr[s.Start:s.End]), s.Text, "%s: %s copy evidence", c.Name, f.Code)
			}
			if s := f.Evidence.Source; s != nil && assert.LessOrEqual(t, s.End, len(sr)) {
				assert.Equal(t, string(sr[s.Start:s.End]), s.Text, "%s: %s source evidence", c.Name, f.Code)
			}
		}
	}
}

func TestExitStatusAndErrors(t *testing.T) {
	dir := t.TempDir()
	notHTML := filepath.Join(dir, "empty.html")
	require.NoError(t, os.WriteFile(notHTML, nil, 0o644))
	binary := filepath.Join(dir, "binary.html")
	require.NoError(t, os.WriteFile(binary, []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00"), 0o644))
	emptyDir := filepath.Join(dir, "posts")
	require.NoError(t, os.Mkdir(emptyDir, 0o755))
	emptyList := filepath.Join(dir, "list.txt")
	require.NoError(t, os.WriteFile(emptyList, []byte("# none yet\n"), 0o644))
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no target", []string{"check"}, exitError, "requires at least 1 target"},
		{"stdin twice", []string{"check", "--from", "-", "-"}, exitError, "not both"},
		{"stdin page twice", []string{"check", "-", "-"}, exitError, "give - only once"},
		{"stdin list twice", []string{"check", "--from", "-", "--from", "-"}, exitError, "give - only once"},
		{"unknown format", []string{"check", "--format", "yaml", notHTML}, exitError, "unknown format"},
		{"unknown flag", []string{"check", "--frobnicate", notHTML}, exitError, "unknown flag"},
		{"empty directory", []string{"check", "--format", "json", emptyDir}, exitError, "no targets to check: " + filepath.ToSlash(emptyDir) + " holds no .html"},
		{"empty list", []string{"check", "--format", "json", "--from", emptyList}, exitError, "no targets to check: " + emptyList + " names no target"},
		{"empty directory to compare", []string{"compare", emptyDir, notHTML}, exitError, "no targets to check"},
		{"missing file", []string{"check", "--format", "json", filepath.Join(dir, "nope.html")}, exitError, ""},
		{"empty page", []string{"check", "--format", "json", notHTML}, exitError, ""},
		{"binary .html file", []string{"check", "--format", "json", binary}, exitError, ""},
		{"loopback refused without the flag", []string{"check", "--format", "json", "--no-cache", "http://127.0.0.1:9/story"}, exitError, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := cli(t, "", tt.args...)
			assert.Equal(t, tt.wantCode, code, "stdout:\n%s\nstderr:\n%s", out, stderr)
			assert.Contains(t, stderr, tt.wantErr)
			if tt.wantErr != "" {
				assert.Empty(t, out, "a usage error writes no report")
			}
			if strings.Contains(strings.Join(tt.args, " "), "json") && tt.wantErr == "" {
				doc := decode(t, out)
				require.Len(t, doc.Reports, 1)
				assert.Equal(t, provenance.Errored, doc.Reports[0].Verdict)
				assert.NotEmpty(t, doc.Reports[0].Error)
			}
		})
	}
}

// TestMaxBodyAppliesToLocalPages holds files, pages in a directory and
// stdin to --max-body, as fetched pages are: over it, the target's report
// says the page is too large; under it, the page is checked.
func TestMaxBodyAppliesToLocalPages(t *testing.T) {
	page := "<html><head><title>Pier</title></head><body><article><p>" +
		strings.Repeat("The harbour council met on Monday to discuss the pier. ", 90) + "</p></article></body></html>"
	dir := t.TempDir()
	file := filepath.Join(dir, "story.html")
	require.NoError(t, os.WriteFile(file, []byte(page), 0o644))
	// a plain-text article under the limit whose page, once converted, is over it
	txt := filepath.Join(t.TempDir(), "story.txt")
	require.NoError(t, os.WriteFile(txt, []byte("Pier\n\n"+strings.Repeat("The harbour council met on Monday. ", 50)), 0o644))
	tests := []struct {
		name, maxBody, stdin string
		target               string
		tooLarge             bool
	}{
		{"file over the limit", "2000", "", file, true},
		{"file under the limit", "100000", "", file, false},
		{"directory page over the limit", "2000", "", dir, true},
		{"stdin over the limit", "2000", page, "-", true},
		{"stdin under the limit", "100000", page, "-", false},
		{"text file under the limit", "2000", "", txt, false},
		{"text file over the limit", "1000", "", txt, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, out, stderr := cli(t, tt.stdin, "check", "--format", "json", "--max-body", tt.maxBody, tt.target)
			doc := decode(t, out)
			require.Len(t, doc.Reports, 1, stderr)
			r := doc.Reports[0]
			if tt.tooLarge {
				assert.Equal(t, provenance.Errored, r.Verdict)
				assert.Contains(t, r.Error, "more than "+tt.maxBody+" bytes")
				return
			}
			assert.NotContains(t, r.Error, "more than")
			assert.NotEmpty(t, r.Article.Title)
		})
	}
}

// TestExtractReadsTargetsAsCheckDoes gives extract the same plain-text and
// Markdown readers as check: a .txt copy whose link was lost extracts, and
// its orphaned "Reference" label shows.
func TestExtractReadsTargetsAsCheckDoes(t *testing.T) {
	story := strings.Repeat("The harbour council voted on Monday to close the old pier for repairs. ", 12) +
		"\n\nAda Brook, the harbour master, said the pier would reopen in May."
	file := filepath.Join(t.TempDir(), "copy.txt")
	require.NoError(t, os.WriteFile(file, []byte("Kelby closes its old pier\n\n"+story+"\n\nReference\n"), 0o644))
	code, out, stderr := cli(t, "", "extract", file)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "title:      Kelby closes its old pier")
	assert.Contains(t, out, `unlinked:   "Reference"`)
	assert.Regexp(t, `statement:  reported Ada Brook +"said" +"the pier would reopen in May"`, out)

	_, out, _ = cli(t, "", "check", "--format", "json", file)
	f := decode(t, out).Reports[0].Findings
	require.NotEmpty(t, f)
	assert.Contains(t, f[0].Message, `labels a source ("Reference")`)
}

// TestLocalOriginalsAreReadAsArticles gives compare and check --source an
// original saved as text or Markdown: it is read as the target would be,
// headline apart from the text, and a credit finding names the file.
func TestLocalOriginalsAreReadAsArticles(t *testing.T) {
	story := "The harbour council voted on Monday to close the old pier for repairs after a storm damaged it last week. " +
		"\n\n\"The pier is not safe for anyone,\" said Ada Brook, the harbour master."
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	copyFile := write("copy.txt", "Pier shut after storm\n\n"+story)
	tests := []struct{ name, file, author string }{
		{"text", write("orig.txt", "Kelby closes its old pier\n\n"+story), ""},
		{"markdown", write("orig.md", "---\ntitle: Kelby closes its old pier\nauthor: Tom Lee\n---\n\n"+story), "Tom Lee"},
	}
	for _, tt := range tests {
		for _, args := range [][]string{{"compare", copyFile, tt.file}, {"check", "--source", tt.file, copyFile}} {
			t.Run(tt.name+" "+args[0], func(t *testing.T) {
				_, out, stderr := cli(t, "", append([]string{args[0], "--format", "json"}, args[1:]...)...)
				r := decode(t, out).Reports[0]
				require.NotNil(t, r.Original, stderr)
				assert.Equal(t, "Kelby closes its old pier", r.Original.Title)
				assert.Equal(t, tt.author, r.Original.Byline)
				assert.NotContains(t, r.Original.Text, "Kelby closes")
				assert.Equal(t, 1.0, r.Reuse.Containment)
				require.Contains(t, codes(r), "credit-missing")
				for _, f := range r.Findings {
					if f.Code == "credit-missing" {
						assert.Contains(t, f.Message, "derives from file://")
					}
				}
			})
		}
	}
	// a byline paragraph is the original's author; a copy naming the author
	// is told only that it does not link, since a file has no publisher
	orig := write("bylined.md", "# Kelby closes its old pier\n\nBy Tom Lee, Kelby Gazette\n\n"+story)
	named := write("named.txt", "Pier shut after storm\n\n"+story+"\n\nReference: Kelby Gazette")
	_, out, stderr := cli(t, "", "compare", "--format", "json", named, orig)
	r := decode(t, out).Reports[0]
	require.NotNil(t, r.Original, stderr)
	assert.Equal(t, "By Tom Lee, Kelby Gazette", r.Original.Byline)
	assert.NotContains(t, r.Original.Text, "By Tom Lee")
	assert.Contains(t, codes(r), "credit-no-link")
	assert.NotContains(t, codes(r), "credit-missing")
	assert.NotContains(t, codes(r), "credit-publisher-not-named")
}

func TestLoopbackRefusalNamesTheGuard(t *testing.T) {
	code, out, _ := cli(t, "", "check", "--format", "json", "--no-cache", "http://127.0.0.1:9/story")
	assert.Equal(t, exitError, code)
	r := decode(t, out).Reports[0]
	require.NotEmpty(t, r.Findings)
	assert.Equal(t, "target-unreadable", string(r.Findings[0].Code))
	assert.Equal(t, "blocked-address", r.Findings[0].Evidence.Detail)
	assert.Contains(t, r.Error, "--allow-private-network allows them", "the refusal names the flag")
}

func TestJSONLAndTextFormats(t *testing.T) {
	srv, flags := web(t)
	_ = srv
	cases, err := exampleweb.LoadCases(provcheck.ExampleWeb())
	require.NoError(t, err)
	c, err := exampleweb.FindCase(cases, demoCase)
	require.NoError(t, err)

	other, err := exampleweb.FindCase(cases, "faithful-credited")
	require.NoError(t, err)
	_, out, _ := cli(t, "", append(append([]string{"check", "--format", "jsonl"}, flags...), c.Target, other.Target)...)
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 16<<20)
	lines := 0
	for sc.Scan() {
		lines++
		assert.NoError(t, report.ValidateLine(sc.Bytes()))
		var line struct {
			SchemaVersion string `json:"schema_version"`
			Tool          struct{ Version string }
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &line))
		assert.Equal(t, report.SchemaVersion, line.SchemaVersion)
		assert.Equal(t, buildinfo.Version(), line.Tool.Version)
	}
	assert.Equal(t, 2, lines)

	_, out, _ = cli(t, "", append(append([]string{"check"}, flags...), c.Target)...)
	assert.Contains(t, out, fmt.Sprintf("%-5s %s", strings.ToUpper(c.Verdict), c.Target))
	_, out, _ = cli(t, "", append(append([]string{"check", "--quiet"}, flags...), c.Target)...)
	assert.Equal(t, 1, strings.Count(out, "\n"), out)
}

func TestStdinTarget(t *testing.T) {
	_, flags := web(t)
	cases, err := exampleweb.LoadCases(provcheck.ExampleWeb())
	require.NoError(t, err)
	c, err := exampleweb.FindCase(cases, demoCase)
	require.NoError(t, err)
	_, page, _ := cli(t, "", append(append([]string{"extract", "--format", "json"}, flags...), c.Target)...)
	require.NotEmpty(t, page)

	// The page itself, piped in: discovery still finds the original.
	html := fetchRaw(t, flags, c.Target)
	_, out, _ := cli(t, html, append(append([]string{"check", "--format", "json"}, flags...), "-")...)
	r := decode(t, out).Reports[0]
	assert.Equal(t, "-", r.Target)
	require.NotNil(t, r.Original)
	assert.Equal(t, *c.Original, r.Original.URL)
}

func TestDemo(t *testing.T) {
	code, out, stderr := cli(t, "", "demo", "--format", "json")
	require.Equal(t, 0, code, stderr)
	r := decode(t, out).Reports[0]
	cases, err := exampleweb.LoadCases(provcheck.ExampleWeb())
	require.NoError(t, err)
	c, err := exampleweb.FindCase(cases, demoCase)
	require.NoError(t, err)
	require.NotNil(t, r.Original, "the demo names the original")
	assert.Equal(t, *c.Original, r.Original.URL)
	assert.Equal(t, provenance.Fail, r.Verdict, "the demo flags the discrepancies")
}

// fetchRaw gets a page of the example web as served, through the same
// --resolve mapping the CLI was given.
func fetchRaw(t *testing.T, flags []string, url string) string {
	t.Helper()
	resolve := map[string]string{}
	for i := 0; i+1 < len(flags); i++ {
		if flags[i] == "--resolve" {
			host, addr, _ := strings.Cut(flags[i+1], "=")
			resolve[host] = addr
		}
	}
	client := &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			host, _, _ := net.SplitHostPort(addr)
			if to, ok := resolve[host]; ok {
				addr = to
			}
			return (&net.Dialer{}).DialContext(ctx, network, addr)
		},
	}}
	resp, err := client.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(b)
}

// An editor keeps the evidence of a run as WARC and checks it again later
// with the web gone: same verdict, same original, same fetch hashes.
func TestArchiveThenReplay(t *testing.T) {
	srv, flags := web(t)
	cases, err := exampleweb.LoadCases(provcheck.ExampleWeb())
	require.NoError(t, err)
	c, err := exampleweb.FindCase(cases, demoCase)
	require.NoError(t, err)
	warc := filepath.Join(t.TempDir(), "run.warc.gz")

	_, out, stderr := cli(t, "", append(append([]string{"check", "--format", "json", "--archive", warc}, flags...), c.Target)...)
	live := decode(t, out).Reports[0]
	require.NotNil(t, live.Original, stderr)
	srv.Close()

	_, out, stderr = cli(t, "", append(append([]string{"check", "--format", "json", "--replay", warc}, flags...), c.Target)...)
	replayed := decode(t, out).Reports[0]
	require.NotNil(t, replayed.Original, stderr)
	assert.Equal(t, live.Verdict, replayed.Verdict)
	assert.Equal(t, live.Original.URL, replayed.Original.URL)
	assert.Equal(t, live.Article.Fetch.SHA256, replayed.Article.Fetch.SHA256)
	assert.Equal(t, codes(live), codes(replayed))
}

func TestDemoAllChecksEveryCase(t *testing.T) {
	cases, err := exampleweb.LoadCases(provcheck.ExampleWeb())
	require.NoError(t, err)
	code, out, stderr := cli(t, "", "demo", "--all", "--format", "json")
	require.Equal(t, 0, code, stderr)
	doc := decode(t, out)
	require.Len(t, doc.Reports, len(cases))
	for i, c := range cases {
		assert.Equal(t, c.Target, doc.Reports[i].Target, "reports come in the order of the cases")
	}
}

// Every format through the CLI, on a batch of two cases with -o.
func TestEveryFormatThroughTheCLI(t *testing.T) {
	_, flags := web(t)
	cases, err := exampleweb.LoadCases(provcheck.ExampleWeb())
	require.NoError(t, err)
	seed, err := exampleweb.FindCase(cases, demoCase)
	require.NoError(t, err)
	faithful, err := exampleweb.FindCase(cases, "faithful-credited")
	require.NoError(t, err)
	dir := t.TempDir()
	for _, format := range report.Formats() {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(dir, "report."+format)
			code, stdout, stderr := cli(t, "", append(append([]string{"check", "--format", format, "-o", out}, flags...), seed.Target, faithful.Target)...)
			assert.Equal(t, exitFail, code, stderr)
			assert.Empty(t, stdout, "the report goes to the -o file")
			b, err := os.ReadFile(out)
			require.NoError(t, err)
			body := string(b)
			switch format {
			case "json":
				require.NoError(t, report.Validate(b))
			case "jsonl":
				for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
					require.NoError(t, report.ValidateLine([]byte(line)))
				}
			case "html":
				assert.True(t, strings.HasPrefix(body, "<!DOCTYPE html>"), body[:min(len(body), 80)])
				assert.NotContains(t, body, "<script src=", "self-contained")
				assert.NotContains(t, body, `<link rel="stylesheet"`, "self-contained")
			case "junit":
				var suites struct {
					XMLName xml.Name
					Tests   int `xml:"tests,attr"`
				}
				require.NoError(t, xml.Unmarshal(b, &suites))
				assert.Equal(t, 2, suites.Tests, "a testcase per target")
				assert.Contains(t, body, "<failure")
			case "sarif":
				var doc map[string]any
				require.NoError(t, json.Unmarshal(b, &doc))
				assert.Equal(t, "2.1.0", doc["version"])
			}
			assert.Contains(t, body, seed.Target)
			assert.Contains(t, body, faithful.Target)
		})
	}
}

// The article that started the project, as saved: a plain-text aggregator
// copy. Without its original nothing can be judged, but its statements and
// speakers are found and its disclaimer is recognised.
func TestSeedArticle(t *testing.T) {
	seed := "../../../shared/seed/000_490919048cbff9f2.txt"
	if _, err := os.Stat(seed); err != nil {
		t.Skip("shared seed article not available")
	}
	_, out, stderr := cli(t, "", "check", "--format", "json", "--no-cache", seed)
	r := decode(t, out).Reports[0]
	require.NotNil(t, r.Article, stderr)
	assert.Contains(t, r.Article.Title, "Alibaba Espionage Probe")
	assert.NotContains(t, r.Article.Text, "Denial of responsibility")
	assert.Contains(t, codes(r), "aggregator-boilerplate")
	speakers := map[string]bool{}
	for _, s := range r.Statements {
		speakers[s.Speaker] = true
	}
	assert.True(t, speakers["Carlos Perez"], statementsOf(r))
	assert.True(t, speakers["John Vecchi"], statementsOf(r))
}

// TestNumericFlagsAreChecked refuses numbers and languages that mean
// nothing before any work, rather than taking them for the default.
func TestNumericFlagsAreChecked(t *testing.T) {
	page := filepath.Join(t.TempDir(), "page.html")
	require.NoError(t, os.WriteFile(page, []byte("<p>"+strings.Repeat("The harbour council shut the old pier on Monday. ", 6)+"</p>"), 0o644))
	tests := []struct {
		flags []string
		want  string
	}{
		{[]string{"--max-depth", "0"}, "--max-depth 0: must be at least 1"},
		{[]string{"--max-depth", "-2"}, "--max-depth -2: must be at least 1"},
		{[]string{"--max-references", "0"}, "--max-references 0: must be at least 1"},
		{[]string{"--jobs", "-3"}, "--jobs -3: must be at least 1"},
		{[]string{"--concurrency", "0"}, "--concurrency 0: must be at least 1"},
		{[]string{"--host-parallelism", "0"}, "--host-parallelism 0: must be at least 1"},
		{[]string{"--timeout", "0"}, "--timeout 0s: must be more than 0"},
		{[]string{"--connect-timeout", "-5s"}, "--connect-timeout -5s: must be more than 0"},
		{[]string{"--max-body", "-1"}, "--max-body -1: must be at least 1 byte"},
		{[]string{"--cache-ttl", "-1h"}, "--cache-ttl -1h0m0s: must be 0"},
		{[]string{"--retries", "-1"}, "--retries -1: must be 0"},
		{[]string{"--host-delay", "-1s"}, "--host-delay -1s: must be 0"},
		{[]string{"--language", "klingon"}, `--language "klingon": is not a BCP 47 language tag`},
		{[]string{"--language", "xx-invalid!!"}, `--language "xx-invalid!!": is not a BCP 47 language tag`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.flags, " "), func(t *testing.T) {
			for _, cmd := range [][]string{{"check"}, {"compare", page}} {
				if cmd[0] == "compare" && tt.flags[0] == "--jobs" {
					continue // check's own flag
				}
				code, out, stderr := cli(t, "", append(append(cmd, tt.flags...), page)...)
				assert.Equal(t, exitError, code)
				assert.Contains(t, stderr, tt.want)
				assert.Empty(t, out)
			}
		})
	}
	code, _, stderr := cli(t, "", "check", "--format", "json", "--language", "pt-BR", "--max-depth", "1", "--cache-ttl", "0", "--no-cache", page)
	assert.Equal(t, exitPass, code, "valid values pass: %s", stderr)
}
