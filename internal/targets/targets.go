// Package targets expands provcheck's command-line targets into a stream of
// work items: URLs as they are, local HTML and Markdown files, directories
// of them, lists of targets (--from), and the links of RSS/Atom/JSON feeds
// and sitemaps, local or fetched.
package targets

import (
	"context"
	"errors"
	"io"
	"iter"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// Kind says what a target is and so how the pipeline reads it.
type Kind string

// Kinds of targets.
const (
	URL      Kind = "url"      // fetch Ref
	HTML     Kind = "html"     // a local HTML file; HTML holds its bytes
	Markdown Kind = "markdown" // a local Markdown post; HTML holds it rendered
	Text     Kind = "text"     // a local plain-text article (.txt, given by name); HTML holds it as a page
)

// Target is one page to check.
type Target struct {
	Ref  string // the URL, or the local path as given (cleaned, slash-separated)
	Kind Kind
	// Source is the original the post declares in its front matter
	// (source, original_url or canonical_url), a relative local path
	// resolved against the post's directory; empty when it declares none.
	Source string
	// Path is the local file, for SARIF locations; empty for URLs.
	Path string
	// HTML is the page of a local file, a Markdown post rendered to a full
	// HTML document; nil for URLs, which the pipeline fetches.
	HTML []byte
	// BodyLine is the 1-based line of Path where a Markdown body starts,
	// after the front matter; 0 for other kinds.
	BodyLine int
	// Via is the feed, sitemap, directory or list that named the target;
	// empty for a target given directly.
	Via string
}

// FetchFunc fetches a URL for Expand, returning the body and its content
// type. The caller supplies it so this package stays free of the crawler.
type FetchFunc func(ctx context.Context, url string) (body []byte, contentType string, err error)

// Options tunes Expand. The zero value expands arguments only, never
// fetches, and reads "-" lists from os.Stdin.
type Options struct {
	// From lists files of targets, one URL or path per line; blank lines
	// are skipped, and "#" starts a comment at the start of a line or after
	// a space (a URL's own fragment has none before it); "-" is standard
	// input.
	From []string
	// Stdin is read for "-"; nil means os.Stdin.
	Stdin io.Reader
	// Fetch fetches feed and sitemap URLs. When nil, URLs are never
	// fetched and every URL is a target itself.
	Fetch FetchFunc
	// SniffURLs fetches every URL argument to tell feeds and sitemaps from
	// pages. When false only URLs that look like feeds or sitemaps (.xml,
	// .rss, .atom, /feed, sitemap...) are fetched.
	SniffURLs bool
	// MaxSitemapDepth bounds nested sitemap indexes; 0 means 3.
	MaxSitemapDepth int
	// MaxFileBytes refuses local files larger than this rather than read
	// them whole; 0 means 64 MiB.
	MaxFileBytes int64
}

// ErrUnsupported is returned (wrapped) for a file that is neither HTML,
// Markdown, a feed nor a sitemap.
var ErrUnsupported = errors.New("unsupported target")

// ErrNoTargets is returned (wrapped) for a directory, list, feed or
// sitemap that names no target: a gate pointed at the wrong folder, or
// posts saved under another extension, must not pass on nothing checked.
var ErrNoTargets = errors.New("no targets")

// noTargets says what named nothing; it is ErrNoTargets.
type noTargets string

func (e noTargets) Error() string        { return string(e) }
func (e noTargets) Is(target error) bool { return target == ErrNoTargets }

// ErrNoFetch is returned (wrapped) when a sitemap names other sitemaps but
// Options.Fetch is nil.
var ErrNoFetch = errors.New("fetching needed but no fetch function given")

// Expand streams the targets named by args and opts.From, in order, each
// at most once. A target that cannot be expanded yields its error with a
// Target whose Ref names it, and expansion goes on with the next; the
// caller decides whether to stop. Directories are walked in lexical
// order, skipping hidden entries, for .html, .htm, .md and .markdown files.
func Expand(ctx context.Context, args []string, opts Options) iter.Seq2[Target, error] {
	return func(yield func(Target, error) bool) {
		e := &expander{ctx: ctx, opts: opts, yield: yield, seen: map[string]bool{}}
		for _, a := range args {
			if !e.arg(a, "") {
				return
			}
		}
		for _, f := range opts.From {
			if !e.list(f) {
				return
			}
		}
	}
}

// expander carries one expansion's state. Every method returns false
// once the consumer stopped or the context ended.
type expander struct {
	ctx   context.Context
	opts  Options
	yield func(Target, error) bool
	seen  map[string]bool
	named int // targets and errors met so far, repeats included
}

// emit yields t unless it was already yielded.
func (e *expander) emit(t Target) bool {
	e.named++
	if e.seen[t.Ref] {
		return true
	}
	e.seen[t.Ref] = true
	return e.yieldChecked(t, nil)
}

func (e *expander) fail(ref, via string, err error) bool {
	e.named++
	return e.yieldChecked(Target{Ref: ref, Via: via}, err)
}

// nonEmpty runs expand, a container's expansion, and fails with
// ErrNoTargets (what says why) when it named nothing at all.
func (e *expander) nonEmpty(ref, via, what string, expand func() bool) bool {
	before := e.named
	if !expand() {
		return false
	}
	if e.named == before {
		return e.fail(ref, via, noTargets(ref+" "+what))
	}
	return true
}

func (e *expander) yieldChecked(t Target, err error) bool {
	if cerr := e.ctx.Err(); cerr != nil {
		e.yield(Target{Ref: t.Ref}, cerr)
		return false
	}
	return e.yield(t, err)
}

// arg expands one argument or list line.
func (e *expander) arg(a, via string) bool {
	if e.ctx.Err() != nil {
		return e.yieldChecked(Target{Ref: a}, nil)
	}
	if isURL(a) {
		return e.url(a, via, 0)
	}
	return e.path(a, via)
}

func isURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func cleanPath(p string) string { return filepath.ToSlash(filepath.Clean(p)) }

func (e *expander) stdin() io.Reader {
	if e.opts.Stdin != nil {
		return e.opts.Stdin
	}
	return os.Stdin
}

// looksLikeFeed guesses from a URL alone whether it is worth fetching to
// see if it is a feed or sitemap.
func looksLikeFeed(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	p := strings.ToLower(strings.TrimSuffix(u.Path, "/"))
	for _, ext := range []string{".xml", ".xml.gz", ".rss", ".atom", ".rdf", ".json"} {
		if strings.HasSuffix(p, ext) {
			return true
		}
	}
	last := p[strings.LastIndex(p, "/")+1:]
	switch last {
	case "feed", "rss", "atom", "feeds":
		return true
	}
	return strings.Contains(last, "sitemap") || u.Query().Has("feed")
}
