package statements

import (
	"slices"
	"strings"

	"github.com/provcheck/provcheck/provenance/text"
)

// opposites pairs the words of opposite sense, by stem: "admitted" for
// "denied", "support" for "oppose" reverses a claim as surely as a dropped
// "not". Each group is "a|forms:b|forms", the forms the stemmer does not
// bring together (irregular verbs) listed with their word.
var opposites = oppositePairs(`deny|denial:admit|admission deny|denial:confirm|confirmation
	accept|acceptance:reject|rejection approve|approval:reject|rejection approve:veto
	support|supporter:oppose|opponent|opposition favour|favor:oppose|opponent
	increase:decrease increase:reduce|reduction increase:cut raise:cut raise:lower raise:reduce
	rise|rose|risen:fall|fell|fallen rise|rose|risen:drop rise|rose|risen:decline higher:lower
	win|won:lose|lost victory:defeat gain:lose|lost gain:loss profit:loss surplus:deficit
	succeed|success|successful:fail|failure agree|agreement:disagree|disagreement
	allow:ban allow:forbid|forbade|forbidden allow:prohibit permit:ban permit:prohibit
	include:exclude acquit|acquittal:convict|conviction guilty:innocent legal:illegal
	strengthen:weaken improve|improvement:worsen improve|improvement:deteriorate
	grow|grew|grown|growth:shrink|shrank|shrunk expand|expansion:shrink|shrank|shrunk
	welcome:condemn praise:criticise|criticize|criticism praise:condemn lift:impose
	likely:unlikely possible:impossible safe:unsafe open|opened:close|closed|shut
	miss:meet|met miss:hit skip:attend`)

// oppositePairs reads the groups of s into a map from each stem to the
// stems of opposite sense.
func oppositePairs(s string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	stems := func(forms string) []string {
		var st []string
		for _, w := range strings.Split(forms, "|") {
			for _, t := range text.Tokenize(w, "") {
				st = append(st, t.Stem)
			}
		}
		return st
	}
	for _, g := range strings.Fields(s) {
		a, b, ok := strings.Cut(g, ":")
		if !ok {
			continue
		}
		sa, sb := stems(a), stems(b)
		for _, x := range sa {
			for _, y := range sb {
				if out[x] == nil {
					out[x] = map[string]bool{}
				}
				if out[y] == nil {
					out[y] = map[string]bool{}
				}
				out[x][y], out[y][x] = true, true
			}
		}
	}
	return out
}

// opposite reports whether tokens a and b are words of opposite sense.
func opposite(a, b text.Token) bool { return opposites[a.Stem][b.Stem] }

// oppositeWord finds a word of src that cp replaces by its opposite in
// the same claim: the word's stem is absent from cp, its opposite's from
// src, a content word stands near both (as negationLost ties a negation to
// its claim), and both or neither are negated ("would not support" for
// "would oppose" keeps the sense). It returns the two words as "denied →
// admitted", or "". Each word weighs the first few places of its opposite
// in cp, so a long passage takes linear time.
func oppositeWord(src, cp []text.Token) string {
	cAt := map[string][]int{}
	for j, t := range cp {
		if opposites[t.Stem] != nil && len(cAt[t.Stem]) < maxOppositePlaces {
			cAt[t.Stem] = append(cAt[t.Stem], j)
		}
	}
	if len(cAt) == 0 {
		return ""
	}
	sStems := stemsOf(src)
	for i, a := range src {
		if opposites[a.Stem] == nil {
			continue
		}
		for y := range opposites[a.Stem] {
			for _, j := range cAt[y] {
				if negatedNear(src, i) != negatedNear(cp, j) {
					continue
				}
				if cAt[a.Stem] == nil && !sStems[y] && sharesNeighbour(src, i, cp, j) || swappedOn(src, i, cp, j, cAt) {
					return a.Surface + " → " + cp[j].Surface
				}
			}
		}
	}
	return ""
}

// swappedOn reports whether cp[j], the opposite of src[i], bears on the
// word src[i] bears on (the content word just after each: "raise prices"
// → "cut prices"), which neither side also joins to the other word of the
// pair. Both words may then stand on both sides, on other objects: "raise
// prices and cut choice" → "cut prices and raise choice", or "supported it
// and opposed the tax" → "opposed it and supported the tax" (objectRef).
// cAt holds the first places of each word of a pair in cp.
func swappedOn(src []text.Token, i int, cp []text.Token, j int, cAt map[string][]int) bool {
	o := objectRef(src, i)
	if o == "" || o == "?" || objectRef(cp, j) != o {
		return false
	}
	// a pronoun that stands for nothing named before it may stand for o
	may := func(ref string) bool {
		return ref == o || ref == "?" || !strings.HasPrefix(o, "=") && strings.HasPrefix(ref, "=")
	}
	for _, k := range cAt[src[i].Stem] {
		if may(objectRef(cp, k)) {
			return false // cp keeps "raise prices" too, or may ("raise them")
		}
	}
	for k := max(0, i-maxSwapReach); k < len(src) && k <= i+maxSwapReach; k++ {
		if src[k].Stem == cp[j].Stem && may(objectRef(src, k)) {
			return false // src says "cut prices" too, or may ("cut them")
		}
	}
	return true
}

// objectRef is the key of what ts[k] bears on: the object it names
// (objectOf) or, for a pronoun ("opposed it"), the object the nearest word
// of an opposite pair before it names, which it most likely stands for
// ("the mayor supported the plan but the fishermen opposed it": the plan).
// A pronoun in the passage's first clause stands for what the words
// before the passage name, the same on both sides: its key is the pronoun
// ("=it": "She supported it …" → "She opposed it …"). One after words of
// an earlier clause may stand for them: "?", which matches nothing.
func objectRef(ts []text.Token, k int) string {
	if !onPronoun(ts, k) {
		return objectOf(ts, k)
	}
	clause := true // still in the pronoun's own clause
	for g := k - 1; g >= 0 && g >= k-maxSwapReach; g-- {
		if opposites[ts[g].Stem] != nil {
			if o := objectOf(ts, g); o != "" {
				return o
			}
		}
		if _, ok := indexKey(ts[g]); ok && !clause {
			return "?"
		}
		clause = clause && !clauseJoiners[ts[g].Norm] && ts[g+1].Start-ts[g].End <= 1
	}
	return "=" + ts[k+1].Norm
}

// clauseJoiners open a clause: a word before them is no part of it.
var clauseJoiners = wordSet(`and but or while whereas though although because yet so when after before`)

// onPronoun reports whether ts[k] bears on a pronoun ("opposed it"),
// which may stand for any object named before it.
func onPronoun(ts []text.Token, k int) bool {
	return k+1 < len(ts) && objectPronouns[ts[k+1].Norm] && objectOf(ts, k) == ""
}

// objectPronouns stand for an object named elsewhere.
var objectPronouns = wordSet(`it them this that these those him her`)

// maxSwapReach is how far from a word swappedOn looks for the source's own
// use of its opposite on the same object.
const maxSwapReach = 40

// objectOf is the key of the word ts[k] bears on as its object: the next
// content word, after at most two determiners ("raise the prices"), if no
// word of an opposite pair; or "". A preposition or conjunction first
// leaves none: "wages fell in March" says nothing of March, and the word
// an intransitive verb bears on stands before it.
func objectOf(ts []text.Token, k int) string {
	for g := k + 1; g < len(ts) && g <= k+3; g++ {
		key, ok := indexKey(ts[g])
		switch {
		case ok && !ts[g].Number && opposites[ts[g].Stem] == nil:
			return key
		case ok || !determiners[ts[g].Norm]:
			return ""
		}
	}
	return ""
}

// determiners may stand between a verb and its object.
var determiners = wordSet(`the a an its their his her our your my this that these those some any more fewer less`)

// maxOppositePlaces bounds the places of one word oppositeWord weighs.
const maxOppositePlaces = 8

// oppositesBetween counts the words of a that b replaces by their
// opposite, each absent from the other side: the cue words of two
// statements ("denied that" → "confirmed that").
func oppositesBetween(a, b []text.Token) int {
	n := 0
	var as, bs map[string]bool
	for _, x := range a {
		if opposites[x.Stem] == nil {
			continue
		}
		if as == nil {
			as, bs = stemsOf(a), stemsOf(b)
		}
		if bs[x.Stem] {
			continue
		}
		for y := range opposites[x.Stem] {
			if bs[y] && !as[y] {
				n++
				break
			}
		}
	}
	return n
}

// stemsOf is the set of the stems of ts.
func stemsOf(ts []text.Token) map[string]bool {
	out := make(map[string]bool, len(ts))
	for _, t := range ts {
		out[t.Stem] = true
	}
	return out
}

// failedTo reports whether ts[k] negates what it leads to as "not"
// does: "failed to win back" is "did not win back", "refused to admit"
// is "did not admit", "fell short of its target" did not reach it, so
// "lost" or "denied" for them keeps the sense and "won back" reverses it.
// A number or a determiner after "to" is a level reached, not an act
// forgone: "sales declined to 5%".
func failedTo(ts []text.Token, k int) bool {
	switch {
	case k+1 >= len(ts):
		return false
	case failWords[ts[k].Stem] && ts[k+1].Norm == "to":
		return k+2 == len(ts) || !ts[k+2].Number && !strings.ContainsAny(ts[k+2].Norm, "0123456789") && !levelWords[ts[k+2].Norm]
	case k+2 < len(ts) && shortOfWords[ts[k].Norm] && ts[k+1].Norm == "short" && ts[k+2].Norm == "of":
		return true
	}
	return forgoesAct(ts, k) >= 0
}

// forgoesAct is the place of the act a negative verb ts[k] says was not
// done, or -1: the gerund it leads to, through its particle and one
// preposition ("held off paying", "refrained from paying", "shied away
// from naming"). Such a verb says "did not pay" as "failed to pay" does;
// on a thing ("avoided the press", "missed the deadline") it negates no
// act of its own, nor does one a time or event bounds ("held off paying
// until March", "avoided paying for months before settling it"): the act
// was done later (delayUntil).
func forgoesAct(ts []text.Token, k int) int {
	if !negVerb(ts, k) {
		return -1
	}
	g := leadsToAct(ts, k, negVerbs[ts[k].Stem].particle)
	if g >= 0 && delayUntil(ts, g, delayVerb(ts, k)) {
		return -1
	}
	return g
}

// leadsToAct is the place of the gerund the verb ts[k] leads to through
// its particle (if any) and one preposition, or -1.
func leadsToAct(ts []text.Token, k int, particle string) int {
	g := k + 1
	if particle != "" {
		g++
	}
	if g < len(ts) && actPrepositions[ts[g].Norm] {
		g++
	}
	if g < len(ts) && gerund(ts[g]) && ts[g].Start-ts[g-1].End <= 1 {
		return g
	}
	return -1
}

// delayedIn reports whether a negative verb among ts[lo:hi] leads to an
// act that a time or event after it bounds in ts: the changed words alone
// do not show it ("held off paying" of "held off paying until March").
func delayedIn(ts []text.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if negVerb(ts, k) && forgoesAct(ts, k) < 0 && leadsToAct(ts, k, negVerbs[ts[k].Stem].particle) >= 0 {
			return true
		}
	}
	return false
}

// maxDelayReach is how many words after an act delayUntil looks for the
// time or event that bounds it.
const maxDelayReach = 8

// delayUntil reports whether a verb of delay (delay) has its act bounded,
// in its clause, by the time or event it waited for: "until March", "till
// the audit was done", "pending the audit", or a span of time, "for
// months". "Held off paying until March" paid, later; "avoided paying
// until the audit" or "refrained from paying before the deadline" may
// never have paid, and "before" says nothing of after.
func delayUntil(ts []text.Token, g int, delay bool) bool {
	if !delay {
		return false
	}
	for x := g + 1; x < len(ts) && x <= g+maxDelayReach; x++ {
		switch w := ts[x].Norm; {
		case untilWords[w] && (w != "pending" || x+1 < len(ts) && determiners[ts[x+1].Norm]):
			return true // not "the pending fine"
		case w == "for" && spanOfTime(ts, x):
			return true
		case ts[x].Start-ts[x-1].End > 1 || clauseJoiners[w] && w != "and" && w != "or":
			return false // "…, the mayor said before the vote": another clause
		}
	}
	return false
}

// untilWords bound the wait for an act by a time or an event.
var untilWords = wordSet(`until till pending`)

// spanOfTime reports whether the "for" ts[x] opens a span of time: "for
// months", "for two weeks", "for a while" ("for the repairs" is none).
func spanOfTime(ts []text.Token, x int) bool {
	for y := x + 1; y < len(ts) && y <= x+3; y++ {
		switch w := ts[y].Norm; {
		case timeSpans[w]:
			return y+1 >= len(ts) || ts[y+1].Norm != "of" // not "for two weeks of overtime"
		case !determiners[w] && !ts[y].Number && !numberWords[w] && w != "few" && w != "several" && w != "many":
			return false
		}
	}
	return false
}

// timeSpans are the units of a span of time.
var timeSpans = wordSet(`while hour hours day days week weeks month months year years decade decades`)

// delayVerb reports whether ts[k] is a verb of delay, whose act is put
// off rather than forgone: "held off paying", "put off paying",
// "postponed paying", "deferred paying", "delayed paying".
func delayVerb(ts []text.Token, k int) bool {
	p, ok := delayVerbs[ts[k].Stem]
	return ok && (p == "" || k+1 < len(ts) && ts[k+1].Norm == p)
}

// delayedAct reports whether a verb of delay leads to the act ts[j]:
// "put off paying" for "held off paying" keeps the claim.
func delayedAct(ts []text.Token, j int) bool {
	for x := j - 1; x >= 0 && x >= j-3; x-- {
		if delayVerb(ts, x) && leadsToAct(ts, x, delayVerbs[ts[x].Stem]) == j {
			return true
		}
	}
	return false
}

// delayVerbs maps the stems of the verbs of delay to the particle they
// need ("" for none).
var delayVerbs = func() map[string]string {
	out := map[string]string{}
	for _, e := range strings.Fields(`hold|held+off put+off postpone defer delay`) {
		forms, particle, _ := strings.Cut(e, "+")
		for _, w := range strings.Split(forms, "|") {
			for _, t := range text.Tokenize(w, "") {
				out[t.Stem] = particle
			}
		}
	}
	return out
}()

// actPrepositions lead from a negative verb to the act it forgoes.
var actPrepositions = wordSet(`from of at on`)

// gerund reports whether t is the "-ing" form of a verb: not a noun that
// ends so ("morning", "thing"), nor a capitalised name.
func gerund(t text.Token) bool {
	return len(t.Norm) > 5 && strings.HasSuffix(t.Norm, "ing") && !t.Capital && !t.Stop && !ingNouns[t.Norm]
}

// ingNouns end in "-ing" and are no act: "missed the morning", "lacked
// funding".
var ingNouns = wordSet(`morning evening during nothing something anything everything ceiling building
	funding clothing housing wedding training spring string`)

// failWords are the stems of the verbs that negate what they lead to.
var failWords = func() map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Tokenize("fail refuse decline unable neglect", "") {
		out[t.Stem] = true
	}
	return out
}()

// shortOfWords are the verbs of "fell short of", "stopped short of".
var shortOfWords = wordSet(`fall falls fell fallen falling stop stops stopped stopping`)

// levelWords after "declined to" make it a level, not a refusal.
var levelWords = wordSet(`a an the its their his her our about around almost nearly just below under above over zero`)

// negVerb reports whether ts[k] is a verb that says its act was not
// done, as "failed to" says of the act it leads to: "missed the deadline"
// did not meet it, "held off declaring" did not declare. Put in where a
// "failed to" or "stopped short of" was dropped, or dropped where one was
// put in, it keeps the claim as "did not" would. On a thing, alone, it
// reverses nothing (one that leads to an act is a "failed to"; forgoesAct):
// "missed" of longing, or a word a rewriter made up in its place,
// are no negation changed; its opposites ("met" for "missed") are weighed
// as opposites. A determiner before it makes it a noun ("the lack of"), a
// capital a title ("Miss Universe"); "missing" is mostly a state ("went
// missing").
func negVerb(ts []text.Token, k int) bool {
	v, ok := negVerbs[ts[k].Stem]
	p := v.particle
	switch {
	case !ok || ts[k].Norm == "missing" || k > 0 && (nounMarkers[ts[k-1].Norm] || ts[k].Capital):
		return false
	case p == "":
		return true
	}
	return k+1 < len(ts) && ts[k+1].Norm == p
}

// negVerbs maps the stems of the verbs negVerb knows to the particle they
// need to say "did not" ("" for none) and the verb's first form (root),
// which its other forms share ("held" and "hold"). Each entry is
// "verb|forms", the forms stemming leaves apart listed, then "+particle"
// if any. Words of an opposite pair ("reject", "decline") are left out,
// and words whose stem other words share ("ignore", "ignorant").
var negVerbs = func() map[string]negVerbForm {
	out := map[string]negVerbForm{}
	for _, e := range strings.Fields(`miss skip avoid omit lack neglect forgo|forgoes|forwent|forgone
		forego|foregoes|forewent|foregone shun evade dodge abstain refrain balk|baulk
		withhold|withheld hold|held+off pass+up shy|shied|shies+away steer+clear resist keep|kept+from`) {
		forms, particle, _ := strings.Cut(e, "+")
		root, _, _ := strings.Cut(forms, "|")
		for _, w := range strings.Split(forms, "|") {
			for _, t := range text.Tokenize(w, "") {
				out[t.Stem] = negVerbForm{particle, root}
			}
		}
	}
	return out
}()

// negVerbForm is what negVerbs knows of a form of a negative verb.
type negVerbForm struct{ particle, root string }

// nounMarkers before a word make it a noun: "a miss", "the lack of".
var nounMarkers = wordSet(`a an the its their his our your my`)

// negVerbsPutIn counts the negative verbs of b that no negation governs
// beyond those a has in any form: "missed" for "failed to meet" is put
// in, "missed" for "did not miss" is kept and its negation dropped, and
// the "missed" of "missed the deadline" a and b both have is kept
// whatever a says of another "miss". Only a negative verb put in rewords
// a negation; one that leads to an act ("held off paying") is counted
// already, as the "failed to" it is.
func negVerbsPutIn(a, b []text.Token) int {
	ua, ub := negVerbUses(a), negVerbUses(b)
	n := 0
	for r, u := range ub {
		n += max(0, u.all-u.negated-u.acts-ua[r].all)
	}
	return n
}

// negVerbNegationsDropped counts the negations of a that govern a
// negative verb and that b drops together with that verb: "made the
// survey" for "did not miss the survey" states the claim plainly, a
// double negative undone, and reverses nothing. A form of the verb b
// keeps plain on the same object ("missed the survey") is the claim
// reversed, whatever other forms b drops.
func negVerbNegationsDropped(a, b []text.Token) int {
	ua, ub := negVerbUses(a), negVerbUses(b)
	dropped := map[string]int{}
	for i := range a {
		if !isNegation(a[i].Norm) && !failedTo(a, i) {
			continue
		}
		if g := governed(a, i); g >= 0 && negVerb(a, g) && !plainOnSameObject(a, g, b) {
			dropped[negVerbs[a[g].Stem].root]++
		}
	}
	n := 0
	for r, c := range dropped {
		n += min(c, max(0, ua[r].negated-ub[r].negated), max(0, ua[r].all-ub[r].all))
	}
	return n
}

// plainOnSameObject reports whether b states plainly, more often than a
// does, the negative verb a[g] on an object sharing a content word with
// a[g]'s: "missed the survey" for "did not miss the spring survey" restates
// the claim reversed, however the object is reworded, where a copy that
// keeps the original's own "missed the autumn survey" reverses nothing.
func plainOnSameObject(a []text.Token, g int, b []text.Token) bool {
	obj := objectKeys(a, g)
	return plainUses(b, a[g], obj) > plainUses(a, a[g], obj)
}

// plainUses counts the un-negated forms in ts of the negative verb v whose
// object is obj.
func plainUses(ts []text.Token, v text.Token, obj []string) int {
	n := 0
	for j := range ts {
		if negVerb(ts, j) && negVerbs[ts[j].Stem].root == negVerbs[v.Stem].root && !negatedNear(ts, j) && sameObject(objectKeys(ts, j), obj) {
			n++
		}
	}
	return n
}

// maxObjectWords is how many words after a verb its object is read in.
const maxObjectWords = 4

// objectKeys are the keys of the content words of the object after ts[k]:
// up to maxObjectWords words, ending at punctuation or a preposition ("the
// survey on Tuesday" is the survey).
func objectKeys(ts []text.Token, k int) []string {
	var out []string
	for x := k + 1; x < len(ts) && x <= k+maxObjectWords; x++ {
		if x > k+1 && (ts[x].Start-ts[x-1].End > 1 || headEnders[ts[x].Norm]) {
			break // "…, though": the object ended
		}
		if key, ok := indexKey(ts[x]); ok {
			out = append(out, key)
		}
	}
	return out
}

// sameObject reports whether two objects are one: they share a content
// word or a word and its synonym ("the reporters" for "the press"; see
// headlineSynonyms), or neither has any ("missed it" for "did not miss
// it": a pronoun on both sides).
func sameObject(a, b []string) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	for _, x := range a {
		if slices.ContainsFunc(b, func(y string) bool { return x == y || sameGroup(x, y) }) {
			return true
		}
	}
	return false
}

// negVerbUse counts the forms of one negative verb in a text, those of
// them a negation governs ("did not miss"), and those no negation governs
// that lead to an act ("held off paying").
type negVerbUse struct{ all, negated, acts int }

// negVerbUses counts the negative verbs of ts by their root.
func negVerbUses(ts []text.Token) map[string]negVerbUse {
	out := map[string]negVerbUse{}
	for k := range ts {
		if negVerb(ts, k) {
			u := out[negVerbs[ts[k].Stem].root]
			u.all++
			if forgoesAct(ts, k) >= 0 && !negatedNear(ts, k) {
				u.acts++
			}
			out[negVerbs[ts[k].Stem].root] = u
		}
	}
	for i := range ts {
		if !isNegation(ts[i].Norm) && !failedTo(ts, i) {
			continue
		}
		if g := governed(ts, i); g >= 0 && negVerb(ts, g) {
			u := out[negVerbs[ts[g].Stem].root]
			u.negated = min(u.negated+1, u.all)
			out[negVerbs[ts[g].Stem].root] = u
		}
	}
	return out
}

// failedToCount counts the words of ts that negate what follows them
// ("failed to", "refused to").
func failedToCount(ts []text.Token) int {
	n := 0
	for k := range ts {
		if failedTo(ts, k) {
			n++
		}
	}
	return n
}
