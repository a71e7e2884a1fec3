package match

import "github.com/provcheck/provcheck/provenance/text"

// Relation sums up how a copy relates to a source.
type Relation string

// Relations, from most to least derived.
const (
	Verbatim  Relation = "verbatim"
	Rewritten Relation = "rewritten"
	Partial   Relation = "partial"
	Unrelated Relation = "unrelated"
	Unknown   Relation = "unknown"
)

// PartialAt is the containment from which a copy derives from a source
// (partial); below it, and below the coverage rule, the source is unrelated.
const PartialAt = partialAt

// Kinds of aligned passage.
const (
	KindExact      = "exact"
	KindNear       = "near"
	KindParaphrase = "paraphrase"
)

// Options tunes alignment. The zero value is the documented default.
type Options struct {
	Language string // BCP 47; "" means English
}

// Result is the alignment of a copy against a source.
type Result struct {
	Relation       Relation  `json:"relation"`
	TakenShare     float64   `json:"taken_share"`     // share of the copy's words in passages from the source, verbatim or reworded
	Containment    float64   `json:"containment"`     // the same, each word weighted by how surely it was taken
	Coverage       float64   `json:"coverage"`        // share of the source's words reused in the copy
	VerbatimShare  float64   `json:"verbatim_share"`  // share of the copy's words in exact passages
	RewrittenShare float64   `json:"rewritten_share"` // share of the copy's words in near or paraphrase passages
	Passages       []Passage `json:"passages"`
}

// Passage is a stretch of the copy paired with the stretch of the source it
// comes from.
type Passage struct {
	Kind   string    `json:"kind"`
	Copy   text.Span `json:"copy"`
	Source text.Span `json:"source"`
	Score  float64   `json:"score"` // 0..1 similarity of the two spans
}
