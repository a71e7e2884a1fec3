package statements

import (
	"fmt"
	"strings"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// leadWindow is how many opening sentences of the original the copy's lead
// may rewrite.
const leadWindow = 4

// minLeadOverlap is the share of the lead's content words the original's
// sentence must hold to be the one the lead rewrites.
const minLeadOverlap = 0.5

// LeadDrift reports the key facts of the copy's lead, its first sentence,
// that differ from the sentence of the original's opening it rewrites:
// numbers, dates, names and negations added, dropped or changed, and a
// change of certainty ("could walk out" to "will walk out"). A lead whose
// facts a finding of Compare already questions (already) is left to it.
// Evidence spans are code-point offsets into the two texts.
func LeadDrift(copyText, sourceText string, already []finding.Finding) []finding.Finding {
	cd, sd := newDoc(copyText, ""), newDoc(sourceText, "")
	if len(cd.sents) == 0 || len(sd.sents) == 0 {
		return nil
	}
	lead := cd.sents[0]
	leadSpan := cd.span(lead.start, lead.end)
	for _, f := range already {
		if f.Evidence.Copy != nil && f.Evidence.Copy.Start < leadSpan.End && leadSpan.Start < f.Evidence.Copy.End && factCode(f.Code) {
			return nil
		}
	}
	ct := text.Tokenize(copyText[lead.start:lead.end], "")
	src, ok := rewrittenSentence(sd, ct)
	if !ok {
		return nil
	}
	st := text.Tokenize(sourceText[src.start:src.end], "")
	// a lead shortens its original, so a fact left out is no drift; a
	// fact the original never gives anywhere, or a change of certainty, is
	inOriginal := map[string]bool{}
	for _, t := range sd.toks {
		inOriginal[t.Stem] = true
	}
	var changes []headlineChange
	for _, c := range headlineChanges(st, ct) {
		var invented []int
		for _, k := range c.cp {
			if !inOriginal[ct[k].Stem] && !inOriginal[strings.TrimSuffix(ct[k].Norm, "'s")] {
				invented = append(invented, k)
			}
		}
		if c.hedge || weighty(ct, invented) {
			changes = append(changes, c)
		}
	}
	if len(changes) == 0 {
		return nil
	}
	cs := shifted(cd, lead.start, stretchOf(text.NewRunes(copyText[lead.start:lead.end]), ct, changes, func(c headlineChange) []int { return c.cp }, lead.end-lead.start))
	ss := shifted(sd, src.start, stretchOf(text.NewRunes(sourceText[src.start:src.end]), st, changes, func(c headlineChange) []int { return c.src }, src.end-src.start))
	list := make([]string, len(changes))
	for i, c := range changes {
		list[i] = c.describe(ct, st)
	}
	return []finding.Finding{finding.New(finding.LeadDrift,
		fmt.Sprintf("The lead says %q where the original says %q.", cs.Text, ss.Text),
		finding.Evidence{Copy: &cs, Source: &ss, Detail: "rule=lead-drift: " + strings.Join(list, "; ")})}
}

// factCode reports whether a finding already questions a passage's facts.
func factCode(c finding.Code) bool {
	switch c {
	case finding.StatementAltered, finding.QuoteAltered, finding.HedgeStrengthened, finding.HedgeWeakened:
		return true
	}
	return false
}

// rewrittenSentence finds, among the original's opening sentences, the one
// holding most of the lead's content words, if it holds at least
// minLeadOverlap of them.
func rewrittenSentence(sd *doc, ct []text.Token) (span, bool) {
	words := map[string]bool{}
	for _, t := range ct {
		if k, ok := indexKey(t); ok {
			words[k] = true
		}
	}
	if len(words) == 0 {
		return span{}, false
	}
	best, bestShare := span{}, 0.0
	for _, s := range sd.sents[:min(leadWindow, len(sd.sents))] {
		have := map[string]bool{}
		for _, t := range text.Tokenize(sd.s[s.start:s.end], "") {
			if k, ok := indexKey(t); ok && words[k] {
				have[k] = true
			}
		}
		if share := float64(len(have)) / float64(len(words)); share > bestShare {
			best, bestShare = s, share
		}
	}
	return best, bestShare >= minLeadOverlap
}

// shifted moves a span of a sentence (code points from its start) to the
// whole text's code points.
func shifted(d *doc, start int, sp text.Span) text.Span {
	base := d.runes.Index(start)
	return d.span(d.runes.ByteOffset(base+sp.Start), d.runes.ByteOffset(base+sp.End))
}
