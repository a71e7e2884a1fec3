package provcheck

import (
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/internal/exampleweb"
	"github.com/provcheck/provcheck/provenance/finding"
)

// exampleCase mirrors one object of testdata/web/cases.json.
type exampleCase struct {
	Name       string   `json:"name"`
	Target     string   `json:"target"`
	Source     string   `json:"source"`
	Verdict    string   `json:"verdict"`
	Original   *string  `json:"original"`
	Relation   string   `json:"relation"`
	Must       []string `json:"must"`
	MustNot    []string `json:"must_not"`
	Statements []struct {
		Speaker string `json:"speaker"`
		Verdict string `json:"verdict"`
	} `json:"statements"`
	Attribution *string `json:"attribution"`
	About       string  `json:"about"`
}

func loadCases(t *testing.T) []exampleCase {
	t.Helper()
	b, err := fs.ReadFile(ExampleWeb(), "cases.json")
	require.NoError(t, err)
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	var cases []exampleCase
	require.NoError(t, dec.Decode(&cases))
	require.NotEmpty(t, cases)
	return cases
}

func TestCasesAreConsistent(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range loadCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			assert.False(t, seen[c.Name], "duplicate case name")
			seen[c.Name] = true
			assert.NotEmpty(t, c.About)
			assert.Contains(t, []string{"pass", "warn", "fail", "error"}, c.Verdict)
			assert.Contains(t, []string{"verbatim", "rewritten", "partial", "unrelated", "unknown"}, c.Relation)
			if c.Attribution != nil {
				assert.Contains(t, []string{"credited", "partial", "missing", "wrong"}, *c.Attribution)
			}
			for _, s := range c.Statements {
				assert.NotEmpty(t, s.Speaker)
				assert.Contains(t, []string{"verbatim", "altered", "paraphrased", "not_found", "misattributed"}, s.Verdict)
			}
			for _, code := range append(slices.Clone(c.Must), c.MustNot...) {
				assert.True(t, finding.Code(code).Known(), "unknown finding code %q", code)
			}
			for _, code := range c.Must {
				assert.NotContains(t, c.MustNot, code, "code both required and forbidden")
			}
			// The verdict follows from the most serious required finding;
			// must lists only findings that are certain, so it can only
			// under-state the verdict for warn (other warnings may join).
			var fs []finding.Finding
			for _, code := range c.Must {
				fs = append(fs, finding.New(finding.Code(code), "", finding.Evidence{}))
			}
			switch c.Verdict {
			case "error":
				assert.Contains(t, c.Must, string(finding.TargetUnreadable))
			case "fail":
				assert.Equal(t, finding.Error, finding.Max(fs))
			case "warn":
				assert.Equal(t, finding.Warning, finding.Max(fs))
			case "pass":
				assert.NotEqual(t, finding.Error, finding.Max(fs))
				assert.NotEqual(t, finding.Warning, finding.Max(fs))
			}
			if c.Original == nil {
				assert.Equal(t, "unknown", c.Relation)
			}
		})
	}
}

var hrefRE = regexp.MustCompile(`href="(http://[^"]+)"`)

// TestCasesServed browses the example web as the pipeline will: targets and
// originals answer, and a target's links to other fixture sites are dead
// exactly when its case expects a failed reference fetch.
func TestCasesServed(t *testing.T) {
	srv, err := exampleweb.Start(ExampleWeb())
	require.NoError(t, err)
	defer srv.Close()
	c := srv.Client()

	for _, tc := range loadCases(t) {
		t.Run(tc.Name, func(t *testing.T) {
			status, body := fetch(t, c, tc.Target)
			if tc.Verdict == "error" {
				assert.GreaterOrEqual(t, status, 400)
				return
			}
			require.Equal(t, http.StatusOK, status)
			for _, u := range []string{tc.Source, deref(tc.Original)} {
				if u != "" {
					st, b := fetch(t, c, u)
					assert.Equal(t, http.StatusOK, st, u)
					assert.Contains(t, b, `"NewsArticle"`, u)
				}
			}
			links := crossSiteLinks(t, tc.Target, body, srv.Hosts())
			if a := deref(tc.Attribution); a != "missing" {
				assert.NotEmpty(t, links, "a page that credits links to another site")
			} else {
				assert.Empty(t, links, "an uncredited copy links to no other site")
			}
			dead := 0
			for _, link := range links {
				if st, _ := fetch(t, c, link); st == http.StatusNotFound {
					dead++
				}
			}
			if slices.Contains(tc.Must, string(finding.ReferenceFetchFailed)) {
				assert.Positive(t, dead, "expected a dead reference")
			} else {
				assert.Zero(t, dead, "unexpected dead link to another fixture site")
			}
		})
	}
}

func TestEveryHostHasHomeAndPolitenessFiles(t *testing.T) {
	srv, err := exampleweb.Start(ExampleWeb())
	require.NoError(t, err)
	defer srv.Close()
	c := srv.Client()

	require.GreaterOrEqual(t, len(srv.Hosts()), 8)
	for _, h := range srv.Hosts() {
		assert.True(t, strings.HasSuffix(h, ".example"), h)
		st, _ := fetch(t, c, "http://"+h+"/")
		assert.Equal(t, http.StatusOK, st, h)
		if st, robots := fetch(t, c, "http://"+h+"/robots.txt"); st == http.StatusOK {
			assert.NotContains(t, strings.ToLower(robots), "crawl-delay", h)
		}
	}
}

func crossSiteLinks(t *testing.T, target, body string, hosts []string) []string {
	t.Helper()
	tu, err := url.Parse(target)
	require.NoError(t, err)
	var out []string
	for _, m := range hrefRE.FindAllStringSubmatch(body, -1) {
		u, err := url.Parse(m[1])
		if err != nil || u.Hostname() == tu.Hostname() {
			continue
		}
		if _, ok := slices.BinarySearch(hosts, u.Hostname()); ok || strings.HasSuffix(u.Hostname(), ".example") {
			out = append(out, m[1])
		}
	}
	return out
}

func fetch(t *testing.T, c *http.Client, u string) (int, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, u, nil)
	require.NoError(t, err)
	resp, err := c.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// TestCasesLoadThroughExampleweb keeps cases.json readable by the loader the
// CLI tests and provbench use, and the demo's case present.
func TestCasesLoadThroughExampleweb(t *testing.T) {
	cases, err := exampleweb.LoadCases(ExampleWeb())
	require.NoError(t, err)
	assert.Len(t, cases, len(loadCases(t)))
	seed, err := exampleweb.FindCase(cases, "seed-aggregator")
	require.NoError(t, err)
	require.NotNil(t, seed.Original)
	assert.Contains(t, *seed.Original, "quartzwire.example")
}

var jsonLDRE = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// TestPagesAreWellFormed holds the realism rules of the fixtures: every page
// a full document with a title, JSON-LD that parses, and every case page
// carrying og:* metadata.
func TestPagesAreWellFormed(t *testing.T) {
	web := ExampleWeb()
	targets := map[string]bool{}
	for _, c := range loadCases(t) {
		targets[c.Target] = c.Verdict != "error"
		if c.Original != nil {
			targets[*c.Original] = true
		}
	}
	pages := 0
	err := fs.WalkDir(web, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(name, ".html") {
			return err
		}
		pages++
		b, err := fs.ReadFile(web, name)
		require.NoError(t, err)
		page := string(b)
		assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>"), name)
		assert.Regexp(t, `<title>[^<]+</title>`, page, name)
		assert.Contains(t, page, "</html>", name)
		for _, m := range jsonLDRE.FindAllStringSubmatch(page, -1) {
			var v any
			assert.NoError(t, json.Unmarshal([]byte(m[1]), &v), "%s: JSON-LD", name)
		}
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, pages, 20)

	srv, err := exampleweb.Start(web)
	require.NoError(t, err)
	defer srv.Close()
	for u, article := range targets {
		if !article {
			continue
		}
		_, page := fetch(t, srv.Client(), u)
		for _, prop := range []string{"og:title", "og:url", "og:site_name", "article:published_time"} {
			assert.Contains(t, page, `property="`+prop+`"`, u)
		}
	}
}
