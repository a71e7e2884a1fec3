// Package batch checks many targets at once: it expands the command line
// into targets, checks them with a pool of workers under the CI gate's
// policy and baseline, and hands the reports on in the order the targets
// were given, holding only those that finished early.
package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"sync"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/internal/targets"
	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/baseline"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/policy"
)

// Job is one target with its place in the output order; Err is set when
// the target could not even be expanded or read.
type Job struct {
	N      int
	Target targets.Target
	Err    error
}

// Gate is what a CI run decides once: the policy, the codes the command
// line fails on, and the accepted findings of an earlier run. The zero
// value applies the default policy and no baseline.
type Gate struct {
	Policy   *policy.Policy
	FailOn   []finding.Code
	Baseline *baseline.Baseline
}

// Rules are the policy's rules for one target, with FailOn on top.
func (g *Gate) Rules(target string) policy.Rules {
	return policy.WithFailOn(g.Policy.For(target), g.FailOn)
}

func (g *Gate) judge(r *provenance.Report, rules policy.Rules) {
	rules.Apply(r)
	if g.Baseline != nil {
		g.Baseline.Filter(r)
	}
}

// Checker checks one job; Check is the real one.
type Checker func(ctx context.Context, j Job) *provenance.Report

// Check runs the pipeline on one job under its rules: the target's own
// declared original (Markdown front matter) unless base names one, the
// policy's containment floor, then the policy and the baseline.
func Check(ctx context.Context, f provenance.Fetcher, base provenance.Options, g *Gate, j Job) *provenance.Report {
	ref := j.Target.Ref
	if j.Err != nil {
		return provenance.Unreadable(ref, j.Err)
	}
	rules := g.Rules(ref)
	opts := base
	if j.Target.Source != "" && opts.Source == "" {
		opts.Source = j.Target.Source
	}
	opts.MinContainment = rules.MinContainment
	checker := provenance.NewChecker(localArticles{f}, opts)
	var r *provenance.Report
	if j.Target.HTML != nil {
		page, err := ReadTarget(f, j.Target)
		if err != nil {
			return provenance.Unreadable(ref, err)
		}
		r = checker.CheckPage(ctx, ref, page)
	} else {
		r = checker.Check(ctx, ref)
	}
	if err := ctx.Err(); err != nil {
		// cut short (Ctrl-C): its fetches failed for that alone, so what
		// it says about the target or its references is not to be trusted
		r = provenance.Unreadable(ref, fmt.Errorf("interrupted before the check finished: %w", err))
	}
	g.judge(r, rules)
	return r
}

// Run checks every job with workers goroutines and passes the reports to
// emit in job order, so output is deterministic. Jobs are pulled from in as
// workers free up. emit's first error is returned after all jobs ran.
func Run(ctx context.Context, workers int, in iter.Seq[Job], check Checker, emit func(*provenance.Report) error) error {
	work := make(chan Job)
	done := make(chan ordered)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				done <- ordered{j.N, safely(ctx, check, j)}
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

// safely runs check on one job and turns a panic into that target's error
// report, so one bad page never loses the other targets' reports.
func safely(ctx context.Context, check Checker, j Job) (r *provenance.Report) {
	defer func() {
		if p := recover(); p != nil {
			r = provenance.Unreadable(j.Target.Ref, fmt.Errorf("internal error while checking: %v", p))
		}
	}()
	return check(ctx, j)
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

// Input names the targets Expand turns into jobs.
type Input struct {
	Args  []string          // targets from the command line; "-" is HTML on Stdin
	From  []string          // files listing targets, one per line ("-" is Stdin)
	Stdin io.Reader         // nil means no standard input
	Fetch targets.FetchFunc // fetches feeds and sitemaps; nil never fetches
	// MaxBytes bounds what is read of a page on Stdin or a local file, as
	// the crawler's MaxBodyBytes bounds a fetched one; 0 means
	// crawler.DefaultMaxBodyBytes.
	MaxBytes int64
}

// errNoStdin is a "-" target's error when Input has no standard input.
var errNoStdin = errors.New("standard input: none given")

// Expand turns command-line targets into jobs: "-" is HTML on stdin,
// everything else goes through target expansion (files, directories, --from
// lists, feeds, sitemaps), fetched with in.Fetch where needed.
func Expand(ctx context.Context, in Input) iter.Seq[Job] {
	max := in.MaxBytes
	if max <= 0 {
		max = crawler.DefaultMaxBodyBytes
	}
	return func(yield func(Job) bool) {
		n := 0
		var rest []string
		for _, a := range in.Args {
			if a != "-" {
				rest = append(rest, a)
				continue
			}
			var body []byte
			err := errNoStdin
			if in.Stdin != nil {
				// one byte over the limit is enough for the reader to refuse it
				body, err = io.ReadAll(io.LimitReader(in.Stdin, max+1))
			}
			if !yield(Job{N: n, Target: targets.Target{Ref: "-", Kind: targets.HTML, HTML: body}, Err: err}) {
				return
			}
			n++
		}
		if len(rest) == 0 && len(in.From) == 0 {
			return
		}
		opts := targets.Options{From: in.From, Stdin: in.Stdin, Fetch: in.Fetch, MaxFileBytes: max}
		for t, err := range targets.Expand(ctx, rest, opts) {
			if t.Ref == "" && err != nil {
				t.Ref = "(targets)"
			}
			if !yield(Job{N: n, Target: t, Err: err}) {
				return
			}
			n++
		}
	}
}

// ReadTarget makes a page of a target read from a file or stdin: a page is
// held to the fetcher's body limit, a converted Markdown or text article
// (whose file already was) is not.
func ReadTarget(f provenance.Fetcher, t targets.Target) (*crawler.Page, error) {
	if t.Kind != targets.HTML {
		return crawler.PageFromHTML(t.HTML, t.Ref)
	}
	return provenance.ReadHTML(f, bytes.NewReader(t.HTML), t.Ref)
}

// localArticles reads an original given as a local file the way a target
// is read, so that a .txt or Markdown original is an article with its
// headline, not markup. It fetches URLs through the Fetcher it wraps.
type localArticles struct{ provenance.Fetcher }

// ReadFile reads path under the wrapped Fetcher's limits, then converts a
// text or Markdown article; the page keeps the file's size and digest.
func (l localArticles) ReadFile(path string) (*crawler.Page, error) {
	page, err := provenance.ReadFile(l.Fetcher, path)
	if err != nil {
		return nil, err
	}
	t, err := targets.Article(path, page.Body)
	if err != nil {
		return nil, err // it names the file already
	}
	if t.Kind == targets.HTML {
		return page, nil
	}
	conv, err := crawler.PageFromHTML(t.HTML, page.URL)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	conv.FetchedAt, conv.Bytes, conv.SHA256, conv.Charset = page.FetchedAt, page.Bytes, page.SHA256, page.Charset
	return conv, nil
}

// ReadHTML reads a page from r under the wrapped Fetcher's limits.
func (l localArticles) ReadHTML(r io.Reader, name string) (*crawler.Page, error) {
	return provenance.ReadHTML(l.Fetcher, r, name)
}

// ErrNothingToCheck is NonEmpty's error: every target named nothing.
var ErrNothingToCheck = errors.New("no targets to check")

// NonEmpty returns jobs as they are unless none of them is a target: all
// are directories, lists or feeds that named nothing. Then the run would
// check nothing and pass, which is bad usage: NonEmpty returns an error
// that says why, before any report is written. It looks ahead only past
// such empty containers. Call stop once the returned jobs are done.
func NonEmpty(jobs iter.Seq[Job]) (seq iter.Seq[Job], stop func(), err error) {
	next, stop := iter.Pull(jobs)
	var held []Job
	var why []error
	for {
		j, ok := next()
		if !ok {
			stop()
			return nil, nil, fmt.Errorf("%w: %w", ErrNothingToCheck, errors.Join(why...))
		}
		held = append(held, j)
		if !errors.Is(j.Err, targets.ErrNoTargets) {
			break
		}
		why = append(why, j.Err)
	}
	return func(yield func(Job) bool) {
		for _, j := range held {
			if !yield(j) {
				return
			}
		}
		for j, ok := next(); ok; j, ok = next() {
			if !yield(j) {
				return
			}
		}
	}, stop, nil
}

// Refs are jobs for targets that need no expansion.
func Refs(refs ...string) iter.Seq[Job] {
	return func(yield func(Job) bool) {
		for i, r := range refs {
			if !yield(Job{N: i, Target: targets.Target{Ref: r}}) {
				return
			}
		}
	}
}

// FetchWith adapts a crawler to the fetch function target expansion needs
// for feeds and sitemaps.
func FetchWith(f provenance.Fetcher) targets.FetchFunc {
	return func(ctx context.Context, url string) ([]byte, string, error) {
		p, err := f.Fetch(ctx, url)
		if err != nil {
			return nil, "", err
		}
		return p.Body, p.ContentType, nil
	}
}
