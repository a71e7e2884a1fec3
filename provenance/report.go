// Package provenance checks an article republished by an aggregator against
// the original it derives from: it finds the original among the references
// the page gives, measures the reuse, checks every quote and attributed
// statement and the credit, and judges the result.
//
// Data flows one way: crawler (pages) → provenance (this package and its
// sub-packages extract, text, match, statements, finding) → report (writers).
package provenance

import (
	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
	"github.com/provcheck/provcheck/provenance/statements"
)

// Verdict is the outcome of checking one target.
type Verdict string

// Verdicts: pass (nothing worse than info), warn (warnings), fail (an error
// finding), error (the tool could not check the target).
const (
	Pass    Verdict = "pass"
	Warn    Verdict = "warn"
	Fail    Verdict = "fail"
	Errored Verdict = "error"
)

// Report is everything provcheck found about one target. It is the single
// value every output format renders.
type Report struct {
	Target      string             `json:"target"`
	Verdict     Verdict            `json:"verdict"`
	Error       string             `json:"error,omitempty"`
	Article     *Page              `json:"article"`
	References  []Reference        `json:"references"`
	Original    *Original          `json:"original"`
	Reuse       match.Result       `json:"reuse"`
	Statements  []statements.Check `json:"statements"`
	Attribution Attribution        `json:"attribution"`
	Findings    []finding.Finding  `json:"findings"`
	// Suppressed counts the findings a CI baseline accepted: they are left
	// out of Findings and of the verdict, and counted so that an accepted
	// page does not read as a clean one.
	Suppressed int   `json:"suppressed,omitempty"`
	DurationMS int64 `json:"duration_ms"`
	// Accepted are those findings, for --write-baseline to record again.
	Accepted []finding.Finding `json:"-"`
}

// Page describes an extracted page: its metadata, the text that every offset
// of the report points into, and the evidence of its fetch.
type Page struct {
	URL          string            `json:"url"`
	FinalURL     string            `json:"final_url"`
	Title        string            `json:"title"`
	Byline       string            `json:"byline"`
	SiteName     string            `json:"site_name"`
	Published    string            `json:"published"`
	Language     string            `json:"language"`
	Image        string            `json:"image,omitempty"`
	Canonical    string            `json:"canonical,omitempty"`
	Type         string            `json:"type"`
	WordCount    int               `json:"word_count"`
	FieldSources map[string]string `json:"field_sources"`
	Boilerplate  []string          `json:"boilerplate,omitempty"`
	Text         string            `json:"text"`
	Fetch        *crawler.Page     `json:"fetch"`
}

// Reference is one page the target names as its source, and what happened
// when provcheck followed it.
type Reference struct {
	URL         string        `json:"url"`
	Kind        string        `json:"kind"`
	Text        string        `json:"text"`
	Confidence  float64       `json:"confidence"`
	Status      string        `json:"status"` // fetched | failed | skipped
	Error       string        `json:"error,omitempty"`
	ErrorKind   string        `json:"error_kind,omitempty"`
	HTTPStatus  int           `json:"http_status,omitempty"`
	PageType    string        `json:"page_type,omitempty"`
	Relation    string        `json:"relation,omitempty"`
	Containment float64       `json:"containment"`
	FoundOn     string        `json:"found_on,omitempty"` // the page naming it, when not the target
	Fetch       *crawler.Page `json:"fetch,omitempty"`
}

// Reference statuses.
const (
	RefFetched = "fetched"
	RefFailed  = "failed"
	RefSkipped = "skipped"
)

// Original is the page the copy derives from, and the chain of pages that
// led to it.
type Original struct {
	Page
	FoundVia string      `json:"found_via"`
	Chain    []ChainLink `json:"chain"`
}

// ChainLink is one page on the way from the target to its original: the
// target first, the original last.
type ChainLink struct {
	URL      string `json:"url"`
	Title    string `json:"title"`
	SiteName string `json:"site_name"`
	Via      string `json:"via"` // the reference kind that led here; "target" for the first link
}

// Attribution is the credit check: does the copy credit its original?
type Attribution struct {
	Verdict         string   `json:"verdict"` // credited | partial | missing | wrong | unknown
	LinksToOriginal bool     `json:"links_to_original"`
	LinksToChain    bool     `json:"links_to_chain"` // links to a republisher between the copy and the original
	NamesPublisher  bool     `json:"names_publisher"`
	NamesAuthor     bool     `json:"names_author"`
	UpstreamCredits []Credit `json:"upstream_credits"`
	BylineClaimed   bool     `json:"byline_claimed"`
	// The evidence for the booleans above: the link that counted as the
	// link to the original, and where the copy's page names the publisher
	// and the author. Absent when the copy does not.
	Link      *CreditMatch `json:"link,omitempty"`
	Publisher *CreditMatch `json:"publisher,omitempty"`
	Author    *CreditMatch `json:"author,omitempty"`
}

// CreditMatch is where the copy's page credits the original: which name
// (or link) was found, as written, and in which part of the page.
type CreditMatch struct {
	Name  string `json:"name"`          // the name looked for: the original's site name or author, or its URL for a link
	Found string `json:"found"`         // the words as the copy writes them ("Harbor Ledger", "THL"), or a link's anchor text
	Where string `json:"where"`         // see the Where* constants, or "figcaption", "aside", "small", "footer", "credit"
	Text  string `json:"text"`          // the line around it, cut to about 80 bytes each side
	URL   string `json:"url,omitempty"` // the link's target, for a link or a link's text
}

// Credit is a source the original itself credits ("according to the
// Financial Times") and whether the copy kept it.
type Credit struct {
	Name string `json:"name"`
	Kept bool   `json:"kept"`
}

// Attribution verdicts.
const (
	Credited        = "credited"
	PartlyCredited  = "partial"
	Uncredited      = "missing"
	WronglyCredited = "wrong"
	CreditUnknown   = "unknown"
)
