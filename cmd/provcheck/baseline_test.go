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
)

// libraryOriginal is a made-up local story with a byline and a site name.
const libraryOriginal = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Fernhill library to double its reading rooms - The Orchard Gazette</title>
<meta property="og:site_name" content="The Orchard Gazette">
<meta name="author" content="Dana Holloway">
<meta property="og:type" content="article">
</head><body><article>
<h1>Fernhill library to double its reading rooms</h1>
<p class="byline">By Dana Holloway</p>
%s
</article></body></html>`

var libraryParagraphs = []string{
	"The Fernhill public library will double the size of its reading rooms next spring, after the county board approved a $3.2 million grant on Thursday.",
	`Head librarian Oskar Lindqvist said the old rooms had been full every afternoon since the high school closed its own library. "We turn away forty students a day, and that is not a library, that is a waiting list," Lindqvist said.`,
	"The expansion will add two study halls, a children's corner and a room for the town's archive of shipping records, which has been kept in a basement since 1987.",
	`Board member Agnes Petrov voted against the grant. "The roof of the fire station leaks and we are buying armchairs," she said.`,
	"Building work is due to start in March and to finish before the autumn term, the board said.",
}

// librarySite serves the original on loopback and returns its URL, the
// flags that reach it, and a folder to write posts into.
func librarySite(t *testing.T) (origURL string, flags []string, dir string) {
	t.Helper()
	page := fmt.Sprintf(libraryOriginal, "<p>"+strings.Join(libraryParagraphs, "</p>\n<p>")+"</p>")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/news/library" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	t.Cleanup(srv.Close)
	flags = []string{"--allow-private-network", "--no-cache", "--host-delay", "0", "--retries", "0", "--progress=false"}
	return srv.URL + "/news/library", flags, t.TempDir()
}

// writePost writes a Markdown post declaring origURL, with extra front
// matter and the original's paragraphs after edit.
func writePost(t *testing.T, path, origURL, front, tail string, edit *strings.Replacer) {
	t.Helper()
	body := strings.Join(libraryParagraphs, "\n\n")
	if edit != nil {
		body = edit.Replace(body)
	}
	md := fmt.Sprintf("---\ntitle: \"Fernhill library to double its reading rooms\"\nsource: %s\n%s---\n%s\n%s", origURL, front, body, tail)
	require.NoError(t, os.WriteFile(path, []byte(md), 0o644))
}

// TestBaselineKeepsPageFindingsAcrossEdits: a finding about the page (its
// credit, its byline, its reuse) stays accepted when a word elsewhere in
// the post changes; a finding about a passage is new when that passage is.
func TestBaselineKeepsPageFindingsAcrossEdits(t *testing.T) {
	origURL, flags, _ := librarySite(t)
	signed, credited := "author: Pat Quill\n", fmt.Sprintf("\n*First published by [The Orchard Gazette](%s).*\n", origURL)
	tests := []struct {
		name, front, tail string
		extra             []string
		edit              *strings.Replacer
		wantExit          int
		wantNew           []string
	}{
		{"uncredited post, one word edited", "", "", nil,
			strings.NewReplacer("has been kept in a basement", "has been stored in a basement"), exitPass, nil},
		{"uncredited post, a sentence added", "", "", nil,
			strings.NewReplacer("the board said.", "the board said. The mayor did not attend the vote."), exitPass, nil},
		{"signed post failing on byline-claimed, one word edited", signed, credited, []string{"--fail-on", "byline-claimed"},
			strings.NewReplacer("had been full every afternoon", "had been packed every afternoon"), exitPass, nil},
		{"a changed quote is still new", "", "", nil,
			strings.NewReplacer("forty students", "fifty students"), exitFail, []string{"quote-altered"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			post, base := filepath.Join(dir, "post.md"), filepath.Join(dir, "baseline.json")
			args := append(append([]string{"check", "--format", "json"}, flags...), tt.extra...)
			writePost(t, post, origURL, tt.front, tt.tail, nil)
			code, out, stderr := cli(t, "", append(args, "--write-baseline", base, post)...)
			require.Equal(t, exitFail, code, stderr)
			recorded := codes(decode(t, out).Reports[0])
			require.NotEmpty(t, recorded)

			writePost(t, post, origURL, tt.front, tt.tail, tt.edit)
			code, out, stderr = cli(t, "", append(args, "--baseline", base, post)...)
			doc := decode(t, out)
			assert.Equal(t, tt.wantExit, code, stderr)
			assert.ElementsMatch(t, tt.wantNew, codes(doc.Reports[0]), "recorded %v", recorded)
		})
	}
}

// TestWriteBaselineRecordsEveryFinding: --write-baseline records every
// finding of the run, those --baseline accepted included, so refreshing a
// baseline in place keeps it (review 7 M2).
func TestWriteBaselineRecordsEveryFinding(t *testing.T) {
	origURL, flags, _ := librarySite(t)
	tests := []struct {
		name     string
		edit     *strings.Replacer // applied before the refresh
		inPlace  bool
		wantMore int // entries beyond the first recording
	}{
		{"refresh in place, nothing changed", nil, true, 0},
		{"refresh into another file", nil, false, 0},
		{"refresh in place after a quote changed", strings.NewReplacer("forty students", "fifty students"), true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			post, first := filepath.Join(dir, "post.md"), filepath.Join(dir, "baseline.json")
			refreshed := first
			if !tt.inPlace {
				refreshed = filepath.Join(dir, "refreshed.json")
			}
			args := append([]string{"check", "-q"}, flags...)
			writePost(t, post, origURL, "", "", nil)
			code, _, stderr := cli(t, "", append(args, "--write-baseline", first, post)...)
			require.Equal(t, exitFail, code, stderr)
			recorded := entryCount(t, first)
			require.NotZero(t, recorded)

			writePost(t, post, origURL, "", "", tt.edit)
			cli(t, "", append(args, "--baseline", first, "--write-baseline", refreshed, post)...)
			assert.Equal(t, recorded+tt.wantMore, entryCount(t, refreshed))
			code, _, stderr = cli(t, "", append(args, "--baseline", refreshed, post)...)
			assert.Equal(t, exitPass, code, "the refreshed baseline accepts the run: %s", stderr)
		})
	}
}

func entryCount(t *testing.T, path string) int {
	t.Helper()
	var f struct {
		Findings []json.RawMessage `json:"findings"`
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &f))
	return len(f.Findings)
}

// TestBaselineAuditTrail: a page that passes on accepted findings says so
// in every format, with the policy file that was applied (review 7 L1).
func TestBaselineAuditTrail(t *testing.T) {
	origURL, flags, dir := librarySite(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".provcheck.yaml"), []byte("fail: [reuse-verbatim]\n"), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "posts"), 0o755))
	writePost(t, filepath.Join(dir, "posts", "post.md"), origURL, "", "", nil)
	t.Chdir(dir) // the policy is found in the working directory
	code, _, stderr := cli(t, "", append(append([]string{"check", "-q"}, flags...), "--write-baseline", "b.json", "posts")...)
	require.Equal(t, exitFail, code, stderr)
	const accepted = 2 // credit-missing and reuse-verbatim, both errors

	tests := []struct {
		format string
		check  func(t *testing.T, out string)
	}{
		{"json", func(t *testing.T, out string) {
			doc := decode(t, out)
			require.Len(t, doc.Reports, 1)
			assert.Empty(t, doc.Reports[0].Findings)
			assert.Equal(t, accepted, doc.Reports[0].Suppressed)
			assert.Equal(t, accepted, doc.Summary.Suppressed)
			assert.Equal(t, ".provcheck.yaml", doc.Summary.Policy)
		}},
		{"sarif", func(t *testing.T, out string) {
			var log struct {
				Runs []struct {
					Results    []json.RawMessage `json:"results"`
					Properties struct {
						Summary struct {
							Suppressed int    `json:"suppressed"`
							Policy     string `json:"policy"`
						} `json:"summary"`
					} `json:"properties"`
				} `json:"runs"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &log))
			require.Len(t, log.Runs, 1)
			assert.Empty(t, log.Runs[0].Results, "code scanning would open alerts for suppressed results")
			assert.Equal(t, accepted, log.Runs[0].Properties.Summary.Suppressed)
			assert.Equal(t, ".provcheck.yaml", log.Runs[0].Properties.Summary.Policy)
		}},
		{"text", func(t *testing.T, out string) {
			assert.Contains(t, out, "PASS")
			assert.Contains(t, out, "accepted:  2 finding(s) by the baseline (2 error)")
			assert.Contains(t, out, "2 finding(s) accepted by the baseline\npolicy: .provcheck.yaml\n")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			code, out, stderr := cli(t, "", append(append([]string{"check", "--format", tt.format}, flags...), "--baseline", "b.json", "posts")...)
			assert.Equal(t, exitPass, code, stderr)
			tt.check(t, out)
		})
	}
}
