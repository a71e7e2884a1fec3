// Package finding defines what a check reports: a finding names the rule that
// fired, its severity and the evidence in both texts. Codes are stable
// kebab-case strings; renaming one is a breaking change of the JSON schema.
package finding

import (
	"sort"

	"github.com/provcheck/provcheck/provenance/text"
)

// Severity ranks findings: an error fails the check, a warning flags it for
// an editor, info is a signal without judgement.
type Severity string

// Severities, from most to least serious.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Rank orders severities: higher is more serious.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Info:
		return 1
	}
	return 0
}

// Code identifies the rule behind a finding.
type Code string

// Finding is one claim of the report with the evidence that supports it.
type Finding struct {
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Evidence Evidence `json:"evidence"`
}

// Evidence lets an editor verify a finding in seconds: the copy's passage,
// the source's passage (both with offsets into the extracted texts shown in
// the report), the URL concerned, and the rule's own detail.
type Evidence struct {
	Copy   *text.Span `json:"copy,omitempty"`
	Source *text.Span `json:"source,omitempty"`
	URL    string     `json:"url,omitempty"`
	Detail string     `json:"detail,omitempty"`
	// In names the field the spans index into: "" for the texts
	// (article.text, original.text), "title" for the titles.
	In string `json:"in,omitempty"`
}

// New returns a finding of code c at the code's default severity.
func New(c Code, message string, ev Evidence) Finding {
	return Finding{Code: c, Severity: c.DefaultSeverity(), Message: message, Evidence: ev}
}

// DefaultSeverity is the severity a code has unless a policy says otherwise.
func (c Code) DefaultSeverity() Severity {
	if r, ok := rules[c]; ok {
		return r.severity
	}
	return Warning
}

// Description is the one-line meaning of a code, as documented in the README.
func (c Code) Description() string { return rules[c].description }

// Known reports whether c is a documented code.
func (c Code) Known() bool { _, ok := rules[c]; return ok }

// Sort orders findings by severity (most serious first), then by their
// position in the copy, then by code, so reports are deterministic.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Severity.Rank() != b.Severity.Rank() {
			return a.Severity.Rank() > b.Severity.Rank()
		}
		if pa, pb := copyStart(a), copyStart(b); pa != pb {
			return pa < pb
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Message < b.Message
	})
}

// Max returns the most serious severity among fs, or "" when fs is empty.
func Max(fs []Finding) Severity {
	var m Severity
	for _, f := range fs {
		if f.Severity.Rank() > m.Rank() {
			m = f.Severity
		}
	}
	return m
}

func copyStart(f Finding) int {
	if f.Evidence.Copy == nil {
		return -1
	}
	return f.Evidence.Copy.Start
}
