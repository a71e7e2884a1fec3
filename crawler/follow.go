package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"syscall"
	"time"

	"code.dny.dev/ssrf"
	"github.com/gocolly/colly/v2"
)

// Hop kinds recorded in Redirect.Via.
const (
	ViaHTTP         = "http"
	ViaMetaRefresh  = "meta-refresh"
	ViaAMPCanonical = "amp-canonical"
)

var (
	errTooManyRedirects = errors.New("too many redirects")
	errRedirectLoop     = errors.New("redirect loop")
)

// checkRedirect is the http.Client redirect policy (via colly): it records
// each hop in the attempt and stops loops and over-long chains.
func (c *Crawler) checkRedirect(req *http.Request, via []*http.Request) error {
	a := attemptFrom(req.Context())
	limit := c.opts.MaxRedirects
	if a != nil {
		limit = a.budget
		hop := Redirect{From: via[len(via)-1].URL.String(), To: req.URL.String(), Via: ViaHTTP}
		if req.Response != nil {
			hop.Status = req.Response.StatusCode
		}
		a.hops = append(a.hops, hop)
	}
	if len(via) > limit {
		return fmt.Errorf("%w: more than %d", errTooManyRedirects, limit)
	}
	// One revisit is allowed: sites bounce through a cookie-setting URL and
	// back. A second one is a loop.
	seen := 0
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			seen++
		}
	}
	if seen >= 2 {
		return fmt.Errorf("%w at %s", errRedirectLoop, req.URL)
	}
	return nil
}

// follow fetches u and then the targets of meta refreshes and AMP canonical
// links, all counted against MaxRedirects.
func (c *Crawler) follow(ctx context.Context, u string) (*Page, error) {
	var hops []Redirect
	seen := map[string]int{u: 1}
	cur := u
	for {
		page, err := c.fetchWithRetries(ctx, cur, c.opts.MaxRedirects-len(hops))
		if page != nil {
			page.URL = u
			page.Redirects = append(append([]Redirect{}, hops...), page.Redirects...)
		}
		if err != nil {
			return page, rebase(err, u, page)
		}
		for _, h := range page.Redirects[len(hops):] {
			seen[h.To]++
		}
		scan := scanHTML(page.Body)
		next, via := nextHop(page, scan)
		if next == "" {
			return page, unverifiable(page, scan)
		}
		hops = append(page.Redirects, Redirect{From: page.FinalURL, To: next, Status: page.Status, Via: via})
		page.Redirects = hops
		if seen[next] > 0 {
			return page, &FetchError{URL: u, Kind: KindRedirects, Status: page.Status, Err: fmt.Errorf("%w at %s (%s)", errRedirectLoop, next, via), Page: page}
		}
		if len(hops) > c.opts.MaxRedirects {
			return page, &FetchError{URL: u, Kind: KindRedirects, Status: page.Status, Err: fmt.Errorf("%w: more than %d", errTooManyRedirects, c.opts.MaxRedirects), Page: page}
		}
		seen[next]++
		cur = next
	}
}

// rebase makes a FetchError from a later hop speak for the URL asked for.
func rebase(err error, u string, page *Page) error {
	var fe *FetchError
	if errors.As(err, &fe) {
		fe.URL = u
		if page != nil {
			fe.Page = page
		}
		return fe
	}
	return &FetchError{URL: u, Kind: classify(err), Err: err, Page: page}
}

// fetchWithRetries retries 429, 502, 503, 504 and dropped connections with
// exponential backoff, or after the server's Retry-After when it gives one.
// A wait longer than the request timeout, or past the context's deadline,
// is not taken.
func (c *Crawler) fetchWithRetries(ctx context.Context, u string, budget int) (*Page, error) {
	for try := 0; ; try++ {
		page, err := c.fetchOnce(ctx, u, budget)
		if err == nil || try >= c.opts.Retries || !retryable(err) {
			return page, err
		}
		wait := retryWait(err, try)
		if wait > c.opts.Timeout {
			return page, tooLongToWait(err, wait, "the request timeout", c.opts.Timeout)
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return page, tooLongToWait(err, wait, "the time left", time.Until(dl))
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return page, err
		}
	}
}

// tooLongToWait says that a retry was given up because the server asked
// for a longer wait (Retry-After) than the run allows.
func tooLongToWait(err error, wait time.Duration, limit string, left time.Duration) error {
	var fe *FetchError
	if errors.As(err, &fe) && fe.RetryAfter > 0 {
		fe.Err = fmt.Errorf("%w; the server asked to retry after %s, longer than %s (%s): not retried", fe.Err, wait.Round(time.Second), limit, left.Round(time.Second))
	}
	return err
}

func retryable(err error) bool {
	var fe *FetchError
	if !errors.As(err, &fe) {
		return false
	}
	if fe.Kind == KindHTTPStatus {
		return retryStatus[fe.Status]
	}
	return fe.Kind == KindNetwork && isConnReset(fe.Err)
}

// retryStatus are the statuses that say "not now" rather than "no": rate
// limiting, an overloaded server, and a gateway (a CDN, a load balancer)
// that got no good answer from the site behind it, which restarts and
// blips often clear. 500 is not here: it is the site's own failure and
// the same request mostly fails again.
var retryStatus = map[int]bool{
	http.StatusTooManyRequests:    true,
	http.StatusBadGateway:         true,
	http.StatusServiceUnavailable: true,
	http.StatusGatewayTimeout:     true,
}

func isConnReset(err error) bool {
	return errors.Is(err, syscall.ECONNRESET) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}

// retryWait is the server's Retry-After if it sent one, else 250ms doubling.
func retryWait(err error, try int) time.Duration {
	var fe *FetchError
	if errors.As(err, &fe) && fe.RetryAfter > 0 {
		return fe.RetryAfter
	}
	return (250 * time.Millisecond) << try
}

// parseRetryAfter reads delta-seconds or an HTTP date; 0 if absent or bad.
func parseRetryAfter(h http.Header, now time.Time) time.Duration {
	v := h.Get("Retry-After")
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// classify maps a transport or colly error onto the kind callers branch on.
func classify(err error) ErrorKind {
	var ne net.Error
	switch {
	case errors.Is(err, errTooLarge):
		return KindTooLarge
	case errors.Is(err, ssrf.ErrProhibitedIP), errors.Is(err, ssrf.ErrProhibitedNetwork), errors.Is(err, ssrf.ErrProhibitedPort):
		return KindBlocked
	case errors.Is(err, errTooManyRedirects), errors.Is(err, errRedirectLoop):
		return KindRedirects
	case errors.Is(err, colly.ErrRobotsTxtBlocked):
		return KindRobots
	case errors.Is(err, errNotInArchive):
		return KindNotInCache
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled), errors.Is(err, os.ErrDeadlineExceeded):
		return KindTimeout
	case errors.As(err, &ne) && ne.Timeout():
		return KindTimeout
	}
	return KindNetwork
}
