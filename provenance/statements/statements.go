// Package statements finds the quotes and attributed statements of a text,
// resolves who made them, and checks a copy's statements against a source.
package statements

import (
	"github.com/provcheck/provcheck/provenance/text"
)

// Kind tells a direct quote from reported speech, and both from a stance.
type Kind string

// Kinds of statement. A Stance credits an act, an attitude or an
// appearance to someone ("voters backed Sanders", "the deal seemed to
// stall") without putting words in a mouth: Find reports stances, but
// Compare does not check them, since a copy may reword an act freely.
const (
	Direct   Kind = "direct"
	Reported Kind = "reported"
	Stance   Kind = "stance"
)

// Verdict is what the source says about a statement of the copy.
type Verdict string

// Verdicts.
const (
	Verbatim      Verdict = "verbatim"
	Altered       Verdict = "altered"
	Paraphrased   Verdict = "paraphrased"
	NotFound      Verdict = "not_found"
	Misattributed Verdict = "misattributed"
)

// Speaker is who a statement is attributed to, as resolved across the text.
type Speaker struct {
	Name        string `json:"name"`
	Title       string `json:"title,omitempty"`
	Affiliation string `json:"affiliation,omitempty"`
	Kind        string `json:"kind"` // person | organization | unknown
}

// Statement is a quote or attributed claim found in one text.
type Statement struct {
	Kind    Kind      `json:"kind"`
	Content text.Span `json:"content"` // the quoted words or the reported clause
	Cue     string    `json:"cue,omitempty"`
	Speaker *Speaker  `json:"speaker,omitempty"`
	Hedges  []string  `json:"hedges,omitempty"`
	// SpeakerSpan is the mention naming the speaker in this statement's
	// attribution ("he", "Vecchi", "the company"); nil when none is written.
	SpeakerSpan *text.Span `json:"speaker_span,omitempty"`
	// CueSpan is where Cue stands in the text; nil for a quote that has none.
	CueSpan *text.Span `json:"cue_span,omitempty"`
	// Linked marks a quote with no attribution of its own that continues the
	// previous quote's speaker ("“A,” he said. “B.”").
	Linked bool `json:"linked,omitempty"`
}

// DiffOp is one step of a word-level diff from source to copy.
type DiffOp struct {
	Op   string `json:"op"` // equal | insert | delete
	Text string `json:"text"`
}

// Check is the verdict on one statement of the copy.
type Check struct {
	Kind         Kind      `json:"kind"`
	Text         string    `json:"text"`
	Span         text.Span `json:"span"`
	Speaker      string    `json:"speaker"`
	SpeakerTitle string    `json:"speaker_title"`
	Verdict      Verdict   `json:"verdict"`
	Source       *Source   `json:"source"`
	Diff         []DiffOp  `json:"diff,omitempty"`
}

// Source is the passage of the original that best matches a statement.
type Source struct {
	Span         text.Span `json:"span"`
	Kind         string    `json:"kind"` // direct | reported | unattributed
	Speaker      string    `json:"speaker"`
	SpeakerTitle string    `json:"speaker_title"`
}
