package statements

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// HeadlineDrift reports, in one finding, how a copy's title changes the
// meaning of the original's. A headline changes it when it
//   - gives a name, number or date the original does not: numbers by
//     value ("£2.1m" is "£2.1 million", "seven" is "7"), and a fact the
//     original's text (sourceText) gives is no change;
//   - negates what the original affirms, or affirms what it negates;
//   - is surer or less sure ("may face charges" for "charged"), or states
//     as done what the original only plans ("hires" for "plans to hire");
//   - puts a word of another meaning in the place of the original's, the
//     rest of the phrase kept ("mechanical fault" for "software fault");
//   - adds a word that qualifies what the original says and that its text
//     does not give ("Surging profits" for "gains").
//
// Words dropped, reordered, headline synonyms ("shut" for "close"),
// spellings ("centers"), other forms of a word ("failure" for "failed"),
// Title Case, site names after the title, and a phrase rebuilt around the
// same facts ("build seven centres in £2.1m plan" for "spend £2.1 million
// on 7 new centres") are no change. Outside English (lang) only numbers
// are compared: the word lists are English. The evidence spans run from
// the first to the last changed word of each title (offsets into the
// titles as given); the detail lists every change.
func HeadlineDrift(copyTitle, sourceTitle, sourceText, lang string) []finding.Finding {
	copyTitle, sourceTitle = withoutSiteName(copyTitle), withoutSiteName(sourceTitle)
	if strings.TrimSpace(copyTitle) == "" || strings.TrimSpace(sourceTitle) == "" {
		return nil
	}
	ct, st := text.Tokenize(copyTitle, lang), text.Tokenize(sourceTitle, lang)
	if len(ct) > maxDriftTokens || len(st) > maxDriftTokens {
		return nil // a page's text taken for its title is no headline
	}
	// In Title Case every word is capitalised: capitals name no one there.
	if titleCase(ct) || titleCase(st) {
		ct, st = lowerCapitals(ct), lowerCapitals(st)
	}
	d := newTitleDiff(st, ct, text.LanguageOf(lang).Code == "en" && latinTitle(copyTitle) && latinTitle(sourceTitle))
	changes := d.changes()
	if d.words {
		if c, ok := d.intentChange(); ok {
			changes = append(changes, c)
		}
	}
	changes = withoutRepeats(d.knownDropped(changes, &originalText{text: sourceText, lang: lang}))
	if len(changes) == 0 {
		return nil
	}
	changes = d.anchoredAll(changes)
	sortChanges(changes)
	cs := stretch(copyTitle, ct, changes, func(c headlineChange) []int { return c.cp })
	ss := stretch(sourceTitle, st, changes, func(c headlineChange) []int { return c.src })
	list := make([]string, len(changes))
	for i, c := range changes {
		list[i] = c.describe(copyTitle, sourceTitle, ct, st)
	}
	f := finding.New(finding.HeadlineDrift,
		fmt.Sprintf("The headline says %q where the original says %q.", cs.Text, ss.Text),
		finding.Evidence{Copy: &cs, Source: &ss, Detail: "rule=headline-drift: " + strings.Join(list, "; ")})
	if d.onlyWordsSwapped(changes) {
		// rewriters reword every headline, and no word list knows all
		// their synonyms ("backs" for "votes for"): a swap that changes no
		// fact, negation, hedge or plan is shown, but warns of nothing
		f.Severity = finding.Info
		f.Message += " No name, number, date, negation or hedge changed: check that the words mean the same."
	}
	return []finding.Finding{f}
}

// onlyWordsSwapped reports whether every change puts a word in place of
// one of the original's, and no more words than it replaces ("Surging
// profits" for "gains" adds a claim besides), none of opposite sense
// ("rejects" for "approves") and none telling of a grave event ("injured"
// for "dies").
func (d *titleDiff) onlyWordsSwapped(changes []headlineChange) bool {
	for _, c := range changes {
		if c.kind != wordSwapped || len(c.cp) > len(c.src) || d.reverses(c) || d.grave(c) {
			return false
		}
	}
	return true
}

// reverses reports whether change c puts in a word of opposite sense to
// one it replaces, or to a headline synonym of it ("opposes" for "backs",
// as "support" and "oppose" are opposites).
func (d *titleDiff) reverses(c headlineChange) bool {
	for _, i := range c.src {
		for _, j := range c.cp {
			if opposite(d.st[i], d.ct[j]) || oppositeOfSynonym(d.sKeys[i], d.ct[j].Stem) || oppositeOfSynonym(d.cKeys[j], d.st[i].Stem) {
				return true
			}
		}
	}
	return false
}

func oppositeOfSynonym(key, stem string) bool {
	for _, syn := range headlineSynonyms[key] {
		if opposites[syn][stem] {
			return true
		}
	}
	return false
}

// grave reports whether change c puts in or takes out a word that is news
// on its own: a death, an injury, an arrest, a charge, a sentence.
func (d *titleDiff) grave(c headlineChange) bool {
	for _, i := range c.src {
		if graveWords[d.sKeys[i]] {
			return true
		}
	}
	for _, j := range c.cp {
		if graveWords[d.cKeys[j]] {
			return true
		}
	}
	return false
}

// graveWords are the stems of the words that make a headline's news by
// themselves, so that no swap of one is a rewording.
var graveWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`die dies died dead death deaths kill kills killed fatal injure injured injures
		injury wound wounded arrest arrested charge charged convict convicted guilty jail jailed sentence sentenced
		acquit acquitted resign resigned sack sacked fire fired sue sued bankrupt bankruptcy missing rescued`) {
		m[americanStem(w)] = true
	}
	return m
}()

// changeKind is what a change of meaning changes.
type changeKind int

const (
	factChanged      changeKind = iota // a name, number or date put in or in place of another
	wordSwapped                        // a word of another meaning in the place of the original's
	claimAdded                         // a qualifier the original does not give ("Surging")
	negationChanged                    // a negation put in or taken out
	certaintyChanged                   // a hedge or modal ("may" for "will")
	intentChanged                      // a plan stated as done, or the reverse
)

// headlineChange is one meaning-bearing difference of two passages: the
// indexes of the copy's and the source's tokens involved (either may be
// empty), and for a fact put in place of another whether the two stand
// in the same context ("six hours" for "four hours"), which makes the
// change plain even when the original gives the copy's fact elsewhere.
type headlineChange struct {
	cp, src     []int
	kind        changeKind
	contradicts bool
}

// describe shows a change as "copy words ← source words": each run of
// the change's words as the text has it, runs apart joined by "…".
func (c headlineChange) describe(cs, ss string, ct, st []text.Token) string {
	return words(cs, ct, c.cp) + " ← " + words(ss, st, c.src)
}

func words(s string, ts []text.Token, ix []int) string {
	if len(ix) == 0 {
		return "(none)"
	}
	var runs []string
	start, end := extent(s, ts, ix[0])
	for i := 1; i < len(ix); i++ {
		a, b := extent(s, ts, ix[i])
		if !adjacent(ts, ix[i-1], ix[i]) {
			runs = append(runs, s[start:end])
			start = a
		}
		end = max(end, b)
	}
	return strings.Join(append(runs, s[start:end]), " … ")
}

// adjacent reports whether tokens a < b of ts stand together: next to each
// other or apart only by function words ("charged over missing").
func adjacent(ts []text.Token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if !ts[k].Stop && !titleFunctionWords[ts[k].Norm] {
			return false
		}
	}
	return b-a <= 3
}

// extent is the byte span of token k of ts in s, a number with its
// currency sign, per cent sign and scale word ("£2.1 million", "5%").
func extent(s string, ts []text.Token, k int) (int, int) {
	start, end := ts[k].Start, ts[k].End
	if _, ok := numberKey(ts, k); !ok {
		return start, end
	}
	if r, size := utf8.DecodeLastRuneInString(s[:start]); strings.ContainsRune("£$€¥", r) {
		start -= size
	}
	if strings.HasPrefix(s[end:], "%") {
		end++
	}
	if k+1 < len(ts) && isScaleAfterNumber(ts, k+1) {
		end = ts[k+1].End
	}
	return start, end
}

// sortChanges orders changes as the copy has them, those the copy has no
// words of last, as the source has them.
func sortChanges(cs []headlineChange) {
	pos := func(c headlineChange) (int, int) {
		if len(c.cp) > 0 {
			return 0, c.cp[0]
		}
		return 1, c.src[0]
	}
	sort.SliceStable(cs, func(i, j int) bool {
		ai, ak := pos(cs[i])
		bi, bk := pos(cs[j])
		return ai < bi || ai == bi && ak < bk
	})
}

// titleDiff holds two passages, the source's (s) and the copy's (c), with
// each token's key (titleKeys) and whether the other passage lacks a word
// of its meaning (lost).
type titleDiff struct {
	st, ct           []text.Token
	sKeys, cKeys     []string
	sLost, cLost     []bool
	sCounted, cCount []bool
	words            bool // English: words, names and hedges are weighed, not only numbers
	// replaced marks, on each side (0 the copy, 1 the source), the tokens
	// the other side puts a word in place of, no hedge among them.
	replaced [2][]bool
}

func newTitleDiff(st, ct []text.Token, words bool) *titleDiff {
	d := &titleDiff{st: st, ct: ct, words: words, sKeys: titleKeys(st, words), cKeys: titleKeys(ct, words)}
	if words {
		asDurations(d.sKeys, d.cKeys)
		asDurations(d.cKeys, d.sKeys)
	}
	d.sCounted, d.cCount = d.countedOf(st, d.sKeys), d.countedOf(ct, d.cKeys)
	d.sLost, d.cLost = lostOf(d.sKeys, d.sCounted, d.cKeys), lostOf(d.cKeys, d.cCount, d.sKeys)
	return d
}

// titleKeys is what the diff compares each token by: a number by its
// value, a date by its name, a negation as any negation, a word by the
// stem of its American spelling (the stem outside English); "" for a
// scale word after a number, part of it ("2.1 million").
func titleKeys(ts []text.Token, words bool) []string {
	keys := make([]string, len(ts))
	for k, t := range ts {
		if n, ok := numberKey(ts, k); ok {
			keys[k] = "#" + n
			continue
		}
		switch {
		case isScaleAfterNumber(ts, k):
		case !words:
			keys[k] = t.Stem
		case t.Norm == "never":
			keys[k] = "!never" // not ever: stronger than "not"
		case isNegation(t.Norm):
			keys[k] = "!not"
		case isDate(ts, k):
			keys[k] = "#" + factKey(ts, k)
		default:
			keys[k] = americanStem(t.Norm)
		}
	}
	return keys
}

// asDurations rewrites in keys a number of days, months or hours that
// makes one longer unit ("seven days", "12 months") as that unit when the
// other passage (other) says it ("a week"), as a writer may put either.
func asDurations(keys, other []string) {
	has := map[string]bool{}
	for _, o := range other {
		has[o] = true
	}
	for k := 0; k+1 < len(keys); k++ {
		if unit, ok := durations[strings.TrimPrefix(keys[k], "#")+" "+keys[k+1]]; ok && isFactKey(keys[k]) && has[unit] {
			keys[k], keys[k+1] = unit, ""
		}
	}
}

// durations are the numbers of a unit that make one longer unit, by the
// number's value and the unit's stem.
var durations = map[string]string{
	"7 day": "week", "14 day": "fortnight", "12 month": "year", "24 hour": "day", "60 minut": "hour",
	"10 year": "decad", "100 year": "centuri", "52 week": "year",
}

// isScaleAfterNumber reports whether token k is a scale or per cent word
// that belongs to the number before it ("2.1 million", "5 per cent").
func isScaleAfterNumber(ts []text.Token, k int) bool {
	if k == 0 {
		return false
	}
	w, prev := ts[k].Norm, ts[k-1]
	_, num := numberKey(ts, k-1)
	bare := numberWordValues[prev.Norm] != "" || !strings.ContainsFunc(prev.Norm, unicode.IsLetter) // no "m" of its own
	return num && bare && (scales[w] != "" || w == "percent" || w == "per") || w == "cent" && prev.Norm == "per"
}

// countedOf marks the tokens whose change can change the meaning: numbers,
// and in English dates, names, negations and content words. Hedges,
// modals and words of intent are weighed apart (hedgeChange,
// intentChange), and function words not at all.
func (d *titleDiff) countedOf(ts []text.Token, keys []string) []bool {
	out := make([]bool, len(ts))
	for k, t := range ts {
		switch {
		case keys[k] == "":
		case isFactKey(keys[k]):
			out[k] = true
		case !d.words:
		case isNegationKey(keys[k]):
			out[k] = true
		default:
			out[k] = !t.Stop && !titleFunctionWords[t.Norm] && len(t.Norm) >= 2 && certainty[t.Norm] == 0 &&
				!modals[t.Norm] && !expectedTo(ts, k) && intentAt(ts, keys, k) < 0
		}
	}
	return out
}

// lostOf marks the counted tokens whose meaning no token of the other
// passage (other, its keys) has.
func lostOf(keys []string, counted []bool, other []string) []bool {
	out := make([]bool, len(keys))
	for k, key := range keys {
		if !counted[k] {
			continue
		}
		out[k] = true
		for _, o := range other {
			if o != "" && sameMeaning(key, o) {
				out[k] = false
				break
			}
		}
	}
	return out
}

// isFact reports whether token k of ts is a name, number or date.
func (d *titleDiff) isFact(ts []text.Token, keys []string, k int) bool {
	return isFactKey(keys[k]) || d.words && ts[k].Capital && k > 0 && !ts[k].Stop && !notNames[ts[k].Norm]
}

// changes diffs the passages by key and keeps what changes the meaning:
// facts put in (paired with the facts they replace), words swapped in a
// phrase otherwise kept, qualifiers added, negations put in or taken out,
// and a change of certainty. A stretch where the copy rebuilt the phrase
// (some of its words moved elsewhere) swaps no words.
func (d *titleDiff) changes() []headlineChange {
	var out []headlineChange
	var sFacts, cFacts []int
	d.replaced = [2][]bool{make([]bool, len(d.ct)), make([]bool, len(d.st))}
	for _, op := range difflib.NewMatcherWithJunk(d.sKeys, d.cKeys, false, nil).GetOpCodes() {
		if op.Tag == 'e' {
			continue
		}
		d.markReplaced(op)
		sw, sf, sMoved := d.split(d.st, d.sKeys, d.sCounted, d.sLost, op.I1, op.I2)
		cw, cf, cMoved := d.split(d.ct, d.cKeys, d.cCount, d.cLost, op.J1, op.J2)
		sFacts, cFacts = append(sFacts, sf...), append(cFacts, cf...)
		switch {
		case len(cw) > 0 && len(sw) > 0 && !sMoved && !cMoved:
			out = append(out, headlineChange{cp: cw, src: sw, kind: wordSwapped})
		case len(cw) > 0:
			out = append(out, d.qualifiers(cw)...)
		}
	}
	out = append(out, d.pairFacts(sFacts, cFacts)...)
	out = append(out, d.negationChanges()...)
	if h, ok := d.hedgeChange(out); ok {
		out = append(out, h)
	}
	return out
}

// markReplaced marks the tokens of a stretch the diff replaces when the
// other side of it puts words but no hedge in their place ("could pave"
// made "is set to pave"): whether such a word hedges is unknown, so a
// hedge replaced so is not weighed as dropped, nor one put in so as added.
// An auxiliary is no such word, nor is another form of a word the other
// side has there: a French, Spanish or Italian verb after its modal is an
// infinitive and a finite verb without it ("pourrait dépasser" →
// "dépassera"), German puts "hat" for "soll … haben", Portuguese "vai"
// for "poderá".
func (d *titleDiff) markReplaced(op difflib.OpCode) {
	hedges := func(ts []text.Token, keys []string, lo, hi int, other []string) (words, hedge bool) {
		for k, t := range ts[lo:hi] {
			words = words || !t.Stop && !foreignAuxiliaries[t.Norm] && !slices.ContainsFunc(other, func(o string) bool { return sameMeaning(keys[lo+k], o) })
			hedge = hedge || certainty[t.Norm] > 0 || modals[t.Norm] || expectedTo(ts, lo+k)
		}
		return words, hedge
	}
	sw, sh := hedges(d.st, d.sKeys, op.I1, op.I2, d.cKeys[op.J1:op.J2])
	cw, ch := hedges(d.ct, d.cKeys, op.J1, op.J2, d.sKeys[op.I1:op.I2])
	for k := op.J1; k < op.J2 && sw && !sh; k++ {
		d.replaced[0][k] = true
	}
	for k := op.I1; k < op.I2 && cw && !ch; k++ {
		d.replaced[1][k] = true
	}
}

// split sorts the counted tokens in [lo, hi) of one passage: the lost
// words, the lost facts, and whether any counted word there is found
// elsewhere in the other passage (moved). Negations are weighed apart.
func (d *titleDiff) split(ts []text.Token, keys []string, counted, lost []bool, lo, hi int) (ws, facts []int, moved bool) {
	for k := lo; k < hi; k++ {
		switch {
		case !counted[k] || isNegationKey(keys[k]):
		case !lost[k]:
			moved = true
		case d.isFact(ts, keys, k):
			facts = append(facts, k)
		case d.words:
			ws = append(ws, k)
		}
	}
	return ws, facts, moved
}

// qualifiers are the added words ix of the copy that qualify a word the
// original has ("Surging Chinese app profits", "stolen funds"): a run of
// added words just before a kept word, not a number ("build seven" puts
// a verb to the number, as "spend … on 7" did). Words before a function
// word ("Delving into", "in bid to") qualify nothing; adverbs and
// headline filler claim nothing.
func (d *titleDiff) qualifiers(ix []int) []headlineChange {
	var out []headlineChange
	for _, k := range ix {
		j := k + 1
		for j < len(d.ct) && d.cCount[j] && d.cLost[j] {
			j++
		}
		if j == len(d.ct) || !d.cCount[j] || d.cLost[j] || isFactKey(d.cKeys[j]) && factKind(d.ct, d.cKeys, j) != "name" && !isDate(d.ct, j) {
			continue
		}
		if w := d.ct[k].Norm; !strings.HasSuffix(w, "ly") && !headlineFiller[d.cKeys[k]] {
			out = append(out, headlineChange{cp: []int{k}, kind: claimAdded})
		}
	}
	return out
}

// pairFacts pairs each lost fact of the copy (cf) with the lost fact of
// the source (sf) of its kind that stands in the likeliest same context,
// so that each change reads "Imke ← Ilse". A copy's fact left unpaired is
// put in; a source's fact left unpaired is only left out, no change.
func (d *titleDiff) pairFacts(sf, cf []int) []headlineChange {
	used := map[int]bool{}
	var out []headlineChange
	for _, k := range cf {
		best, bestScore := -1, -1
		for _, j := range sf {
			if used[j] || factKind(d.ct, d.cKeys, k) != factKind(d.st, d.sKeys, j) {
				continue
			}
			if sc := d.sameContext(j, k); sc > bestScore {
				best, bestScore = j, sc
			}
		}
		if best < 0 {
			out = append(out, headlineChange{cp: []int{k}, kind: factChanged})
			continue
		}
		used[best] = true
		c := headlineChange{cp: []int{k}, src: []int{best}, kind: factChanged, contradicts: bestScore > 0 && !scaleLeftOut(d.cKeys[k], d.sKeys[best])}
		if d.sameUnit(best, k) {
			c.cp, c.src = append(c.cp, k+1), append(c.src, best+1)
		}
		out = append(out, c)
	}
	return out
}

// scaleLeftOut reports whether number key c is number key s without its
// scale ("$25" for "$25 million"): an omission, not another number.
func scaleLeftOut(c, s string) bool {
	m, _, scaled := strings.Cut(s, "e")
	return scaled && m == c
}

// factKind is the kind of fact token k is: a year, a fraction, another
// number, a day, a month or a name. Only facts of one kind replace each
// other.
func factKind(ts []text.Token, keys []string, k int) string {
	switch {
	case strings.HasPrefix(keys[k], "#") && monthNames[strings.TrimPrefix(keys[k], "#")] != "":
		return "month"
	case strings.HasPrefix(keys[k], "#") && dateWords[ts[k].Norm]:
		return "day"
	case strings.Contains(keys[k], "/"):
		return "fraction"
	case isYear(keys[k]):
		return "year"
	case strings.HasPrefix(keys[k], "#"):
		return "number"
	}
	return "name"
}

// isYear reports whether a number key is a year of the last centuries or
// the next: four digits, no scale.
func isYear(key string) bool {
	n := strings.TrimPrefix(key, "#")
	return len(n) == 4 && n >= "1800" && n <= "2199" && strings.Trim(n, "0123456789") == ""
}

// sameContext scores how alike the neighbours of source token j and copy
// token k are: the word before each, and the word after (a number's unit,
// "hours", counts double).
func (d *titleDiff) sameContext(j, k int) int {
	sc := 0
	if j > 0 && k > 0 && d.sKeys[j-1] != "" && d.sKeys[j-1] == d.cKeys[k-1] {
		sc++
	}
	if d.sameUnit(j, k) {
		sc += 2
	} else if j+1 < len(d.st) && k+1 < len(d.ct) && d.sKeys[j+1] != "" && d.sKeys[j+1] == d.cKeys[k+1] {
		sc++
	}
	return sc
}

// sameUnit reports whether numbers j of the source and k of the copy
// count the same thing: the content word after each is one.
func (d *titleDiff) sameUnit(j, k int) bool {
	if _, ok := numberKey(d.st, j); !ok || j+1 >= len(d.st) || k+1 >= len(d.ct) {
		return false
	}
	return d.sCounted[j+1] && !isFactKey(d.sKeys[j+1]) && d.sKeys[j+1] == d.cKeys[k+1] &&
		d.st[j+1].Start-d.st[j].End <= 1 && d.ct[k+1].Start-d.ct[k].End <= 1 // "four hours", not "2019, stayed"
}

// negationChanges are the negations one passage has and the other lacks,
// where they negate a word both have ("will not approve" for "will
// approve"), each paired with one the other passage puts in its stead
// ("never" for "not"); a negation of words the copy adds ("not
// mechanics") is weighed with them.
func (d *titleDiff) negationChanges() []headlineChange {
	lostNegations := func(keys []string, counted, lost []bool) []int {
		var out []int
		for k, key := range keys {
			if isNegationKey(key) && lost[k] && d.scopeKept(counted, lost, keys, k) {
				out = append(out, k)
			}
		}
		return out
	}
	cn, sn := lostNegations(d.cKeys, d.cCount, d.cLost), lostNegations(d.sKeys, d.sCounted, d.sLost)
	var out []headlineChange
	for i := 0; i < max(len(cn), len(sn)); i++ {
		var c headlineChange
		if i < len(cn) {
			c.cp = []int{cn[i]}
		}
		if i < len(sn) {
			c.src = []int{sn[i]}
		}
		c.kind = negationChanged
		out = append(out, d.anchored(c))
	}
	return out
}

func isNegationKey(k string) bool { return strings.HasPrefix(k, "!") }

// scopeKept reports whether the first counted word after token k is one
// the other passage has.
func (d *titleDiff) scopeKept(counted, lost []bool, keys []string, k int) bool {
	for j := k + 1; j < len(counted); j++ {
		if counted[j] && !isNegationKey(keys[j]) {
			return !lost[j]
		}
	}
	return false
}

// anchored gives a change that names words of one passage only (a hedge,
// a negation, a plan) the word it bears on: the first word after it that
// both passages have, on both sides ("may face charges ← charged").
func (d *titleDiff) anchored(c headlineChange) headlineChange {
	from, fromKeys, counted, lost, other := d.ct, d.cKeys, d.cCount, d.cLost, d.sKeys
	ix := c.cp
	if len(c.cp)+len(c.src) == 0 {
		return c
	}
	if len(c.cp) == 0 {
		from, fromKeys, counted, lost, other, ix = d.st, d.sKeys, d.sCounted, d.sLost, d.cKeys, c.src
	} else if len(c.src) > 0 {
		return c
	}
	last := ix[len(ix)-1]
	for k := last + 1; k < len(from); k++ {
		if !counted[k] || lost[k] || isNegationKey(fromKeys[k]) {
			continue
		}
		for j, o := range other {
			if o != "" && sameMeaning(fromKeys[k], o) {
				span := ix
				for i := last + 1; i <= k; i++ {
					span = append(span[:len(span):len(span)], i)
				}
				if len(c.cp) == 0 {
					c.src, c.cp = span, []int{j}
				} else {
					c.cp, c.src = span, []int{j}
				}
				return c
			}
		}
		return c
	}
	return c
}

// anchoredAll anchors every change (anchored) when none names a word of
// one side, so that side's evidence is the word the changes bear on, not
// the whole title: "stolen funds ← funds".
func (d *titleDiff) anchoredAll(changes []headlineChange) []headlineChange {
	cp, src := false, false
	for _, c := range changes {
		cp, src = cp || len(c.cp) > 0, src || len(c.src) > 0
	}
	if cp && src {
		return changes
	}
	for i, c := range changes {
		changes[i] = d.anchored(c)
	}
	return changes
}

// hedgeChange compares the certainty of the two passages ("may not
// recover" against "will not recover"): when it differs, the change names
// the modal and hedge words one passage has and the other lacks, unless
// the changes found already name them.
func (d *titleDiff) hedgeChange(found []headlineChange) (headlineChange, bool) {
	st, ct := d.st, d.ct
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
			// an allegation the copy rewords as a plain deed ("is accused
			// of transferring" → "moved") changes the certainty even though
			// the copy rebuilt the phrase
			stated := side == 1 && reportsAllegation(ts, k) && !keepsAllegation(ct)
			if (certainty[t.Norm] > 0 || modals[t.Norm] || expectedTo(ts, k)) && !has[t.Norm] && !isDate(ts, k) && !named[[2]int{side, k}] &&
				d.bearsOnKept(side, k) && (!d.replaced[side][k] || stated) {
				out = append(out, k)
			}
		}
		return out
	}
	c := headlineChange{cp: only(0, ct, st), src: only(1, st, ct), kind: certaintyChanged}
	if len(c.cp)+len(c.src) == 0 {
		return c, false
	}
	c = d.anchored(c)
	if len(c.cp) == 1 {
		// the copy's own words for the hedged deed ("moved" for "accused
		// of transferring") belong to the evidence
		for k := c.cp[0] - 1; k >= 0 && d.cCount[k] && d.cLost[k]; k-- {
			c.cp = append([]int{k}, c.cp...)
		}
	}
	return c, true
}

// bearsOnKept reports whether hedge k of one side (0 the copy, 1 the
// source) qualifies words both passages have: one of the next two counted
// words after a modal ("may face charges"), the next after any other
// hedge ("alleged fraud"). A hedge on words only one passage has
// ("alleged espionage" added to a sentence that tells of none) changes
// the certainty of nothing the other says.
func (d *titleDiff) bearsOnKept(side, k int) bool {
	ts, counted, lost, keys := d.ct, d.cCount, d.cLost, d.cKeys
	if side == 1 {
		ts, counted, lost, keys = d.st, d.sCounted, d.sLost, d.sKeys
	}
	reach := 1
	switch {
	case modals[ts[k].Norm] || expectedTo(ts, k):
		reach = 2
	case allegations[ts[k].Norm]:
		reach = 3 // "accused of transferring donations": the deed, then its object
	}
	for j := k + 1; j < len(ts) && reach > 0; j++ {
		if !counted[j] || isNegationKey(keys[j]) {
			continue
		}
		if !lost[j] {
			return true
		}
		reach--
	}
	return false
}

// withoutRepeats drops the added qualifiers that another change already
// shows ("face" of "may face charges ← charged").
func withoutRepeats(changes []headlineChange) []headlineChange {
	shown := map[int]bool{}
	for _, c := range changes {
		if c.kind != claimAdded {
			for _, k := range c.cp {
				shown[k] = true
			}
		}
	}
	out := changes[:0]
	for _, c := range changes {
		if c.kind != claimAdded || !shown[c.cp[0]] {
			out = append(out, c)
		}
	}
	return out
}

// intentWords are the stems of the verbs that make a headline's claim a
// plan, a wish or a prospect rather than a deed ("plans to hire",
// "considers ban"); undecidedWords leave even the plan open.
var (
	intentWords    = stemSet(`plan propose seek aim threaten intend want hope vow pledge promise`)
	undecidedWords = stemSet(`consider weigh mull eye`)
	// objectIntent take a plan as their object ("plans new factory"); the
	// others only before "to": "promises fares will not rise" says so.
	objectIntent = stemSet(`plan propose seek threaten consider weigh mull eye`)
)

func stemSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[americanStem(w)] = true
	}
	return m
}

// intentAt is how far from done token k of ts makes a claim (0
// undecided, 1 intended), or -1 when it makes none: a verb of intent or
// of weighing before "to" or, inflected, before its object ("plans to
// hire", "considers ban", "mulling sale"). The same words as nouns
// ("school building plan") say nothing of the kind.
func intentAt(ts []text.Token, keys []string, k int) int {
	w := ts[k].Norm
	verb := k+1 < len(ts) && (ts[k+1].Norm == "to" || objectIntent[keys[k]] &&
		(strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !ts[k+1].Stop)
	switch {
	case undecidedWords[keys[k]] && verb:
		return 0
	case intentWords[keys[k]] && verb:
		return 1
	}
	return -1
}

// intentOf is how far a title's claim is from done: 0 undecided
// ("considers"), 1 intended ("plans to", "to cut", "will"), 2 stated; and
// the words that say so.
func (d *titleDiff) intentOf(ts []text.Token, keys []string) (int, []int) {
	level, ix := 2, []int(nil)
	for k, t := range ts {
		if l := intentAt(ts, keys, k); l >= 0 {
			level, ix = min(level, l), append(ix, k)
			continue
		}
		if t.Norm == "will" || t.Norm == "would" || t.Norm == "shall" || certainty[t.Norm] > 0 || modals[t.Norm] ||
			t.Norm == "to" && k+1 < len(ts) && !ts[k+1].Stop && !ts[k+1].Number && !isDate(ts, k+1) {
			level = min(level, 1)
		}
	}
	return level, ix
}

// intentChange reports a title that states as done what the other only
// plans or weighs ("hires 120 nurses" for "plans to hire 120 nurses"), or
// the reverse.
func (d *titleDiff) intentChange() (headlineChange, bool) {
	sl, si := d.intentOf(d.st, d.sKeys)
	cl, ci := d.intentOf(d.ct, d.cKeys)
	if sl == cl || len(si)+len(ci) == 0 {
		return headlineChange{}, false
	}
	return d.anchored(headlineChange{cp: ci, src: si, kind: intentChanged}), true
}

// originalText is the original's text, read only when a change needs it:
// its facts (factsOf), and the keys of its words, with each stem cut by
// one and two letters so a word's other forms find it (derived).
type originalText struct {
	text, lang string
	facts      map[string]bool
	keys, cut  map[string]bool
}

func (o *originalText) read() {
	if o.facts != nil {
		return
	}
	ts := text.Tokenize(o.text, o.lang)
	o.facts, o.keys, o.cut = factsOf(ts), map[string]bool{}, map[string]bool{}
	for k, key := range titleKeys(ts, true) {
		if ts[k].Stop || key == "" {
			continue
		}
		o.keys[key] = true
		for n := 1; n <= 2 && len(key)-n >= 4; n++ {
			o.cut[key[:len(key)-n]] = true
		}
	}
}

// says reports whether the original's text has a word of the meaning of
// key: the word in any form, or a headline synonym.
func (o *originalText) says(key string) bool {
	o.read()
	if o.keys[key] || o.cut[key] {
		return true
	}
	for n := 1; n <= 2 && len(key)-n >= 4; n++ {
		if o.keys[key[:len(key)-n]] {
			return true
		}
	}
	for _, g := range headlineSynonyms[key] {
		if o.keys[g] {
			return true
		}
	}
	return false
}

// knownDropped takes out of each change what the original's text gives: a
// headline may bring up a name, number or date from the story, or a
// qualifier the story uses. A fact put in place of another in the same
// context stays, and a change left with no words on the copy's side goes
// unless it is a negation, hedge or plan taken out.
func (d *titleDiff) knownDropped(changes []headlineChange, orig *originalText) []headlineChange {
	out := changes[:0]
	for _, c := range changes {
		switch c.kind {
		case factChanged:
			if !c.contradicts {
				c.cp = d.unknownFacts(c.cp, orig)
			}
		case claimAdded:
			if orig.says(d.cKeys[c.cp[0]]) {
				c.cp = nil
			}
		}
		if len(c.cp) > 0 || len(c.src) > 0 && c.kind >= negationChanged {
			out = append(out, c)
		}
	}
	return out
}

// unknownFacts keeps the tokens ix of the copy that are not facts the
// original's text gives.
func (d *titleDiff) unknownFacts(ix []int, orig *originalText) []int {
	var out []int
	for _, k := range ix {
		if !d.isFact(d.ct, d.cKeys, k) {
			continue
		}
		orig.read()
		if !orig.facts[factKey(d.ct, k)] {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return ix
}

// factsOf are the names, dates and numbers a text gives, by factKey.
func factsOf(ts []text.Token) map[string]bool {
	out := map[string]bool{}
	for k, t := range ts {
		if t.Number || t.Capital || numberWordValues[t.Norm] != "" {
			key := factKey(ts, k)
			out[key] = true
			if m, _, scaled := strings.Cut(key, "e"); scaled && strings.HasPrefix(key, "#") {
				out[m] = true // "$25" leaves out the scale of "$25 million"
			}
		}
	}
	return out
}

// modals are the auxiliaries that say how sure a claim is.
var modals = wordSet(`will would can could should may might must won't wouldn't can't couldn't shouldn't`)

// foreignAuxiliaries are the forms of "have", "be" and the future
// auxiliary ("va", "wird", "vai") in French, German, Spanish, Italian and
// Portuguese: words of grammar, which say nothing a hedge could stand for.
var foreignAuxiliaries = wordSet(`a ont est sont était étaient avait avaient sera seront va vont
	hat haben hatte hatten ist sind war waren wird werden wurde wurden
	ha han he hemos había habían es son era eran fue será serán va van
	ho hanno è sono era erano sarà saranno
	tem têm tinha tinham é são era eram foi foram será serão vai vão`)

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

// stretch is the span of s from the first to the last token of ts that
// the changes name on one side (pick), or the whole of s when none does.
func stretch(s string, ts []text.Token, changes []headlineChange, pick func(headlineChange) []int) text.Span {
	r := text.NewRunes(s)
	lo, hi := changedRange(changes, pick)
	if lo < 0 {
		return r.Span(0, len(s))
	}
	start, _ := extent(s, ts, lo)
	_, end := extent(s, ts, hi)
	return r.Span(start, end)
}

// latinTitle reports whether most letters of a title are Latin: the
// English word lists mean nothing to a title in another script, such as a
// Japanese one in a text whose language no one stated ("が" is a particle).
func latinTitle(s string) bool {
	latin, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	return latin >= other
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
