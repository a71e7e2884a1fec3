package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"github.com/provcheck/provcheck/provenance/text"
)

// Options tunes Extract. The zero value gives the defaults.
type Options struct {
	// MaxBytes caps how much of the body is parsed; longer bodies are cut
	// (at a UTF-8 boundary). Default 8 MiB.
	MaxBytes int
	// MaxDepth caps element nesting as a byte scan estimates it (the
	// benchmark's pages reach 51). Deeper pages are refused before parsing:
	// parser scope checks and readability's ancestor walks grow with depth.
	// Default 256.
	MaxDepth int
	// NoCleaning disables provcheck's own pre-readability cleaning rules
	// (captions, share bars, related lists...), leaving plain readability.
	NoCleaning bool
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = 8 << 20
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = 256
	}
	return o
}

// minListingLinks is how many links a page without article text needs to
// count as a listing (a homepage, section or tag page) rather than empty.
const minListingLinks = 10

// Reasons an *Error gives; callers may compare Error.Reason against them.
const (
	ReasonEmpty     = "empty page"
	ReasonTooDeep   = "element nesting too deep"
	ReasonFrameset  = "frameset page: the content is in frames"
	ReasonSPAShell  = "script-only page (single-page-app shell): no server-rendered text"
	ReasonNoArticle = "no article text found"
	ReasonListing   = "listing page (homepage, section or tag page): no single article"
	ReasonBadURL    = "invalid page URL"
)

// minArticleRunes is the least body text, in code points, that counts as
// an article rather than a stub or an error page.
const minArticleRunes = 60

// Extract parses body (UTF-8 HTML) of the page at pageURL. It returns *Error
// (Reason says why) when no article text can be extracted: empty page, no
// article, frameset, SPA shell.
func Extract(body []byte, pageURL string, opts Options) (art *Article, err error) {
	opts = opts.withDefaults()
	defer func() {
		// readability is third-party code run on hostile input: a bug there
		// must come back as an error for this page, not kill the crawl.
		if r := recover(); r != nil {
			art, err = nil, &Error{URL: pageURL, Reason: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	u, perr := url.Parse(pageURL)
	if perr != nil {
		return nil, &Error{URL: pageURL, Reason: ReasonBadURL}
	}
	doc, reason := parse(body, opts)
	if reason != "" {
		return nil, &Error{URL: pageURL, Reason: reason}
	}
	pg := scanPage(doc, u) // before readability mutates the tree
	if pg.frameset {
		return nil, &Error{URL: pageURL, Reason: ReasonFrameset}
	}
	p := readability.NewParser()
	p.KeepClasses = true // cleanArticle reads them
	ra, rerr := p.ParseAndMutate(doc, u)
	if rerr != nil {
		ra = readability.Article{}
	}
	a := &Article{URL: pageURL, FieldSources: map[string]string{}}
	paras, boiler, credits := bodyParagraphs(ra, pg, opts)
	a.setText(paras)
	a.CreditLines = credits
	if a.WordCount == 0 || utf8.RuneCountInString(a.Text) < minArticleRunes {
		// A listing lists: a page of two links is just empty.
		if len(pg.links) >= minListingLinks && classify(pg, a) == TypeListing {
			return nil, &Error{URL: pageURL, Reason: ReasonListing}
		}
		return nil, &Error{URL: pageURL, Reason: whyNoText(pg)}
	}
	a.Boilerplate = mergeBoilerplate(boiler, pg.disclaimers)
	inArticle := articleLinks(ra.Node, pg.base)
	a.Links = pg.links
	a.Notes = pg.notes
	for i := range a.Links {
		a.Links[i].InArticle = inArticle[a.Links[i].URL]
	}
	a.setMetadata(pg, ra)
	a.References, a.Ignored = findReferences(pg, a.Links, u)
	a.UnlinkedLabel = unlinkedLabel(pg, a.References)
	a.Type = classify(pg, a)
	return a, nil
}

// unlinkedLabel is the page's first bare source label when no reference
// carries a label: one that did would have been its link.
func unlinkedLabel(pg *page, refs []Reference) string {
	for _, r := range refs {
		if r.Kind == KindLabelled {
			return ""
		}
	}
	if len(pg.bareLabels) == 0 {
		return ""
	}
	return strings.TrimRight(pg.bareLabels[0], " :：")
}

// parse bounds the input and parses it; it returns a reason when it
// refuses the page.
func parse(body []byte, opts Options) (*html.Node, string) {
	body = text.ClipBytes(body, opts.MaxBytes)
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, ReasonEmpty
	}
	if maxDepth(body, opts.MaxDepth) > opts.MaxDepth {
		return nil, ReasonTooDeep
	}
	if !utf8.Valid(body) {
		body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements exceeds") {
			return nil, ReasonTooDeep // the parser's own nesting bound (512)
		}
		return nil, "unparsable HTML: " + err.Error()
	}
	return doc, ""
}

// bodyParagraphs renders readability's body as paragraphs, cleaned, and
// returns the boilerplate paragraphs and the credit lines it removed.
func bodyParagraphs(ra readability.Article, pg *page, opts Options) (paras, boiler, credits []string) {
	if ra.Node != nil {
		if !opts.NoCleaning {
			cleanArticle(ra.Node)
		}
		var b strings.Builder
		if err := ra.RenderText(&b); err == nil {
			paras = splitParagraphs(b.String())
		}
	}
	paras, boiler = stripBoilerplate(paras)
	if !opts.NoCleaning {
		paras, credits = tidyParagraphs(paras, titleGuess(pg, ra))
		var refLines []string
		paras, refLines = dropReferenceLines(paras, pg)
		credits = append(credits, refLines...)
	}
	return paras, boiler, credits
}

// whyNoText tells an SPA shell and an empty page from a page whose text is
// not an article.
func whyNoText(pg *page) string {
	switch {
	case pg.scripts > 0 && pg.textRunes < 2*minArticleRunes:
		return ReasonSPAShell
	case pg.textRunes+pg.linkRunes == 0:
		return ReasonEmpty
	}
	return ReasonNoArticle
}

// splitParagraphs turns readability's rendered text into trimmed
// paragraphs: every non-empty line is one.
func splitParagraphs(s string) []string {
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		line = collapseSpace(line)
		if line != "" {
			out = append(out, line)
		}
	}
	return out
}

// collapseSpace trims s and turns each run of white space into one space.
func collapseSpace(s string) string {
	clean := true
	prevSpace := true // a leading space is not clean either
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Join(strings.Fields(s), " ") // rare Unicode spaces: take the slow path
		}
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
		if sp && (prevSpace || c != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	if clean && s == "" {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// titleGuess is the headline as the page states it, for spotting its
// repetition at the top of the body.
func titleGuess(pg *page, ra readability.Article) string {
	if pg.ld.headline != "" {
		return pg.ld.headline
	}
	if t := pg.meta["og:title"]; t != "" {
		return t
	}
	return ra.Title()
}
