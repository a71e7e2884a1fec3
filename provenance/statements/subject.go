package statements

// Noun phrases that name a speaker: before a verb, between commas, after
// an appositive.

import (
	"strings"
)

// gapClean reports whether only spaces separate tokens a and b (b > floor).
func (d *doc) gapClean(a, b, floor int) bool {
	if b <= floor {
		return true
	}
	return strings.TrimSpace(d.s[d.toks[a].End:d.toks[b].Start]) == ""
}

// commaSubject finds the speaker of a saying verb that follows a comma or
// dash closing an appositive ending at token k: the name between the
// commas ("The chairman, Phil Lovas, said"), else the name or speaker noun
// before the opening comma ("Derek Mitchell, who served …, said").
func commaSubject(d *doc, i0, k int) (int, int, bool) {
	if k+1 >= len(d.toks) || !clauseGap(d.s[d.toks[k].End:d.toks[k+1].Start]) {
		return 0, 0, false
	}
	a := k
	for a > i0 && a > k-30 && !clauseGap(d.s[d.toks[a-1].End:d.toks[a].Start]) {
		a--
	}
	if a <= i0 || a == k-30 {
		return 0, 0, false
	}
	for x := a; x <= k; x++ {
		if sayingVerbs[d.toks[x].Norm] || d.inQuote(d.toks[x].Start) >= 0 {
			return 0, 0, false // another attribution, or quoted words
		}
	}
	first := d.toks[a]
	if first.Number && a == k || first.Norm == "which" || first.Norm == "where" {
		// "Jill Chase, 27, a user in Kelby, said", "Jan Ode, an official at the
		// authority, which has a backlog, said": step over the age or the
		// relative clause to the name or appositive before it
		if s, e, ok := nounPhrase(d, i0, a-1); ok && d.toks[e-1].Capital && (s == i0 || clauseGap(d.s[d.toks[s-1].End:d.toks[s].Start])) {
			return s, e, true
		}
		return commaSubject(d, i0, a-1)
	}
	if first.Capital && (!notNames[first.Norm] || personTitles[first.Norm]) && k-a < 4 { // "Sandra Whitlock", "Dr Sandra Whitlock"
		for x := a + 1; x <= k; x++ {
			if !d.toks[x].Capital && !d.nameGap(x-1, x) {
				return 0, 0, false
			}
		}
		return a, k + 1, true
	}
	if !appositiveOpeners[first.Norm] && !isSpeakerNoun(first.Norm) && !isPossessive(first.Norm) {
		return 0, 0, false // a clause, not an appositive
	}
	s, e, ok := nounPhrase(d, i0, a-1)
	if !ok && first.Norm == "who" {
		s, e, ok = personPhrase(d, i0, a-1)
	}
	if !ok && d.toks[a-1].Number {
		return commaSubject(d, i0, a-1) // an age between the name and its role
	}
	if !ok || pronouns[d.toks[e-1].Norm] != "" || s > i0 && !clauseGap(d.s[d.toks[s-1].End:d.toks[s].Start]) {
		return 0, 0, false
	}
	return s, e, true
}

// personPhrase finds the noun phrase ending at token k that a "who" after
// it refers to: any noun, since "who" says it is a person ("The harbour
// master, who …"). The phrase opens its clause with a determiner and
// holds no verb.
func personPhrase(d *doc, i0, k int) (int, int, bool) {
	for s := k - 1; s >= i0 && s >= k-4 && d.gapClean(s, s+1, -1); s-- {
		t := d.toks[s]
		if nounMarker(t.Norm) && !isPossessive(t.Norm) || isPossessive(t.Norm) && s < k {
			ok := (s == i0 || clauseGap(d.s[d.toks[s-1].End:t.Start])) && !d.toks[k].Stop
			return s, k + 1, ok
		}
		if t.Stop || verbLike(d, s) || d.inQuote(t.Start) >= 0 {
			break
		}
	}
	return 0, 0, false
}

// clauseGap reports whether the text between two words closes a clause.
func clauseGap(gap string) bool {
	return strings.ContainsAny(gap, ",;—–") || strings.Contains(gap, "--")
}

// phraseBefore returns the start of the phrase between the last clause
// boundary (sentence start, comma, dash) and token c: "all the experts I
// interviewed", "Phil Lovas".
func phraseBefore(d *doc, i0, c int) (int, bool) {
	a := c
	for a > i0 && a > c-12 {
		gap := d.s[d.toks[a-1].End:d.toks[a].Start]
		if strings.ContainsAny(gap, ",;:—–()“”\"") || strings.Contains(gap, "--") {
			break
		}
		a--
	}
	if a == c || a > i0 && a == c-12 {
		return 0, false
	}
	for a < c && (d.toks[a].Norm == "and" || d.toks[a].Norm == "but" || d.toks[a].Norm == "who") {
		a++
	}
	return a, a < c
}

// subjectBefore finds a speaker noun phrase ending at token k: a pronoun, a
// name, or a determiner and a speaker noun ("the company"); a name followed
// by an appositive ("Jane Roe, the agency's head,") counts too.
func subjectBefore(d *doc, i0, k int) (int, int, bool) {
	gap := d.s[d.toks[k].End:nextStart(d, k)]
	if strings.Contains(gap, ",") {
		// an appositive closes here: find the name before its opening comma
		for a := k; a >= i0 && a > k-15; a-- {
			if a < k && strings.Contains(d.s[d.toks[a].End:d.toks[a+1].Start], ",") {
				if appositiveEnd(d, a+1) == k+1 {
					if s, e, ok := nounPhrase(d, i0, a); ok && d.toks[e-1].Capital {
						return s, e, true
					}
				}
				break
			}
		}
		return 0, 0, false
	}
	return nounPhrase(d, i0, k)
}

func nextStart(d *doc, k int) int {
	if k+1 < len(d.toks) {
		return d.toks[k+1].Start
	}
	return len(d.s)
}

func nounPhrase(d *doc, i0, k int) (int, int, bool) {
	head := d.toks[k]
	if _, ok := pronouns[head.Norm]; ok && head.Norm != "her" && head.Norm != "him" {
		return k, k + 1, true
	}
	if !head.Capital && !isSpeakerNoun(head.Norm) {
		return 0, 0, false
	}
	if head.Capital && notNames[head.Norm] {
		return 0, 0, false
	}
	a := k
	for a-1 >= i0 && (d.gapClean(a-1, a, i0-1) || d.nameGap(a-1, a)) && a > k-6 {
		p := d.toks[a-1]
		placeOf := p.Norm == "in" && a-2 >= i0 && (isSpeakerNoun(d.toks[a-2].Norm) || d.toks[a-2].Capital && a-2 > i0) // "police in Ulm", "Tom Reyes in Kelby"
		if p.Capital || head.Capital && nameParticles[p.Surface] || isSpeakerNoun(p.Norm) || isPossessive(p.Norm) || p.Norm == "of" || placeOf || (!head.Capital && !p.Stop && !auxVerbs[p.Norm] && cueVerbs[p.Norm] == "") {
			a--
			continue
		}
		if p.Norm == "the" || p.Norm == "a" || p.Norm == "an" || p.Norm == "another" || p.Norm == "one" || p.Norm == "two" || p.Norm == "some" || p.Norm == "many" || p.Norm == "several" || p.Norm == "other" {
			a--
		}
		break
	}
	for a < k && (d.toks[a].Norm == "of" || notNames[d.toks[a].Norm] && d.toks[a].Norm != "the") {
		a++
	}
	// "a spokesperson for the fund": the speaker is the noun before "for"
	if p := a - 1; !head.Capital && p-1 >= i0 && (d.toks[p].Norm == "for" || d.toks[p].Norm == "of") && isSpeakerNoun(d.toks[p-1].Norm) && d.gapClean(p-1, p, i0-1) && d.gapClean(p, a, i0-1) {
		if s, _, ok := nounPhrase(d, i0, p-1); ok {
			return s, k + 1, true
		}
	}
	return a, k + 1, true
}

func isSpeakerNoun(w string) bool {
	return speakerNouns[w] || titleNouns[w] || orgWords[w] || titleNouns[strings.TrimSuffix(w, "s")] || orgWords[strings.TrimSuffix(w, "s")] || agentNoun(w)
}

// agentNoun reports whether w, a plural, names people by what they do or
// where they are from: "economists", "historians", "investors",
// "migrants". Plurals in -ers name things as often ("numbers", "lockers")
// and are left to the word lists.
func agentNoun(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, suf := range []string{"ists", "ians", "ors", "ants"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nameGap accepts the period of an honorific or initial inside a name
// ("Mr. Burman", "Leonard E. Burman").
func (d *doc) nameGap(a, b int) bool {
	gap := d.s[d.toks[a].End:d.toks[b].Start]
	if isHyphen(gap) || gap == " " && nameParticles[d.toks[a].Surface] {
		return d.toks[b].Capital || nameParticles[d.toks[b].Surface] // "Okonkwo-Hale", "de la Cruz"
	}
	if gap != ". " {
		return false
	}
	return personTitles[d.toks[a].Norm] || isInitials(d.toks[a].Surface) && d.toks[a].Capital
}

func isAdjectiveLike(w string) bool {
	for _, suf := range []string{"al", "ic", "an", "ish", "ive", "ior", "ary"} {
		if strings.HasSuffix(w, suf) && len(w) > 4 {
			return true
		}
	}
	return false
}
