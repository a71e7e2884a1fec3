package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"golang.org/x/term"
	"golang.org/x/text/language"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/report"
)

// fetchFlags are the crawler's settings on the command line.
type fetchFlags struct {
	allowPrivate   bool
	timeout        time.Duration
	connectTimeout time.Duration
	userAgent      string
	ignoreRobots   bool
	hostDelay      time.Duration
	hostParallel   int
	concurrency    int
	retries        int
	maxBody        int64
	cacheDir       string
	noCache        bool
	cacheTTL       time.Duration
	offline        bool
	refresh        bool
	resolve        map[string]string
	archive        string
	replay         string
}

func (f *fetchFlags) register(fs *pflag.FlagSet) {
	fs.BoolVar(&f.allowPrivate, "allow-private-network", false, "allow fetching loopback, private and link-local addresses (refused by default: SSRF guard)")
	fs.DurationVar(&f.timeout, "timeout", crawler.DefaultTimeout, "timeout of one whole request, body included")
	fs.DurationVar(&f.connectTimeout, "connect-timeout", crawler.DefaultConnectTimeout, "timeout to connect to a server")
	fs.StringVar(&f.userAgent, "user-agent", "", "User-Agent header (default provcheck/<version> (+project URL))")
	fs.BoolVar(&f.ignoreRobots, "ignore-robots", false, "do not obey robots.txt (only for sites you own)")
	fs.DurationVar(&f.hostDelay, "host-delay", crawler.DefaultHostDelay, "minimum time between two requests to one host (robots.txt Crawl-delay may raise it; 0 disables)")
	fs.IntVar(&f.hostParallel, "host-parallelism", 1, "concurrent requests to one host")
	fs.IntVar(&f.concurrency, "concurrency", crawler.DefaultConcurrency, "concurrent requests in all")
	fs.IntVar(&f.retries, "retries", crawler.DefaultRetries, "retries on 429, 502, 503, 504 and connection resets (0 disables)")
	fs.Int64Var(&f.maxBody, "max-body", crawler.DefaultMaxBodyBytes, "largest page accepted (fetched, local file or stdin), in bytes after decompression")
	fs.StringVar(&f.cacheDir, "cache-dir", defaultCacheDir(), "on-disk cache of fetched pages")
	fs.BoolVar(&f.noCache, "no-cache", false, "neither read nor write the on-disk cache")
	fs.DurationVar(&f.cacheTTL, "cache-ttl", crawler.DefaultCacheTTL, "how long a cached page stays fresh")
	fs.BoolVar(&f.offline, "offline", false, "answer only from the cache; report the URLs that are missing")
	fs.BoolVar(&f.refresh, "refresh", false, "ignore cached pages (and cache the new ones)")
	fs.StringVar(&f.archive, "archive", "", "write every request and response of the run to this WARC file (.warc.gz for gzipped records)")
	fs.StringVar(&f.replay, "replay", "", "answer fetches from this WARC file instead of the network")
	fs.StringToStringVar(&f.resolve, "resolve", nil, "dial HOST at ADDR instead of resolving it, as HOST=IP:PORT (repeatable; like curl --resolve)")
}

// flagRule is one condition a flag's value must meet.
type flagRule struct {
	flag  string
	value any
	ok    bool
	rule  string
}

// firstBroken is the usage error of the first rule broken, or nil: a
// nonsensical number is refused, never quietly taken for the default.
func firstBroken(rules ...flagRule) error {
	for _, r := range rules {
		if !r.ok {
			return fmt.Errorf("%s %v: %s", r.flag, r.value, r.rule)
		}
	}
	return nil
}

// validate refuses values of the crawler's flags that mean nothing.
func (f *fetchFlags) validate() error {
	return firstBroken(
		flagRule{"--timeout", f.timeout, f.timeout > 0, "must be more than 0"},
		flagRule{"--connect-timeout", f.connectTimeout, f.connectTimeout > 0, "must be more than 0"},
		flagRule{"--host-delay", f.hostDelay, f.hostDelay >= 0, "must be 0 (no spacing) or more"},
		flagRule{"--host-parallelism", f.hostParallel, f.hostParallel >= 1, "must be at least 1"},
		flagRule{"--concurrency", f.concurrency, f.concurrency >= 1, "must be at least 1"},
		flagRule{"--retries", f.retries, f.retries >= 0, "must be 0 (no retries) or more"},
		flagRule{"--max-body", f.maxBody, f.maxBody >= 1, "must be at least 1 byte"},
		flagRule{"--cache-ttl", f.cacheTTL, f.cacheTTL >= 0, "must be 0 (every cached page is stale) or more"},
	)
}

func (f *fetchFlags) options() crawler.Options {
	o := crawler.Options{
		UserAgent: f.userAgent, Timeout: f.timeout, ConnectTimeout: f.connectTimeout,
		AllowPrivateNetwork: f.allowPrivate, MaxBodyBytes: f.maxBody, IgnoreRobots: f.ignoreRobots,
		HostDelay: f.hostDelay, HostParallelism: f.hostParallel, Concurrency: f.concurrency,
		Retries: f.retries, CacheTTL: f.cacheTTL, Offline: f.offline, Refresh: f.refresh,
		Resolve: f.resolve, Archive: f.archive, Replay: f.replay,
	}
	if !f.noCache {
		o.CacheDir = f.cacheDir
	}
	// The crawler's zero values mean "default"; on the command line 0 means none.
	if f.hostDelay == 0 {
		o.HostDelay = -1
	}
	if f.retries == 0 {
		o.Retries = -1
	}
	if f.cacheTTL == 0 {
		o.Refresh = true // nothing cached is fresh enough; new pages are still cached
	}
	return o
}

func defaultCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "provcheck")
}

// checkFlags are the check's own settings.
type checkFlags struct {
	source        string
	maxDepth      int
	maxReferences int
	language      string
}

func (c *checkFlags) register(fs *pflag.FlagSet, withSource bool) {
	if withSource {
		fs.StringVar(&c.source, "source", "", "the original's URL or file, when known: skip reference discovery")
	}
	fs.IntVar(&c.maxDepth, "max-depth", provenance.DefaultMaxDepth, "how many copies crediting copies to follow to reach the original")
	fs.IntVar(&c.maxReferences, "max-references", provenance.DefaultMaxReferences, "how many references of a page to try")
	fs.StringVar(&c.language, "language", "", "language of the articles (BCP 47; default: each page's own, else read from its text, else en)")
}

// validate refuses depths, counts and languages that mean nothing.
func (c *checkFlags) validate() error {
	_, langErr := language.Parse(c.language)
	return firstBroken(
		flagRule{"--max-depth", c.maxDepth, c.maxDepth >= 1, "must be at least 1 (1: the page's own references, no chain of copies)"},
		flagRule{"--max-references", c.maxReferences, c.maxReferences >= 1, "must be at least 1"},
		flagRule{"--language", fmt.Sprintf("%q", c.language), c.language == "" || langErr == nil, "is not a BCP 47 language tag (en, pt-BR, zh-Hant)"},
	)
}

func (c *checkFlags) options() provenance.Options {
	return provenance.Options{Source: c.source, MaxDepth: c.maxDepth, MaxReferences: c.maxReferences, Language: c.language}
}

// outputFlags choose the format and destination of the report.
type outputFlags struct {
	format string
	output string
	quiet  bool
}

func (o *outputFlags) register(fs *pflag.FlagSet) {
	fs.StringVarP(&o.format, "format", "f", "text", "output format: "+strings.Join(report.Formats(), ", "))
	fs.StringVarP(&o.output, "output", "o", "", "write the report to this file instead of standard output")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "text format: print only the verdict line of each target")
}

// writerOptions colours text only for a terminal, and never under NO_COLOR
// (https://no-color.org).
func (o *outputFlags) writerOptions(dst io.Writer) report.Options {
	f, ok := dst.(*os.File)
	_, noColor := os.LookupEnv("NO_COLOR")
	return report.Options{Quiet: o.quiet, Color: ok && !noColor && term.IsTerminal(int(f.Fd()))}
}
