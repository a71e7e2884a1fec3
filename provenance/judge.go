package provenance

import (
	"fmt"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
)

// judge sorts the findings and sets the verdict from the most serious one.
func judge(r *Report) {
	if r.Findings == nil {
		r.Findings = []finding.Finding{}
	}
	if r.References == nil {
		r.References = []Reference{}
	}
	if r.Reuse.Passages == nil {
		r.Reuse.Passages = []match.Passage{}
	}
	finding.Sort(r.Findings)
	r.Verdict = VerdictOf(r.Findings)
}

// VerdictOf is the verdict a set of findings earns: fail on any error,
// warn on any warning, pass otherwise.
func VerdictOf(fs []finding.Finding) Verdict {
	switch finding.Max(fs) {
	case finding.Error:
		return Fail
	case finding.Warning:
		return Warn
	}
	return Pass
}

// reuseFindings says, with the longest passage as evidence, how the copy was
// made from the original.
func reuseFindings(al match.Result) []finding.Finding {
	var code finding.Code
	switch al.Relation {
	case match.Verbatim:
		code = finding.ReuseVerbatim
	case match.Rewritten:
		code = finding.ReuseRewritten
	default:
		return nil
	}
	msg := fmt.Sprintf("%.0f%% of the copy comes from the original (%.0f%% verbatim, %.0f%% rewritten); it reuses %.0f%% of the original",
		100*al.TakenShare, 100*al.VerbatimShare, 100*al.RewrittenShare, 100*al.Coverage)
	ev := finding.Evidence{Detail: fmt.Sprintf("relation %s", al.Relation)}
	if p := longest(al.Passages); p != nil {
		ev.Copy, ev.Source = &p.Copy, &p.Source
	}
	return []finding.Finding{finding.New(code, msg, ev)}
}

func longest(ps []match.Passage) *match.Passage {
	var best *match.Passage
	for i := range ps {
		if best == nil || ps[i].Copy.End-ps[i].Copy.Start > best.Copy.End-best.Copy.Start {
			best = &ps[i]
		}
	}
	return best
}
