package statements

import (
	"fmt"
	"slices"
	"strings"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// HeadlineDrift reports, in one finding, the changes of meaning between a
// copy's title and the original's: names, numbers, dates and negations
// added, dropped or changed, content words swapped for words of another
// meaning, and claims added ("Surging"). Function words, reordering, Title
// Case, headline synonyms ("probe" for "investigation") and filler are no
// change, nor is a name or number the original's text (sourceText) gives
// ("£6.4m" from "£6.4 million"). The evidence spans run from the first to
// the last changed word of each title (offsets into the titles); the
// detail lists every change.
func HeadlineDrift(copyTitle, sourceTitle, sourceText string) []finding.Finding {
	if strings.TrimSpace(copyTitle) == "" || strings.TrimSpace(sourceTitle) == "" {
		return nil
	}
	ct, st := text.Tokenize(copyTitle, ""), text.Tokenize(sourceTitle, "")
	if len(ct) > maxTitleTokens || len(st) > maxTitleTokens {
		return nil // a page's text taken for its title is no headline to diff
	}
	// In Title Case every word is capitalised: capitals name no one there.
	if titleCase(ct) || titleCase(st) {
		ct, st = lowerCapitals(ct), lowerCapitals(st)
	}
	changes := knownFactsDropped(headlineChanges(st, ct), ct, func() map[string]bool { return factsOf(text.Tokenize(sourceText, "")) })
	if len(changes) == 0 {
		return nil
	}
	cs := stretchOf(text.NewRunes(copyTitle), ct, changes, func(c headlineChange) []int { return c.cp }, len(copyTitle))
	ss := stretchOf(text.NewRunes(sourceTitle), st, changes, func(c headlineChange) []int { return c.src }, len(sourceTitle))
	list := make([]string, len(changes))
	for i, c := range changes {
		list[i] = c.describe(ct, st)
	}
	return []finding.Finding{finding.New(finding.HeadlineDrift,
		fmt.Sprintf("The headline says %q where the original says %q.", cs.Text, ss.Text),
		finding.Evidence{Copy: &cs, Source: &ss, Detail: "rule=headline-drift: " + strings.Join(list, "; ")})}
}

// maxTitleTokens bounds the titles HeadlineDrift diffs, as maxDriftTokens
// the sentences KeyFactDrift does: the diff takes time in the cube of
// their length at worst. Headlines run to a few dozen words.
const maxTitleTokens = 200

// headlineChange is one meaning-bearing difference of two titles: the
// indexes of the copy's and the source's tokens involved (either may be
// empty).
type headlineChange struct {
	cp, src []int
	hedge   bool // a change of certainty ("may" to "will")
}

func (c headlineChange) describe(ct, st []text.Token) string {
	words := func(ts []text.Token, ix []int) string {
		if len(ix) == 0 {
			return "(none)"
		}
		w := make([]string, len(ix))
		for i, k := range ix {
			w[i] = ts[k].Surface
		}
		return strings.Join(w, " ")
	}
	return words(ct, c.cp) + " ← " + words(st, c.src)
}

// headlineChanges diffs the titles by stems and keeps the stretches whose
// changed words carry meaning; swaps come first, then additions, then
// removals, each in title order. Each title's stems are looked up in a set
// of the other's, so a title of a whole page costs no more than its length.
func headlineChanges(st, ct []text.Token) []headlineChange {
	a, b := stems(st), stems(ct)
	inA, inB := wordsIn(a), wordsIn(b)
	var swaps, added, dropped []headlineChange
	for _, op := range opCodes(a, b) {
		if op.Tag == 'e' {
			continue
		}
		// a word found anywhere in the other title only moved
		src, cp := missing(st, op.I1, op.I2, inB), missing(ct, op.J1, op.J2, inA)
		// a headline synonym ("investigation" for "probe") changes nothing,
		// wherever in the other title it stands
		src, cp = unpaired(st, src, inB), unpaired(ct, cp, inA)
		switch {
		case len(src) > 0 && len(cp) > 0:
			swaps = append(swaps, headlineChange{cp: cp, src: src})
		case len(cp) > 0:
			if weighty(ct, cp) || claims(ct, cp) {
				added = append(added, headlineChange{cp: cp})
			}
		case len(src) > 0:
			if weighty(st, src) {
				dropped = append(dropped, headlineChange{src: src})
			}
		}
	}
	all := append(append(swaps, added...), dropped...)
	if h, ok := hedgeChange(st, ct, all); ok {
		all = append([]headlineChange{h}, all...)
	}
	return all
}

// factsOf are the names, dates and numbers a text gives, by factKey.
func factsOf(ts []text.Token) map[string]bool {
	out := map[string]bool{}
	for k, t := range ts {
		if t.Number || t.Capital || numberWordValues[t.Norm] != "" {
			out[factKey(ts, k)] = true
		}
	}
	return out
}

// knownFactsDropped takes out of the copy's side of each change the names
// and numbers the original's text gives (known, computed only when a
// change has one, since it reads the whole text): a headline may bring a
// fact up from the story. A change left with nothing on either side goes.
func knownFactsDropped(changes []headlineChange, ct []text.Token, known func() map[string]bool) []headlineChange {
	var facts map[string]bool
	out := changes[:0]
	for _, c := range changes {
		var cp []int
		for _, k := range c.cp {
			t := ct[k]
			if !(t.Number || t.Capital && k > 0) {
				cp = append(cp, k)
				continue
			}
			if facts == nil {
				facts = known()
			}
			if !facts[factKey(ct, k)] {
				cp = append(cp, k)
			}
		}
		if c.cp = cp; len(c.cp)+len(c.src) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// hedgeChange compares the certainty of the two titles ("may not recover"
// against "will not recover"): when it differs, the change names the
// modal and hedge words one title has and the other lacks, unless the
// changes found already name them.
func hedgeChange(st, ct []text.Token, found []headlineChange) (headlineChange, bool) {
	if hedgeLevel(st, "").level == hedgeLevel(ct, "").level {
		return headlineChange{}, false
	}
	named := map[[2]int]bool{} // {side, index}: 0 the copy, 1 the source
	for _, c := range found {
		for _, k := range c.cp {
			named[[2]int{0, k}] = true
		}
		for _, k := range c.src {
			named[[2]int{1, k}] = true
		}
	}
	only := func(side int, ts, other []text.Token) []int {
		has := map[string]bool{}
		for _, t := range other {
			has[t.Norm] = true
		}
		var out []int
		for k, t := range ts {
			if (certainty[t.Norm] > 0 || modals[t.Norm]) && !has[t.Norm] && !isDate(ts, k) && !named[[2]int{side, k}] {
				out = append(out, k)
			}
		}
		return out
	}
	c := headlineChange{cp: only(0, ct, st), src: only(1, st, ct), hedge: true}
	return c, len(c.cp)+len(c.src) > 0
}

// modals are the auxiliaries that say how sure a claim is.
var modals = wordSet(`will would can could should may might must won't wouldn't can't couldn't shouldn't`)

// isDate reports whether token k is a day or month: "May" only beside a
// number or after a preposition of time, since it is a modal as often.
func isDate(ts []text.Token, k int) bool {
	t := ts[k]
	if !dateWords[t.Norm] {
		return false
	}
	if t.Norm != "may" {
		return true
	}
	near := func(i int) bool { return i >= 0 && i < len(ts) && ts[i].Number }
	return near(k-1) || near(k+1) || k > 0 && timePrepositions[ts[k-1].Norm]
}

var timePrepositions = wordSet(`in on since by until before after last next early late mid during from through`)

// missing returns the indexes in [lo, hi) of the content words,
// negations and dates of ts whose stems the other title (the set other)
// lacks.
func missing(ts []text.Token, lo, hi int, other map[string]bool) []int {
	var out []int
	for k := lo; k < hi; k++ {
		t := ts[k]
		if other[t.Stem] || t.Stop && !negations[t.Norm] && !isDate(ts, k) {
			continue
		}
		if len(t.Norm) < 2 && !t.Number {
			continue
		}
		out = append(out, k)
	}
	return out
}

// weighty reports whether any of the words is a name, number, date or
// negation: such a word changes the story whether swapped, added or dropped.
func weighty(ts []text.Token, ix []int) bool {
	for _, k := range ix {
		t := ts[k]
		if t.Number || isDate(ts, k) || negations[t.Norm] || t.Capital && !notNames[t.Norm] && k > 0 {
			return true
		}
	}
	return false
}

// claims reports whether added words assert something of their own
// ("Surging", "Record"): not an adverb of manner, not headline filler.
func claims(ts []text.Token, ix []int) bool {
	for _, k := range ix {
		w := ts[k].Norm
		if !strings.HasSuffix(w, "ly") && !headlineFiller[w] {
			return true
		}
	}
	return false
}

// unpaired drops from ix the words of ts that have a headline synonym
// among the stems of the other title (the set other).
func unpaired(ts []text.Token, ix []int, other map[string]bool) []int {
	var out []int
	for _, k := range ix {
		if !slices.ContainsFunc(headlineSynonyms[ts[k].Stem], func(g string) bool { return other[g] }) {
			out = append(out, k)
		}
	}
	return out
}

// allOf lists the indexes of ts.
func allOf(ts []text.Token) []int {
	out := make([]int, len(ts))
	for i := range out {
		out[i] = i
	}
	return out
}

// changedRange is the first and last token index that the changes name on
// one side (pick), or -1, -1 when they name none.
func changedRange(changes []headlineChange, pick func(headlineChange) []int) (int, int) {
	lo, hi := -1, -1
	for _, c := range changes {
		for _, k := range pick(c) {
			if lo < 0 || k < lo {
				lo = k
			}
			hi = max(hi, k)
		}
	}
	return lo, hi
}

// stretchOf is the span from the first to the last token of ts that the
// changes name on one side (pick), or the whole title when none does.
func stretchOf(r *text.Runes, ts []text.Token, changes []headlineChange, pick func(headlineChange) []int, n int) text.Span {
	lo, hi := changedRange(changes, pick)
	if lo < 0 {
		return r.Span(0, n)
	}
	return r.Span(ts[lo].Start, ts[hi].End)
}

// headlineFiller are words headlines add without adding a claim.
var headlineFiller = wordSet(`inside explained explainer exclusive breaking update updated live watch read
	analysis opinion report here here's what why how look closer latest new story say says said back`)

// headlineSynonyms maps the stem of a word of headlinese to the stems of
// the words it stands for: rewritten headlines swap them freely.
var headlineSynonyms = func() map[string][]string {
	groups := []string{
		"probe investigation inquiry enquiry investigate examine", "cut slash axe trim reduce shed",
		"jobs posts positions roles", "firm company business", "quit resign leave", "vow pledge promise",
		"bid attempt effort", "row dispute clash spat", "back support endorse", "eye consider weigh mull",
		"hike raise increase", "curb limit restrict", "ban bar prohibit", "nab arrest detain", "boost lift",
		"plan scheme proposal programme program", "delay postpone push", "deal agreement pact accord", "talks negotiations", "slam criticise criticize blast",
		"say tell", "spotlight focus attention", "chief head leader", "ok approve endorse", "bid offer",
		"study research", "warn caution", "former ex",
		// the past of irregular verbs, which stemming leaves apart
		"leave left", "win won", "lose lost", "take took taken", "give gave given", "make made",
		"go went gone", "rise rose risen", "fall fell fallen", "hold held", "meet met", "find found",
		"keep kept", "tell told", "sell sold", "buy bought", "pay paid", "seek sought", "strike struck",
		"fight fought", "bring brought", "run ran", "begin began begun", "break broke broken",
		"choose chose chosen", "drive drove driven", "fly flew flown", "freeze froze frozen",
		"lead led", "spend spent", "send sent", "shut shut", "steal stole stolen", "swear swore sworn",
		"throw threw thrown", "write wrote written", "speak spoke spoken", "see saw seen", "rise climb", "fall drop decline", "expert specialist", "reveal show",
	}
	m := map[string][]string{}
	for _, g := range groups {
		var st []string
		for _, t := range text.Tokenize(g, "") {
			st = append(st, t.Stem)
		}
		for _, a := range st {
			m[a] = append(m[a], st...)
		}
	}
	return m
}()

func stems(ts []text.Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Stem
	}
	return out
}

// wordsIn is the set of the words xs.
func wordsIn(xs []string) map[string]bool {
	out := make(map[string]bool, len(xs))
	for _, x := range xs {
		out[x] = true
	}
	return out
}

// titleCase reports whether most content words of a title are capitalised.
func titleCase(ts []text.Token) bool {
	n, caps := capitals(ts, nil)
	return n >= 3 && caps*10 >= n*7
}

// capitals counts the content words of ts, leaving out those skip names,
// and how many of them are capitalised.
func capitals(ts []text.Token, skip func(text.Token) bool) (n, caps int) {
	for _, t := range ts {
		if t.Stop || t.Number || skip != nil && skip(t) {
			continue
		}
		n++
		caps += b2i(t.Capital)
	}
	return n, caps
}

// lowerCapitals clears the Capital mark, keeping it only for acronyms.
func lowerCapitals(ts []text.Token) []text.Token {
	out := make([]text.Token, len(ts))
	for i, t := range ts {
		t.Capital = isAllCaps(t.Surface)
		out[i] = t
	}
	return out
}

var dateWords = wordSet(`january february march april may june july august september october november
	december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
	saturday sunday today yesterday tomorrow`)
