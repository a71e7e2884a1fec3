package statements

import (
	"cmp"
	"slices"
	"sort"

	"github.com/provcheck/provcheck/provenance/text"
)

// Credits in the copy. A copy credits its sources in words that look like
// reported speech ("Originally reported by Ana Ruiz for the Gazette",
// "confirming an earlier FT report") but state nothing of the story: the
// caller's credit check knows them (Options.Credits), so their statements
// are not checked and their names are no facts a sentence adds.

// creditSpans are opts.Credits as spans of d, clipped to its text, sorted
// and merged, so inCredit finds the one that may hold a range by search.
func creditSpans(d *doc, rs []text.Range) []span {
	var out []span
	for _, r := range rs {
		if s, e := max(r.Start, 0), min(r.End, len(d.s)); s < e {
			out = append(out, span{s, e})
		}
	}
	slices.SortFunc(out, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	merged := out[:0]
	for _, c := range out {
		if n := len(merged); n > 0 && c.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, c.end)
			continue
		}
		merged = append(merged, c)
	}
	return merged
}

// inCredit reports whether the byte range [start, end) lies in a credit.
func (d *doc) inCredit(start, end int) bool {
	k := sort.Search(len(d.credits), func(i int) bool { return d.credits[i].start > start }) - 1
	return k >= 0 && end <= d.credits[k].end
}

// uncredited drops the statements whose content lies in a credit of the
// copy: the words credit a source, they are no claim of the story.
func uncredited(d *doc, sts []Statement) []Statement {
	if len(d.credits) == 0 {
		return sts
	}
	out := sts[:0]
	for _, st := range sts {
		if !d.inCredit(d.runes.ByteOffset(st.Content.Start), d.runes.ByteOffset(st.Content.End)) {
			out = append(out, st)
		}
	}
	return out
}

// storyTokens are the tokens of sentence s of d outside its credits: the
// words a sentence's facts are read from.
func storyTokens(d *doc, s span) []text.Token {
	ts := sentenceTokens(d, s)
	if len(d.credits) == 0 {
		return ts
	}
	out := make([]text.Token, 0, len(ts))
	for _, t := range ts {
		if !d.inCredit(t.Start, t.End) {
			out = append(out, t)
		}
	}
	return out
}
