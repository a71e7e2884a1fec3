package finding

import "slices"

// The finding codes. Each is documented in the README (generated from
// Codes) and in report/schema.json.
const (
	// Fetching and input.
	TargetUnreadable          Code = "target-unreadable"
	SourceUnreadable          Code = "source-unreadable"
	SourceUnrelated           Code = "source-unrelated"
	ReferenceFetchFailed      Code = "reference-fetch-failed"
	ReferenceBlocked          Code = "reference-blocked-address"
	ReferenceRobotsDisallowed Code = "reference-robots-disallowed"
	ReferenceNotHTML          Code = "reference-not-html"
	ReferenceUnverifiable     Code = "reference-unverifiable"
	ExtractionFailed          Code = "extraction-failed"
	AggregatorBoilerplate     Code = "aggregator-boilerplate"

	// Original selection.
	NoReference         Code = "no-reference"
	OriginalNotFound    Code = "original-not-found"
	ReferenceUnrelated  Code = "reference-unrelated"
	ReferenceNotArticle Code = "reference-not-article"
	ReferenceIsCopy     Code = "reference-is-copy"
	ChainDepthExceeded  Code = "chain-depth-exceeded"
	OriginalIsCopy      Code = "original-is-copy"
	ReuseVerbatim       Code = "reuse-verbatim"
	ReuseRewritten      Code = "reuse-rewritten"

	// Statements.
	QuoteAltered            Code = "quote-altered"
	QuoteNotFound           Code = "quote-not-found"
	QuoteMisattributed      Code = "quote-misattributed"
	QuoteParaphrased        Code = "quote-paraphrased"
	StatementNotFound       Code = "statement-not-found"
	StatementMisattributed  Code = "statement-misattributed"
	StatementAltered        Code = "statement-altered"
	ClaimAttributedToPerson Code = "claim-attributed-to-person"
	AttributionDropped      Code = "attribution-dropped"
	SpeakerTitleChanged     Code = "speaker-title-changed"
	QuoteMarksAdded         Code = "quote-marks-added"
	QuoteMarksDropped       Code = "quote-marks-dropped"
	QuoteElided             Code = "quote-elided"
	HedgeStrengthened       Code = "hedge-strengthened"
	HedgeWeakened           Code = "hedge-weakened"
	HeadlineDrift           Code = "headline-drift"
	LeadDrift               Code = "lead-drift"
	FactDrift               Code = "fact-drift"

	// Credit.
	CreditMissing           Code = "credit-missing"
	CreditNoLink            Code = "credit-no-link"
	CreditPublisherNotNamed Code = "credit-publisher-not-named"
	CreditAuthorNotNamed    Code = "credit-author-not-named"
	UpstreamCreditDropped   Code = "upstream-credit-dropped"
	BylineClaimed           Code = "byline-claimed"

	// Policy.
	PolicyRewrittenShare Code = "policy-rewritten-share"
	PolicyMinContainment Code = "policy-min-containment"
)

type rule struct {
	severity    Severity
	description string
}

var rules = map[Code]rule{
	TargetUnreadable:          {Error, "The target page could not be fetched or read; nothing was checked."},
	SourceUnreadable:          {Error, "The original the user named (compare's SOURCE, --source, a post's front-matter source) could not be read; nothing was compared."},
	SourceUnrelated:           {Error, "The original the user named (compare's SOURCE, --source, a post's front-matter source) is unrelated to the copy; nothing was compared."},
	ReferenceFetchFailed:      {Warning, "A reference link could not be fetched (dead link, HTTP error, timeout)."},
	ReferenceBlocked:          {Warning, "A reference resolved to a private, loopback or link-local address and was refused (SSRF guard)."},
	ReferenceRobotsDisallowed: {Warning, "robots.txt of the reference's site disallows fetching it."},
	ReferenceNotHTML:          {Warning, "A reference answered with a non-HTML body (PDF, image, JSON)."},
	ReferenceUnverifiable:     {Warning, "A reference needs JavaScript or sits behind a consent wall or paywall; it cannot be compared."},
	ExtractionFailed:          {Warning, "No article text could be extracted from a page."},
	AggregatorBoilerplate:     {Info, "The page carries an automatic aggregator's disclaimer; it was stripped from the compared text."},
	NoReference:               {Warning, "The page names no reference to an original source."},
	OriginalNotFound:          {Warning, "No reference led to a page the copy derives from."},
	ReferenceUnrelated:        {Warning, "A reference was fetched but its text is unrelated to the copy."},
	ReferenceNotArticle:       {Warning, "A reference points at a homepage, tag or section page, not an article."},
	ReferenceIsCopy:           {Info, "A reference is itself a copy crediting another page; the chain was followed."},
	ChainDepthExceeded:        {Warning, "The chain of copies crediting copies was longer than the depth limit, or looped."},
	OriginalIsCopy:            {Warning, "The page taken as the original says in words that it republishes another publisher's story (\"first appeared in …\") and links no page of it; that first original was not found or checked."},
	ReuseVerbatim:             {Info, "The copy takes the original's text word for word (90% or more of what it takes is exact)."},
	ReuseRewritten:            {Info, "The copy takes the original's text rewritten (spun) in part or in whole."},
	QuoteAltered:              {Error, "A direct quote differs from the original's words (changed names, numbers or negations are errors)."},
	QuoteNotFound:             {Error, "A direct quote appears nowhere in the original: possibly fabricated."},
	QuoteMisattributed:        {Error, "A quote's words are in the original, but said by someone else."},
	QuoteParaphrased:          {Info, "A direct quote of the original is rendered as reported speech."},
	StatementNotFound:         {Warning, "An attributed statement has no support in the original."},
	StatementMisattributed:    {Error, "An attributed statement is in the original, but from another speaker."},
	StatementAltered:          {Error, "An attributed statement, verbatim or reworded, changes a number, name or negation of the original's."},
	ClaimAttributedToPerson:   {Error, "An unattributed sentence of the original is put in a named person's mouth."},
	AttributionDropped:        {Warning, "A statement attributed in the original is unattributed in the copy."},
	SpeakerTitleChanged:       {Warning, "A speaker's title or affiliation differs from the original's."},
	QuoteMarksAdded:           {Warning, "The copy puts quote marks around words the original did not quote."},
	QuoteMarksDropped:         {Info, "The copy drops the quote marks of a quotation of the original."},
	QuoteElided:               {Info, "A direct quote leaves out words with an ellipsis inside a negated clause; the sense may have changed."},
	HedgeStrengthened:         {Warning, "A hedged claim of the original is stated with more certainty."},
	HedgeWeakened:             {Info, "A firm claim of the original is hedged in the copy."},
	HeadlineDrift:             {Warning, "The headline changes the original's meaning: a name, number, date, negation, hedge or plan, a word of another meaning, or an added claim (not synonyms, spelling, number notation or site names)."},
	LeadDrift:                 {Warning, "The lead's names, numbers, dates, negations or hedges differ from the original's."},
	FactDrift:                 {Warning, "A sentence of the copy changes a number, name, date, negation or hedge of the original sentence it rewrites."},
	CreditMissing:             {Error, "The copy derives from the original but does not credit it."},
	CreditNoLink:              {Warning, "The copy names the original but does not link to it."},
	CreditPublisherNotNamed:   {Info, "The copy does not name the original's publisher."},
	CreditAuthorNotNamed:      {Info, "The copy does not name the original's author."},
	UpstreamCreditDropped:     {Warning, "The original credits an upstream source that the copy no longer names."},
	BylineClaimed:             {Warning, "The copy carries its own byline on copied work."},
	PolicyRewrittenShare:      {Warning, "More of the copy is rewritten than the policy's max_rewritten_share allows."},
	PolicyMinContainment:      {Warning, "The copy shares less with the source it names than the policy's min_containment; it was still compared."},
}

// Codes lists every documented code in a stable order.
func Codes() []Code {
	out := make([]Code, 0, len(rules))
	for c := range rules {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// Anchor is what a finding is about, and so what identifies it across
// runs (a CI baseline, SARIF fingerprints).
type Anchor int

const (
	// AnchorPassage: the finding is about its evidence passages (a quote,
	// a headline, a sentence); a changed passage is a new finding.
	AnchorPassage Anchor = iota
	// AnchorOriginal: the finding is about a passage of the original (an
	// upstream credit, a "first published by" line); the copy's passage
	// is shown only as context.
	AnchorOriginal
	// AnchorPage: the finding is about the page as a whole (its credit,
	// its byline, how much it reuses); the passage shown is one example,
	// the longest, and changes with edits anywhere in the page.
	AnchorPage
)

// Anchor says what a finding of code c is about.
func (c Code) Anchor() Anchor {
	switch c {
	case CreditMissing, BylineClaimed, ReuseVerbatim, ReuseRewritten:
		return AnchorPage
	case UpstreamCreditDropped, OriginalIsCopy:
		return AnchorOriginal
	}
	return AnchorPassage
}
