package targets

import (
	"bytes"
	"fmt"
	"html"
	"path/filepath"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// declaredKeys are the front matter keys naming a post's original, in
// order of preference.
var declaredKeys = []string{"source", "original_url", "canonical_url"}

// frontMatter is what a post's YAML front matter tells the pipeline.
type frontMatter struct {
	Title, Author, Date, Source string
}

// markdown renders posts. Raw HTML is kept (WithUnsafe) because the
// result is only parsed by the extractor, never shown in a browser, and
// posts often carry their credit links as HTML.
var markdown = goldmark.New(
	goldmark.WithExtensions(extension.GFM),
	goldmark.WithRendererOptions(gmhtml.WithUnsafe()),
)

// markdownTarget reads a Markdown post: its front matter and its body
// rendered to a full HTML document.
func markdownTarget(ref string, data []byte) (Target, error) {
	fm, body, bodyLine, err := splitFrontMatter(data)
	if err != nil {
		return Target{}, fmt.Errorf("front matter of %s: %w", ref, err)
	}
	if fm.Author == "" {
		byline, text := cutByline(string(body))
		fm.Author, body = byline, []byte(text)
	}
	var buf bytes.Buffer
	writeHead(&buf, fm)
	if err := markdown.Convert(body, &buf); err != nil {
		return Target{}, fmt.Errorf("render %s: %w", ref, err)
	}
	buf.WriteString("</article>\n</body>\n</html>\n")
	src := besidePost(ref, fm.Source)
	return Target{Ref: ref, Kind: Markdown, Source: src, Path: ref, HTML: buf.Bytes(), BodyLine: bodyLine}, nil
}

// besidePost resolves a relative local source against the directory of
// the post at ref, as a link in the post would be: the author wrote
// "../originals/x.html" from the post, not from wherever the gate runs.
// URLs and absolute paths are kept as written.
func besidePost(ref, src string) string {
	if src == "" || strings.Contains(src, "://") || isURL(src) || filepath.IsAbs(filepath.FromSlash(src)) {
		return src
	}
	return filepath.ToSlash(filepath.Join(filepath.Dir(filepath.FromSlash(ref)), filepath.FromSlash(src)))
}

// writeHead starts the document with the metadata an extractor looks for.
func writeHead(buf *bytes.Buffer, fm frontMatter) {
	esc := html.EscapeString
	buf.WriteString("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n")
	if fm.Title != "" {
		fmt.Fprintf(buf, "<title>%s</title>\n", esc(fm.Title))
	}
	if fm.Author != "" {
		fmt.Fprintf(buf, "<meta name=\"author\" content=\"%s\">\n", esc(fm.Author))
	}
	if fm.Date != "" {
		fmt.Fprintf(buf, "<meta property=\"article:published_time\" content=\"%s\">\n", esc(fm.Date))
	}
	buf.WriteString("</head>\n<body>\n<article>\n")
	if fm.Title != "" {
		fmt.Fprintf(buf, "<h1>%s</h1>\n", esc(fm.Title))
	}
}

// splitFrontMatter separates a leading "---" YAML block from the body and
// returns the 1-based line the body starts on. A post without front
// matter is all body.
func splitFrontMatter(data []byte) (fm frontMatter, body []byte, bodyLine int, err error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	first, rest, more := cutLine(data)
	if !more || strings.TrimRight(first, " \t") != "---" {
		return fm, data, 1, nil
	}
	start := len(data) - len(rest)
	for pos, line := start, 2; more; line++ {
		var l string
		l, rest, more = cutLine(data[pos:])
		if t := strings.TrimRight(l, " \t"); t == "---" || t == "..." {
			fm, err = parseFrontMatter(data[start:pos])
			return fm, rest, line + 1, err
		}
		pos = len(data) - len(rest)
	}
	return fm, data, 1, fmt.Errorf("no closing \"---\"")
}

// cutLine splits off the first line (without its line ending); ok is
// false when there is no line ending, i.e. b is the last line.
func cutLine(b []byte) (line string, rest []byte, ok bool) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return string(b), nil, false
	}
	return strings.TrimSuffix(string(b[:i]), "\r"), b[i+1:], true
}

func parseFrontMatter(block []byte) (frontMatter, error) {
	var m map[string]any
	if err := yaml.Unmarshal(block, &m); err != nil {
		return frontMatter{}, err
	}
	fm := frontMatter{Title: str(m["title"]), Author: str(m["author"]), Date: str(m["date"])}
	if fm.Author == "" {
		fm.Author = str(m["authors"])
	}
	for _, k := range declaredKeys {
		if s := str(m[k]); s != "" {
			fm.Source = s
			break
		}
	}
	return fm, nil
}

// str renders a front matter value as text: lists are joined, so
// "author: [A, B]" reads "A, B".
func str(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(v)
	case []any:
		parts := make([]string, 0, len(v))
		for _, x := range v {
			if s := str(x); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		return str(v["name"])
	case time.Time:
		if v.Equal(v.Truncate(24 * time.Hour)) {
			return v.Format(time.DateOnly)
		}
		return v.Format(time.RFC3339)
	}
	return strings.TrimSpace(fmt.Sprint(v))
}
