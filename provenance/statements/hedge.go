package statements

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// certainty ranks hedge words from most doubtful (1) up; a claim without
// any is 4, and words of proof are 5. Comparing the most doubtful word of
// two passages tells whether a copy firmed up or softened a claim.
var certainty = map[string]int{
	"could": 1, "might": 1, "possibly": 1, "perhaps": 1, "potentially": 1, "allegedly": 1,
	"reportedly": 1, "supposedly": 1, "purportedly": 1, "rumored": 1, "rumoured": 1, "unconfirmed": 1,
	"may": 2, "suspected": 2, "suspect": 2, "suspects": 2, "believed": 2, "apparently": 2, "seems": 2,
	"seem": 2, "seemed": 2, "appears": 2, "appear": 2, "appeared": 2, "suggests": 2, "suggest": 2,
	"suggested": 2, "alleged": 2, "possible": 2, "unclear": 2, "uncertain": 2, "accused": 2, "accuses": 2,
	"accuse": 2,
	"likely": 3, "probably": 3, "presumably": 3, "arguably": 3, expectedToWord: 3,
	"confirmed": 5, "definitely": 5, "certainly": 5, "clearly": 5, "undoubtedly": 5, "proven": 5, "proved": 5,
	// French, German, Spanish, Italian: the conditional of "can", "maybe",
	// "allegedly"; the reporting conditional ("aurait", "soll"), "suspected",
	// "apparently"; "probably". Keys are token norms ("mutmaßlich" folds to ss).
	"pourrait": 1, "pourraient": 1, "possiblement": 1,
	"könnte": 1, "könnten": 1, "vielleicht": 1, "möglicherweise": 1, "womöglich": 1, "angeblich": 1,
	"podría": 1, "podrían": 1, "quizá": 1, "quizás": 1, "posiblemente": 1, "supuestamente": 1, "presuntamente": 1,
	"potrebbe": 1, "potrebbero": 1, "forse": 1, "possibilmente": 1,
	"aurait": 2, "auraient": 2, "présumé": 2, "présumée": 2, "présumés": 2, "apparemment": 2,
	"soll": 2, "sollen": 2, "mutmasslich": 2, "mutmassliche": 2, "mutmasslichen": 2, "offenbar": 2, "anscheinend": 2,
	"habría": 2, "habrían": 2, "presunto": 2, "presunta": 2, "aparentemente": 2,
	"avrebbe": 2, "avrebbero": 2, "presunti": 2, "apparentemente": 2,
	// Portuguese: the conditional and future of "poder" ("poderá
	// prolongar-se": may go on), "maybe", "allegedly"; the reporting
	// conditional ("teria": is said to have), "apparently"; "probably".
	"poderia": 1, "poderiam": 1, "poderá": 1, "poderão": 1, "talvez": 1, "possivelmente": 1, "alegadamente": 1, "supostamente": 1,
	"teria": 2, "teriam": 2, "alegado": 2, "alegada": 2,
	"provavelmente": 3, "probablement": 3, "wahrscheinlich": 3, "vermutlich": 3, "dürfte": 3, "dürften": 3, "probablemente": 3, "probabilmente": 3,
}

const unhedged = 4

// certaintyOf is the certainty of a passage and its cue: the rank of its
// most doubtful hedge (unhedged without any, 5 when it only asserts proof)
// and how many hedges it carries, which breaks ties between equal ranks.
type certaintyOf struct {
	level, hedges int
	// allegation is set when a hedge reports a charge against someone
	// ("allegedly", "is accused of"): a copy stating it as fact goes
	// against the presumption of innocence, a legal risk.
	allegation bool
}

var allegations = wordSet(`allegedly alleged accused accuses accuse suspected purportedly angeblich supuestamente presuntamente présumé présumée présumés mutmasslich mutmassliche mutmasslichen presunto presunta presunti alegadamente alegado alegada supostamente`)

// chargeWords tell of a charge without hedging anything: a copy that says
// someone "faces charges of" a deed still reports an allegation.
var chargeWords = wordSet(`charge charges charged indicted indictment accusation accusations allegation
	allegations prosecutors prosecution trial`)

// reportsAllegation reports whether ts[k] hedges a deed as alleged: an
// adverb ("allegedly moved"), or a participle after a determiner or a
// form of "be" ("the alleged fraud", "is accused of moving", "a suspected
// spy"). "X accused Y of …" or "X alleged that …" is X's own claim: a copy
// may reword it freely.
func reportsAllegation(ts []text.Token, k int) bool {
	switch ts[k].Norm {
	case "allegedly", "purportedly":
		return true
	case "alleged", "accused", "suspected":
		return k > 0 && (beVerbs[ts[k-1].Norm] || nounMarker(ts[k-1].Norm))
	}
	return false
}

// keepsAllegation reports whether ts reports a charge as one, by a hedge
// ("allegedly") or by naming the charge.
func keepsAllegation(ts []text.Token) bool {
	for _, t := range ts {
		if allegations[t.Norm] || chargeWords[t.Norm] {
			return true
		}
	}
	return false
}

func hedgeLevel(ts []text.Token, cue string) certaintyOf {
	c := certaintyOf{level: unhedged}
	proof := false
	for _, w := range weighedWords(ts, cue) {
		r, ok := certainty[w]
		switch {
		case !ok:
		case r == 5:
			proof = true
		default:
			c.hedges++
			c.level = min(c.level, r)
			c.allegation = c.allegation || allegations[w]
		}
	}
	if proof && c.level == unhedged {
		c.level = 5
	}
	return c
}

// weighedWords are the words whose certainty is weighed: a passage's and
// its cue's.
func weighedWords(ts []text.Token, cue string) []string {
	words := make([]string, 0, len(ts)+2)
	for i, t := range ts {
		switch {
		case expectedTo(ts, i):
			words = append(words, expectedToWord)
		case !falseHedge(ts, i):
			words = append(words, t.Norm)
		}
	}
	for _, w := range strings.Fields(strings.ToLower(cue)) {
		if cueVerbs[w] != "accuse" { // "X accused Y of …" is X's claim, said outright
			words = append(words, w)
		}
	}
	return words
}

// falseHedge reports whether ts[i] is spelt as a hedge but is none: the
// month ("went up in May", "on May 5"; a capital opening the passage could
// be either) or "could not", which says what was impossible, not what is
// doubtful ("the dredger could not reach the basin"), unless it leaves
// something open ("could not rule out", "could not be ruled out") or
// forecasts (foretold).
func falseHedge(ts []text.Token, i int) bool {
	t := ts[i]
	if t.Norm == "could" {
		return i+1 < len(ts) && (ts[i+1].Norm == "not" || ts[i+1].Norm == "never") && !leftOpen(ts[i+2:]) && !foretold(ts[i+2:min(len(ts), i+2+foretellReach)])
	}
	return t.Norm == "may" && (t.Capital && i > 0 || i+1 < len(ts) && ts[i+1].Number)
}

// expectedTo reports whether ts[i] is the "expected" of "is expected to"
// ("are anticipated to", "he's projected to"): a forecast others make, no
// certainty.
func expectedTo(ts []text.Token, i int) bool {
	if !forecastWords[ts[i].Norm] || i == 0 || i+1 >= len(ts) || ts[i+1].Norm != "to" {
		return false
	}
	p := ts[i-1].Norm
	return beVerbs[p] || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") || strings.HasSuffix(p, "'re") || strings.HasSuffix(p, "’re")
}

var forecastWords = wordSet(`expected anticipated projected predicted forecast`)

// expectedToWord stands for "is expected to" among the words weighed.
const expectedToWord = "expected to"

// foretold reports whether ts, the words after "could not", speak of what
// may come rather than of what was: "could not survive another winter",
// "could not go ahead without funding", "could not last if …". Such a
// "could not" forecasts, and is a hedge.
func foretold(ts []text.Token) bool {
	for _, t := range ts {
		if irrealis[t.Norm] {
			return true
		}
	}
	return false
}

// foretellReach is how many words after "could not" foretold weighs.
const foretellReach = 6

var irrealis = wordSet(`another next again without if unless until ever longer future forever anymore`)

// leftOpen reports whether ts opens with "rule out" or "exclude", or their
// passive.
func leftOpen(ts []text.Token) bool {
	if len(ts) > 1 && ts[0].Norm == "be" {
		ts = ts[1:]
	}
	return len(ts) > 0 && (strings.HasPrefix(ts[0].Norm, "rul") || strings.HasPrefix(ts[0].Norm, "exclud"))
}

// hedgeRanks lists the certainty rank of each hedge word of ts and cue,
// words of proof left out.
func hedgeRanks(ts []text.Token, cue string) []int {
	var out []int
	for _, w := range weighedWords(ts, cue) {
		if r, ok := certainty[w]; ok && r < unhedged {
			out = append(out, r)
		}
	}
	return out
}

// pairedSource drops from a source region the hedge words that stand apart
// from what the copy carries (carried reports, for a token of src, whether
// the copy repeats it) and that no hedge of the copy, ranked copyRanks,
// pairs with: such a hedge qualifies words the copy left out
// ("investigating possible espionage"), not the claim it repeats. A hedge
// the copy swapped for another ("reportedly" for "allegedly") still pairs.
func pairedSource(src []text.Token, carried func(i int) bool, copyRanks []int) []text.Token {
	spare := slices.Clone(copyRanks)
	take := func(r int, exact bool) bool {
		for k, s := range spare {
			if s == r || !exact {
				spare = slices.Delete(spare, k, k+1)
				return true
			}
		}
		return false
	}
	apart := map[int]bool{}
	for i, t := range src {
		r, ok := certainty[t.Norm]
		if !ok || r >= unhedged {
			continue
		}
		if near := carried(i-2) || carried(i-1) || carried(i) || carried(i+1) || carried(i+2); near {
			take(r, true)
		} else {
			apart[i] = true
		}
	}
	keep := map[int]bool{}
	for _, exact := range []bool{true, false} {
		for i := range src {
			if apart[i] && !keep[i] && take(certainty[src[i].Norm], exact) {
				keep[i] = true
			}
		}
	}
	out := make([]text.Token, 0, len(src))
	for i, t := range src {
		if !apart[i] || keep[i] {
			out = append(out, t)
		}
	}
	return out
}

// firmer compares two certainties: +1 when a is firmer than b, -1 when it
// is more doubtful, 0 when alike.
func firmer(a, b certaintyOf) int {
	switch {
	case a.level != b.level:
		if a.level > b.level {
			return 1
		}
		return -1
	case a.hedges < b.hedges:
		return 1
	case a.hedges > b.hedges:
		return -1
	}
	return 0
}

var levelName = map[int]string{1: "speculative (could/might)", 2: "hedged (may/suspected)", 3: "probable (likely)", 4: "asserted", 5: "asserted as proven"}

// hedgeDrift reports a change of certainty between source and copy.
func hedgeDrift(cp, src certaintyOf, cspan, rs text.Span) []finding.Finding {
	dir := firmer(cp, src)
	if dir == 0 {
		return nil
	}
	code := finding.HedgeStrengthened
	msg := "The copy states with more certainty what the original hedged."
	switch {
	case dir < 0 && src.level > unhedged && cp.level == unhedged:
		code, msg = finding.HedgeWeakened, "The copy no longer presents as proven what the original did."
	case dir < 0 && cp.level == src.level:
		code, msg = finding.HedgeWeakened, "The copy hedges further what the original already hedged."
	case dir < 0 && src.level >= unhedged:
		code, msg = finding.HedgeWeakened, "The copy hedges what the original stated firmly."
	case dir < 0:
		code, msg = finding.HedgeWeakened, "The copy states with less certainty what the original said."
	case cp.level == src.level:
		msg = "The copy drops some of the hedging the original put on this claim."
	case src.level >= unhedged:
		msg = "The copy presents as proven what the original only asserted."
	}
	f := finding.New(code, msg, finding.Evidence{Copy: &cspan, Source: &rs,
		Detail: fmt.Sprintf("rule=%s: source is %s with %d hedge word(s), copy is %s with %d", code, levelName[src.level], src.hedges, levelName[cp.level], cp.hedges)})
	if code == finding.HedgeStrengthened && src.allegation && !cp.allegation && cp.level >= unhedged {
		f.Severity = finding.Error
		f.Message = "The copy states as fact what the original reports only as an allegation."
		f.Evidence.Detail += "; an allegation stated as fact"
	}
	return []finding.Finding{f}
}

// negations are the words that deny: English, and from the grammars of
// French (ne … pas/rien/aucun/jamais), German (nicht, kein-, nie, niemand,
// nichts, weder), Spanish (no, nunca, jamás, nadie, nada, ningún-,
// tampoco, ni), Italian (non, mai, nessun-, niente, nulla, neanche) and
// Portuguese (não, nunca, jamais, nenhum-, nada, ninguém, nem). The set is
// shared by all languages, so it holds no word another language uses
// otherwise: French "personne" is also "person" (and its ne counts
// anyway), Italian "né" is French "born" (see negatesAt).
var negations = wordSet(`not no never nor neither none nobody nothing nowhere without cannot n't don't
	doesn't didn't isn't wasn't aren't weren't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't
	ne pas jamais rien aucun aucune ni
	nicht kein keine keinen keinem keiner keines nie niemals niemand nichts weder
	nunca jamás nadie nada ningún ninguno ninguna tampoco
	non mai nessun nessuno nessuna niente nulla neanche nemmeno neppure
	não nenhum nenhuma ninguém nem`)

// concordNegations are the negators of French, Spanish, Italian and
// Portuguese that, after another negation of the same clause, carry it on
// rather than deny anew (negative concord: "no hubo ningún herido", "não
// temos dinheiro nem tempo", "non ha mai pagato"): dropping one there
// keeps the denial.
var concordNegations = wordSet(`pas jamais rien aucun aucune ni nunca jamás nadie nada ningún ninguno ninguna tampoco
	mai nessun nessuno nessuna niente nulla neanche nemmeno neppure né nenhum nenhuma ninguém nem`)

// alterationSeverity grades a quote's changes: changed numbers, names and
// negations are errors, other word changes warnings.
func alterationSeverity(code finding.Code, src, cp []text.Token) (finding.Severity, string) {
	var why []string
	for _, fc := range factChanges(src, cp) {
		why = append(why, fc.op+" "+fc.kind+" "+fc.word)
	}
	if len(why) > 0 {
		return finding.Error, "rule=" + string(code) + ": " + strings.Join(why, "; ")
	}
	return finding.Warning, "rule=" + string(code) + ": words differ (no number, name or negation changed)"
}

// changesFacts reports whether reported words, going from src to cp, change
// a number, a name or a negation: a negation added or dropped, or a number
// or name put in. A number or name only left out is an omission that
// reported speech may make ("in September 2027" for "in September 2027
// rather than 2026"); a quote may not, and quotes are weighed by
// alterationSeverity.
func changesFacts(src, cp []text.Token) bool {
	for _, fc := range factChanges(src, cp) {
		if fc.kind == "negation" || fc.op == "insert" {
			return true
		}
	}
	return false
}

// scopeSwaps lists the negations an equal stretch op of the diff keeps in
// place while the word they govern changes to another, and the word they
// negated stands in cp unnegated: "a pause, not a cure" → "a cure, not a
// pause" keeps its words and reverses both claims. plain holds the keys
// cp states unnegated, filled on first use.
func scopeSwaps(src, cp []text.Token, op difflib.OpCode, plain *map[string]bool) []factChange {
	var out []factChange
	for i := op.I1; i < op.I2; i++ {
		if !isNegation(src[i].Norm) {
			continue
		}
		j := op.J1 + i - op.I1
		g, gc := governed(src, i), governed(cp, j)
		if g < 0 || gc < 0 {
			continue
		}
		ks, _ := indexKey(src[g])
		kc, _ := indexKey(cp[gc])
		if ks == kc {
			continue
		}
		if *plain == nil {
			*plain = map[string]bool{}
			for x := range cp {
				if k, ok := indexKey(cp[x]); ok && !negatedNear(cp, x) {
					(*plain)[k] = true
				}
			}
		}
		if (*plain)[ks] {
			out = append(out, factChange{"insert", "negation", src[i].Surface + " " + cp[gc].Surface + " (was " + src[g].Surface + ")"})
		}
	}
	return out
}

// reversals lists the words of src that cp, a stretch replacing it,
// replaces by their opposite, and marks in used the places of src and cp
// (offset by lo and jo) the pairs take.
func reversals(src, cp []text.Token, used map[[2]int]bool, lo, jo int) []factChange {
	var out []factChange
	for i, a := range src {
		for j, b := range cp {
			if opposite(a, b) {
				out = append(out, factChange{"insert", "reversal", a.Surface + " → " + b.Surface})
				used[[2]int{0, lo + i}], used[[2]int{1, jo + j}] = true, true
				break
			}
		}
	}
	return out
}

// reframed marks in used (side) each verb like "failed" in the changed
// stretch [lo, hi) of ts whose "to" the diff keeps, unless the words
// put in its place (other) hold a "managed to": a verb the copy puts
// before the same "to" ("struggled to", a word a rewriter made up) frames
// the claim anew, and is no "failed to" dropped. The gerund of "held off
// paying" stands for its "to" ("delayed paying").
func reframed(ts []text.Token, lo, hi int, other []text.Token, used map[[2]int]bool, side int) {
	for k := lo; k < hi; k++ {
		lead := k + 1
		if g := forgoesAct(ts, k); g >= 0 {
			lead = g
		}
		if failedTo(ts, k) && lead >= hi && !slices.ContainsFunc(other, func(t text.Token) bool { return throughWords[t.Norm] }) {
			used[[2]int{side, k}] = true
		}
	}
}

// numberWords are numbers spelt out: "Two people were hurt". "One" is
// left out: "one of the most" and "no one" count nothing.
var numberWords = wordSet(`two three four five six seven eight nine ten eleven twelve thirteen
	fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
	eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions`)

// isNegation reports whether the word w negates: "not", "never", "don't".
func isNegation(w string) bool {
	return negations[w] || strings.HasSuffix(w, "n't") || elidedNe(w)
}

// elidedNe reports a French verb with ne elided before it ("n'avons",
// "n'est"), a denial even where no "pas" follows ("n'a rien dit"). French
// elides only before a vowel or h, so "N'Golo" is a name.
func elidedNe(w string) bool {
	return len(w) > 2 && strings.HasPrefix(w, "n'") && strings.ContainsRune("aeiouyhâàéèêëîïôûù", []rune(w[2:])[0])
}

// negatesAt reports whether ts[k] denies in its claim: a negator that no
// negation before it in the clause already makes (concordNegations), an
// Italian "né" that another "né" answers ("né il sindaco né la giunta"; a
// lone "né" is French "born"), or a Japanese negative ending. A "non" a
// hyphen joins to its word makes a compound ("non-violent"), which a copy
// may reword.
func negatesAt(ts []text.Token, k int) bool {
	w := ts[k].Norm
	switch {
	case concordNegations[w] && negationCarriedOn(ts, k):
		return false
	case ts[k].Hyphen && w == "non":
		return false // a compound: "non-violent", "non-lieu"
	case k+1 < len(ts) && onlyWords[ts[k+1].Norm] && (w == "not" || w == "non" || w == "nicht" || w == "no" || w == "não"):
		return false // "not only", "non seulement", "nicht nur", "no solo": adds, denies nothing
	case w == "né":
		return slices.ContainsFunc(ts[k+1:min(k+12, len(ts))], func(t text.Token) bool { return t.Norm == "né" })
	}
	return isNegation(w) || japaneseNegation(ts, k)
}

// onlyWords follow a negator in "not only … but", which adds a claim.
var onlyWords = wordSet(`only seulement solo solamente sólo só nur`)

// negationCarriedOn reports whether a negation stands among the few words
// before ts[k] with no punctuation between.
func negationCarriedOn(ts []text.Token, k int) bool {
	for x := k - 1; x >= max(0, k-6) && !punctuatedAround(ts, x+1, x+1); x-- {
		if isNegation(ts[x].Norm) {
			return true
		}
	}
	return false
}

// factChange is one number, name or negation that a diff puts in or
// takes out.
type factChange struct{ op, kind, word string }

// factChanges lists the numbers, names and negations the word diff from
// src to cp inserts or deletes, and the words it replaces by their
// opposite. Negations and opposites are weighed claim by claim (changes
// with at most maxClaimGap kept words and no punctuation between): an
// opposite under a negation put in or taken out there keeps the claim.
// A negation taken out of one claim and one put in another cancel only
// when no punctuation parts them ("did not believe the board would" →
// "believed the board would not") or they bear on the same word (a clause
// moved whole): "not against the plant, but … has to be" → "against the
// plant, because … has not been" reverses both claims (unpaired).
func factChanges(src, cp []text.Token) []factChange {
	var out, kept []factChange
	var cl claimEdit
	var negs []placedNeg
	used := map[[2]int]bool{}
	flush := func() { negs, kept = cl.standing(negs, kept); cl = claimEdit{seg: cl.seg} }
	var plain map[string]bool // the keys cp states unnegated, once asked for
	for _, op := range opCodes(norms(src), norms(cp)) {
		if op.Tag == 'e' {
			out = append(out, scopeSwaps(src, cp, op, &plain)...)
			if op.I2-op.I1 > maxClaimGap || punctuatedAround(src, op.I1, op.I2) {
				flush()
			}
			if punctuatedAround(src, op.I1, op.I2) || punctuatedAround(cp, op.J1, op.J2) {
				cl.seg++
			}
			continue
		}
		if op.Tag == 'r' {
			cl.revs = append(cl.revs, reversals(src[op.I1:op.I2], cp[op.J1:op.J2], used, op.I1, op.J1)...)
		}
		reframed(src, op.I1, op.I2, cp[op.J1:op.J2], used, 0)
		reframed(cp, op.J1, op.J2, src[op.I1:op.I2], used, 1)
		for k := op.I1; k < op.I2; k++ {
			cl.add("delete", src, k, used[[2]int{0, k}])
		}
		for k := op.J1; k < op.J2; k++ {
			cl.add("insert", cp, k, used[[2]int{1, k}])
		}
		out = append(out, cl.facts...)
		cl.facts = nil
	}
	flush()
	out = append(out, kept...)
	out = append(out, unpaired(negs)...)
	// a number kept with another bound ("nearly 40%" → "over 40%") is
	// another number, though the diff keeps its digits
	for _, k := range boundChanges(numbersOf(src), cp, nil) {
		out = append(out, factChange{"insert", "number", boundWords(cp, k)})
	}
	return out
}

// maxClaimGap is how many kept words may stand between two changes of
// one claim: "did not say the plan would fail" → "said the plan would
// succeed".
const maxClaimGap = 3

// punctuatedAround reports whether punctuation stands around or between the
// tokens [i, j) of ts, which then part two claims.
func punctuatedAround(ts []text.Token, i, j int) bool {
	for x := max(i, 1); x <= j && x < len(ts); x++ {
		if ts[x].Start-ts[x-1].End > 1 {
			return true
		}
	}
	return false
}

// claimEdit gathers the changes the diff makes to one claim: the numbers
// and names it puts in or takes out (facts), its negations, the words it
// replaces by their opposite. "failed to" and the like count among its
// negations: dropped ("won back" for "failed to win back") they reverse
// the claim as "not" dropped does; so does a verb of negative sense that
// leads to an act ("held off paying"). On a thing ("missed the deadline";
// negVerb) it only balances them.
type claimEdit struct {
	facts, revs []factChange
	negs        []placedNeg
	soft        [2]int // the negVerb words deleted and inserted: they only balance negs
	seg         int    // the stretch between punctuation the claim stands in
}

// placedNeg is a negation a diff puts in or takes out, the stretch
// between punctuation it stands in (seg) and the key of the word it bears
// on ("" for none).
type placedNeg struct {
	factChange
	seg int
	key string
}

// newPlacedNeg places the negation ts[k] of claim c.
func (c *claimEdit) newPlacedNeg(op string, ts []text.Token, k int, word string) placedNeg {
	n := placedNeg{factChange: factChange{op, "negation", word}, seg: c.seg}
	if g := governed(ts, k); g >= 0 {
		n.key, _ = indexKey(ts[g])
	}
	return n
}

// unpaired returns the negations of negs that no negation of the other
// side cancels: a negation swapped for another ("without" for "no") in
// the same stretch between punctuation, or on the same word elsewhere (a
// clause moved whole), changes nothing; one taken out of a clause and
// another put in a clause the punctuation parts from it reverse both.
func unpaired(negs []placedNeg) []factChange {
	done := make([]bool, len(negs))
	pair := func(key func(n placedNeg) string) {
		open := map[string][]int{} // the unpaired insertions by key
		for i, n := range negs {
			if k := key(n); n.op == "insert" && !done[i] && k != "" {
				open[k] = append(open[k], i)
			}
		}
		for i, d := range negs {
			if k := key(d); d.op == "delete" && !done[i] && k != "" && len(open[k]) > 0 {
				done[i], done[open[k][0]] = true, true
				open[k] = open[k][1:]
			}
		}
	}
	pair(func(n placedNeg) string { return strconv.Itoa(n.seg) })
	pair(func(n placedNeg) string { return verbKey(n.key) })
	var out []factChange
	for i, n := range negs {
		if !done[i] {
			out = append(out, n.factChange)
		}
	}
	return out
}

// verbKey is one key for the forms of a verb that stemming leaves apart
// ("win", "won"; see sameVerb).
func verbKey(k string) string {
	out := k
	for _, g := range irregularForms[k] {
		out = min(out, g)
	}
	return out
}

// add weighs token k of ts, which the diff deletes or inserts (op); a
// token a reversal takes (used) is no negation of its own. A capital
// opening either passage names no one ("Around 30,000 homes …"), nor does
// a capitalised stop word.
func (c *claimEdit) add(op string, ts []text.Token, k int, used bool) {
	t := ts[k]
	switch {
	case t.Number || strings.ContainsAny(t.Surface, "0123456789") || numberWords[t.Norm]:
		c.facts = append(c.facts, factChange{op, "number", t.Surface})
	case negatesAt(ts, k):
		c.negs = append(c.negs, c.newPlacedNeg(op, ts, k, negationWord(ts, k)))
	case isNegation(t.Norm) || t.Norm == "né":
		// a negation carried on, or "né" for "born": no fact
	case !used && failedTo(ts, k):
		c.negs = append(c.negs, c.newPlacedNeg(op, ts, k, t.Surface+" "+ts[k+1].Surface))
	case !used && negVerb(ts, k):
		c.soft[b2i(op == "insert")]++
	case k > 0 && isUpperWord(t.Surface) && !t.Stop && !notNames[t.Norm]:
		c.facts = append(c.facts, factChange{op, "name", t.Surface})
	}
}

// standing adds to negs and kept the negations and reversals of the claim
// that stand: a word replaced by its opposite reverses the claim, as a
// negation put in or taken out does; the two together ("would not
// support" for "would oppose", "refused to admit" for "denied") keep it.
// Two opposites do not cancel: "exports rose and imports fell" turned
// round reverses both.
func (c claimEdit) standing(negs []placedNeg, kept []factChange) ([]placedNeg, []factChange) {
	ins := 0
	for _, n := range c.negs {
		if n.op == "insert" {
			ins++
		}
	}
	flipped := 2*ins-len(c.negs) != 0
	// "missed" for "failed to meet", "held off" for "stopped short of"
	balanced := ins+c.soft[1] == len(c.negs)-ins+c.soft[0]
	switch {
	case !flipped || balanced: // no negation, or one swapped for another
		return negs, append(kept, c.revs...)
	case len(c.revs) == 1:
		return negs, kept
	}
	return append(negs, c.negs...), append(kept, c.revs...)
}
