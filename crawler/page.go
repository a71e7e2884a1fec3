// Package crawler fetches web pages politely and safely with colly, and
// returns them as UTF-8 with the evidence of how they were fetched.
package crawler

import (
	"errors"
	"fmt"
	"time"
)

// Page is a fetched (or read) web page: its body decoded to UTF-8 and the
// evidence of the fetch, as the report shows it.
type Page struct {
	URL         string     `json:"url"`
	FinalURL    string     `json:"final_url"`
	Redirects   []Redirect `json:"redirects"`
	Status      int        `json:"status"`
	ContentType string     `json:"content_type"`
	Charset     string     `json:"charset,omitempty"`
	FetchedAt   time.Time  `json:"fetched_at"`
	Bytes       int        `json:"bytes"`
	SHA256      string     `json:"sha256"`
	FromCache   bool       `json:"from_cache"`
	// Body is the response body decoded to UTF-8.
	Body []byte `json:"-"`
}

// Redirect is one hop of a redirect chain.
type Redirect struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Status int    `json:"status"`
	// Via says what kind of hop this was: ViaHTTP, ViaMetaRefresh or
	// ViaAMPCanonical.
	Via string `json:"via,omitempty"`
}

// ErrorKind classifies why a fetch failed, so callers can branch on it and
// the report can name it.
type ErrorKind string

// Kinds of fetch failure.
const (
	KindInvalidURL   ErrorKind = "invalid-url"
	KindBlocked      ErrorKind = "blocked-address"
	KindRobots       ErrorKind = "robots-disallowed"
	KindTimeout      ErrorKind = "timeout"
	KindNetwork      ErrorKind = "network"
	KindHTTPStatus   ErrorKind = "http-status"
	KindNotHTML      ErrorKind = "not-html"
	KindTooLarge     ErrorKind = "too-large"
	KindRedirects    ErrorKind = "redirects"
	KindCharset      ErrorKind = "charset"
	KindNotInCache   ErrorKind = "not-in-cache"
	KindUnverifiable ErrorKind = "unverifiable"
	KindRead         ErrorKind = "read"
)

// FetchError reports a failed fetch. Page holds whatever evidence was
// gathered before the failure (status, redirects), or nil.
type FetchError struct {
	URL    string
	Kind   ErrorKind
	Status int
	Err    error
	Page   *Page
	// RetryAfter is the wait the server asked for with a 429 or 503, if any.
	RetryAfter time.Duration
}

func (e *FetchError) Error() string {
	switch {
	case e.Status != 0 && e.Err != nil:
		return fmt.Sprintf("fetch %s: %s (HTTP %d): %v", e.URL, e.Kind, e.Status, e.Err)
	case e.Status != 0:
		return fmt.Sprintf("fetch %s: %s (HTTP %d)", e.URL, e.Kind, e.Status)
	case e.Err != nil:
		return fmt.Sprintf("fetch %s: %s: %v", e.URL, e.Kind, e.Err)
	}
	return fmt.Sprintf("fetch %s: %s", e.URL, e.Kind)
}

func (e *FetchError) Unwrap() error { return e.Err }

// KindOf returns the kind of a fetch error, or "" if err is not one.
func KindOf(err error) ErrorKind {
	var fe *FetchError
	if errors.As(err, &fe) {
		return fe.Kind
	}
	return ""
}
