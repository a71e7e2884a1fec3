package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck"
	"github.com/provcheck/provcheck/internal/exampleweb"
)

// posts writes a folder of republished Markdown posts, as a site that
// syndicates stories keeps them: each declares its original in front matter.
// One is faithful; one changes a number inside a quote.
func posts(t *testing.T, flags []string) (dir, original string, alteredLine int) {
	t.Helper()
	cases, err := exampleweb.LoadCases(provcheck.ExampleWeb())
	require.NoError(t, err)
	c, err := exampleweb.FindCase(cases, "altered-quote")
	require.NoError(t, err)
	original = *c.Original
	_, out, _ := cli(t, "", append(append([]string{"extract", "--format", "json"}, flags...), original)...)
	var art struct {
		Title string `json:"title"`
		Text  string `json:"text"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &art))
	require.Contains(t, art.Text, "about 12 minutes")

	dir = t.TempDir()
	post := func(name, body string) {
		md := fmt.Sprintf("---\ntitle: %q\nsource: %s\n---\n\n%s\n\nOriginally published by [The Ashby Courier](%s).\n", art.Title, original, body, original)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(md), 0o644))
	}
	post("faithful.md", art.Text)
	altered := strings.Replace(art.Text, "about 12 minutes", "about 20 minutes", 1)
	post("altered.md", altered)
	md, err := os.ReadFile(filepath.Join(dir, "altered.md"))
	require.NoError(t, err)
	for i, line := range strings.Split(string(md), "\n") {
		if strings.Contains(line, "about 20 minutes") {
			alteredLine = i + 1
		}
	}
	require.NotZero(t, alteredLine)
	return dir, original, alteredLine
}

func TestGateOnMarkdownPosts(t *testing.T) {
	_, flags := web(t)
	dir, original, _ := posts(t, flags)
	check := func(extra ...string) (int, jsonDoc, string) {
		args := append(append([]string{"check", "--format", "json"}, flags...), extra...)
		code, out, stderr := cli(t, "", append(args, dir)...)
		return code, decode(t, out), stderr
	}

	code, doc, stderr := check()
	require.Len(t, doc.Reports, 2, stderr)
	assert.Equal(t, exitFail, code)
	byName := map[string]string{}
	for _, r := range doc.Reports {
		byName[filepath.Base(r.Target)] = string(r.Verdict)
		require.NotNil(t, r.Original, r.Target)
		assert.Equal(t, original, r.Original.URL, "front matter names the original")
	}
	assert.Equal(t, "fail", byName["altered.md"])
	assert.NotEqual(t, "fail", byName["faithful.md"])

	t.Run("baseline accepts what is known", func(t *testing.T) {
		base := filepath.Join(t.TempDir(), "baseline.json")
		code, _, _ := check("--write-baseline", base)
		assert.Equal(t, exitFail, code)
		code, doc, _ := check("--baseline", base)
		assert.Equal(t, exitPass, code)
		for _, r := range doc.Reports {
			assert.NotContains(t, codes(r), "quote-altered")
		}
	})
	t.Run("policy ignores a code", func(t *testing.T) {
		cfg := filepath.Join(t.TempDir(), "gate.yaml")
		require.NoError(t, os.WriteFile(cfg, []byte("ignore: [quote-altered]\n"), 0o644))
		code, _, _ := check("--config", cfg)
		assert.Equal(t, exitPass, code)
	})
	t.Run("fail-on raises a code", func(t *testing.T) {
		code, _, _ := check("--fail-on", "credit-author-not-named,reuse-verbatim")
		assert.Equal(t, exitFail, code)
	})
}

func TestGateUsageErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "gate.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("fail: [quote-altered]\ncolour: red\n"), 0o644))
	nan := filepath.Join(dir, "nan.yaml")
	require.NoError(t, os.WriteFile(nan, []byte("thresholds:\n  min_containment: 0.3\n  max_rewritten_share: .nan\n"), 0o644))
	tests := []struct {
		name, want string
		args       []string
	}{
		{"unknown policy key", "gate.yaml:2", []string{"check", "--config", bad, "x.html"}},
		{"threshold not a number", "nan.yaml:3: max_rewritten_share NaN", []string{"check", "--config", nan, "x.html"}},
		{"unknown fail-on code", "not-a-code", []string{"check", "--fail-on", "not-a-code", "x.html"}},
		{"missing baseline", "nope.json", []string{"check", "--baseline", filepath.Join(dir, "nope.json"), "x.html"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := cli(t, "", tt.args...)
			assert.Equal(t, exitError, code)
			assert.Contains(t, stderr, tt.want)
		})
	}
}

func TestSARIFPointsAtTheQuoteLine(t *testing.T) {
	_, flags := web(t)
	dir, _, line := posts(t, flags)
	_, out, stderr := cli(t, "", append(append([]string{"check", "--format", "sarif"}, flags...), filepath.Join(dir, "altered.md"))...)
	var sarif struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					Physical struct {
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &sarif), stderr)
	assert.Equal(t, "2.1.0", sarif.Version)
	found := false
	for _, r := range sarif.Runs[0].Results {
		if r.RuleID == "quote-altered" {
			found = true
			require.NotEmpty(t, r.Locations)
			assert.Equal(t, line, r.Locations[0].Physical.Region.StartLine)
		}
	}
	assert.True(t, found, out)
}

// TestDeclaredSourceUnreadableIsAnError: an original named by compare,
// --source or a post's front matter that cannot be read (a missing file, a
// 404, a dead host) means nothing was checked: verdict error, exit 2, even
// under a policy that ignores the finding.
func TestDeclaredSourceUnreadableIsAnError(t *testing.T) {
	gone := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(gone.Close)
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	story := strings.Repeat("The harbour council voted on Monday to close the old pier for repairs. ", 8)
	copyFile := write("copy.txt", "Pier shut\n\n"+story)
	post := write("post.md", "---\ntitle: Pier shut\nsource: "+dead.URL+"/story\n---\n\n"+story)
	ignore := write("gate.yaml", "ignore: [source-unreadable]\n")
	flags := []string{"--format", "json", "--allow-private-network", "--no-cache", "--retries", "0", "--host-delay", "0"}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"compare, missing file", []string{"compare", copyFile, filepath.Join(dir, "nope.html")}, "nope.html"},
		{"--source, 404", []string{"check", "--source", gone.URL + "/story", copyFile}, "404"},
		{"compare, not a web address", []string{"compare", copyFile, "ftp://news.example/story"}, `scheme "ftp" is not http or https`},
		{"front matter, dead host", []string{"check", post}, dead.URL},
		{"front matter, policy ignores it", []string{"check", "--config", ignore, post}, dead.URL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{tt.args[0]}, append(flags, tt.args[1:]...)...)
			code, out, stderr := cli(t, "", args...)
			assert.Equal(t, exitError, code, stderr)
			r := decode(t, out).Reports[0]
			assert.Equal(t, "error", string(r.Verdict))
			assert.Contains(t, r.Error, "the declared source")
			assert.Contains(t, r.Error, tt.want)
		})
	}
}

// TestLocalPathsFollowTheirFiles runs one site's gate from several working
// directories: the policy's path globs are relative to the policy file, and
// a post's front-matter source is relative to the post, so the verdict is
// the same wherever the gate runs from.
func TestLocalPathsFollowTheirFiles(t *testing.T) {
	story := "The harbour council voted on Monday to close the old pier for repairs after a storm damaged it last week.\n\n" +
		"\"We counted 12 cracks in the pilings and the deck is not safe for anyone,\" said Ada Brook, the harbour master.\n\n" +
		"Repairs are expected to take most of the summer, the council said in a statement on its website."
	root := t.TempDir()
	write := func(name, body string) { writeUnder(t, root, name, body) }
	write("site/originals/pier.txt", "Kelby closes its old pier\n\n"+story)
	altered := strings.Replace(story, "12 cracks", "20 cracks", 1)
	for _, dir := range []string{"partners", "own"} {
		write("site/posts/"+dir+"/pier.md", "---\ntitle: Kelby closes its old pier\nsource: ../../originals/pier.txt\n---\n\n"+altered)
	}
	write("site/.provcheck.yaml", "fail: [quote-altered]\nignore: [credit-missing, credit-no-link]\n"+
		"overrides:\n  - match: {path: \"posts/partners/**\"}\n    warn: [quote-altered]\n")
	tests := []struct {
		name, cwd string
		args      []string
	}{
		{"site, implicit policy", "site", []string{"posts/"}},
		{"site, absolute targets", "site", []string{filepath.Join(root, "site", "posts")}},
		{"repository root", ".", []string{"--config", "site/.provcheck.yaml", "site/posts/"}},
		{"posts directory", "site/posts", []string{"--config", "../.provcheck.yaml", "partners/", "own/"}},
		{"elsewhere, absolute policy", "site/originals", []string{"--config", filepath.Join(root, "site", ".provcheck.yaml"), "../posts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(filepath.Join(root, filepath.FromSlash(tt.cwd)))
			_, out, stderr := cli(t, "", append([]string{"check", "--format", "json"}, tt.args...)...)
			doc := decode(t, out)
			require.Len(t, doc.Reports, 2, stderr)
			for _, r := range doc.Reports {
				require.NotNil(t, r.Original, "%s: %s", r.Target, r.Error)
				assert.Equal(t, "Kelby closes its old pier", r.Original.Title, r.Target)
				assert.Contains(t, codes(r), "quote-altered", r.Target)
				want := "fail"
				if strings.Contains(r.Target, "partners") {
					want = "warn"
				}
				assert.Equal(t, want, string(r.Verdict), r.Target)
			}
			assert.Equal(t, exitFail, doc.Summary.ExitCode)
		})
	}
}

// TestGlobWarningOnlyForGlobsThatMatchNoFile: check warns on standard error,
// once, of an override path glob that matches no file, and says nothing
// when a correct glob just has no target in the run (one post, the changed
// posts); the exit status is the same either way.
func TestGlobWarningOnlyForGlobsThatMatchNoFile(t *testing.T) {
	story := "The ferry board met on Tuesday to move the winter timetable forward by two weeks.\n\n" +
		"\"We carried 40 fewer cars a day last March, and the crews need the rest,\" said Ines Varga, the board's chair.\n\n" +
		"The new timetable starts in the first week of November, the board said."
	root := t.TempDir()
	write := func(name, body string) { writeUnder(t, root, name, body) }
	write("originals/ferry.txt", "Ferry winter timetable moves forward\n\n"+story)
	for _, dir := range []string{"partners", "own"} {
		write("posts/"+dir+"/ferry.md", "---\ntitle: Ferry winter timetable moves forward\nsource: ../../originals/ferry.txt\n---\n\n"+story)
	}
	policy := func(glob string) string {
		return "ignore: [credit-missing, credit-no-link]\noverrides:\n  - match: {path: \"" + glob + "\"}\n    warn: [quote-altered]\n"
	}
	write(".provcheck.yaml", policy("posts/partners/**"))
	write("ci/right.yaml", policy("../posts/partners/**"))
	write("ci/wrong.yaml", policy("posts/partners/**"))
	const warning = `provcheck: warning: ci/wrong.yaml:3: override's path glob "posts/partners/**" matches no file`
	tests := []struct {
		name     string
		args     []string
		warnings int
	}{
		{"root policy, one own post", []string{"posts/own/ferry.md"}, 0},
		{"ci policy with ../, one own post", []string{"--config", "ci/right.yaml", "posts/own/ferry.md"}, 0},
		{"ci policy without ../, all posts", []string{"--config", "ci/wrong.yaml", "posts/"}, 1},
		{"ci policy without ../, one own post", []string{"--config", "ci/wrong.yaml", "posts/own/ferry.md"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(root)
			code, _, stderr := cli(t, "", append([]string{"check", "-q"}, tt.args...)...)
			assert.Equal(t, exitPass, code, stderr)
			assert.Equal(t, tt.warnings, strings.Count(stderr, "provcheck: warning:"), stderr)
			if tt.warnings > 0 {
				assert.Contains(t, stderr, warning)
			}
		})
	}
}

// writeUnder writes body to the slash-separated path name under root,
// making its directories.
func writeUnder(t *testing.T, root, name, body string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
}
