// Package extract turns a web page into the article it carries: body text
// with paragraph boundaries, metadata with where each field came from, every
// link of the page, and the references it gives for its source.
package extract

import (
	"time"

	"github.com/provcheck/provcheck/provenance/text"
)

// Article is what a page says, as provcheck compares it.
type Article struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	SiteName  string `json:"site_name"`
	Published string `json:"published"` // RFC 3339 when the date could be parsed, else as written
	Language  string `json:"language"`
	Image     string `json:"image,omitempty"`
	Canonical string `json:"canonical,omitempty"`
	// FieldSources says where each metadata field came from, e.g.
	// "title": "json-ld", "byline": "readability", "published": "meta:article:published_time".
	FieldSources map[string]string `json:"field_sources"`
	// Type is "article" for an article page, "listing" for a homepage, tag or
	// section page, "unknown" when the page does not say and layout cannot tell.
	Type string `json:"type"`
	// Text is the body: paragraphs separated by a blank line, boilerplate removed.
	Text       string      `json:"text"`
	Paragraphs []text.Span `json:"-"`
	WordCount  int         `json:"word_count"`
	// Boilerplate lists the aggregator disclaimers and share blocks that were
	// stripped from Text.
	Boilerplate []string `json:"boilerplate,omitempty"`
	// CreditLines are the short bylines, credit lines and datelines
	// ("First published by the Ledger", "Reporting by Ana Ruiz"), and the
	// lines that only label and link the page's sources ("Reference:
	// https://…"), dropped from Text as page furniture: they are no story
	// text, but a credit check must read them.
	CreditLines []string `json:"credit_lines,omitempty"`
	// Notes are the captions, asides, small-print lines and footers of the
	// whole page, where partners credit the original and readability drops.
	Notes      []Note      `json:"-"`
	Links      []Link      `json:"-"`
	References []Reference `json:"references"`
	// UnlinkedLabel is a source label ("Reference") that stands on the page
	// with no link when no labelled reference was found: the page names a
	// source it does not link, as a copy that lost its hyperlinks does.
	UnlinkedLabel string `json:"unlinked_label,omitempty"`
	// Ignored are the labelled links that are no reference: they point at
	// the page itself or its own site, or are no web address.
	Ignored     []IgnoredReference `json:"ignored_references,omitempty"`
	PublishedAt time.Time          `json:"-"` // zero when unknown
}

// Link is one anchor of the page, anywhere on it.
type Link struct {
	URL       string // absolute
	Text      string // anchor text, whitespace collapsed
	Rel       string
	InArticle bool // inside the extracted article body
}

// Reference is a page the article names as its source.
type Reference struct {
	URL        string  `json:"url"`
	Kind       string  `json:"kind"` // see the Kind* constants
	Text       string  `json:"text"` // the anchor text or label that named it
	Confidence float64 `json:"confidence"`
}

// IgnoredReference is a link a source label names that cannot be the
// page's source, and why.
type IgnoredReference struct {
	URL    string `json:"url"`
	Text   string `json:"text"`   // the label
	Reason string `json:"reason"` // one of the Ignored* reasons
}

// Reasons an IgnoredReference gives.
const (
	IgnoredSelf     = "points at the page itself"
	IgnoredSameSite = "points at the page's own site"
	IgnoredNotWeb   = "is no http(s) address"
	IgnoredRelative = "is a relative link, which a saved page cannot resolve to a site"
)

// Page types an Article's Type takes.
const (
	TypeArticle = "article" // one article
	TypeListing = "listing" // a homepage, section or tag page
	TypeUnknown = "unknown" // the page does not say and its layout cannot tell
)

// Kinds of reference, by how the page named it.
const (
	KindLabelled          = "labelled"         // anchor labelled or preceded by Reference/Source/Via/...
	KindCanonical         = "canonical"        // <link rel=canonical> pointing to another site
	KindOGURL             = "og-url"           // og:url pointing to another site
	KindJSONLDBasedOn     = "jsonld-isbasedon" // JSON-LD isBasedOn
	KindJSONLDCitation    = "jsonld-citation"  // JSON-LD citation
	KindOriginalSource    = "meta-original-source"
	KindSyndicationSource = "meta-syndication-source"
	KindPublisherLink     = "publisher-link" // anchor text names a publisher
	KindLastLink          = "last-link"      // among the last links of the article body
)

// Error reports a page from which no article could be extracted.
type Error struct {
	URL    string
	Reason string
}

func (e *Error) Error() string { return "extract " + e.URL + ": " + e.Reason }
