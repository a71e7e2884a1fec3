package targets

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/provcheck/provcheck/internal/localfile"
)

// pageExts are the files a directory walk picks up.
var pageExts = map[string]Kind{".html": HTML, ".htm": HTML, ".md": Markdown, ".markdown": Markdown}

// path expands a local file or directory.
func (e *expander) path(p, via string) bool {
	fi, err := os.Stat(p)
	if err != nil {
		if uerr := notAURL(p); uerr != nil {
			return e.fail(p, via, uerr)
		}
		return e.fail(cleanPath(p), via, fmt.Errorf("target %s: %w%s", p, err, hostHint(p, err)))
	}
	if fi.IsDir() {
		return e.nonEmpty(cleanPath(p), via, "holds no .html, .htm, .md or .markdown file (a .txt file is checked only when named)",
			func() bool { return e.dir(p) })
	}
	return e.file(p, via)
}

// dir walks root in lexical order for pages, skipping hidden entries.
func (e *expander) dir(root string) bool {
	via := cleanPath(root)
	ok := true
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			ok = e.fail(cleanPath(p), via, fmt.Errorf("walk %s: %w", p, err))
			return stopUnless(ok)
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		if _, page := pageExts[strings.ToLower(filepath.Ext(p))]; !page {
			return nil
		}
		ok = e.file(p, via)
		return stopUnless(ok)
	})
	return ok && err == nil
}

func stopUnless(ok bool) error {
	if ok {
		return nil
	}
	return filepath.SkipAll
}

// file reads one local file: a page by its extension, otherwise a feed,
// sitemap or page by its content.
func (e *expander) file(p, via string) bool {
	ref := cleanPath(p)
	if e.seen[ref] {
		e.named++
		return true
	}
	data, err := readCapped(p, e.opts.MaxFileBytes)
	if err != nil {
		return e.fail(ref, via, err)
	}
	// Only a text file named on the command line is an article: a
	// directory's .txt files are far more often notes.
	if ext := strings.ToLower(filepath.Ext(p)); ext == ".txt" && via == "" || pageExts[ext] != "" {
		t, err := Article(ref, data)
		if err != nil {
			return e.fail(ref, via, err)
		}
		t.Via = via
		return e.emit(t)
	}
	return e.document(ref, via, data, "", 0)
}

// Article reads the bytes of one local article file by its extension, as
// a file named on the command line is read: a .txt file is a plain-text
// article, a .md or .markdown file a Markdown post, anything else HTML.
// It is how an original given as a local file is read.
func Article(ref string, data []byte) (Target, error) {
	ext := strings.ToLower(filepath.Ext(ref))
	switch {
	case ext == ".txt":
		return textTarget(ref, data), nil
	case pageExts[ext] == Markdown:
		return markdownTarget(ref, data)
	}
	return Target{Ref: ref, Kind: HTML, Path: ref, HTML: data}, nil
}

// ErrTooLarge is returned (wrapped) for a local file over MaxFileBytes.
var ErrTooLarge = errors.New("file too large")

// readCapped reads the file at p unless it holds more than max bytes
// (0 means maxUnzipped), so a huge file is refused without being loaded.
// A named pipe, device or socket is refused before it is opened: opening
// a pipe blocks until something writes to it.
func readCapped(p string, max int64) ([]byte, error) {
	if max <= 0 {
		max = maxUnzipped
	}
	f, err := localfile.Open(p)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("read %s: %w: more than %d bytes", p, ErrTooLarge, max)
	}
	return data, nil
}

// list expands a --from file, line by line as it is read.
func (e *expander) list(name string) bool {
	return e.nonEmpty(name, "", "names no target", func() bool { return e.listLines(name) })
}

func (e *expander) listLines(name string) bool {
	var r io.Reader
	if name == "-" {
		r = e.stdin()
	} else {
		f, err := os.Open(name)
		if err != nil {
			return e.fail(name, "", fmt.Errorf("target list: %w", err))
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexAny(line, "#"); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = strings.TrimSpace(line[:i]) // a comment: a whole line, or after a space ("url  # note")
		}
		if line == "" {
			continue
		}
		if !e.arg(line, name) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		return e.fail(name, "", fmt.Errorf("read target list %s: %w", name, err))
	}
	return true
}

// reScheme is a URL scheme at the start of a target: two letters at least,
// so that a Windows drive ("C:") stays a path.
var reScheme = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]+):`)

// notAURL explains a target that is no file and is written as a URL but
// not a usable one: another scheme than http(s), no host, or malformed.
// It is nil for anything else, which then is a missing file.
func notAURL(p string) error {
	m := reScheme.FindStringSubmatch(p)
	if m == nil {
		return nil
	}
	switch scheme := strings.ToLower(m[1]); {
	case scheme == "file":
		return fmt.Errorf("%w: %s: give a local file as its path, not a file: URL", ErrUnsupported, p)
	case scheme != "http" && scheme != "https":
		return fmt.Errorf("%w: %s: URL scheme %q (only http and https pages are checked)", ErrUnsupported, p, m[1])
	}
	u, err := url.Parse(p)
	if err != nil {
		return fmt.Errorf("invalid URL %q: %w", p, errors.Unwrap(err))
	}
	if u.Host == "" {
		return fmt.Errorf("invalid URL %q: no host", p)
	}
	return nil
}

// reHostPath is a target that reads like a host and path written without
// a scheme ("news.example/story").
var reHostPath = regexp.MustCompile(`^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/`)

// hostHint suggests the URL a missing file's name may have meant.
func hostHint(p string, err error) string {
	if errors.Is(err, fs.ErrNotExist) && reHostPath.MatchString(p) {
		return fmt.Sprintf(" (a URL needs its scheme: https://%s)", p)
	}
	return ""
}
