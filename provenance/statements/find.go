package statements

import (
	"sort"
	"strings"
	"unicode"

	"github.com/provcheck/provcheck/provenance/text"
)

// Options tunes Find and Compare; the zero value reads English.
type Options struct {
	Language string // BCP 47 code; "" means English
}

// cueVerbs maps each inflection of a reporting verb to its base form.
var cueVerbs = func() map[string]string {
	m := map[string]string{}
	regular := `want call cite support criticize criticise condemn attack plan blame praise decline defend
		show find say tell explain warn note highlight argue add believe claim state report announce insist
		suggest acknowledge admit contend assert declare maintain predict stress emphasize emphasise
		conclude think feel recall reveal confirm deny tweet respond reply comment observe indicate
		estimate fear hope worry expect agree accuse charge urge caution complain allege point concede
		promise vow pledge boast testify explain wonder ask question acknowledge describe suspect
		recount remark mention announce signal hint disclose contend recommend propose demand
		counter counsel advise reckon doubt joke lament write know learn refer talk endorse oppose
		reiterate echo express voice repeat slam blast denounce decry deride mock tout hail applaud
		congratulate thank rebuke lambaste assail rail dismiss reject rebuff chide scold portray label dub
		characterize characterise liken brand term deem regard view consider apologize apologise underscore
		reaffirm affirm proclaim articulate outline detail list reference invoke allude quip muse speculate
		forecast assure reassure remind inform implore plead press push encourage persuade convince
		request order instruct invite challenge interject shout yell chant cheer boo heckle retweet email
		unveil back favor favour prefer champion advocate promote justify embrace welcome celebrate credit
		attribute threaten want wish desire aim intend anticipate decide opt refuse disagree dispute
		contest rebut refute discuss debate negotiate address remember recognize recognise realize realise
		notice assume presume imagine trust distrust`
	for _, v := range strings.Fields(regular) {
		m[v] = v
		m[v+"s"] = v
		if doubledFinal[v] {
			last := v[len(v)-1:]
			m[v+last+"ed"], m[v+last+"ing"] = v, v // "planned", "admitting"
		}
		if strings.HasSuffix(v, "e") {
			m[v+"d"] = v
			m[v[:len(v)-1]+"ing"] = v
		} else {
			m[v+"ed"] = v
			m[v+"ing"] = v
		}
		if strings.HasSuffix(v, "y") && !strings.HasSuffix(v, "ay") {
			m[v[:len(v)-1]+"ies"] = v
			m[v[:len(v)-1]+"ied"] = v
		}
		if strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "x") {
			m[v+"es"] = v
		}
	}
	for w, v := range map[string]string{"said": "say", "told": "tell", "thought": "think", "felt": "feel",
		"wrote": "write", "written": "write", "knew": "know", "known": "know", "learnt": "learn", "found": "find", "shown": "show", "referring": "refer", "referred": "refer",
		"stressed": "stress", "tweeted": "tweet", "admitted": "admit", "vowed": "vow",
		"saw": "see", "sees": "see", "seen": "see", "sought": "seek", "seeks": "seek", "seeking": "seek", "seek": "seek",
		"swore": "swear", "sworn": "swear", "understood": "understand",
		"chose": "choose", "chosen": "choose", "laid": "lay", "lashed": "lash", "slammed": "slam", "slamming": "slam",
		"blasted": "blast", "echoes": "echo", "echoed": "echo", "pressed": "press", "pushed": "push", "pushes": "push",
		"dubbed": "dub", "dubbing": "dub", "chanted": "chant", "referenced": "reference", "emailed": "email",
		"favored": "favor", "preferred": "prefer", "preferring": "prefer", "threatened": "threaten",
		"wanted": "want", "wished": "wish", "wishes": "wish", "opted": "opt", "regretted": "regret", "regret": "regret"} {
		m[w] = v
	}
	return m
}()

// actVerbs are cues of an attitude or an act rather than of words: what
// follows them is a stance, which Compare leaves alone.
var actVerbs = wordSet(`deem regard view consider wish desire aim intend anticipate decide opt
	refuse prefer favor favour back champion advocate promote embrace welcome celebrate credit attribute
	threaten challenge invite cheer boo heckle remember recognize recognise realize realise notice assume
	presume imagine trust distrust encourage persuade convince push press negotiate address contest
	disagree justify order request unveil seek choose understand regret dismiss reject rebuff`)

// doubledFinal are the cue verbs that double their last consonant before
// -ed and -ing.
var doubledFinal = wordSet(`plan slam dub quip rebut refer admit commit regret abet compel propel repel
	equip omit permit submit emit prefer concur confer defer deter infer chat`)

// auxVerbs may stand between a subject and its cue ("has said", "also warned").
var auxVerbs = wordSet(`has have had is was are were be been will would could should can may might
	also previously recently later then once repeatedly publicly further again never often
	already not just even still earlier first last reportedly privately openly flatly quickly
	who did does do didn't doesn't don't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't
	isn't wasn't aren't weren't`)

var beVerbs = wordSet(`is was are were be been being`)

var hedgeWords = wordSet(`could may might allegedly reportedly suspected possibly possible likely
	perhaps probably apparently potentially seems seem seemed appears appear appeared suggests
	suggest suggested purportedly supposedly unconfirmed rumored rumoured presumably arguably
	unclear uncertain believed alleged suspect suspects`)

// frame is one attribution found in a sentence, in byte offsets.
type frame struct {
	content  span
	cue      span
	subj     [2]int // token range of the speaker's noun phrase; [0,0] for none
	hasSubj  bool
	cueToken int
	adverb   bool // an adverb of manner stands between subject and cue
	stance   bool // no verb of saying or thinking: an act, a stance or an appearance
}

// Find returns every direct quote and attributed statement of txt, in text
// order, each with its resolved speaker.
func Find(txt string, opts Options) []Statement {
	if strings.TrimSpace(txt) == "" {
		return nil
	}
	return findIn(newDoc(txt, opts.Language))
}

// findIn is Find over an analysed text.
func findIn(d *doc) []Statement {
	reg := newRegistry(d)
	var out []Statement
	var lastDirect *Statement
	lastDirectSent := -10
	var intro *frame // "X said:" ending the previous sentence
	for si, sent := range d.sents {
		frames := findFrames(d, reg, sent)
		if intro != nil && len(frames) == 0 && len(quotesIn(d, sent)) > 0 {
			frames = append(frames, *intro) // its quote follows
		}
		intro = colonIntro(d, sent)
		qs := quotesIn(d, sent)
		covered := make([]bool, len(frames))
		for _, qi := range qs {
			q := d.quotes[qi]
			st := Statement{Kind: Direct, Content: d.span(q.start, trimTrailing(d.s, q.start, q.end))}
			if sp, ms, ok := transcriptLabel(d, reg, q); ok {
				st.Speaker, st.SpeakerSpan = sp, &ms
			} else if fi := nearestFrame(frames, q); fi >= 0 {
				f := frames[fi]
				st.Cue = d.s[f.cue.start:f.cue.end]
				cs := d.span(f.cue.start, f.cue.end)
				st.CueSpan = &cs
				st.Speaker, st.SpeakerSpan = speakerOf(reg, f)
				if f.content.start >= q.open-2 && f.content.end <= q.close+2 || quoteCovers(q, f.content) {
					covered[fi] = true
				}
			} else {
				if wordCount(d, q.start, q.end) < 4 && !endsSentence(d.s[q.start:q.end]) {
					continue
				}
				if lastDirect != nil && si-lastDirectSent <= 2 {
					st.Speaker, st.Linked = lastDirect.Speaker, true
				}
			}
			if contentWordsIn(d, q.start, q.end) == 0 || isTitleQuote(d, q) {
				continue // "he.", "the": no words of anyone's
			}
			st.Hedges = hedgesIn(d, q.start, q.end)
			out = append(out, st)
			if st.Speaker != nil {
				lastDirect, lastDirectSent = &out[len(out)-1], si
			}
		}
		for fi, f := range frames {
			if covered[fi] || f.content.end <= f.content.start {
				continue
			}
			cs := d.span(f.cue.start, f.cue.end)
			kind := Reported
			if f.stance {
				kind = Stance
			}
			st := Statement{Kind: kind, Content: d.span(f.content.start, f.content.end), Cue: d.s[f.cue.start:f.cue.end], CueSpan: &cs}
			st.Speaker, st.SpeakerSpan = speakerOf(reg, f)
			st.Hedges = hedgesIn(d, f.content.start, f.content.end)
			out = append(out, st)
			if st.Speaker != nil {
				lastDirect, lastDirectSent = &out[len(out)-1], si
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Content.Start < out[j].Content.Start })
	return out
}

func speakerOf(reg *registry, f frame) (*Speaker, *text.Span) {
	if !f.hasSubj {
		return nil, nil
	}
	sp, m := reg.resolve(f.subj[0], f.subj[1])
	return sp, &m
}

func quoteCovers(q quote, c span) bool {
	in := min(q.end, c.end) - max(q.start, c.start)
	return in > 0 && float64(in) >= 0.8*float64(c.end-c.start)
}

// spoken reports whether quotation q, whose first token is i, is set as
// speech: it ends on a comma before its attribution ("“…,” Brook said") or
// follows a colon or a verb of saying.
func spoken(d *doc, q quote, i int) bool {
	if strings.HasSuffix(strings.TrimSpace(d.s[q.start:q.end]), ",") {
		return true
	}
	if strings.HasSuffix(strings.TrimSpace(d.s[max(q.open-3, 0):q.open]), ":") {
		return true
	}
	return i > 0 && sayingVerbs[d.toks[i-1].Norm]
}

// titleLine reports whether the line holding quotation q is itself in
// Title Case, as a headline is: there capitals tell nothing about the quote.
func titleLine(d *doc, q quote) bool {
	// a headline is short: look no further than 400 bytes either way
	lo, hi := max(q.open-400, 0), min(q.close+400, len(d.s))
	a := lo + strings.LastIndexByte(d.s[lo:q.open], '\n') + 1
	b := hi
	if k := strings.IndexByte(d.s[q.close:hi], '\n'); k >= 0 {
		b = q.close + k
	}
	i, j := d.tokRange(a, b)
	n, caps := 0, 0
	for _, t := range d.toks[i:j] {
		if t.Start >= q.open && t.End <= q.close || t.Stop || t.Number {
			continue
		}
		n++
		caps += b2i(t.Capital)
	}
	return n > 0 && caps*10 >= n*9 // the words outside the quote: names fill prose, not whole lines
}

// isTitleQuote reports whether a quotation is the name of a show, a book
// or a film rather than speech: every word but the function words
// capitalised, and either named as a title (after "on" or a possessive:
// “on NBC's “Meet the Press””) or set as no sentence is, in prose, without
// the comma, colon or verb of saying that marks speech.
func isTitleQuote(d *doc, q quote) bool {
	i, j := d.tokRange(q.start, q.end)
	if j-i < 2 || j-i > 10 {
		return false
	}
	named := i > 0 && (d.toks[i-1].Norm == "on" || strings.HasSuffix(d.toks[i-1].Norm, "'s"))
	if !named && (j-i > 8 || j-i < 3 || contentWordsIn(d, q.start, q.end) < 2 || endsSentence(d.s[q.start:q.end]) || isAllCaps(d.toks[i].Surface) || spoken(d, q, i) || titleLine(d, q)) {
		return false // a title named as one, or a Title Case name that is no sentence
	}
	for _, t := range d.toks[i:j] {
		if !t.Capital && !t.Stop && !t.Number {
			return false
		}
	}
	return d.toks[i].Capital && d.toks[j-1].Capital
}

func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

func wordCount(d *doc, start, end int) int {
	i, j := d.tokRange(start, end)
	return j - i
}

// quotesIn lists the quotations that open inside sent.
func quotesIn(d *doc, sent span) []int {
	var out []int
	k := sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k].open >= sent.start })
	for ; k < len(d.quotes) && d.quotes[k].open < sent.end; k++ {
		out = append(out, k)
	}
	return out
}

// nearestFrame picks the attribution of a sentence that a quotation belongs
// to: the one whose content holds it, else the one whose cue is nearest.
func nearestFrame(fs []frame, q quote) int {
	if i := nearestOf(fs, q, false); i >= 0 {
		return i
	}
	return nearestOf(fs, q, true) // only an act is near: "X blasted Y as “…”"
}

// nearestOf is nearestFrame over the frames whose stance flag is stance.
func nearestOf(fs []frame, q quote, stance bool) int {
	best, bestDist := -1, 1<<62
	for i, f := range fs {
		if !f.hasSubj || f.stance != stance {
			continue
		}
		if f.content.start <= q.start && q.end <= f.content.end+2 {
			return i
		}
		dist := min(abs(f.cue.start-q.close), abs(q.open-f.cue.end))
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func hedgesIn(d *doc, start, end int) []string {
	i, j := d.tokRange(start, end)
	var out []string
	for _, t := range d.toks[i:j] {
		if hedgeWords[t.Norm] {
			out = append(out, t.Norm)
		}
	}
	return out
}

// findFrames finds the attributions of one sentence: "X said (that) …",
// "…, X said", "…, said X", "according to X, …" and "in X's view, …".
func findFrames(d *doc, reg *registry, sent span) []frame {
	i0, j0 := d.tokRange(sent.start, sent.end)
	var out []frame
	if f, ok := headlineColon(d, sent, i0, j0); ok {
		out = append(out, f)
	} else if f, ok := headlineCue(d, sent, i0, j0); ok {
		return append(out, f)
	}
	for c := i0; c < j0; c++ {
		t := d.toks[c]
		if d.inQuote(t.Start) >= 0 {
			continue
		}
		var f frame
		var ok bool
		switch {
		case t.Norm == "according" && c+1 < j0 && d.toks[c+1].Norm == "to":
			f, ok = accordingTo(d, sent, i0, j0, c)
		case t.Norm == "quoted" && c > i0:
			f, ok = quotedAsSaying(d, sent, i0, j0, c)
		case t.Norm == "asked" && c+1 < j0 && askedObjects[d.toks[c+1].Norm] && passiveAsk(d, i0, c):
			f, ok = askedAbout(d, sent, j0, c)
		case stanceNouns[t.Norm] && c+2 < j0 && stancePreps[d.toks[c+1].Norm] && d.gapClean(c, c+1, -1) && !framed(out, t.Start):
			f, ok = stanceNoun(d, reg, sent, i0, j0, c)
		case nounCues[t.Norm] && c > i0 && c+1 < j0 && strings.HasSuffix(d.toks[c-1].Norm, "'s") && d.toks[c+1].Norm == "that":
			f = frame{cue: span{t.Start, t.End}, cueToken: c, subj: [2]int{c - 1, c}, hasSubj: true}
			f.content, ok = span{d.toks[c+1].End + 1, contentEnd(d, sent)}, true
		case (t.Norm == "view" || t.Norm == "opinion") && c-1 > i0 && isPossessive(d.toks[c-1].Norm):
			f, ok = inViewOf(d, sent, i0, j0, c)
		case cueVerbs[t.Norm] != "" && strings.HasSuffix(t.Norm, "ing") && c > i0 && beVerbs[d.toks[c-1].Norm]:
			var prev *frame
			if len(out) > 0 {
				prev = &out[len(out)-1]
			}
			f, ok = verbFrame(d, sent, i0, j0, c, prev) // "is warning that …"
			f.stance = actVerbs[cueVerbs[t.Norm]]
		case cueVerbs[t.Norm] != "" && strings.HasSuffix(t.Norm, "ing") && quoteFollows(d, c):
			f, ok = participleFrame(d, reg, sent, j0, c)
		case c > i0 && c+2 < j0 && d.toks[c+1].Norm == "by" && beVerbs[d.toks[c-1].Norm] && (strings.HasSuffix(t.Norm, "ed") || irregularPast[t.Norm]) && !framed(out, t.Start):
			f, ok = passiveBy(d, sent, i0, j0, c)
		case stanceAdjectives[t.Norm] && c > i0 && c+1 < j0 && !t.Capital && !framed(out, t.Start):
			f, ok = adjectiveFrame(d, sent, i0, j0, c)
		case t.Norm == "in" && (c == i0 || clauseGap(d.s[d.toks[c-1].End:t.Start])) && !framed(out, t.Start):
			f, ok = inPoll(d, sent, j0, c)
		case passiveEvidentials[t.Norm] && c > i0 && c+1 < j0 && beVerbs[d.toks[c-1].Norm] && d.toks[c+1].Norm != "by" && d.toks[c+1].Norm != "that" && !framed(out, t.Start):
			f, ok = evidentialFrame(d, sent, i0, c) // "X is considered an asset", "Y was reported to …"
		case evidentials[t.Norm] && c > i0 && c+2 < j0 && d.toks[c+1].Norm == "to" && (t.Norm != "expected" || beVerbs[d.toks[c-1].Norm]) && !framed(out, t.Start):
			f, ok = evidentialFrame(d, sent, i0, c)
		case (speechParticiples[cueVerbs[t.Norm]] || cueVerbs[t.Norm] != "" && !actVerbs[cueVerbs[t.Norm]]) && strings.HasSuffix(t.Norm, "ing") && c > i0 && clauseGap(d.s[d.toks[c-1].End:t.Start]) && !framedBySpeech(d, out, t.Start):
			f, ok = participleClause(d, reg, sent, i0, j0, c, out)
			if ok {
				endActsBefore(d, sent, out, t.Start)
			}
		case (cueVerbs[t.Norm] != "" && !strings.HasSuffix(t.Norm, "ing") || looksLikeVerb(d, reg, c, i0)) && !t.Capital && !(c > i0 && nounMarker(d.toks[c-1].Norm) && d.gapClean(c-1, c, -1)) && !nounAfterName(d, reg, c, i0):
			var prev *frame
			if len(out) > 0 {
				prev = &out[len(out)-1]
			}
			f, ok = verbFrame(d, sent, i0, j0, c, prev)
			f.stance = cueVerbs[t.Norm] == "" || actVerbs[cueVerbs[t.Norm]] || strings.HasSuffix(t.Norm, "ing")
		}
		if ok && f.content.end > f.content.start && wordCount(d, f.content.start, f.content.end) >= 2 {
			f.content = capContent(d, f.content)
			out = append(out, f)
		}
	}
	endBeforeInversions(out)
	return out
}

// endBeforeInversions ends each frame's words where a later attribution
// set after its own words begins: in "A says B, C said", B is A's and ends
// before ", C said".
func endBeforeInversions(fs []frame) {
	for _, g := range fs {
		if g.content.end > g.cue.start {
			continue // its words follow it
		}
		for i := range fs {
			f := &fs[i]
			if g.cue.start > f.content.start && g.cue.start < f.content.end && g.content.end > f.content.start {
				f.content.end = min(f.content.end, g.content.end)
			}
		}
	}
}

// maxContentTokens bounds a reported statement: real clauses are far
// shorter, and a text without punctuation must not make every statement run
// to the end of one endless sentence.
const maxContentTokens = 250

// capContent cuts content c after maxContentTokens tokens.
func capContent(d *doc, c span) span {
	i, j := d.tokRange(c.start, c.end)
	if j-i > maxContentTokens {
		c.end = d.toks[i+maxContentTokens-1].End
	}
	return c
}

// maxLookBack bounds the rules that walk back to the start of a clause.
const maxLookBack = 40

// stanceNouns name a stance taken towards something, which PolNeAR
// attributes like a verb: "support for X", "his attacks on X", "criticism
// from X".
var stanceNouns = wordSet(`support opposition criticism criticisms attack attacks complaint complaints
	condemnation praise`)

// stancePreps join a stance noun to its object or its holder.
var stancePreps = wordSet(`for to of on against from that`)

// stanceNoun reads the stance noun at token c: the content is what the
// stance is about, up to the clause's end or its verb; the holder is a
// possessive before the noun, or the phrase after "from" ("criticism from
// the council that …"). A stance with no holder written is no attribution.
func stanceNoun(d *doc, reg *registry, sent span, i0, j0, c int) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c+1].End}, cueToken: c}
	if c > i0 && isPossessive(d.toks[c-1].Norm) && d.gapClean(c-1, c, -1) {
		f.subj, f.hasSubj = [2]int{c - 1, c}, true
	}
	k := c + 2
	if d.toks[c+1].Norm == "from" {
		b := k
		for b < j0 && b < k+6 && d.gapClean(b-1, b, -1) && d.toks[b].Norm != "that" && d.toks[b].Norm != "over" && d.toks[b].Norm != "about" {
			b++
		}
		if _, e, ok := nounPhrase(d, k, b-1); ok && e == b {
			f.subj, f.hasSubj = [2]int{k, b}, true
		}
		k = b
		if k < j0 && d.toks[k].Norm != "that" {
			return f, false // "criticism from the council" with no words
		}
		k++
	}
	if k >= j0 || d.inQuote(d.toks[k].Start) >= 0 && d.toks[c+1].Norm != "that" {
		return f, false
	}
	clause := d.toks[k-1].Norm == "that" // "complaints that the ferry was late": a whole clause
	end := contentEnd(d, sent)
	for x := k + 1; x < j0; x++ {
		if clauseGap(d.s[d.toks[x-1].End:d.toks[x].Start]) || !clause && (finiteVerbs[d.toks[x].Norm] || x >= k+12) {
			end = d.toks[x-1].End
			break
		}
	}
	f.content = span{d.toks[k].Start, end}
	// without a holder the stance is the writer's framing ("support for X
	// grew"), and the benchmark's source for it lies elsewhere
	return f, f.hasSubj
}

// documentNouns carry someone's words: "a statement by the council".
var documentNouns = wordSet(`statement statements release letter memo report filing post tweet email
	transcript remarks interview`)

// heldBy returns the token after "by"/"from" in a phrase [a, b) of the form
// "a statement by X", so X speaks rather than the document; else a.
func heldBy(d *doc, a, b int) int {
	for x := a; x+2 < b && x < a+4; x++ {
		if documentNouns[d.toks[x].Norm] && (d.toks[x+1].Norm == "by" || d.toks[x+1].Norm == "from") {
			return x + 2
		}
	}
	return a
}

// askedObjects introduce what someone was asked: "asked about the fares",
// "asked whether the pier would close".
var askedObjects = wordSet(`about whether if`)

// passiveAsk reports whether "asked" at token c is passive, with no asker
// written: "was asked about", "when asked whether", "Asked about …, X".
func passiveAsk(d *doc, i0, c int) bool {
	if c == i0 || clauseGap(d.s[d.toks[c-1].End:d.toks[c].Start]) {
		return true
	}
	switch d.toks[c-1].Norm {
	case "was", "were", "is", "are", "been", "being", "be", "when", "if", "after", "once":
		return true
	}
	return false
}

// askedAbout reads a passive question, "X was asked about the fares": the
// benchmark attributes the question's topic to no one written. The content
// runs to the end of the clause.
func askedAbout(d *doc, sent span, j0, c int) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c+1].End}, cueToken: c}
	k := c + 2
	if k >= j0 {
		return f, false
	}
	end := contentEnd(d, sent)
	for x := k + 1; x < j0; x++ {
		if clauseGap(d.s[d.toks[x-1].End:d.toks[x].Start]) {
			end = d.toks[x-1].End
			break
		}
	}
	f.content = span{d.toks[k].Start, end}
	return f, true
}

// quotedAsSaying reads "The Herald quoted a pilot as saying (that) …",
// the outlet's report, and "X was quoted as saying …", X's words.
func quotedAsSaying(d *doc, sent span, i0, j0, c int) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c}
	k := -1
	for x := c + 1; x+1 < j0 && x < c+12; x++ {
		if d.toks[x].Norm == "as" && (d.toks[x+1].Norm == "saying" || d.toks[x+1].Norm == "telling") {
			k = x + 2
			break
		}
	}
	if k < 0 || k >= j0 {
		return f, false
	}
	if d.toks[k].Norm == "that" && k+1 < j0 {
		k++
	}
	s := c - 1
	for s >= i0 && isAux(d.toks[s]) && d.gapClean(s, s+1, i0-1) {
		s--
	}
	if s >= i0 {
		if a, b, ok := subjectBefore(d, i0, s); ok {
			f.subj, f.hasSubj = [2]int{a, b}, true
		}
	}
	f.content = span{d.toks[k].Start, contentEnd(d, sent)}
	return f, true
}

// looksLikeVerb guesses, without a tagger, that token c is the finite verb
// of a clause whose subject is a named or pronoun speaker: "Clinton
// blasted …", "He is demanding …". Such statements are beliefs and acts
// as much as words, which the benchmark counts as attributions.
func looksLikeVerb(d *doc, reg *registry, c, i0 int) bool {
	t := d.toks[c]
	if t.Stop || t.Number || len(t.Norm) < 4 || c == i0 {
		return false
	}
	w := t.Norm
	verbish := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") || irregularPast[w]
	k := c - 1
	aux, modal := false, false
	for k >= i0 && isAux(d.toks[k]) && d.gapClean(k, k+1, i0-1) {
		aux = aux || auxVerbs[d.toks[k].Norm]
		modal = modal || modalAux[d.toks[k].Norm]
		k--
	}
	if aux && strings.HasSuffix(w, "ing") || modal && !isAux(t) && !isPossessive(w) && !notVerbs[w] {
		verbish = true // "has cast", "will accept": a verb follows a modal or "has"
	}
	if !verbish && !aux && k >= i0 && k == c-1 && pluralSubject(d.toks[k]) && objectFollows(d, c) {
		verbish = true // "voters want a change", "they blame Trump"
	}
	if !verbish || k < i0 || !d.gapClean(k, k+1, i0-1) || isSpeakerNoun(w) || eventVerbs[w] || inOpeningPhrase(d, i0, c) {
		return false
	}
	if introducesClause(d, c) {
		return true
	}
	// without a clause, only a speaker's act: "He blasted …", "Clinton
	// wants …", "Voters rejected …"
	switch d.toks[k].Norm {
	case "he", "she", "they", "we", "i":
		return true
	}
	if reg != nil && reg.isPerson(d.toks[k].Start) {
		return true
	}
	if reducedRelative(d, c, aux) {
		return false // "data related to …", "goods sold to …": the word modifies its noun
	}
	if isSpeakerNoun(d.toks[k].Norm) && !d.toks[k].Capital {
		return true
	}
	if reg == nil {
		return false
	}
	// after another name, an -s word is as often a plural noun ("Iowa
	// caucuses", "Republican partisans") as a verb: only a past form counts
	return reg.mentionAt(d.toks[k].Start) != nil && (aux || strings.HasSuffix(w, "ed") || irregularPast[w])
}

// openingPrepositions open a phrase that holds no clause of its own.
var openingPrepositions = wordSet(`in on at during from with by for among under of across amid despite
	through within without like unlike`)

// inOpeningPhrase reports whether token c stands in a prepositional phrase
// opening the sentence ("In a poll released Monday, …"), where a word in
// -ed modifies a noun rather than acting as the clause's verb.
func inOpeningPhrase(d *doc, i0, c int) bool {
	if !openingPrepositions[d.toks[i0].Norm] || c-i0 > maxLookBack {
		return false
	}
	for x := i0; x < c; x++ {
		if clauseGap(d.s[d.toks[x].End:d.toks[x+1].Start]) {
			return false
		}
	}
	return true
}

// modalAux are the auxiliaries a bare verb or a participle follows.
var modalAux = wordSet(`has have had will would can could should may might must did does do
	hasn't haven't hadn't won't wouldn't can't couldn't shouldn't didn't doesn't don't`)

// eventVerbs move, keep, win or end things rather than take a stance on
// them: "Clinton won Nevada", "he served two terms" credit no attitude.
var eventVerbs = wordSet(`lost lose loses losing won win wins winning earned earns carried carries
	continued continues served serves entered enters left leaves led leads held holds turned turns
	worked works ended ends moved moves paid pays joined joins faced faces remained remains received
	receives became becomes come comes came went goes gone finished finishes visited visits traveled
	travelled travels arrived arrives returned returns lived lives died dies ran runs got gets grew
	grows fell falls rose rises stayed stays spent spends reached reaches took takes`)

// notVerbs are words that follow a modal without being its verb.
var notVerbs = wordSet(`long ever yet still since already actually really certainly clearly probably
	perhaps simply only less more much many few little enough plenty lots`)

// reducedRelative reports whether the -ed word at c, with no auxiliary
// before it and a preposition after it, reads as a participle modifying the
// noun before it rather than as that noun's verb.
func reducedRelative(d *doc, c int, aux bool) bool {
	if aux || !strings.HasSuffix(d.toks[c].Norm, "ed") || c+1 >= len(d.toks) || !d.gapClean(c, c+1, -1) {
		return false
	}
	switch d.toks[c+1].Norm {
	case "to", "in", "by", "with", "from", "for", "on", "at", "as", "into", "under", "near":
		return true
	}
	return false
}

// pluralSubject reports whether t can be the subject of a bare present
// verb: a plural pronoun or a plural group noun.
func pluralSubject(t text.Token) bool {
	switch t.Norm {
	case "they", "we", "i", "you", "who":
		return true
	}
	return !t.Capital && strings.HasSuffix(t.Norm, "s") && isSpeakerNoun(t.Norm)
}

// objectFollows reports whether the token after c opens an object or a
// complement: a determiner, a pronoun, a name, "to" or "that".
func objectFollows(d *doc, c int) bool {
	if c+1 >= len(d.toks) || !d.gapClean(c, c+1, -1) {
		return false
	}
	n := d.toks[c+1]
	switch n.Norm {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "him", "them", "it", "to", "that", "this", "these", "those", "what", "how", "whether":
		return true
	}
	return n.Capital
}

// irregularPast are past forms of common verbs of acting that the
// suffix test misses.
var irregularPast = wordSet(`made took gave sent went began brought sought spoke wrote chose drew threw
	held kept left lost met paid put ran set struck stood taught won withdrew`)

// nounCues report a claim by their possessor: "Trump's claim that …".
var nounCues = wordSet(`claim claims assertion suggestion warning belief argument allegation promise
	insistence contention prediction pledge vow charge accusation statement view`)

// headlineColon reads the headline convention "Pence: Flowers won't be at
// the debate", a short name opening a paragraph before a colon.
func headlineColon(d *doc, sent span, i0, j0 int) (frame, bool) {
	if sent.start > 0 && d.s[sent.start-1] != '\n' || j0-i0 < 4 || d.inQuote(d.toks[i0].Start) >= 0 {
		return frame{}, false
	}
	for k := i0; k < j0-3 && k < i0+4; k++ {
		if !d.toks[k].Capital || notNames[d.toks[k].Norm] || labelWords[baseNorm(d.toks[k])] {
			return frame{}, false
		}
		gap := d.s[d.toks[k].End:d.toks[k+1].Start]
		if strings.HasPrefix(gap, ":") {
			return frame{cue: span{d.toks[k].End, d.toks[k].End + 1}, cueToken: k, subj: [2]int{i0, k + 1}, hasSubj: true,
				content: span{d.toks[k+1].Start, contentEnd(d, sent)}}, true
		}
		if gap != " " {
			return frame{}, false
		}
	}
	return frame{}, false
}

// headlineCue reads a Title Case headline line "Lindsey Graham Says Trump
// Could Address Clean Energy": a capitalised name, then a capitalised
// reporting verb, then what was said.
func headlineCue(d *doc, sent span, i0, j0 int) (frame, bool) {
	if sent.start > 0 && d.s[sent.start-1] != '\n' || j0-i0 < 4 || !titleCase(d.toks[i0:j0]) || d.inQuote(d.toks[i0].Start) >= 0 {
		return frame{}, false
	}
	for c := i0 + 1; c < j0-1 && c <= i0+5; c++ {
		t := d.toks[c]
		if base := cueVerbs[t.Norm]; base != "" && !strings.HasSuffix(t.Norm, "ing") && t.Norm != base+"ed" && t.Capital {
			if !d.gapClean(c-1, c, i0) {
				return frame{}, false
			}
			return frame{cue: span{t.Start, t.End}, cueToken: c, subj: [2]int{i0, c}, hasSubj: true,
				content: span{d.toks[c+1].Start, contentEnd(d, sent)}}, true
		}
		if !t.Capital || t.Stop || notNames[t.Norm] || !d.gapClean(c-1, c, i0) && !d.nameGap(c-1, c) {
			return frame{}, false
		}
	}
	return frame{}, false
}

// labelWords open the labels that stand before a colon in place of a
// speaker: "Correction:", "Video:", "Editor's note:".
var labelWords = wordSet(`correction corrections clarification video videos photo photos update updated
	watch listen live breaking exclusive related editor note opinion analysis transcript read source
	reference via full`)

// colonIntro returns the attribution of a sentence ending "X said:", whose
// quotation follows in the next sentence or paragraph.
func colonIntro(d *doc, sent span) *frame {
	if !strings.HasSuffix(strings.TrimSpace(d.s[sent.start:sent.end]), ":") {
		return nil
	}
	i0, j0 := d.tokRange(sent.start, sent.end)
	if j0-i0 < 2 {
		return nil
	}
	c := j0 - 1
	for c > i0 && (d.toks[c].Norm == "follows" || d.toks[c].Norm == "as" || d.toks[c].Norm == "statement" || d.toks[c].Norm == "a" || d.toks[c].Norm == "in") {
		c--
	}
	if cueVerbs[d.toks[c].Norm] == "" {
		return nil
	}
	k := c - 1
	for k >= i0 && auxVerbs[d.toks[k].Norm] {
		k--
	}
	if k < i0 {
		return nil
	}
	a, b, ok := subjectBefore(d, i0, k)
	if !ok {
		return nil
	}
	return &frame{cue: span{d.toks[c].Start, d.toks[c].End}, subj: [2]int{a, b}, hasSubj: true, cueToken: c, content: span{sent.end, sent.end}}
}

// transcriptLabel reads the speaker of a transcript line, “PENCE: Well, …”.
func transcriptLabel(d *doc, reg *registry, q quote) (*Speaker, text.Span, bool) {
	i, j := d.tokRange(q.start, q.end)
	k := i
	for k < j && k < i+3 && isAllCaps(d.toks[k].Surface) {
		k++
	}
	if k == i || k >= j || !strings.HasPrefix(d.s[d.toks[k-1].End:d.toks[k].Start], ":") {
		return nil, text.Span{}, false
	}
	label := d.s[d.toks[i].Start:d.toks[k-1].End]
	ms := d.span(d.toks[i].Start, d.toks[k-1].End)
	last := strings.ToLower(d.toks[k-1].Surface)
	for n := len(reg.ents) - 1; n >= 0; n-- {
		if e := reg.ents[n]; e.kind == "person" && strings.ToLower(e.surname) == last {
			return reg.speakerOf(e), ms, true
		}
	}
	return &Speaker{Name: label, Kind: "person"}, ms, true
}

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// quoteFollows reports whether a quotation or a colon follows token c.
func quoteFollows(d *doc, c int) bool {
	if c+1 >= len(d.toks) {
		return false
	}
	return strings.ContainsAny(d.s[d.toks[c].End:d.toks[c+1].Start], ":“\"«")
}

// participleFrame reads "…, asking, “Why?”": the speaker is the person the
// sentence named last before the participle.
func participleFrame(d *doc, reg *registry, sent span, j0, c int) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c}
	m := reg.recent(d.toks[c].Start, func(e *entity) bool { return e.kind == "person" })
	if m == nil || m.start < sent.start {
		return f, false
	}
	i, j := d.tokRange(m.start, m.end)
	if j <= i {
		return f, false
	}
	f.subj, f.hasSubj = [2]int{i, j}, true
	start := d.toks[c].End
	if q := d.inQuote(nextStart(d, c)); q >= 0 {
		start = d.quotes[q].open
	}
	f.content = span{start, contentEnd(d, sent)}
	return f, f.content.end > f.content.start
}

// evidentials hedge a claim without a speaker: "the fight is expected to
// be costly", "the race seemed to be hers to lose".
var evidentials = wordSet(`seem seems seemed appear appears appeared expected`)

// pollNouns head the polls and studies whose findings "In a … poll, X"
// reports.
var pollNouns = wordSet(`poll polls survey surveys study studies report reports analysis census tally`)

// inPoll reads "In a Kelby Herald poll released Monday, 50 percent chose
// Brook": the phrase up to the comma names the source, the rest of the
// sentence is what it found.
func inPoll(d *doc, sent span, j0, c int) (frame, bool) {
	for k := c + 1; k < j0-2 && k < c+14; k++ {
		if !clauseGap(d.s[d.toks[k].End:d.toks[k+1].Start]) {
			continue
		}
		for x := c + 1; x <= k; x++ {
			if pollNouns[d.toks[x].Norm] && d.inQuote(d.toks[x].Start) < 0 {
				return frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c, subj: [2]int{c + 1, k + 1}, hasSubj: true,
					content: span{d.toks[k+1].Start, contentEnd(d, sent)}}, true
			}
		}
		return frame{}, false
	}
	return frame{}, false
}

// framed reports whether byte b lies in the content of one of fs: an
// evidential inside reported words ("X said the deal seemed to …") is X's.
func framed(fs []frame, b int) bool {
	for _, f := range fs {
		if f.content.start <= b && b < f.content.end {
			return true
		}
	}
	return false
}

// passiveBy reads "Y was echoed by X" around the participle at token c:
// X, a name or a speaker noun after "by", holds the stance or said the
// words; Y, the clause's subject, is what they hold or said.
func passiveBy(d *doc, sent span, i0, j0, c int) (frame, bool) {
	b := c + 2
	for b < j0 && b < c+8 && (d.toks[b].Capital || appositiveOpeners[d.toks[b].Norm] && d.toks[b].Norm != "who" && d.toks[b].Norm != "whose" || !d.toks[b].Stop && !d.toks[b].Number) && (d.gapClean(b-1, b, -1) || d.nameGap(b-1, b)) {
		b++
	}
	if b == c+2 || !(d.toks[b-1].Capital || isSpeakerNoun(d.toks[b-1].Norm)) {
		return frame{}, false
	}
	be := c - 1
	a := be
	for a > i0 && a > be-maxLookBack && !clauseGap(d.s[d.toks[a-1].End:d.toks[a].Start]) {
		a--
	}
	if a == be || d.inQuote(d.toks[a].Start) >= 0 {
		return frame{}, false
	}
	lemma := cueVerbs[d.toks[c].Norm]
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c, subj: [2]int{c + 2, b}, hasSubj: true,
		stance: lemma == "" || actVerbs[lemma] || eventVerbs[d.toks[c].Norm]}
	f.content = span{d.toks[a].Start, d.toks[be-1].End}
	return f, !eventVerbs[d.toks[c].Norm]
}

// stanceAdjectives and stance nouns after a form of "be" credit a stance
// to the subject: "Cruz was critical of …", "Voters are confident that …",
// "She is a vocal supporter of …".
var stanceAdjectives = wordSet(`critical supportive opposed skeptical sceptical confident aware worried
	concerned angry furious upset happy pleased proud eager willing reluctant determined committed open
	wary sure certain convinced optimistic pessimistic hopeful fond enamored enthusiastic unhappy
	frustrated disappointed outraged satisfied uncomfortable comfortable adamant vocal outspoken upfront
	candid dismissive afraid scared fearful nervous anxious excited interested intent keen unwilling
	hesitant split divided united against grateful thankful sympathetic hostile receptive cautious
	doubtful undecided torn ambivalent insistent mindful dubious measured assured silent quiet blunt
	supporter supporters critic critics
	opponent opponents advocate advocates proponent proponents backer backers fan fans champion`)

// degreeWords may stand between "be" and a stance word.
var degreeWords = wordSet(`a an so very too more most less quite increasingly deeply`)

// stanceLinks join a stance adjective or noun to what it is about.
var stanceLinks = wordSet(`of about to that in with at on over toward towards for by`)

// adjectiveFrame reads "X is (a) critical of Y" around the stance word at
// token c: the subject before the form of "be", the words after the link.
func adjectiveFrame(d *doc, sent span, i0, j0, c int) (frame, bool) {
	link := c + 1
	if d.toks[c].Norm == "against" {
		link = c // "are against abolishing …"
	} else if !stanceLinks[d.toks[link].Norm] || !d.gapClean(c, link, -1) {
		return frame{}, false
	}
	k := c - 1
	for k > i0 && (isAux(d.toks[k]) && !beVerbs[d.toks[k].Norm] || degreeWords[d.toks[k].Norm] || !d.toks[k].Stop && !d.toks[k].Capital && c-k <= 2) && d.gapClean(k, k+1, -1) {
		k--
	}
	if k <= i0 || !beVerbs[d.toks[k].Norm] && d.toks[k].Norm != "remain" && d.toks[k].Norm != "remains" && d.toks[k].Norm != "became" {
		return frame{}, false
	}
	k--
	for k >= i0 && isAux(d.toks[k]) && d.gapClean(k, k+1, -1) {
		k--
	}
	if k < i0 || !d.gapClean(k, k+1, -1) {
		return frame{}, false
	}
	a, b, ok := subjectBefore(d, i0, k)
	if !ok {
		return frame{}, false
	}
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c, subj: [2]int{a, b}, hasSubj: true, stance: true}
	if link+1 >= j0 {
		return f, false
	}
	f.content = span{d.toks[link+1].Start, contentEnd(d, sent)}
	if link == c {
		f.content.start = d.toks[c+1].Start
	}
	return f, true
}

// framedBySpeech reports whether byte b lies inside the words of an
// earlier frame that reports speech. An act's frame ("rejected the plan,
// arguing that …") yields to the participle that says what was said.
func framedBySpeech(d *doc, fs []frame, b int) bool {
	for _, f := range fs {
		if f.content.start <= b && b < f.content.end && !isAct(d, f) {
			return true
		}
	}
	return false
}

// isAct reports whether a frame credits an act rather than words.
func isAct(d *doc, f frame) bool {
	w := d.toks[f.cueToken].Norm
	lemma := cueVerbs[w]
	return f.stance || !speechParticiples[lemma] && !sayingVerbs[w]
}

// endActsBefore ends the act frames that run over byte b at the comma
// before it, leaving the rest of the sentence to the participle at b.
func endActsBefore(d *doc, sent span, fs []frame, b int) {
	for i, f := range fs {
		if f.content.start < b && b < f.content.end && isAct(d, f) {
			fs[i].content.end = lastCommaBefore(d, sent, b)
		}
	}
}

// passiveEvidentials after a form of "be" attribute a view or a report to
// no one in particular: "is considered an asset", "was reported to have …".
var passiveEvidentials = wordSet(`considered believed thought reported rumored rumoured alleged regarded
	deemed understood estimated projected predicted suspected known`)

// evidentialFrame reads the clause around an evidential verb at token c,
// from the clause's start to the sentence's end. The noun phrase just
// before it, when it names someone, is the one who seems or is expected to
// act ("Voters seem to care …", "Obama appeared to suggest …").
func evidentialFrame(d *doc, sent span, i0, c int) (frame, bool) {
	a := c
	for a > i0 && a > c-maxLookBack && !clauseGap(d.s[d.toks[a-1].End:d.toks[a].Start]) {
		a--
	}
	if a == c || d.inQuote(d.toks[a].Start) >= 0 {
		return frame{}, false
	}
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c, content: span{d.toks[a].Start, contentEnd(d, sent)}, stance: true}
	k := c - 1
	for k > a && isAux(d.toks[k]) {
		k--
	}
	if s, e, ok := nounPhrase(d, a, k); ok {
		f.subj, f.hasSubj = [2]int{s, e}, true
	}
	return f, true
}

// speechParticiples are the verbs whose participle after a comma reports
// what the sentence's subject said: "…, saying the plan failed".
var speechParticiples = wordSet(`say argue note cite call suggest claim warn add insist explain accuse complain
	predict promise vow describe ask urge tell write tweet declare state stress acknowledge admit announce
	contend assert allege point question refer talk`)

// participleClause reads "X rejected the plan, arguing (that) it cost too
// much": the words follow the participle; the speaker is the subject of an
// attribution earlier in the sentence, else the noun phrase opening it, else
// the person it named last.
func participleClause(d *doc, reg *registry, sent span, i0, j0, c int, prev []frame) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c}
	k := c + 1
	if k < j0 && (d.toks[k].Norm == "out" || d.toks[k].Norm == "for" || d.toks[k].Norm == "to" || d.toks[k].Norm == "about") {
		k++ // "pointing out", "calling for", "referring to", "talking about"
	}
	if k < j0 && d.toks[k].Norm == "that" {
		k++
	}
	if k+1 >= j0 {
		return f, false
	}
	if len(prev) > 0 && prev[len(prev)-1].hasSubj {
		f.subj, f.hasSubj = prev[len(prev)-1].subj, true
	} else if a, b, ok := openingSubject(d, i0, c); ok {
		f.subj, f.hasSubj = [2]int{a, b}, true
	} else if m := reg.recent(d.toks[c].Start, func(e *entity) bool { return e.kind == "person" }); m != nil && m.start >= sent.start {
		if i, j := d.tokRange(m.start, m.end); j > i {
			f.subj, f.hasSubj = [2]int{i, j}, true
		}
	}
	f.content = span{d.toks[k].Start, contentEnd(d, sent)}
	return f, true
}

// openingSubject is the noun phrase that opens a sentence: a pronoun, a
// name, or a determiner and up to three nouns ("The council").
func openingSubject(d *doc, i0, c int) (int, int, bool) {
	i0 = afterOpening(d, i0, c)
	if pronouns[d.toks[i0].Norm] != "" {
		return i0, i0 + 1, true
	}
	b := i0
	if w := d.toks[b].Norm; w == "the" || w == "a" || w == "an" {
		b++
	}
	e := b
	for e < c && e < b+4 && !d.toks[e].Stop && cueVerbs[d.toks[e].Norm] == "" && (e == b || d.gapClean(e-1, e, -1)) {
		e++
	}
	for e > b && !d.toks[e-1].Capital && !isSpeakerNoun(d.toks[e-1].Norm) {
		e-- // "The harbour council rejected …": the phrase ends at its head noun
	}
	return i0, e, e > b
}

// openers begin a phrase or clause that a comma ends before the subject:
// "Speaking at a rally, Trump …", "After the vote, the council …".
var openers = wordSet(`after before when while as since although though if once earlier later
	having asked speaking appearing writing campaigning responding`)

// afterOpening returns the first token after an opening phrase's comma, or
// i0 when the sentence does not open with such a phrase before token c.
func afterOpening(d *doc, i0, c int) int {
	w := d.toks[i0].Norm
	if !openers[w] && !openingPrepositions[w] && !strings.HasSuffix(w, "ing") {
		return i0
	}
	for x := i0; x+1 < c && x < i0+maxLookBack; x++ {
		if strings.Contains(d.s[d.toks[x].End:d.toks[x+1].Start], ",") {
			return x + 1
		}
	}
	return i0
}

// introducesClause reports whether token c is followed by "that", a colon
// or a quotation, as verbs of saying and believing are.
func introducesClause(d *doc, c int) bool {
	for k := c + 1; k < len(d.toks) && k <= c+2; k++ {
		gap := d.s[d.toks[k-1].End:d.toks[k].Start]
		if strings.ContainsAny(gap, ":“\"«") {
			return true
		}
		if strings.ContainsAny(gap, ".;,") {
			return false
		}
		if d.toks[k].Norm == "that" {
			return true
		}
	}
	return false
}

// nounMarker words make the next word a noun: "Trump's tweet", "the show".
// nounAfterName reports whether token c, a word that is a noun as often as
// a cue ("states", "debate", "attacks"), follows a name that is no
// person's and so reads as its modifier: "Rust Belt states", "the
// Republican debate".
func nounAfterName(d *doc, reg *registry, c, i0 int) bool {
	if c == i0 || !nounCues[d.toks[c].Norm] && !pluralNounCues[d.toks[c].Norm] || !d.gapClean(c-1, c, -1) {
		return false
	}
	p := d.toks[c-1]
	return (p.Capital && pronouns[p.Norm] == "" && !reg.isPerson(p.Start)) || p.Norm == "each" || p.Norm == "every"
}

// pluralNounCues are cue verbs in -s that are as often plural nouns.
var pluralNounCues = wordSet(`states state debates debate attacks attack reports report calls call
	comments comment tweets tweet charges concerns fears hopes plans points notes questions warnings
	supports views claims promises remarks answers responses replies estimates`)

func nounMarker(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those":
		return true
	}
	return strings.HasSuffix(w, "'s")
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || w == "his" || w == "her" || w == "their"
}

func accordingTo(d *doc, sent span, i0, j0, c int) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c+1].End}, cueToken: c}
	a := c + 2
	b := a
	for b < j0 && b < a+10 && (d.gapClean(b-1, b, a) || d.nameGap(b-1, b)) && !(auxVerbs[d.toks[b].Norm] && b > a) {
		b++
	}
	if b == a {
		return f, false
	}
	f.subj, f.hasSubj = [2]int{a, b}, true
	if h := heldBy(d, a, b); h > a {
		f.subj[0] = h // "according to a statement by the council": the council's words
	}
	if b < j0 {
		if e := appositiveEnd(d, b); e > b {
			b = e
		}
	}
	if c <= i0+1 {
		if b >= j0 {
			return f, false
		}
		f.content = span{d.toks[b].Start, contentEnd(d, sent)}
		return f, true
	}
	if strings.Contains(d.s[d.toks[c-1].End:d.toks[c].Start], ",") {
		end := strings.LastIndex(d.s[sent.start:d.toks[c].Start], ",")
		f.content = span{sent.start, sent.start + end} // "Y, according to X"
		return f, true
	}
	// "Entering June, Clinton leads by 271 delegates according to a count":
	// the clause just before the cue
	s := c - 1
	for s > i0 && s > c-maxLookBack && !clauseGap(d.s[d.toks[s-1].End:d.toks[s].Start]) {
		s--
	}
	f.content = span{d.toks[s].Start, d.toks[c-1].End}
	return f, true
}

func inViewOf(d *doc, sent span, i0, j0, c int) (frame, bool) {
	f := frame{cue: span{d.toks[c-1].Start, d.toks[c].End}, cueToken: c}
	f.subj, f.hasSubj = [2]int{c - 1, c}, true
	if c+1 >= j0 {
		return f, false
	}
	f.content = span{d.toks[c+1].Start, contentEnd(d, sent)}
	return f, true
}

// gapClean reports whether only spaces separate tokens a and b (b > floor).
func (d *doc) gapClean(a, b, floor int) bool {
	if b <= floor {
		return true
	}
	return strings.TrimSpace(d.s[d.toks[a].End:d.toks[b].Start]) == ""
}

// contentEnd trims the sentence's final punctuation off a content span.
func contentEnd(d *doc, sent span) int {
	e := sent.end
	for e > sent.start && strings.ContainsRune(".!?;", rune(d.s[e-1])) {
		e--
	}
	return e
}

// verbFrame reads the attribution around the reporting verb at token c.
func verbFrame(d *doc, sent span, i0, j0, c int, prev *frame) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c}
	// subject before the verb, past auxiliaries and an appositive
	k := c - 1
	passive := false
	for k >= i0 && isAux(d.toks[k]) && d.gapClean(k, k+1, i0-1) {
		passive = passive || beVerbs[d.toks[k].Norm] && !strings.HasSuffix(d.toks[c].Norm, "ing")
		f.adverb = f.adverb || !auxVerbs[d.toks[k].Norm]
		k--
	}
	if w, ok := relativeWho(d, i0, k, c); ok && !passive {
		f.subj, f.hasSubj = [2]int{w, w + 1}, true // "X, who said …": resolve reads X through "who"
		return contentAfter(d, sent, i0, j0, c, f)
	}
	k = beforeParenthesis(d, i0, k)
	aside := beforeAside(d, i0, k)
	if aside != k && !passive {
		k = aside
		if a, b, ok := nounPhrase(d, i0, k); ok {
			f.subj, f.hasSubj = [2]int{a, b}, true
		}
	} else if k >= i0 && !passive {
		if a, b, ok := subjectBefore(d, i0, k); ok {
			f.subj, f.hasSubj = [2]int{a, b}, true
		}
	}
	if !f.hasSubj && k >= i0 && d.toks[k].Norm == "and" && prev != nil && prev.hasSubj {
		f.subj, f.hasSubj = prev.subj, true
	}
	if !f.hasSubj && !passive && k >= i0 && evidenceNouns[d.toks[k].Norm] && evidenceVerbs[cueVerbs[d.toks[c].Norm]] {
		if a, ok := phraseBefore(d, i0, k+1); ok {
			f.subj, f.hasSubj = [2]int{a, k + 1}, true // "New filings show …"
		}
	}
	if f.hasSubj {
		return contentAfter(d, sent, i0, j0, c, f)
	}
	// inverted: "…, said X" / "…,” said X"; after "told" a name is whom
	// they told ("…, Laszlo Bock, told The New York Times")
	if c > i0 && c+1 < j0 && strings.ContainsAny(d.s[d.toks[c-1].End:d.toks[c].Start], ",”\"") && !addressVerbs[cueVerbs[d.toks[c].Norm]] {
		b := c + 1
		for b < j0 && b < c+6 && (d.toks[b].Capital && (!notNames[d.toks[b].Norm] || personTitles[d.toks[b].Norm]) || pronouns[d.toks[b].Norm] != "" || d.toks[b].Norm == "the" || d.toks[b].Norm == "a" || quantifiers[d.toks[b].Norm] || isSpeakerNoun(d.toks[b].Norm)) && (d.gapClean(b-1, b, c+1) || d.nameGap(b-1, b)) {
			b++
		}
		if b > c+1 && (d.toks[b-1].Capital || pronouns[d.toks[b-1].Norm] != "" || isSpeakerNoun(d.toks[b-1].Norm)) && subjectEnds(d, b, j0) {
			f.subj, f.hasSubj = [2]int{c + 1, b}, true
			f.content = span{sent.start, lastCommaBefore(d, sent, d.toks[c].Start)}
			return f, true
		}
	}
	// a verb of saying always has a speaker: take the phrase before it
	if sayingVerbs[d.toks[c].Norm] && !passive && c > i0 && k >= i0 && (!d.toks[k].Stop || pronouns[d.toks[k].Norm] != "") {
		if a, ok := phraseBefore(d, i0, c); ok && a <= k {
			f.subj, f.hasSubj = [2]int{a, c}, true
			if k < c-1 {
				f.subj[1] = k + 1 // leave out "has", "also"
			}
			return contentAfter(d, sent, i0, j0, c, f)
		}
	}
	// "A lawyer for the outlets, David Schulz, said …", "Derek Mitchell, who
	// served as ambassador, said …": the speaker stands before the cue's
	// opening comma or between the commas
	if (sayingVerbs[d.toks[c].Norm] || cueVerbs[d.toks[c].Norm] != "" && !actVerbs[cueVerbs[d.toks[c].Norm]]) && !passive && k >= i0 && c+1 < j0 && !strings.ContainsAny(d.s[d.toks[k].End:d.toks[c].Start], "”\"'") && !notContent[d.toks[c+1].Norm] {
		if a, b, ok := commaSubject(d, i0, k); ok {
			f.subj, f.hasSubj = [2]int{a, b}, true
			if g, ok := contentAfter(d, sent, i0, j0, c, f); ok && (g.content.start >= d.toks[c].End || g.content.end <= d.toks[a].Start) {
				return g, true
			}
			f.hasSubj = false
		}
	}
	// "it is suspected that …": an attribution without a source
	if c-2 >= i0 && d.toks[c-2].Norm == "it" && (d.toks[c-1].Norm == "is" || d.toks[c-1].Norm == "was") && c+1 < j0 && d.toks[c+1].Norm == "that" {
		f.content = span{d.toks[c+1].End, contentEnd(d, sent)}
		for f.content.start < f.content.end && d.s[f.content.start] == ' ' {
			f.content.start++
		}
		return f, true
	}
	return f, false
}

// beforeParenthesis steps back over a parenthesis that closes after token
// k, such as a party and state after a name ("Warren (D-MA) said"), to the
// token before it opens.
func beforeParenthesis(d *doc, i0, k int) int {
	if k < i0 || k+1 >= len(d.toks) || !strings.Contains(d.s[d.toks[k].End:d.toks[k+1].Start], ")") {
		return k
	}
	for x := k; x > i0 && x > k-6; x-- {
		if strings.Contains(d.s[d.toks[x-1].End:d.toks[x].Start], "(") {
			return x - 1
		}
	}
	return k
}

// addressVerbs take the one addressed as their object, never their
// speaker.
var addressVerbs = wordSet(`tell inform remind assure reassure`)

// quantifiers may open an inverted speaker: "…, said several observers".
var quantifiers = wordSet(`several many some most both all two three four five few other`)

// asides are the words set off by commas between a subject and its verb:
// "Sanders, meanwhile, hopes …", "The mayor, however, said …".
var asides = wordSet(`meanwhile however though too instead also moreover nonetheless nevertheless
	likewise similarly separately later earlier then now`)

// beforeAside steps back over an aside between commas that ends at token
// k, to the subject before it.
func beforeAside(d *doc, i0, k int) int {
	if k-1 < i0 || !asides[d.toks[k].Norm] || k+1 >= len(d.toks) || !strings.Contains(d.s[d.toks[k].End:d.toks[k+1].Start], ",") ||
		!strings.Contains(d.s[d.toks[k-1].End:d.toks[k].Start], ",") {
		return k
	}
	return k - 1
}

// relativeWho finds the "who" among the auxiliaries k+1..c-1 before a cue
// when it opens a relative clause after a comma: "Obama, who called the
// nominee unfit, …". The clause's speaker is the name before the comma.
func relativeWho(d *doc, i0, k, c int) (int, bool) {
	for w := k + 1; w < c; w++ {
		if d.toks[w].Norm != "who" {
			continue
		}
		if w-1 < i0 || !strings.Contains(d.s[d.toks[w-1].End:d.toks[w].Start], ",") {
			return 0, false
		}
		_, _, ok := nounPhrase(d, i0, w-1)
		return w, ok && d.toks[w-1].Capital
	}
	return 0, false
}

// subjectEnds reports whether an inverted speaker ("…, said X") ends at
// token b: the sentence or clause ends there, or only a phrase of time or
// place follows. "…, said he did not see it" is a cue with its own clause.
func subjectEnds(d *doc, b, j0 int) bool {
	if b >= j0 || clauseGap(d.s[d.toks[b-1].End:d.toks[b].Start]) || strings.ContainsAny(d.s[d.toks[b-1].End:d.toks[b].Start], ".;:(“\"") {
		return true
	}
	w := d.toks[b].Norm
	return notContent[w] || circumstantial[w] || cueVerbs[w] != "" || w == "of" || w == "who" || w == "in"
}

// evidenceVerbs report what a record or a study shows.
var evidenceVerbs = wordSet(`show find reveal indicate suggest confirm`)

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
	if first.Capital && !notNames[first.Norm] && k-a < 4 {
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
	if !ok && d.toks[a-1].Number {
		return commaSubject(d, i0, a-1) // an age between the name and its role
	}
	if !ok || pronouns[d.toks[e-1].Norm] != "" || s > i0 && !clauseGap(d.s[d.toks[s-1].End:d.toks[s].Start]) {
		return 0, 0, false
	}
	return s, e, true
}

// appositiveOpeners start the phrase that describes a name.
var appositiveOpeners = wordSet(`a an the who whose one his her their its former longtime veteran senior top`)

// circumstance reports whether the clause from token k to the sentence's
// end only tells when or where something was said: it opens with a
// preposition or a day and holds no comma, colon or quotation that could
// lead to the words themselves.
func circumstance(d *doc, k int, sent span) bool {
	if !circumstantial[d.toks[k].Norm] && !placePrepositions[d.toks[k].Norm] || strings.ContainsAny(d.s[d.toks[k].Start:sent.end], ":;“\"") {
		return false
	}
	_, j := d.tokRange(sent.start, sent.end)
	for x := k + 1; x < j; x++ {
		if n := d.toks[x].Norm; n == "that" || subjectPronouns[n] || cueVerbs[n] != "" && !nounUse(d, x) || finiteVerbs[n] {
			return false // "on Monday he would run": a clause follows
		}
	}
	return true
}

var finiteVerbs = wordSet(`is was are were has have had will would could should can may might did does do
	won't wouldn't can't couldn't isn't wasn't`)

// nounUse reports whether token x, a cue word, is used as a noun after a
// determiner or a preposition ("in reference to", "his remarks").
func nounUse(d *doc, x int) bool {
	if x == 0 {
		return false
	}
	p := d.toks[x-1].Norm
	return nounMarker(p) || p == "in" || p == "of" || p == "with" || p == "for" || p == "to" && !strings.HasSuffix(d.toks[x].Norm, "s")
}

// subjectPronouns open a clause; "her office" does not.
var subjectPronouns = wordSet(`he she they we i you it`)

// placePrepositions open a phrase of where or of whom after a verb of
// saying: "said in her office, as interns worked the phones".
var placePrepositions = wordSet(`in on of`)

var circumstantial = wordSet(`at during after before while monday tuesday wednesday thursday friday
	saturday sunday yesterday tonight`)

// adverbial words open a phrase of place, time or manner after a verb.
var adverbial = wordSet(`at in during after before from by while when as and or but against among
	across into through throughout despite`)

// notContent words cannot open what someone said: "said at a briefing",
// "said and did".
var notContent = wordSet(`and or but at in on during after before from to for with by while when as
	last this earlier later yesterday today tonight monday tuesday wednesday thursday friday saturday sunday`)

// clauseGap reports whether the text between two words closes a clause.
func clauseGap(gap string) bool {
	return strings.ContainsAny(gap, ",;—–") || strings.Contains(gap, "--")
}

// sayingVerbs are never anything but a verb of saying, whatever stands
// before them.
var sayingVerbs = wordSet(`say says said tell tells told explain explains explained warn warns warned
	add adds added insist insists insisted argue argues argued write writes wrote note noted notes`)

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

func lastCommaBefore(d *doc, sent span, b int) int {
	seg := d.s[sent.start:b]
	if k := strings.LastIndexAny(seg, ","); k >= 0 {
		return trimQuoteMarks(d.s, sent.start, sent.start+k)
	}
	return trimQuoteMarks(d.s, sent.start, b)
}

func trimQuoteMarks(s string, lo, hi int) int {
	for hi > lo {
		c := s[hi-1]
		if c == ' ' || c == '"' || c == ',' {
			hi--
			continue
		}
		if strings.HasSuffix(s[lo:hi], "”") || strings.HasSuffix(s[lo:hi], "’") {
			hi -= len("”")
			continue
		}
		break
	}
	return hi
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
		if p.Capital || head.Capital && nameParticles[p.Surface] || isSpeakerNoun(p.Norm) || isPossessive(p.Norm) || p.Norm == "of" || (!head.Capital && !p.Stop && !auxVerbs[p.Norm] && cueVerbs[p.Norm] == "") {
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
	return speakerNouns[w] || titleNouns[w] || orgWords[w] || titleNouns[strings.TrimSuffix(w, "s")] || orgWords[strings.TrimSuffix(w, "s")]
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

// contentAfter reads the attributed clause after the cue at token c, or the
// clause before the subject when the sentence ends with "…, X said".
func contentAfter(d *doc, sent span, i0, j0, c int, f frame) (frame, bool) {
	k := c + 1
	// "told reporters", "warned the board": skip the object of telling verbs
	if base := cueVerbs[d.toks[c].Norm]; (base == "tell" || base == "warn" || base == "assure" || base == "remind") && k < j0 && d.toks[k].Norm != "that" {
		for k < j0 && k < c+5 && d.gapClean(k-1, k, c+1) && d.toks[k].Norm != "that" && (d.toks[k].Capital || pronouns[d.toks[k].Norm] != "" || speakerNouns[d.toks[k].Norm] || (d.toks[k].Norm == "the" || d.toks[k].Norm == "a") && k+1 < j0 && (speakerNouns[d.toks[k+1].Norm] || d.toks[k+1].Capital) || d.toks[k].Norm == "reporters" || d.toks[k].Norm == "them" || d.toks[k].Norm == "us" || d.toks[k].Norm == "me") {
			k++
		}
	}
	for look := k; look < j0 && look < c+6; look++ {
		if d.toks[look].Norm == "that" {
			k = look + 1
			break
		}
		if strings.ContainsAny(d.s[d.toks[look-1].End:d.toks[look].Start], ",:;“\"") {
			break
		}
	}
	tail := 0
	if k < j0 {
		tail = j0 - k
	}
	if c+1 < j0 && strings.HasPrefix(d.s[d.toks[c].End:d.toks[c+1].Start], ",") {
		tail = 0 // ", he said, and …": the attribution is parenthetical
	}
	if k == c+1 && k < j0 && notContent[d.toks[k].Norm] && !strings.ContainsAny(d.s[d.toks[k].Start:sent.end], ",;:") && quoteEndsBefore(d, sent, d.toks[f.subj[0]].Start) {
		tail = 0 // "“…,” X said at a briefing on Monday": the words are the quote's
	}
	before := d.s[sent.start:d.toks[f.subj[0]].Start]
	if (tail <= 4 && (tail == 0 || k >= j0 || quoteCloses(before) || notContent[d.toks[k].Norm] || circumstantial[d.toks[k].Norm]) || k < j0 && circumstance(d, k, sent)) && cueVerbs[d.toks[c].Norm] != "" && (quoteCloses(before) || afterOpening(d, i0, f.subj[0]) != f.subj[0]) && d.toks[f.subj[0]].Norm != "who" && strings.ContainsAny(before, ",”\"") && strings.TrimSpace(before) != "" && !openingPhrase(d, sent, f.subj[0]) {
		end := lastCommaBefore(d, sent, d.toks[f.subj[0]].Start)
		if qi := d.inQuote(d.toks[i0].Start); qi >= 0 && d.quotes[qi].close < end && !quoteCloses(before) {
			end = d.quotes[qi].close // "“…,” Google's chief executive, X, told": the quote, not its speaker's title
		} else if e := titleBefore(d, sent, end); e > sent.start {
			end = e // "Y, the harbour master, X, told": Y, not the speaker's title
		}
		f.content = span{sent.start, end}
		return f, true
	}
	if k >= j0 || f.adverb && k == c+1 && adverbial[d.toks[k].Norm] && !sayingVerbs[d.toks[c].Norm] || cueVerbs[d.toks[c].Norm] == "" && k == c+1 && clauseGap(d.s[d.toks[c].End:d.toks[k].Start]) {
		return f, false // "responded to requests", "campaigned at the debate": an act, no words
	}
	if circumstance(d, k, sent) {
		return f, false // "said on Saturday night at the gala": when and where, not what
	}
	start := d.toks[k].Start
	if q := d.inQuote(start); q >= 0 {
		start = d.quotes[q].open
	}
	f.content = span{start, contentEnd(d, sent)}
	return f, true
}

// titleBefore returns where the words end when the stretch between the
// last comma before end and end is a speaker's title ("…, the harbour
// master, Ada Brook, said"): a short noun phrase opened by an article or a
// possessive, with no verb. It returns sent.start when there is none.
func titleBefore(d *doc, sent span, end int) int {
	k := strings.LastIndexByte(d.s[sent.start:end], ',')
	if k < 0 {
		return sent.start
	}
	i, j := d.tokRange(sent.start+k, end)
	if j-i == 0 || j-i > 8 || !appositiveOpeners[d.toks[i].Norm] && !isPossessive(d.toks[i].Norm) {
		return sent.start
	}
	for _, t := range d.toks[i:j] {
		if finiteVerbs[t.Norm] || cueVerbs[t.Norm] != "" || t.Norm == "who" || t.Norm == "that" {
			return sent.start
		}
	}
	return trimQuoteMarks(d.s, sent.start, sent.start+k)
}

// quoteCloses reports whether the words before a speaker end with a closing
// quotation mark, as in "“…,” X said".
func quoteCloses(before string) bool {
	t := strings.TrimRight(before, " ,—–-\u00a0")
	return strings.HasSuffix(t, "”") || strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "'")
}

// openingPhrase reports whether the words before the subject token a are a
// short opening phrase of time or place ("Earlier,", "On Monday,"), no
// quotation and no clause of their own.
func openingPhrase(d *doc, sent span, a int) bool {
	i0, _ := d.tokRange(sent.start, sent.end)
	if a-i0 > 3 || strings.ContainsAny(d.s[sent.start:d.toks[a].Start], "“”\"") {
		return false
	}
	for x := i0; x < a; x++ {
		if finiteVerbs[d.toks[x].Norm] || cueVerbs[d.toks[x].Norm] != "" {
			return false
		}
	}
	return true
}

// quoteEndsBefore reports whether the sentence opens with a quotation that
// closes, with at most a comma and spaces, just before byte b.
func quoteEndsBefore(d *doc, sent span, b int) bool {
	q := d.inQuote(sent.start)
	if q < 0 || d.quotes[q].close > b {
		return false
	}
	return strings.Trim(d.s[d.quotes[q].close:b], " ,") == ""
}

// trimTrailing drops the comma or colon that closes a quote before its
// attribution ("…delayed," she said).
func trimTrailing(s string, lo, hi int) int {
	for hi > lo && strings.ContainsRune(",;: ", rune(s[hi-1])) {
		hi--
	}
	return hi
}

func contentWordsIn(d *doc, start, end int) int {
	i, j := d.tokRange(start, end)
	n := 0
	for _, t := range d.toks[i:j] {
		if !t.Stop {
			n++
		}
	}
	return n
}

// isAux reports whether t may stand between a subject and its verb: an
// auxiliary ("has", "also") or an adverb of manner ("sharply", "privately").
func isAux(t text.Token) bool {
	return auxVerbs[t.Norm] || !t.Capital && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ly") && !t.Stop
}
