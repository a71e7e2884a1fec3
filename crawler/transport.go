package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"code.dny.dev/ssrf"
)

// errTooLarge is returned while reading a body that exceeds MaxBodyBytes.
var errTooLarge = errors.New("body exceeds size limit")

// newDialer returns a DialContext that applies the Resolve map and then the
// SSRF guard to the address actually dialled, so neither a DNS answer nor a
// Resolve entry nor a redirect can reach a private address unnoticed.
func newDialer(opts Options) func(ctx context.Context, network, addr string) (net.Conn, error) {
	d := &net.Dialer{Timeout: opts.ConnectTimeout}
	if !opts.AllowPrivateNetwork {
		d.Control = ssrf.New(ssrf.WithAnyPort(), ssrf.WithAllowedV4Prefixes(opts.allowPrefixes...)).Safe
	}
	resolve := make(map[string]string, len(opts.Resolve))
	for k, v := range opts.Resolve {
		resolve[strings.ToLower(k)] = v
	}
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		to, ok := resolveAddr(resolve, addr)
		if !ok && opts.ResolveOnly {
			return nil, fmt.Errorf("dial %s: %w", addr, ErrNotResolved)
		}
		return d.DialContext(ctx, network, to)
	}
}

// ErrNotResolved is the dial error, under Options.ResolveOnly, for a host
// the Resolve map does not name.
var ErrNotResolved = errors.New("host is outside the mapped hosts (no DNS lookup in a hermetic run)")

// resolveAddr maps host:port through the Resolve table, trying the exact
// host:port first and then the bare host (keeping the port when the target
// names none); ok reports whether the table named it.
func resolveAddr(resolve map[string]string, addr string) (to string, ok bool) {
	if to, ok := resolve[strings.ToLower(addr)]; ok {
		return to, true
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr, false
	}
	to, ok = resolve[strings.ToLower(host)]
	if !ok {
		return addr, false
	}
	if _, _, err := net.SplitHostPort(to); err != nil {
		return net.JoinHostPort(to, port), true
	}
	return to, true
}

func newHTTPTransport(opts Options) *http.Transport {
	return &http.Transport{
		Proxy:                 nil, // a proxy would make the SSRF guard check the proxy, not the target
		DialContext:           newDialer(opts),
		TLSHandshakeTimeout:   opts.ConnectTimeout,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   opts.HostParallelism,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
}

// politeTransport is the RoundTripper under colly. Every request (robots.txt,
// redirect hops, retries) passes through it, so the global concurrency limit,
// per-host pacing and the body size limit hold whatever colly does.
type politeTransport struct {
	next    http.RoundTripper
	sem     chan struct{} // global concurrency
	hosts   *hostSlots    // per-host parallelism
	pacer   *pacer
	robots  *robotsCache
	maxBody int64
	archive *warcArchive // nil unless Options.Archive
	replay  *warcReplay  // nil unless Options.Replay
}

func (t *politeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if resp, ok := t.robots.serve(req); ok {
		return resp, nil
	}
	resp, release, err := t.send(req)
	if err != nil {
		return nil, err
	}
	st := attemptFrom(req.Context())
	if st != nil {
		st.raw.Reset()
		st.complete = false
	}
	body := &limitedBody{rc: resp.Body, left: t.maxBody, st: st, release: release}
	if t.archive != nil {
		target := req.URL.String()
		body.keep = new(bytes.Buffer)
		body.onClose = func(b []byte, truncated string) { t.archive.record(target, req, resp, b, truncated) }
	}
	resp.Body = body
	return resp, nil
}

// send gets the response from the replay archive, or from the network once
// a global slot is free and the host's turn has come.
func (t *politeTransport) send(req *http.Request) (*http.Response, func(), error) {
	if t.replay != nil {
		resp, err := t.replay.response(req)
		return resp, func() {}, err
	}
	ctx := req.Context()
	hostSem := t.hosts.sem(req.URL.Host)
	select {
	case hostSem <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
	select {
	case t.sem <- struct{}{}:
	case <-ctx.Done():
		<-hostSem
		return nil, nil, ctx.Err()
	}
	release := sync.OnceFunc(func() { <-t.sem; <-hostSem })
	crawlDelay := t.robots.crawlDelay(req.URL)
	if err := t.pacer.wait(ctx, req.URL.Host, crawlDelay); err != nil {
		release()
		return nil, nil, err
	}
	resp, err := t.next.RoundTrip(req)
	t.pacer.answered(req.URL.Host, crawlDelay)
	if err != nil {
		release()
		return nil, nil, err
	}
	return resp, release, nil
}

// limitedBody enforces the size limit on the decoded stream (the transport has
// already undone gzip), so a compression bomb fails at the limit instead of
// inflating. It also keeps the raw bytes for the attempt (colly re-encodes
// bodies, but Page.SHA256 must be of the bytes as received) and, when
// archiving, for the WARC record written on Close.
type limitedBody struct {
	rc       io.ReadCloser
	left     int64
	st       *attempt
	release  func()
	keep     *bytes.Buffer
	onClose  func(body []byte, truncated string)
	eof      bool
	tooLarge bool
	closed   bool
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.rc.Read(p)
	if int64(n) > b.left {
		keep := b.left
		b.tee(p[:keep])
		b.left, b.tooLarge = -1, true
		if b.st != nil {
			b.st.tooLarge = true
		}
		return int(keep), errTooLarge
	}
	b.left -= int64(n)
	b.tee(p[:n])
	if err == io.EOF {
		b.eof = true
		if b.st != nil {
			b.st.complete = true
		}
	}
	return n, err
}

func (b *limitedBody) tee(p []byte) {
	if b.st != nil {
		b.st.raw.Write(p)
	}
	if b.keep != nil {
		b.keep.Write(p)
	}
}

func (b *limitedBody) Close() error {
	b.release()
	if !b.closed && b.onClose != nil {
		truncated := ""
		switch {
		case b.tooLarge:
			truncated = "length"
		case !b.eof:
			truncated = "unspecified"
		}
		b.onClose(b.keep.Bytes(), truncated)
	}
	b.closed = true
	return b.rc.Close()
}

// hostSlots hands out one semaphore per host, sized HostParallelism. It
// replaces colly's LimitRules: those must be added per host as hosts appear,
// and colly's Limit races with requests in flight (it appends to the rule
// list that GetMatchingRule reads unlocked, and initialises the rule after
// publishing it), and its slot wait ignores the request context.
type hostSlots struct {
	size int
	mu   sync.Mutex
	sems map[string]chan struct{}
}

func newHostSlots(size int) *hostSlots {
	return &hostSlots{size: size, sems: make(map[string]chan struct{})}
}

func (h *hostSlots) sem(host string) chan struct{} {
	host = strings.ToLower(host)
	h.mu.Lock()
	defer h.mu.Unlock()
	s, ok := h.sems[host]
	if !ok {
		s = make(chan struct{}, h.size)
		h.sems[host] = s
	}
	return s
}

// pacer spaces request starts to one host by at least the host's delay, and
// also keeps the next start at least a delay after the last answer. The
// second rule is what makes the spacing hold at the server: a request that
// sat in a slow network still arrived before its answer left. A request
// reserves its slot before sleeping, so concurrent callers queue in order,
// and the sleep ends early if the request's context does.
type pacer struct {
	base time.Duration
	mu   sync.Mutex
	next map[string]time.Time
}

func newPacer(base time.Duration) *pacer {
	return &pacer{base: base, next: make(map[string]time.Time)}
}

// answered pushes the host's next start to a delay after now.
func (p *pacer) answered(host string, crawlDelay time.Duration) {
	delay := max(p.base, crawlDelay)
	if delay <= 0 {
		return
	}
	host = strings.ToLower(host)
	p.mu.Lock()
	if next := time.Now().Add(delay); next.After(p.next[host]) {
		p.next[host] = next
	}
	p.mu.Unlock()
}

func (p *pacer) wait(ctx context.Context, host string, crawlDelay time.Duration) error {
	delay := max(p.base, crawlDelay)
	host = strings.ToLower(host)
	p.mu.Lock()
	now := time.Now()
	at := now
	if n, ok := p.next[host]; ok && n.After(now) {
		at = n
	}
	p.next[host] = at.Add(delay)
	p.mu.Unlock()
	if !at.After(now) {
		return ctx.Err()
	}
	timer := time.NewTimer(at.Sub(now))
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// attempt collects the evidence of one HTTP exchange (with its redirects) as
// the transport, the redirect policy and colly's callbacks see it. It is
// carried in the request context and touched only by the goroutine running
// the exchange.
type attempt struct {
	budget   int // HTTP redirects still allowed
	hops     []Redirect
	status   int
	header   http.Header
	finalURL string
	raw      bytes.Buffer
	complete bool
	tooLarge bool
	notHTML  string // content type that made us abort the body
}

type attemptKey struct{}

func withAttempt(ctx context.Context, a *attempt) context.Context {
	return context.WithValue(ctx, attemptKey{}, a)
}

func attemptFrom(ctx context.Context) *attempt {
	a, _ := ctx.Value(attemptKey{}).(*attempt)
	return a
}
