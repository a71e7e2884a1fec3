package provenance

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
	"github.com/provcheck/provcheck/provenance/statements"
	"github.com/provcheck/provcheck/provenance/text"
)

// Error kinds of references that were fetched but could not be used, beside
// the crawler's own kinds.
const (
	errExtraction = "extraction"
	errNotArticle = "not-article"
)

// KindDeclared is the reference kind of an original named by the user
// (--source, compare) rather than by the page.
const KindDeclared = "declared"

// document is an extracted page with its report view.
type document struct {
	page *crawler.Page
	art  *extract.Article
	info *Page
}

// candidate is a page that may be the original, with its alignment against
// the copy and the chain of pages that led to it.
type candidate struct {
	doc     *document
	via     string
	align   match.Result
	chain   []ChainLink
	credits bool // the candidate itself credits another page it derives from
}

func (c *candidate) original() *Original {
	return &Original{Page: *c.doc.info, FoundVia: c.via, Chain: c.chain}
}

func extractPage(p *crawler.Page) (*document, error) {
	u := p.FinalURL
	if u == "" {
		u = p.URL
	}
	art, err := extract.Extract(p.Body, u, extract.Options{})
	if err != nil {
		return nil, err
	}
	return &document{page: p, art: art, info: pageInfo(p, art)}, nil
}

func pageInfo(p *crawler.Page, a *extract.Article) *Page {
	return &Page{
		URL: p.URL, FinalURL: p.FinalURL, Title: a.Title, Byline: a.Byline, SiteName: a.SiteName,
		Published: a.Published, Language: a.Language, Image: a.Image, Canonical: a.Canonical, Type: a.Type, WordCount: a.WordCount,
		FieldSources: a.FieldSources, Boilerplate: a.Boilerplate, Text: a.Text, Fetch: p,
	}
}

// declaredSource loads an original the user named; discovery is skipped.
// When it cannot be read, or the copy derives nothing from it (see
// sharesNothing), the error says why: nothing can be compared.
func (c *Checker) declaredSource(ctx context.Context, r *Report, src string) (*candidate, error) {
	ref := Reference{URL: src, Kind: KindDeclared, Text: "--source", Confidence: 1}
	doc := c.follow(ctx, &ref)
	r.References = append(r.References, ref)
	if doc == nil {
		err := fmt.Errorf("the declared source %s could not be read: %s", src, ref.Error)
		r.Findings = append(r.Findings, finding.New(finding.SourceUnreadable, err.Error(),
			finding.Evidence{URL: src, Detail: refErrorKind(ref)}))
		return nil, err
	}
	lang := c.language(r.Article)
	al := namedAlign(c.opts.align(r.Article.Text, doc.art.Text, lang, false))
	ref.Relation, ref.Containment = string(al.Relation), round3(al.Containment)
	r.References[len(r.References)-1] = ref
	if n, none := sharesNothing(r.Article.Text, doc.art.Text, lang, al); none {
		// a readable page the copy takes nothing from is as unusable as a
		// dead one: comparing would call every quote fabricated
		err := fmt.Errorf("the declared source %s is unrelated to the copy: it %s, and none of the copy's %d quotes and attributed statements has its words in it; nothing was compared",
			src, sharesMsg(al, c.opts), n)
		r.Findings = append(r.Findings, finding.New(finding.SourceUnrelated, err.Error(),
			finding.Evidence{URL: src, Detail: fmt.Sprintf("containment %.3f, coverage %.3f, statements found 0 of %d", al.Containment, al.Coverage, n)}))
		return nil, err
	}
	return &candidate{doc: doc, via: ref.Kind, align: al, chain: []ChainLink{targetLink(r.Article), link(doc, ref.Kind)}}, nil
}

// sharesNothing reports whether the copy derives nothing from a source the
// user declared, and how many statements the copy has. The matcher's
// relation (with the one-passage rule) weighs shares, so it calls a short
// reworded brief that keeps one quote word for word unrelated; yet that
// quote is the brief's link to its source, and checking it is the point.
// So the source is unrelated only when, besides, the copy reproduces the
// words of none of its statements: no quote or attributed claim of the copy
// that the statement check finds in the source word for word, altered or
// given to another speaker, with an exact or near passage of the alignment
// in it. Both must see it. A reworded match is no evidence: another story
// quoting the same person pairs that sentence by its names (a paraphrase
// passage), and a stock line ("the council said it would review the
// closures after twelve months") reads as a paraphrase of the same line
// about something else.
//
// Its Compare is not reused by the check: that one passes the copy's
// credit lines (Options.Credits), known only once the credit check has
// run on an accepted source, so that they are not taken for statements.
// It runs only when the matcher calls the source unrelated, which is rare.
func sharesNothing(copyText, sourceText, lang string, al match.Result) (int, bool) {
	if derived(al.Relation) {
		return 0, false
	}
	checks, _ := statements.Compare(copyText, sourceText, statements.Options{Language: lang})
	for _, ck := range checks {
		if wordsFound[ck.Verdict] && inPassage(ck.Span, al.Passages) {
			return len(checks), false
		}
	}
	return len(checks), true
}

// wordsFound are the verdicts of a statement whose words the statement
// check found in the source.
var wordsFound = map[statements.Verdict]bool{statements.Verbatim: true, statements.Altered: true, statements.Misattributed: true}

// inPassage reports whether a copy span overlaps the copy side of an exact
// or near passage: words the two texts share in runs.
func inPassage(sp text.Span, ps []match.Passage) bool {
	for _, p := range ps {
		if p.Kind != match.KindParaphrase && p.Copy.Start < sp.End && sp.Start < p.Copy.End {
			return true
		}
	}
	return false
}

// namedAlign applies the one-passage rule to a source the copy names or the
// user declares (see liftsPassage).
func namedAlign(al match.Result) match.Result {
	if al.Relation == match.Unrelated && liftsPassage(al) {
		al.Relation = match.Partial
	}
	return al
}

// sharesMsg says how much of the copy a page shares, against the threshold
// it fell short of: the policy's floor when the matcher alone would find the
// copy derived, else the matcher's own partial threshold.
func sharesMsg(al match.Result, o Options) string {
	if derived(al.Relation) && o.belowFloor(al) {
		return SharesBelowFloor(al.Containment, o.MinContainment)
	}
	return fmt.Sprintf("shares %.0f%% of the copy's words, below the %.0f%% from which a copy counts as derived from a page",
		100*al.Containment, 100*match.PartialAt)
}

// SharesBelowFloor says that a page shares the share containment of the
// copy's words, below the policy's min_containment floor: the wording of a
// reference ruled out here and of the gate's policy-min-containment
// finding on an original compared all the same.
func SharesBelowFloor(containment, floor float64) string {
	return fmt.Sprintf("shares %.0f%% of the copy's words, below the policy's min_containment of %.0f%%",
		100*containment, 100*floor)
}

// refErrorKind is what kind of failure a reference met: the crawler's
// error kind, or the HTTP status when it answered with one.
func refErrorKind(ref Reference) string {
	if ref.HTTPStatus != 0 {
		return fmt.Sprintf("%s %d", ref.ErrorKind, ref.HTTPStatus)
	}
	return ref.ErrorKind
}

// noReference says that the page names no source, or that it labels one
// but links none, which is what an editor has to chase by hand.
func noReference(d *document) finding.Finding {
	ev := finding.Evidence{URL: d.info.URL}
	msg := "the page names no reference to an original source"
	if ig := d.art.Ignored; len(ig) > 0 {
		msg = fmt.Sprintf("the page labels a source (%q) but its link %s %s: no reference to follow; name the original with --source",
			ig[0].Text, ig[0].URL, ig[0].Reason)
		ev.Detail = "rule=ignored-reference: " + ig[0].Reason
		return finding.New(finding.NoReference, msg, ev)
	}
	if l := d.art.UnlinkedLabel; l != "" {
		msg = fmt.Sprintf("the page labels a source (%q) but links none: the link was lost or left out; name the original with --source", l)
		ev.Detail = "rule=unlinked-label: a block holding only " + strconv.Quote(l) + " and no link"
	}
	return finding.New(finding.NoReference, msg, ev)
}

// discover tries the page's references in confidence order, follows chains of
// copies, and picks the original: the matching candidate the others derive
// from.
func (c *Checker) discover(ctx context.Context, r *Report, copyDoc *document) *candidate {
	refs := copyDoc.art.References
	r.References = make([]Reference, 0, len(refs))
	if len(refs) == 0 {
		r.Findings = append(r.Findings, noReference(copyDoc))
		return nil
	}
	n := min(len(refs), c.opts.maxReferences())
	tried, docs := c.fetchReferences(ctx, refs[:n])
	var matched []*candidate
	for i := range tried {
		cand := c.judgeReference(r, copyDoc, &tried[i], docs[i])
		r.References = append(r.References, tried[i])
		if cand != nil {
			matched = append(matched, c.climb(ctx, r, copyDoc, cand))
		}
	}
	for _, xr := range refs[n:] {
		r.References = append(r.References, Reference{URL: xr.URL, Kind: xr.Kind, Text: xr.Text, Confidence: xr.Confidence,
			Status: RefSkipped, Error: "beyond the reference limit"})
	}
	if len(matched) == 0 {
		r.Findings = append(r.Findings, finding.New(finding.OriginalNotFound,
			fmt.Sprintf("none of the %d reference(s) led to a page this copy derives from", len(refs)),
			finding.Evidence{URL: copyDoc.info.URL}))
		return nil
	}
	return pickOriginal(matched)
}

// fetchReferences fetches and extracts the references at once (the
// crawler keeps each host's pace), so a page naming several sources costs
// the slowest of them, not their sum. The results keep the references' order.
func (c *Checker) fetchReferences(ctx context.Context, refs []extract.Reference) ([]Reference, []*document) {
	tried := make([]Reference, len(refs))
	docs := make([]*document, len(refs))
	var wg sync.WaitGroup
	for i, xr := range refs {
		tried[i] = Reference{URL: xr.URL, Kind: xr.Kind, Text: xr.Text, Confidence: xr.Confidence}
		wg.Go(func() { docs[i] = c.follow(ctx, &tried[i]) })
	}
	wg.Wait()
	return tried, docs
}

// judgeReference says whether the copy derives from a fetched reference.
func (c *Checker) judgeReference(r *Report, copyDoc *document, ref *Reference, doc *document) *candidate {
	if doc == nil {
		r.Findings = append(r.Findings, fetchFinding(*ref))
		return nil
	}
	// a page the copy names as its source is no guess: the policy's floor
	// does not rule it out (see Options.MinContainment)
	named := creditingKinds[ref.Kind]
	al := c.opts.align(copyDoc.art.Text, doc.art.Text, c.language(copyDoc.info), false)
	if named {
		al = namedAlign(al)
	}
	ref.Relation, ref.Containment = string(al.Relation), round3(al.Containment)
	if !derived(al.Relation) || !named && c.opts.belowFloor(al) {
		verdict := "unrelated"
		if derived(al.Relation) {
			verdict = "not taken as the original"
		}
		ref.Relation = string(match.Unrelated)
		r.Findings = append(r.Findings, finding.New(finding.ReferenceUnrelated,
			fmt.Sprintf("the reference %s: %s", sharesMsg(al, c.opts), verdict),
			finding.Evidence{URL: ref.URL}))
		return nil
	}
	return &candidate{doc: doc, via: ref.Kind, align: al, chain: []ChainLink{targetLink(copyDoc.info), link(doc, ref.Kind)}}
}

// liftWords is how many words of the copy one close passage (liftScore)
// must hold to be a lift: the length of a plain news sentence.
const (
	liftWords = 25
	liftScore = 0.5
)

// liftsPassage reports whether the copy took at least a sentence from the
// source in one passage of close similarity. A page that names its source and
// lifted a paragraph from it derives from it, however short a share of a
// long copy that paragraph is; without this, its honest link reads as a
// wrong credit.
func liftsPassage(al match.Result) bool {
	for _, p := range al.Passages {
		if p.Score >= liftScore && len(strings.Fields(p.Copy.Text)) >= liftWords {
			return true
		}
	}
	return false
}

// follow fetches and extracts a reference, recording what happened on it.
func (c *Checker) follow(ctx context.Context, ref *Reference) *document {
	page, err := c.Load(ctx, ref.URL)
	if err != nil {
		ref.Status, ref.Error, ref.ErrorKind = RefFailed, err.Error(), string(crawler.KindOf(err))
		var fe *crawler.FetchError
		if errors.As(err, &fe) {
			ref.Fetch, ref.HTTPStatus = fe.Page, fe.Status
		}
		return nil
	}
	ref.Fetch = page
	doc, err := extractPage(page)
	var xe *extract.Error
	switch {
	case errors.As(err, &xe) && xe.Reason == extract.ReasonListing:
		ref.Status, ref.PageType, ref.Error, ref.ErrorKind = RefFetched, extract.TypeListing, xe.Reason, errNotArticle
		return nil
	case err != nil:
		ref.Status, ref.Error, ref.ErrorKind = RefFailed, err.Error(), errExtraction
		return nil
	}
	ref.Status, ref.PageType = RefFetched, doc.art.Type
	if doc.art.Type == extract.TypeListing {
		ref.Error, ref.ErrorKind = "a homepage, section or tag page", errNotArticle
		return nil
	}
	return doc
}

func fetchFinding(ref Reference) finding.Finding {
	ev := finding.Evidence{URL: ref.URL, Detail: ref.Error}
	msg := "the reference could not be fetched: " + ref.Error
	switch crawler.ErrorKind(ref.ErrorKind) {
	case crawler.KindBlocked:
		return finding.New(finding.ReferenceBlocked, "the reference resolves to a private or loopback address and was refused", ev)
	case crawler.KindRobots:
		return finding.New(finding.ReferenceRobotsDisallowed, "robots.txt disallows fetching the reference", ev)
	case crawler.KindNotHTML:
		return finding.New(finding.ReferenceNotHTML, "the reference is not an HTML page: "+ref.Error, ev)
	case crawler.KindUnverifiable:
		return finding.New(finding.ReferenceUnverifiable, "the reference cannot be verified: "+ref.Error, ev)
	case errNotArticle:
		return finding.New(finding.ReferenceNotArticle, "the reference points at a homepage, section or tag page, not an article", ev)
	case errExtraction:
		return finding.New(finding.ExtractionFailed, "no article could be extracted from the reference: "+ref.Error, ev)
	}
	return finding.New(finding.ReferenceFetchFailed, msg, ev)
}

func targetLink(p *Page) ChainLink {
	return ChainLink{URL: p.URL, Title: p.Title, SiteName: p.SiteName, Via: "target"}
}

func link(d *document, via string) ChainLink {
	return ChainLink{URL: d.info.URL, Title: d.info.Title, SiteName: d.info.SiteName, Via: via}
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
