package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/internal/targets"
	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/baseline"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/policy"
)

// gateFlags are the batch and CI-gate settings of check.
type gateFlags struct {
	from          []string
	jobs          int
	config        string
	failOn        string
	baseline      string
	writeBaseline string
	progress      bool
}

func (g *gateFlags) register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&g.from, "from", nil, "read targets from FILE, one URL or path per line (- for standard input; repeatable)")
	fs.IntVarP(&g.jobs, "jobs", "j", 4, "targets checked at once (the crawler's per-host politeness still holds)")
	fs.StringVar(&g.config, "config", "", "policy file (default: "+policy.FileName+" in the working directory, if any)")
	fs.StringVar(&g.failOn, "fail-on", "", "comma-separated finding codes that fail the check, over the policy")
	fs.StringVar(&g.baseline, "baseline", "", "accept the findings recorded in this baseline or earlier JSON report: fail only on new ones")
	fs.StringVar(&g.writeBaseline, "write-baseline", "", "record this run's findings as a baseline file")
	fs.BoolVar(&g.progress, "progress", true, "show a progress bar on standard error when it is a terminal")
}

// gate is everything decided once per run: policy, baseline, command-line
// overrides.
type gate struct {
	policy   *policy.Policy
	failOn   []finding.Code
	baseline *baseline.Baseline
}

func (g *gateFlags) load() (*gate, error) {
	out := &gate{}
	var err error
	if g.config != "" {
		out.policy, err = policy.Load(g.config)
	} else {
		out.policy, err = policy.LoadDir(".")
	}
	if err != nil {
		return nil, err
	}
	if out.failOn, err = policy.ParseCodes(g.failOn); err != nil {
		return nil, fmt.Errorf("--fail-on: %w", err)
	}
	if g.baseline != "" {
		if out.baseline, err = baseline.Load(g.baseline); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// rules are the policy's rules for one target, with --fail-on on top.
func (g *gate) rules(target string) policy.Rules {
	return policy.WithFailOn(g.policy.For(target), g.failOn)
}

// judge applies the policy and the baseline to a finished report.
func (g *gate) judge(r *provenance.Report, rules policy.Rules) {
	rules.Apply(r)
	if g.baseline != nil {
		g.baseline.Filter(r)
	}
}

// job is one target with its place in the output order.
type job struct {
	n      int
	target targets.Target
	err    error
}

// runBatch checks every target with jobs workers and hands the reports to
// emit in the order the targets were given, so output is deterministic.
// Targets are pulled from in as workers free up: nothing is held but the
// reports that finished ahead of an earlier one.
func runBatch(ctx context.Context, jobs int, in iter.Seq[job], check func(context.Context, job) *provenance.Report,
	emit func(*provenance.Report) error) error {
	work := make(chan job)
	done := make(chan ordered)
	var wg sync.WaitGroup
	for range max(jobs, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				done <- ordered{j.n, check(ctx, j)}
			}
		}()
	}
	go func() {
		for j := range in {
			work <- j
		}
		close(work)
		wg.Wait()
		close(done)
	}()
	return inOrder(done, emit)
}

type ordered struct {
	n int
	r *provenance.Report
}

// inOrder emits reports by their sequence number, holding only those that
// finished ahead of an earlier one.
func inOrder(done <-chan ordered, emit func(*provenance.Report) error) error {
	pending := map[int]*provenance.Report{}
	next := 0
	var firstErr error
	for o := range done {
		pending[o.n] = o.r
		for r, ok := pending[next]; ok; r, ok = pending[next] {
			delete(pending, next)
			next++
			if err := emit(r); err != nil && firstErr == nil {
				firstErr = err
			}
		}
	}
	return firstErr
}

// expand turns the command line into a stream of jobs: "-" is HTML on
// standard input, everything else goes through target expansion (files,
// directories, lists, feeds, sitemaps).
func expand(ctx context.Context, args, from []string, stdin io.Reader, c *crawler.Crawler) iter.Seq[job] {
	return func(yield func(job) bool) {
		n := 0
		var rest []string
		for _, a := range args {
			if a != "-" {
				rest = append(rest, a)
				continue
			}
			body, err := io.ReadAll(stdin)
			if !yield(job{n: n, target: targets.Target{Ref: "-", Kind: targets.HTML, HTML: body}, err: err}) {
				return
			}
			n++
		}
		if len(rest) == 0 && len(from) == 0 {
			return
		}
		opts := targets.Options{From: from, Stdin: stdin, Fetch: fetchFunc(c)}
		for t, err := range targets.Expand(ctx, rest, opts) {
			if t.Ref == "" && err != nil {
				t.Ref = "(targets)"
			}
			if !yield(job{n: n, target: t, err: err}) {
				return
			}
			n++
		}
	}
}

// simpleJobs are jobs for targets that need no expansion.
func simpleJobs(refs ...string) iter.Seq[job] {
	return func(yield func(job) bool) {
		for i, r := range refs {
			if !yield(job{n: i, target: targets.Target{Ref: r}}) {
				return
			}
		}
	}
}

func fetchFunc(c *crawler.Crawler) targets.FetchFunc {
	return func(ctx context.Context, url string) ([]byte, string, error) {
		p, err := c.Fetch(ctx, url)
		if err != nil {
			return nil, "", err
		}
		return p.Body, p.ContentType, nil
	}
}

// checkTarget runs the pipeline on one expanded target under its rules.
func checkTarget(ctx context.Context, c *crawler.Crawler, base provenance.Options, g *gate, j job) *provenance.Report {
	t := j.target
	ref := t.Ref
	if j.err != nil {
		return provenance.NewChecker(c, base).Unreadable(ref, j.err)
	}
	rules := g.rules(ref)
	opts := base
	if t.Source != "" && opts.Source == "" {
		opts.Source = t.Source
	}
	opts.MinContainment = rules.MinContainment
	checker := provenance.NewChecker(c, opts)
	var r *provenance.Report
	if t.HTML != nil {
		page, err := crawler.ReadHTML(bytes.NewReader(t.HTML), ref)
		if err != nil {
			return checker.Unreadable(ref, err)
		}
		r = checker.CheckPage(ctx, ref, page)
	} else {
		r = checker.Check(ctx, ref)
	}
	g.judge(r, rules)
	return r
}

// progressBar is a spinner counting targets on stderr, or nil when stderr
// is not a terminal: logs and CI output stay clean.
func progressBar(stderr io.Writer, enabled bool) *progressbar.ProgressBar {
	f, ok := stderr.(*os.File)
	if !enabled || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(-1, progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("checking"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100*time.Millisecond))
}
