package targets

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// collect runs Expand to the end and returns the targets and errors.
func collect(t *testing.T, ctx context.Context, args []string, opts Options) ([]Target, []error) {
	t.Helper()
	var ts []Target
	var errs []error
	for tg, err := range Expand(ctx, args, opts) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ts = append(ts, tg)
	}
	return ts, errs
}

func refs(ts []Target) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Ref
	}
	return out
}

func TestExpandDirectory(t *testing.T) {
	ts, errs := collect(t, context.Background(), []string{"testdata/site/posts/"}, Options{})
	require.Empty(t, errs)
	assert.Equal(t, []string{
		"testdata/site/posts/ferry.html",
		"testdata/site/posts/harbour-fees.md",
		"testdata/site/posts/lighthouse.markdown",
		"testdata/site/posts/sub/market.htm",
	}, refs(ts), "sorted, hidden and non-page files skipped")

	byRef := map[string]Target{}
	for _, tg := range ts {
		byRef[tg.Ref] = tg
		assert.Equal(t, tg.Ref, tg.Path)
		assert.Equal(t, "testdata/site/posts", tg.Via)
		assert.NotEmpty(t, tg.HTML)
	}
	ferry := byRef["testdata/site/posts/ferry.html"]
	assert.Equal(t, HTML, ferry.Kind)
	want, err := os.ReadFile("testdata/site/posts/ferry.html")
	require.NoError(t, err)
	assert.Equal(t, want, ferry.HTML)
	assert.Zero(t, ferry.BodyLine)

	post := byRef["testdata/site/posts/harbour-fees.md"]
	assert.Equal(t, Markdown, post.Kind)
	assert.Equal(t, "https://gullport-gazette.example/news/harbour-fees", post.Source)
	assert.Equal(t, 8, post.BodyLine)
	page := string(post.HTML)
	assert.Contains(t, page, "<title>Harbour fees &lt;rise&gt; again</title>")
	assert.Contains(t, page, "<h1>Harbour fees &lt;rise&gt; again</h1>")
	assert.Contains(t, page, `<meta name="author" content="Mara Quill, Tobias Fenn">`)
	assert.Contains(t, page, `<meta property="article:published_time" content="2026-03-14">`)
	assert.Contains(t, page, "<strong>voted</strong>")
	assert.Contains(t, page, `<a href="https://gullport-gazette.example/news/harbour-fees">the Gazette</a>`, "raw HTML kept")
	assert.NotContains(t, page, "tags:")

	light := byRef["testdata/site/posts/lighthouse.markdown"]
	assert.Equal(t, "https://coastline-herald.example/lighthouse", light.Source, "canonical_url, closed by ...")
	assert.Equal(t, 5, light.BodyLine)
}

func TestSplitFrontMatter(t *testing.T) {
	tests := []struct {
		name, in, body, source string
		line                   int
		err                    bool
	}{
		{"none", "# Title\n\ntext\n", "# Title\n\ntext\n", "", 1, false},
		{"crlf", "---\r\nsource: https://a.example/x\r\n---\r\nbody\r\n", "body\r\n", "https://a.example/x", 4, false},
		{"bom", "\ufeff---\noriginal_url: https://b.example/y\n---\nbody", "body", "https://b.example/y", 4, false},
		{"preference", "---\ncanonical_url: https://c.example/\nsource: https://s.example/\n---\n", "", "https://s.example/", 5, false},
		{"closing at end without newline", "---\ntitle: x\n---", "", "", 4, false},
		{"rule in body is not front matter", "text\n---\nmore\n", "text\n---\nmore\n", "", 1, false},
		{"unclosed", "---\ntitle: x\nbody\n", "", "", 0, true},
		{"bad yaml", "---\ntitle: [x\n---\nbody\n", "", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm, body, line, err := splitFrontMatter([]byte(tt.in))
			if tt.err {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.body, string(body))
			assert.Equal(t, tt.source, fm.Source)
			assert.Equal(t, tt.line, line)
		})
	}
}

func TestExpandLocalFeedsAndSitemap(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"testdata/feed.rss", []string{"https://gullport-digest.example/2026/harbour-fees", "https://gullport-digest.example/2026/lighthouse"}},
		{"testdata/feed.atom", []string{"https://coastline-herald.example/lighthouse", "https://coastline-herald.example/ferry"}},
		{"testdata/feed.json", []string{"https://tide-notes.example/spring-tides"}},
		{"testdata/sitemap.xml", []string{"https://gullport-digest.example/2026/harbour-fees", "https://gullport-digest.example/2026/market"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			ts, errs := collect(t, context.Background(), []string{tt.file}, Options{})
			require.Empty(t, errs)
			assert.Equal(t, tt.want, refs(ts))
			for _, tg := range ts {
				assert.Equal(t, URL, tg.Kind)
				assert.Equal(t, tt.file, tg.Via)
				assert.Empty(t, tg.Path)
			}
		})
	}
}

func TestExpandList(t *testing.T) {
	stdin := strings.NewReader("# from a pipe\nhttps://tide-notes.example/neap\n\ntestdata/site/assets\n")
	ts, errs := collect(t, context.Background(), []string{"testdata/site/posts/ferry.html"},
		Options{From: []string{"testdata/list.txt", "-"}, Stdin: stdin})
	require.Empty(t, errs)
	assert.Equal(t, []string{
		"testdata/site/posts/ferry.html",
		"https://gullport-digest.example/2026/harbour-fees",
		"https://tide-notes.example/neap",
		"testdata/site/assets/no-front-matter.md",
	}, refs(ts), "arguments first, duplicates once, comments skipped")
	assert.Equal(t, "", ts[0].Via)
	assert.Equal(t, "testdata/list.txt", ts[1].Via)
	assert.Equal(t, "-", ts[2].Via)
	assert.Equal(t, 1, ts[3].BodyLine)
}

func TestExpandErrorsContinue(t *testing.T) {
	dir := t.TempDir()
	// A .txt named on the command line is a plain-text article; a .csv is nothing.
	plain := filepath.Join(dir, "notes.csv")
	require.NoError(t, os.WriteFile(plain, []byte("just words"), 0o644))
	badMD := filepath.Join(dir, "bad.md")
	require.NoError(t, os.WriteFile(badMD, []byte("---\ntitle: [unclosed\n---\n"), 0o644))
	index := filepath.Join(dir, "index.xml")
	require.NoError(t, os.WriteFile(index, []byte(`<sitemapindex><sitemap><loc>https://a.example/s.xml</loc></sitemap></sitemapindex>`), 0o644))
	badLoc := filepath.Join(dir, "locs.xml")
	require.NoError(t, os.WriteFile(badLoc, []byte(`<urlset><url><loc>ftp://a.example/x</loc></url></urlset>`), 0o644))

	args := []string{filepath.Join(dir, "missing.html"), plain, badMD, index, badLoc, "https://ok.example/a", "--from-missing", ""}
	ts, errs := collect(t, context.Background(), args, Options{From: []string{filepath.Join(dir, "nolist.txt")}})
	assert.Equal(t, []string{"https://ok.example/a"}, refs(ts))
	require.Len(t, errs, 8)
	assert.ErrorIs(t, errs[0], fs.ErrNotExist)
	assert.ErrorIs(t, errs[1], ErrUnsupported)
	assert.ErrorContains(t, errs[2], "front matter of")
	assert.ErrorIs(t, errs[3], ErrNoFetch)
	assert.ErrorIs(t, errs[4], ErrUnsupported)
	assert.ErrorIs(t, errs[5], fs.ErrNotExist)
	assert.ErrorIs(t, errs[6], fs.ErrNotExist)
	assert.ErrorIs(t, errs[7], fs.ErrNotExist)
}

func FuzzSplitFrontMatter(f *testing.F) {
	for _, s := range []string{"---\ntitle: x\n---\nbody", "---\r\n---\r\n", "---", "---\nsource: [a, b]\n...\n", "# t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, body, line, err := splitFrontMatter([]byte(s))
		if err == nil {
			require.GreaterOrEqual(t, line, 1)
			require.LessOrEqual(t, len(body), len(s))
		}
		_, _ = markdownTarget("f.md", []byte(s))
	})
}

func FuzzSniff(f *testing.F) {
	for _, name := range []string{"testdata/feed.rss", "testdata/feed.atom", "testdata/feed.json", "testdata/sitemap.xml", "testdata/site/posts/ferry.html"} {
		data, err := os.ReadFile(name)
		require.NoError(f, err)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "doc")
		require.NoError(t, os.WriteFile(path, data, 0o644))
		for range Expand(context.Background(), []string{path}, Options{}) {
		}
	})
}

// TestMaxFileBytes refuses a file over the limit by name, without loading
// it, and keeps expanding the others.
func TestMaxFileBytes(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "big.html"), []byte(strings.Repeat("x", 5000)), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "small.html"), []byte("<p>pier</p>"), 0o644))
	var refused, read []string
	for tg, err := range Expand(context.Background(), []string{dir}, Options{MaxFileBytes: 1000}) {
		if err != nil {
			assert.ErrorIs(t, err, ErrTooLarge)
			refused = append(refused, filepath.Base(tg.Ref))
			continue
		}
		read = append(read, filepath.Base(tg.Ref))
	}
	assert.Equal(t, []string{"big.html"}, refused)
	assert.Equal(t, []string{"small.html"}, read)
}

func BenchmarkExpandDirectory(b *testing.B) {
	dir := b.TempDir()
	post, err := os.ReadFile("testdata/site/posts/harbour-fees.md")
	require.NoError(b, err)
	for i := range 200 {
		require.NoError(b, os.WriteFile(filepath.Join(dir, fmt.Sprintf("post-%03d.md", i)), post, 0o644))
	}
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range Expand(context.Background(), []string{dir}, Options{}) {
			require.NoError(b, err)
			n++
		}
		require.Equal(b, 200, n)
	}
}

// TestExpandNamesNothing: a directory, list, feed or sitemap that names no
// target is an error of its own, not silence; one naming only targets met
// before is not.
func TestExpandNamesNothing(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.Mkdir(empty, 0o755))
	htmlDir := filepath.Join(dir, "dir.html")
	require.NoError(t, os.Mkdir(htmlDir, 0o755))
	write("txt/copy.txt", "Pier shut\n\nThe pier is shut.")
	list := write("list.txt", "# nothing yet\n\n")
	feed := write("feed.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://a.example/</link></channel></rss>`)
	sitemap := write("sitemap.xml", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>`)
	post := write("posts/a.md", "# A\n\ntext\n")
	tests := []struct {
		name string
		args []string
		from []string
		want string
	}{
		{"empty directory", []string{empty}, nil, "holds no .html, .htm, .md or .markdown file"},
		{"directory named .html", []string{htmlDir}, nil, "holds no .html"},
		{"only .txt files", []string{filepath.Join(dir, "txt")}, nil, "a .txt file is checked only when named"},
		{"empty list", nil, []string{list}, "names no target"},
		{"empty feed", []string{feed}, nil, "feed with no item links"},
		{"empty sitemap", []string{sitemap}, nil, "sitemap naming no page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, errs := collect(t, context.Background(), tt.args, Options{From: tt.from})
			assert.Empty(t, ts)
			require.Len(t, errs, 1)
			assert.ErrorIs(t, errs[0], ErrNoTargets)
			assert.ErrorContains(t, errs[0], tt.want)
		})
	}
	ts, errs := collect(t, context.Background(), []string{post, filepath.Join(dir, "posts")}, Options{})
	assert.Len(t, ts, 1)
	assert.Empty(t, errs, "a directory whose posts were named already is not empty")
}

// TestTargetsThatAreNoUsableURL: a target written as a URL that cannot be
// fetched says so, not "no such file"; a host and path without a scheme
// gets a hint.
func TestTargetsThatAreNoUsableURL(t *testing.T) {
	tests := map[string]string{
		"ftp://news.example/x":  `URL scheme "ftp" (only http and https pages are checked)`,
		"htp://news.example/x":  `URL scheme "htp"`,
		"mailto:desk@a.example": `URL scheme "mailto"`,
		"file:///etc/passwd":    "give a local file as its path, not a file: URL",
		"http://":               `invalid URL "http://": no host`,
		"http://exa mple.com/x": `invalid URL "http://exa mple.com/x": invalid character " " in host name`,
		"news.example/story":    "no such file or directory (a URL needs its scheme: https://news.example/story)",
	}
	for target, want := range tests {
		_, errs := collect(t, context.Background(), []string{target}, Options{})
		require.Len(t, errs, 1, target)
		assert.ErrorContains(t, errs[0], want, target)
		assert.NotContains(t, errs[0].Error(), "stat "+target+": no such file or directory)", target)
	}
	_, errs := collect(t, context.Background(), []string{"story.html"}, Options{})
	require.Len(t, errs, 1)
	assert.NotContains(t, errs[0].Error(), "a URL needs", "a file name is no host")
}

// TestListComments: a "#" opens a comment at the start of a line or after
// a space; a URL's fragment stays.
func TestListComments(t *testing.T) {
	stdin := strings.NewReader("# targets\nhttps://a.example/one   # the first\nhttps://a.example/two#part\n\t# indented note\n")
	ts, errs := collect(t, context.Background(), nil, Options{From: []string{"-"}, Stdin: stdin})
	require.Empty(t, errs)
	assert.Equal(t, []string{"https://a.example/one", "https://a.example/two#part"}, refs(ts))
}

func TestFrontMatterSourceIsRelativeToThePost(t *testing.T) {
	tests := []struct{ ref, source, want string }{
		{"site/posts/a.md", "../originals/a.html", "site/originals/a.html"},
		{"site/posts/a.md", "./a-orig.md", "site/posts/a-orig.md"},
		{"a.md", "originals/a.txt", "originals/a.txt"},
		{"/srv/site/posts/a.md", "../../originals/a.html", "/srv/originals/a.html"},
		{"site/posts/a.md", "/srv/originals/a.html", "/srv/originals/a.html"},
		{"site/posts/a.md", "https://news.example/a", "https://news.example/a"},
		{"site/posts/a.md", "ftp://news.example/a", "ftp://news.example/a"},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			post, err := Article(tt.ref, []byte("---\ntitle: Pier\nsource: "+tt.source+"\n---\nThe pier shut.\n"))
			require.NoError(t, err)
			assert.Equal(t, tt.want, post.Source)
		})
	}
}
