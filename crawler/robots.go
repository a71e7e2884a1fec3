package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// maxRobotsBytes is how much of a robots.txt is read; Google stops at 500 KiB.
const maxRobotsBytes = 512 << 10

// robotsCache fetches each origin's robots.txt once, with the caller's
// context and through the polite transport, and keeps it for two readers:
// colly's own robots check, which fetches without a context and is answered
// from here by the transport, and the pacer, which needs Crawl-delay (colly
// parses it but does not expose it).
type robotsCache struct {
	ua       string
	disabled bool
	// loaded is told each host's Crawl-delay as soon as it is known, so the
	// request right after robots.txt is already paced by it.
	loaded  func(host string, crawlDelay time.Duration)
	mu      sync.Mutex
	entries map[string]*robotsEntry
}

type robotsEntry struct {
	ready  chan struct{}
	status int
	body   []byte
	delay  time.Duration
	err    error
}

type ownRobotsKey struct{}

func newRobotsCache(ua string, disabled bool) *robotsCache {
	return &robotsCache{ua: ua, disabled: disabled, entries: make(map[string]*robotsEntry)}
}

func origin(u *url.URL) string { return u.Scheme + "://" + u.Host }

// ensure makes sure u's origin has its robots.txt loaded, fetching it with
// client if needed. Failed fetches are not remembered, so a later call retries.
func (r *robotsCache) ensure(ctx context.Context, client *http.Client, u *url.URL) error {
	if r.disabled {
		return nil
	}
	key := origin(u)
	r.mu.Lock()
	e, ok := r.entries[key]
	if !ok {
		e = &robotsEntry{ready: make(chan struct{})}
		r.entries[key] = e
	}
	r.mu.Unlock()
	if ok {
		select {
		case <-e.ready:
			if e.err != nil {
				return r.ensure(ctx, client, u)
			}
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	e.err = r.load(ctx, client, key, e)
	if e.err == nil && r.loaded != nil {
		r.loaded(u.Host, e.delay)
	}
	if e.err != nil {
		r.mu.Lock()
		delete(r.entries, key)
		r.mu.Unlock()
	}
	close(e.ready)
	return e.err
}

func (r *robotsCache) load(ctx context.Context, client *http.Client, key string, e *robotsEntry) error {
	req, err := http.NewRequestWithContext(context.WithValue(ctx, ownRobotsKey{}, true), http.MethodGet, key+"/robots.txt", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", r.ua)
	resp, err := client.Do(req)
	if err != nil {
		// The host, not its robots.txt, is the trouble: say so without the
		// robots.txt URL, which reads like a robots problem.
		var ue *url.Error
		if errors.As(err, &ue) {
			return fmt.Errorf("%s: %w", key, ue.Err)
		}
		return fmt.Errorf("%s: %w", key, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsBytes))
	if err != nil {
		return fmt.Errorf("robots.txt: %w", err)
	}
	e.status, e.body = resp.StatusCode, body
	if data, err := robotstxt.FromStatusAndBytes(e.status, body); err == nil {
		e.delay = min(data.FindGroup(r.ua).CrawlDelay, MaxCrawlDelay)
	}
	return nil
}

// serverError is the 5xx status the origin of u answered its robots.txt
// with, or 0. RFC 9309 §2.3.1.4: a robots.txt unreachable through a server
// error means complete disallow (colly's check would allow all).
func (r *robotsCache) serverError(u *url.URL) int {
	if e := r.fetched(u); e != nil && e.err == nil && e.status >= 500 && e.status < 600 {
		return e.status
	}
	return 0
}

// fetched is the cache's entry for the origin of u once its robots.txt
// has been read, or nil: callers that must not wait get nothing yet.
func (r *robotsCache) fetched(u *url.URL) *robotsEntry {
	if r.disabled {
		return nil
	}
	r.mu.Lock()
	e, ok := r.entries[origin(u)]
	r.mu.Unlock()
	if !ok {
		return nil
	}
	select {
	case <-e.ready:
		return e
	default:
		return nil
	}
}

// disallowAll is the robots.txt a server error stands for.
var disallowAll = []byte("User-agent: *\nDisallow: /\n")

// crawlDelay is the Crawl-delay the origin of u asks of our user agent, or 0
// if unknown.
func (r *robotsCache) crawlDelay(u *url.URL) time.Duration {
	if e := r.fetched(u); e != nil {
		return e.delay
	}
	return 0
}

// serve answers colly's context-less robots.txt probe from the cache.
func (r *robotsCache) serve(req *http.Request) (*http.Response, bool) {
	ctx := req.Context()
	if r.disabled || req.URL.Path != "/robots.txt" || ctx.Value(ownRobotsKey{}) != nil || attemptFrom(ctx) != nil {
		return nil, false
	}
	r.mu.Lock()
	e, ok := r.entries[origin(req.URL)]
	r.mu.Unlock()
	if !ok {
		return nil, false
	}
	select {
	case <-e.ready:
	default:
		return nil, false
	}
	if e.err != nil {
		return nil, false
	}
	status, body := e.status, e.body
	switch {
	case status >= 500 && status < 600:
		status, body = http.StatusOK, disallowAll // colly reads 5xx as allow-all
	case status < 200 || (status >= 300 && status < 400) || status >= 600:
		status = http.StatusNotFound // no usable robots.txt: allow all, as for 4xx
	}
	return &http.Response{
		Status:        strconv.Itoa(status) + " " + http.StatusText(status),
		StatusCode:    status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"Content-Type": {"text/plain"}},
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)),
		Request:       req,
	}, true
}
