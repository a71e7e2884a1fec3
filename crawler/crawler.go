package crawler

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"
	whatwg "github.com/nlnwa/whatwg-url/url"
	"golang.org/x/net/publicsuffix"
)

// Crawler fetches pages. It is safe for concurrent use; create one per run
// and Close it at the end.
type Crawler struct {
	opts      Options
	root      *colly.Collector
	client    *http.Client
	transport *http.Transport
	robots    *robotsCache
	cache     *diskCache
	archive   *warcArchive
}

// urlParser normalises URLs the way colly does, so host keys (robots,
// slots, pacing) agree with what colly requests.
var urlParser = whatwg.NewParser(whatwg.WithPercentEncodeSinglePercentSign())

// New builds a Crawler from opts (zero fields take the documented defaults).
func New(opts Options) (*Crawler, error) {
	opts = opts.withDefaults()
	for host, to := range opts.Resolve {
		if _, _, err := net.SplitHostPort(to); err != nil && net.ParseIP(to) == nil {
			return nil, fmt.Errorf("crawler: resolve %s: target %q is neither ip:port nor ip", host, to)
		}
	}
	c := &Crawler{
		opts:      opts,
		transport: newHTTPTransport(opts),
		robots:    newRobotsCache(opts.UserAgent, opts.IgnoreRobots),
	}
	if opts.CacheDir != "" {
		c.cache = &diskCache{dir: opts.CacheDir, ttl: opts.CacheTTL}
	}
	jar, err := cookiejar.New(&cookiejar.Options{PublicSuffixList: publicsuffix.List})
	if err != nil {
		return nil, fmt.Errorf("crawler: cookie jar: %w", err)
	}
	pt := &politeTransport{
		next:    c.transport,
		sem:     make(chan struct{}, opts.Concurrency),
		hosts:   newHostSlots(opts.HostParallelism),
		pacer:   newPacer(opts.HostDelay),
		robots:  c.robots,
		maxBody: opts.MaxBodyBytes,
	}
	c.robots.loaded = pt.pacer.answered
	if opts.Replay != "" {
		if pt.replay, err = loadReplay(opts.Replay); err != nil {
			return nil, fmt.Errorf("crawler: %w", err)
		}
	}
	if opts.Archive != "" {
		if pt.archive, err = openArchive(opts.Archive); err != nil {
			return nil, fmt.Errorf("crawler: %w", err)
		}
		c.archive = pt.archive
	}
	c.client = &http.Client{
		Transport: pt,
		Timeout:   opts.Timeout,
		Jar:       jar,
	}
	c.root = c.newCollector()
	return c, nil
}

// newCollector configures the template collector that each attempt clones.
// Fields are set after NewCollector so COLLY_* environment variables cannot
// silently change the crawler's behaviour.
func (c *Crawler) newCollector() *colly.Collector {
	col := colly.NewCollector()
	col.UserAgent = c.opts.UserAgent
	col.Headers = &http.Header{"Accept": {"text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"}}
	col.IgnoreRobotsTxt = c.opts.IgnoreRobots
	col.AllowURLRevisit = true // a Crawler may legitimately fetch a URL twice (retries, refresh)
	col.ParseHTTPErrorResponse = true
	col.MaxBodySize = 0 // our transport enforces the limit after decompression, with an error
	col.DetectCharset = false
	col.CacheDir = ""
	col.MaxDepth, col.MaxRequests = 0, 0
	col.AllowedDomains, col.DisallowedDomains = nil, nil
	col.Async = false
	col.SetClient(c.client)
	col.SetRedirectHandler(c.checkRedirect)
	return col
}

// Close releases idle connections and closes the WARC archive, reporting
// any archive write error. Cache entries are written as fetched.
func (c *Crawler) Close() error {
	c.transport.CloseIdleConnections()
	if c.archive != nil {
		return c.archive.close()
	}
	return nil
}

// Fetch fetches one URL, following HTTP redirects, meta refreshes and AMP
// canonical links. On failure it returns a *FetchError whose Page carries
// whatever evidence was gathered.
func (c *Crawler) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	u, err := normalizeURL(rawURL)
	if err != nil {
		return nil, &FetchError{URL: rawURL, Kind: KindInvalidURL, Err: err}
	}
	if c.cache != nil && (c.opts.Offline || !c.opts.Refresh) {
		if page, err, ok := c.cache.get(u, c.opts.Offline); ok {
			return page, err
		}
	}
	if c.opts.Offline {
		return nil, &FetchError{URL: u, Kind: KindNotInCache, Err: fmt.Errorf("%s is not in the cache at %s", u, c.opts.CacheDir)}
	}
	page, err := c.follow(ctx, u)
	err = c.explain(err)
	if c.cache != nil {
		c.cache.put(u, page, err)
	}
	return page, err
}

// explain adds to a refusal the setting behind it, named as the command
// line names it: a bare "body exceeds size limit" or "prohibited IP
// address" leaves the user guessing which limit, and how to lift it.
func (c *Crawler) explain(err error) error {
	var fe *FetchError
	if !errors.As(err, &fe) {
		return err
	}
	switch fe.Kind {
	case KindTooLarge:
		fe.Err = fmt.Errorf("%w: more than %d bytes (the body limit, --max-body)", fe.Err, c.opts.MaxBodyBytes)
	case KindBlocked:
		fe.Err = fmt.Errorf("%w (private, loopback and link-local addresses are refused; --allow-private-network allows them)", fe.Err)
	}
	return err
}

// normalizeURL parses and canonicalises an absolute http(s) URL.
func normalizeURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", errors.New("empty URL")
	}
	p, err := urlParser.Parse(raw)
	if err != nil {
		return "", err
	}
	if s := p.Scheme(); s != "http" && s != "https" {
		return "", fmt.Errorf("scheme %q is not http or https", s)
	}
	if p.Hostname() == "" {
		return "", errors.New("no host")
	}
	return p.Href(true), nil
}

// fetchOnce runs one HTTP exchange (with its redirects, up to budget) through
// a clone of the template collector, so per-fetch callbacks and context do not
// leak between concurrent fetches while the client and robots data stay
// shared.
func (c *Crawler) fetchOnce(ctx context.Context, rawURL string, budget int) (*Page, error) {
	u, _ := url.Parse(rawURL)
	if err := c.robots.ensure(ctx, c.client, u); err != nil {
		return nil, &FetchError{URL: rawURL, Kind: classify(err), Err: err}
	}
	if status := c.robots.serverError(u); status != 0 {
		return nil, &FetchError{URL: rawURL, Kind: KindRobots,
			Err: fmt.Errorf("robots.txt answered HTTP %d: the whole site counts as disallowed until it answers (RFC 9309)", status)}
	}
	a := &attempt{budget: budget}
	col := c.root.Clone()
	col.Context = withAttempt(ctx, a)
	col.OnResponseHeaders(func(r *colly.Response) {
		a.status, a.header, a.finalURL = r.StatusCode, r.Headers.Clone(), r.Request.URL.String()
		if a.status >= 300 {
			r.Request.Abort() // the report needs the status, not the error page
			return
		}
		if ct := r.Headers.Get("Content-Type"); ct != "" && !isHTMLType(ct) {
			a.notHTML = ct
			r.Request.Abort()
		}
	})
	done := make(chan error, 1)
	go func() { done <- col.Visit(rawURL) }()
	select {
	case err := <-done:
		return a.page(rawURL, err)
	case <-ctx.Done():
		// The exchange sees the same cancelled context and winds down on
		// its own; a is still its to write, so it is not read here.
		return nil, &FetchError{URL: rawURL, Kind: KindTimeout, Err: ctx.Err()}
	}
}

// page turns the evidence of a finished attempt into a Page or a FetchError.
func (a *attempt) page(rawURL string, err error) (*Page, error) {
	p := &Page{URL: rawURL, FinalURL: a.finalURL, Redirects: a.hops, Status: a.status, FetchedAt: time.Now().UTC()}
	if p.Redirects == nil {
		p.Redirects = []Redirect{} // the report shows an empty chain, not null
	}
	if p.FinalURL == "" {
		p.FinalURL = rawURL
		if n := len(a.hops); n > 0 {
			p.FinalURL, p.Status = a.hops[n-1].To, a.hops[n-1].Status
		}
	}
	var retryAfter time.Duration
	if a.header != nil {
		p.ContentType = a.header.Get("Content-Type")
		retryAfter = parseRetryAfter(a.header, time.Now())
	}
	fail := func(kind ErrorKind, err error) (*Page, error) {
		return p, &FetchError{URL: rawURL, Kind: kind, Status: a.status, Err: err, Page: p, RetryAfter: retryAfter}
	}
	switch {
	case a.tooLarge:
		return fail(KindTooLarge, errTooLarge)
	case a.notHTML != "":
		return fail(KindNotHTML, fmt.Errorf("content type %q is not HTML", mediaType(a.notHTML)))
	case a.status >= 300:
		return fail(KindHTTPStatus, errors.New(http.StatusText(a.status)))
	case err != nil && !(a.complete && a.status != 0):
		return fail(classify(err), err)
	case a.status == 0:
		return fail(KindNetwork, errors.New("no response"))
	}
	raw := a.raw.Bytes()
	sum := sha256.Sum256(raw)
	p.Bytes, p.SHA256 = len(raw), hex.EncodeToString(sum[:])
	if sniffed := sniffBinary(raw); sniffed != "" {
		return fail(KindNotHTML, fmt.Errorf("body is %s, not HTML", sniffed))
	}
	body, cs, derr := decodeHTML(raw, p.ContentType)
	p.Body, p.Charset = body, cs
	if derr != nil {
		return fail(KindCharset, derr)
	}
	return p, nil
}

func mediaType(ct string) string {
	if mt, _, err := mime.ParseMediaType(ct); err == nil {
		return mt
	}
	return strings.TrimSpace(strings.SplitN(ct, ";", 2)[0])
}

// isHTMLType accepts HTML, and a missing or generic type that servers use
// for HTML too; the body sniff catches binaries among those.
func isHTMLType(ct string) bool {
	switch mediaType(strings.ToLower(ct)) {
	case "text/html", "application/xhtml+xml", "application/octet-stream", "":
		return true
	}
	return false
}

// sniffBinary names the type of a body that is clearly not a document. A
// body that opens with no known signature and holds control bytes no text
// has (NUL and the like, in its first 512 bytes) is binary data: random
// bytes or an executable saved as .html would otherwise decode as
// windows-1252 mojibake and be "checked".
func sniffBinary(b []byte) string {
	ct := http.DetectContentType(b)
	if ct == "application/octet-stream" {
		return "binary data (" + ct + ")"
	}
	for _, prefix := range []string{"application/pdf", "image/", "audio/", "video/", "font/", "application/zip", "application/x-gzip", "application/wasm", "application/postscript", "application/vnd.ms-fontobject"} {
		if strings.HasPrefix(ct, prefix) {
			return mediaType(ct)
		}
	}
	return ""
}
