package crawler

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/provcheck/provcheck/internal/localfile"
)

// decodeHTML converts an HTML body to UTF-8. The encoding comes, in order,
// from a byte-order mark, the Content-Type charset, a <meta> charset in the
// first 1024 bytes, and otherwise a guess (UTF-8 if the whole body is valid
// UTF-8, windows-1252 if not), as browsers do. It returns the charset name
// used. The error, if any, comes with the best decoding it could make.
func decodeHTML(raw []byte, contentType string) ([]byte, string, error) {
	if len(raw) == 0 {
		return []byte{}, "utf-8", nil
	}
	enc, name, certain := charset.DetermineEncoding(raw, contentType)
	if !certain && name == "windows-1252" && utf8.Valid(raw) {
		// DetermineEncoding looks at 1024 bytes only; an ASCII head over a
		// UTF-8 body is far likelier than valid UTF-8 meant as cp1252.
		name = "utf-8"
		enc, _ = charset.Lookup(name)
	}
	if name == "replacement" {
		return []byte{}, name, fmt.Errorf("charset of %q cannot be decoded safely", contentType)
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return []byte{}, name, fmt.Errorf("decode as %s: %w", name, err)
	}
	out = bytes.TrimPrefix(out, []byte("\uFEFF"))
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	if bad := replacementsAdded(raw, out); bad > 16 && bad*50 > utf8.RuneCount(out) {
		return out, name, fmt.Errorf("decoding as %s replaced %d characters: wrong charset label?", name, bad)
	}
	return out, name, nil
}

// replacementsAdded counts U+FFFD in out that were not already in raw.
func replacementsAdded(raw, out []byte) int {
	const rc = "\uFFFD"
	return bytes.Count(out, []byte(rc)) - bytes.Count(raw, []byte(rc))
}

// ReadFile reads a local HTML file into a Page with URL "file:///abs/path",
// decoding its charset as Fetch does. Files over DefaultMaxBodyBytes are
// refused; (*Crawler).ReadFile applies the crawler's own limit.
func ReadFile(path string) (*Page, error) { return readFile(path, DefaultMaxBodyBytes) }

// ReadHTML reads HTML from r (e.g. stdin) into a Page whose URL is name,
// decoding its charset as Fetch does. Input over DefaultMaxBodyBytes is
// refused; (*Crawler).ReadHTML applies the crawler's own limit.
func ReadHTML(r io.Reader, name string) (*Page, error) { return readHTML(r, name, DefaultMaxBodyBytes) }

// ReadFile is the package's ReadFile under the crawler's MaxBodyBytes, so a
// local page is held to the same limit as a fetched one.
func (c *Crawler) ReadFile(path string) (*Page, error) { return readFile(path, c.opts.MaxBodyBytes) }

// ReadHTML is the package's ReadHTML under the crawler's MaxBodyBytes.
func (c *Crawler) ReadHTML(r io.Reader, name string) (*Page, error) {
	return readHTML(r, name, c.opts.MaxBodyBytes)
}

// PageFromHTML makes a Page of HTML already in memory, such as a Markdown or
// plain-text article converted to HTML: decoded as ReadHTML does, with no
// size limit, since the file it came from was held to one when it was read.
func PageFromHTML(html []byte, name string) (*Page, error) {
	return readHTML(bytes.NewReader(html), name, int64(len(html)))
}

func readFile(path string, limit int64) (*Page, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &FetchError{URL: path, Kind: KindRead, Err: err}
	}
	name := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	f, err := localfile.Open(abs) // a named pipe would block the open
	if err != nil {
		return nil, &FetchError{URL: name, Kind: KindRead, Err: err}
	}
	defer f.Close()
	return readHTML(f, name, limit)
}

func readHTML(r io.Reader, name string, limit int64) (*Page, error) {
	raw, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, &FetchError{URL: name, Kind: KindRead, Err: err}
	}
	sum := sha256.Sum256(raw)
	p := &Page{URL: name, FinalURL: name, ContentType: "text/html", FetchedAt: time.Now().UTC(), Bytes: len(raw), SHA256: hex.EncodeToString(sum[:])}
	if int64(len(raw)) > limit {
		return nil, &FetchError{URL: name, Kind: KindTooLarge, Err: fmt.Errorf("more than %d bytes", limit)}
	}
	if sniffed := sniffBinary(raw); sniffed != "" {
		return nil, &FetchError{URL: name, Kind: KindNotHTML, Err: fmt.Errorf("content is %s, not HTML", sniffed), Page: p}
	}
	body, cs, err := decodeHTML(raw, "")
	p.Body, p.Charset = body, cs
	if err != nil {
		return p, &FetchError{URL: name, Kind: KindCharset, Err: err, Page: p}
	}
	return p, nil
}

// lowerASCII lower-cases s without allocating when it is already lower.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}
