package provenance

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
	"github.com/provcheck/provcheck/provenance/statements"
)

// InTitle marks evidence whose spans index into the titles, not the texts.
const InTitle = "title"

// Fetcher fetches one URL. *crawler.Crawler is the real one.
type Fetcher interface {
	Fetch(ctx context.Context, url string) (*crawler.Page, error)
}

// Options tunes a Checker. The zero value is the documented default.
type Options struct {
	// Source is the original, when it is known: discovery is skipped.
	Source string
	// MaxDepth bounds how far a chain of copies crediting copies is
	// followed; 0 means 3.
	MaxDepth int
	// MaxReferences bounds how many references of one page are tried; 0 means 6.
	MaxReferences int
	// Language of the texts (BCP 47); "" means the page's own, else English.
	Language string
	// MinContainment is the share of the copy that must come from a
	// guessed candidate (one the page links without naming it its source)
	// for the copy to count as derived from it; 0 keeps the matcher's own
	// relation thresholds. A source the page names (named) or the user
	// declares is compared whenever the matcher finds the copy derives
	// from it: the floor guards against false originals, and such a page
	// is no guess; the policy reports it when it falls below (see
	// policy.Rules.Apply).
	MinContainment float64
}

// Defaults of Options' zero values.
const (
	DefaultMaxDepth      = 3
	DefaultMaxReferences = 6
)

func (o Options) maxDepth() int {
	if o.MaxDepth > 0 {
		return o.MaxDepth
	}
	return DefaultMaxDepth
}

// align aligns copy against source; a guessed source (see
// Options.MinContainment) must also reach the containment floor.
func (o Options) align(copyText, sourceText, lang string, guessed bool) match.Result {
	al := match.Align(copyText, sourceText, match.Options{Language: lang})
	if guessed && o.belowFloor(al) {
		al.Relation = match.Unrelated
	}
	return al
}

// belowFloor reports whether a derived alignment falls short of the
// policy's containment floor.
func (o Options) belowFloor(al match.Result) bool {
	return o.MinContainment > 0 && al.Containment < o.MinContainment && derived(al.Relation)
}

func (o Options) maxReferences() int {
	if o.MaxReferences > 0 {
		return o.MaxReferences
	}
	return DefaultMaxReferences
}

// Checker runs the whole check of one target at a time; it is safe for
// concurrent use when its Fetcher is.
type Checker struct {
	fetch Fetcher
	opts  Options
}

// NewChecker returns a Checker fetching through f.
func NewChecker(f Fetcher, opts Options) *Checker {
	return &Checker{fetch: f, opts: opts}
}

// Check checks target: an http(s) URL or a local file path.
func (c *Checker) Check(ctx context.Context, target string) *Report {
	start := time.Now()
	page, err := c.Load(ctx, target)
	if err != nil {
		return unreadable(target, err, start)
	}
	return c.CheckPage(ctx, target, page)
}

// Load reads target: URLs through the Fetcher (which refuses schemes
// other than http and https), anything else as a local file (under the
// Fetcher's body limit when it is a PageReader).
func (c *Checker) Load(ctx context.Context, target string) (*crawler.Page, error) {
	if isURL(target) || strings.Contains(target, "://") {
		return c.fetch.Fetch(ctx, target)
	}
	return ReadFile(c.fetch, target)
}

// PageReader reads pages that are not fetched, a local file or bytes
// already in hand, under the same limits as fetched ones.
// *crawler.Crawler is one.
type PageReader interface {
	ReadFile(path string) (*crawler.Page, error)
	ReadHTML(r io.Reader, name string) (*crawler.Page, error)
}

// ReadFile reads a local file as Load does: under the Fetcher's body limit
// when it is a PageReader, else crawler's default.
func ReadFile(f Fetcher, path string) (*crawler.Page, error) {
	if pr, ok := f.(PageReader); ok {
		return pr.ReadFile(path)
	}
	return crawler.ReadFile(path)
}

// ReadHTML reads a page from r as Load reads a file: under the Fetcher's
// body limit when it is a PageReader, else crawler's default.
func ReadHTML(f Fetcher, r io.Reader, name string) (*crawler.Page, error) {
	if pr, ok := f.(PageReader); ok {
		return pr.ReadHTML(r, name)
	}
	return crawler.ReadHTML(r, name)
}

// CheckPage checks an already loaded page (stdin, a test's fixture).
func (c *Checker) CheckPage(ctx context.Context, target string, page *crawler.Page) *Report {
	start := time.Now()
	copyDoc, err := extractPage(page)
	if err != nil {
		return unreadable(target, err, start)
	}
	r := &Report{Target: target, Article: copyDoc.info}
	r.Findings = append(r.Findings, boilerplateFindings(copyDoc)...)
	var orig *candidate
	var srcErr error
	if c.opts.Source != "" {
		orig, srcErr = c.declaredSource(ctx, r, c.opts.Source)
	} else {
		orig = c.discover(ctx, r, copyDoc)
	}
	c.compare(r, copyDoc, orig)
	if srcErr != nil {
		// The user named the original: without it nothing was checked,
		// and a gate must not pass on that. Nor is the copy's credit known:
		// its own references were never looked at.
		r.Verdict, r.Error = Errored, srcErr.Error()
		r.Attribution = Attribution{Verdict: CreditUnknown, UpstreamCredits: []Credit{}}
	}
	r.DurationMS = time.Since(start).Milliseconds()
	return r
}

// compare fills in everything that needs the original, then judges.
func (c *Checker) compare(r *Report, copyDoc *document, orig *candidate) {
	if orig == nil {
		r.Reuse = match.Result{Relation: match.Unknown, Passages: []match.Passage{}}
		r.Statements = unchecked(copyDoc.art.Text, c.language(copyDoc.info))
		r.Attribution = creditWithoutOriginal(r.References)
	} else {
		r.Original = orig.original()
		r.Reuse = orig.align
		r.Findings = append(r.Findings, reuseFindings(orig.align)...)
		r.Findings = append(r.Findings, republishedFindings(orig, republishedFrom(orig.doc))...)
		// credit first: the copy's credit lines are no statements to check
		var cfs []finding.Finding
		r.Attribution, cfs = checkCredit(r, copyDoc, orig)
		r.Findings = append(r.Findings, cfs...)
		checks, fs := statements.Compare(copyDoc.art.Text, orig.doc.art.Text, statements.Options{
			Language: c.language(copyDoc.info),
			Credits:  copyCredits(copyDoc, orig, r.Attribution.UpstreamCredits),
		})
		r.Statements = checks
		r.Findings = append(r.Findings, fs...)
		for _, f := range statements.HeadlineDrift(copyDoc.art.Title, orig.doc.art.Title, orig.doc.art.Text, c.language(copyDoc.info)) {
			f.Evidence.In = InTitle
			r.Findings = append(r.Findings, f)
		}
	}
	judge(r)
}

// language is the language every stage analyses the texts in: the one the
// user gave, else the copy's own.
func (c *Checker) language(copyPage *Page) string {
	if c.opts.Language != "" {
		return c.opts.Language
	}
	return copyPage.Language
}

// Unreadable is the report of a target that could not be read at all:
// verdict error, with the reason as its one finding.
func Unreadable(target string, err error) *Report {
	return unreadable(target, err, time.Now())
}

// unreadable is the report of a target the tool could not check.
func unreadable(target string, err error, start time.Time) *Report {
	code := finding.TargetUnreadable
	var xe *extract.Error
	if errors.As(err, &xe) {
		code = finding.ExtractionFailed
	}
	f := finding.New(code, err.Error(), finding.Evidence{URL: target, Detail: errorDetail(err)})
	f.Severity = finding.Error
	r := &Report{
		Target:      target,
		Verdict:     Errored,
		Error:       err.Error(),
		References:  []Reference{},
		Reuse:       match.Result{Relation: match.Unknown, Passages: []match.Passage{}},
		Statements:  []statements.Check{},
		Attribution: Attribution{Verdict: CreditUnknown, UpstreamCredits: []Credit{}},
		Findings:    []finding.Finding{f},
		DurationMS:  time.Since(start).Milliseconds(),
	}
	var fe *crawler.FetchError
	if errors.As(err, &fe) && fe.Page != nil {
		r.Article = &Page{URL: fe.URL, FinalURL: fe.Page.FinalURL, Fetch: fe.Page, FieldSources: map[string]string{}}
	}
	return r
}

func errorDetail(err error) string {
	if k := crawler.KindOf(err); k != "" {
		return string(k)
	}
	var xe *extract.Error
	if errors.As(err, &xe) {
		return xe.Reason
	}
	return ""
}

// unchecked lists the copy's statements when there is no original to check
// them against.
func unchecked(txt, lang string) []statements.Check {
	found := statements.Find(txt, statements.Options{Language: lang})
	out := make([]statements.Check, 0, len(found))
	for _, s := range found {
		if s.Kind == statements.Stance {
			continue // not checked against an original either
		}
		ch := statements.Check{Kind: s.Kind, Text: s.Content.Text, Span: s.Content, Verdict: statements.Unchecked}
		if s.Speaker != nil {
			ch.Speaker, ch.SpeakerTitle = s.Speaker.Name, s.Speaker.Title
		}
		out = append(out, ch)
	}
	return out
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func boilerplateFindings(d *document) []finding.Finding {
	if len(d.art.Boilerplate) == 0 {
		return nil
	}
	return []finding.Finding{finding.New(finding.AggregatorBoilerplate,
		fmt.Sprintf("%d aggregator boilerplate block(s) stripped from the compared text", len(d.art.Boilerplate)),
		finding.Evidence{URL: d.info.URL, Detail: d.art.Boilerplate[0]})}
}
