package targets

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlainTextArticle(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "copy.txt")
	require.NoError(t, os.WriteFile(p, []byte("Harbour <fees> to rise\r\n\r\nThe authority said fees\nwould rise.\r\n\r\n\r\nUnions objected.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("todo"), 0o644))

	var got []Target
	for tg, err := range Expand(context.Background(), []string{p}, Options{}) {
		require.NoError(t, err)
		got = append(got, tg)
	}
	require.Len(t, got, 1)
	assert.Equal(t, Text, got[0].Kind)
	page := string(got[0].HTML)
	assert.Contains(t, page, "<title>Harbour &lt;fees&gt; to rise</title>")
	assert.Contains(t, page, "<p>The authority said fees would rise.</p>")
	assert.Contains(t, page, "<p>Unions objected.</p>")

	var inDir []Target
	for tg, err := range Expand(context.Background(), []string{dir}, Options{}) {
		assert.ErrorIs(t, err, ErrNoTargets, "a directory of .txt files names no target")
		if err == nil {
			inDir = append(inDir, tg)
		}
	}
	assert.Empty(t, inDir, "a directory's .txt files are not taken for articles")
}

// TestBylineParagraph takes a "By …" paragraph that opens a text or
// Markdown article as its byline, and nothing else.
func TestBylineParagraph(t *testing.T) {
	tests := []struct {
		name, body, byline string
	}{
		{"after a heading", "# Ferry vote delayed\n\nBy Mara Lindqvist, Kelby Gazette\n\nThe council met.", "By Mara Lindqvist, Kelby Gazette"},
		{"in emphasis", "*By Mara Lindqvist*\n\nThe council met.", "By Mara Lindqvist"},
		{"a sentence that starts with by", "By Tuesday the council had met.\nIt voted later.", ""},
		{"not the first paragraph", "The council met.\n\nBy Mara Lindqvist", ""},
		{"lower case after by", "by the harbour, the council met.", ""},
		{"a one-sentence lead", "By Monday night, the river had burst its banks.\n\nThe council met.", ""},
		{"names with initials and an outlet", "By Ana J. Ruiz and Tom Lee Jr., Kelby Gazette\n\nThe council met.", "By Ana J. Ruiz and Tom Lee Jr., Kelby Gazette"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rest := cutByline(tt.body)
			assert.Equal(t, tt.byline, got)
			assert.Equal(t, strings.Count(tt.body, "\n"), strings.Count(rest, "\n"), "line numbers stay")
			if got != "" {
				assert.NotContains(t, rest, got)
			}
		})
	}
	tg, err := Article("post.md", []byte("# Ferry vote delayed\n\nBy Mara Lindqvist, Kelby Gazette\n\nThe council met."))
	require.NoError(t, err)
	assert.Contains(t, string(tg.HTML), `<meta name="author" content="By Mara Lindqvist, Kelby Gazette">`)
	tg, err = Article("post.txt", []byte("Ferry vote delayed\n\nBy Mara Lindqvist\n\nThe council met."))
	require.NoError(t, err)
	assert.Contains(t, string(tg.HTML), `<meta name="author" content="By Mara Lindqvist">`)
	assert.NotContains(t, string(tg.HTML), "<p>By Mara")
}

// TestTextLinksItsAddresses: a web address in a plain-text article becomes
// a link to itself, without the sentence's punctuation, and the rest of
// the text stays escaped.
func TestTextLinksItsAddresses(t *testing.T) {
	tests := map[string]string{
		"Source: https://planet.test/news/depot":             `Source: <a href="https://planet.test/news/depot">https://planet.test/news/depot</a>`,
		"See http://a.test/x?a=1&b=2. Then <b>":              `See <a href="http://a.test/x?a=1&amp;b=2">http://a.test/x?a=1&amp;b=2</a>. Then &lt;b&gt;`,
		"(via https://b.test/y), and ftp://c.test/z is not.": `(via <a href="https://b.test/y">https://b.test/y</a>), and ftp://c.test/z is not.`,
		"No address here.":                                   "No address here.",
	}
	for in, want := range tests {
		assert.Equal(t, want, linkify(in), in)
	}
}
