package crawler

import (
	"net/netip"
	"time"

	"github.com/provcheck/provcheck/internal/buildinfo"
)

// Options configures a Crawler. The zero value is a polite, safe crawler:
// robots.txt respected, private networks refused, one request per host at a
// time with a second between them.
type Options struct {
	UserAgent           string            // "" => buildinfo.UserAgent()
	Timeout             time.Duration     // whole request incl. body; 0 => 30s
	ConnectTimeout      time.Duration     // dial+TLS; 0 => 10s
	AllowPrivateNetwork bool              // lift the SSRF guard (loopback tests, the demo)
	MaxBodyBytes        int64             // after decompression; 0 => 10 MiB
	MaxRedirects        int               // HTTP, meta-refresh and AMP hops together; 0 => 10
	IgnoreRobots        bool              // robots.txt is respected unless this is set
	HostDelay           time.Duration     // min spacing between requests to one host; 0 => 1s; <0 => none
	HostParallelism     int               // concurrent requests per host; 0 => 1
	Concurrency         int               // global concurrent requests; 0 => 8
	Retries             int               // on 429/502/503/504/connection reset; 0 => 2; <0 => none
	CacheDir            string            // "" => no on-disk cache
	CacheTTL            time.Duration     // 0 => 24h
	Offline             bool              // answer only from the cache, whatever its age (KindNotInCache otherwise)
	Refresh             bool              // ignore cached entries (still write new ones)
	Resolve             map[string]string // host or host:port => "ip:port" to dial instead, like curl --resolve
	ResolveOnly         bool              // dial only the hosts Resolve names; others fail with ErrNotResolved, no DNS asked (a hermetic run)
	Archive             string            // WARC file to append every HTTP response to ("" => none; ".gz" => gzipped records)
	Replay              string            // WARC file to answer from instead of the network ("" => live)

	// allowPrefixes lets tests punch a precise hole in the SSRF guard (one
	// loopback address) to check that everything else stays refused.
	allowPrefixes []netip.Prefix
}

// Defaults applied by New for zero-valued options.
const (
	DefaultTimeout        = 30 * time.Second
	DefaultConnectTimeout = 10 * time.Second
	DefaultMaxBodyBytes   = 10 << 20
	DefaultMaxRedirects   = 10
	DefaultHostDelay      = time.Second
	DefaultConcurrency    = 8
	DefaultRetries        = 2
	DefaultCacheTTL       = 24 * time.Hour
	// MaxCrawlDelay caps a robots.txt Crawl-delay, so one odd file cannot
	// stall a run for hours.
	MaxCrawlDelay = 30 * time.Second
)

// withDefaults returns o with every zero field replaced by its default and
// negative "none" values normalised to zero.
func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = buildinfo.UserAgent()
	}
	o.Timeout = orDuration(o.Timeout, DefaultTimeout)
	o.ConnectTimeout = orDuration(o.ConnectTimeout, DefaultConnectTimeout)
	o.CacheTTL = orDuration(o.CacheTTL, DefaultCacheTTL)
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	switch {
	case o.HostDelay == 0:
		o.HostDelay = DefaultHostDelay
	case o.HostDelay < 0:
		o.HostDelay = 0
	}
	if o.HostParallelism <= 0 {
		o.HostParallelism = 1
	}
	if o.Concurrency <= 0 {
		o.Concurrency = DefaultConcurrency
	}
	switch {
	case o.Retries == 0:
		o.Retries = DefaultRetries
	case o.Retries < 0:
		o.Retries = 0
	}
	return o
}

func orDuration(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}
