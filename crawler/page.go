// Package crawler fetches web pages politely and safely with colly, and
// returns them as UTF-8 with the evidence of how they were fetched.
//
// # How a fetch runs
//
// A Crawler keeps one template colly.Collector and clones it for every HTTP
// attempt. The clone carries the attempt's context (so cancelling it stops
// the request) and its own callbacks, while the http.Client and colly's
// robots.txt data are shared by all clones. That makes concurrent Fetch
// calls independent without a global lock; colly's Async mode was not used
// because its per-collector Context cannot differ between requests.
//
// Everything colly sends goes through one RoundTripper that enforces, in
// order: HostParallelism, the global Concurrency limit, the per-host pacing
// (HostDelay, or a longer robots.txt Crawl-delay, between request starts and
// after each answer), and MaxBodyBytes on the decompressed stream, failing
// with KindTooLarge rather than truncating. Every wait there ends with the
// request's context. It also keeps the raw body bytes: Page.Bytes and
// Page.SHA256 describe the body as received after transfer decoding, before
// charset decoding. colly's LimitRules are not used: rules would have to be
// added per host while requests run, which races inside colly v2.3.0, and
// colly sleeps a rule's Delay after the response, ignoring the context.
//
// Dials go through code.dny.dev/ssrf as the net.Dialer Control function, so
// the address actually dialled is checked: after DNS, after the Resolve map,
// and on every redirect hop and robots.txt request. Proxies from the
// environment are not used, since a proxy would hide the target from it.
//
// robots.txt is checked by colly (IgnoreRobotsTxt=false). The crawler loads
// each origin's robots.txt first, with the caller's context and through the
// polite transport, and answers colly's own context-less request for it from
// memory; that is also where Crawl-delay, which colly does not expose, is
// read (with github.com/temoto/robotstxt, the parser colly uses). A
// robots.txt answering 5xx disallows the whole origin (RFC 9309 §2.3.1.4):
// colly would read it as allow-all, so the crawler refuses such an origin
// itself and answers colly's probe with a disallow-all file.
//
// After the HTTP redirects, a prompt <meta http-equiv=refresh> (60 s or
// less, to another URL) and an AMP page's <link rel=canonical> are followed
// as further hops; all hops count against MaxRedirects, and revisiting a URL
// is a loop. The final page is checked for JavaScript shells, consent walls
// and paywalls, conservatively: only short pages without an article-length
// paragraph are flagged, and a flagged page is still returned in
// FetchError.Page.
//
// Options.CacheDir keeps finished pages as JSON (fetch evidence plus decoded
// body). Options.Archive instead records every HTTP response, robots.txt and
// redirect hops included, as WARC response records (github.com/nlnwa/gowarc),
// and Options.Replay answers from such a file without touching the network,
// so a run can be reproduced exactly; a URL the archive lacks fails with
// KindNotInCache.
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
	// RetryAfter is the wait the server asked for with a status that is
	// retried (429, 502, 503, 504), if any.
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
