package statements

import (
	"sort"
	"strings"

	"github.com/provcheck/provcheck/provenance/text"
)

// Options tunes Find and Compare; the zero value reads English.
type Options struct {
	Language string // BCP 47 code; "" means English
	// Credits are byte ranges of Compare's copy text that credit a source
	// ("Originally reported by Ana Ruiz for the Gazette", "an earlier FT
	// report"), as the caller's credit check found them: a statement inside
	// one is not checked, and its words are no facts of the story.
	Credits []text.Range
}

// frame is one attribution found in a sentence, in byte offsets.
type frame struct {
	content  span
	cue      span
	subj     [2]int // token range of the speaker's noun phrase; [0,0] for none
	hasSubj  bool
	cueToken int
	adverb   bool // an adverb of manner stands between subject and cue
	stance   bool // no verb of saying or thinking: an act, a stance or an appearance
	// yields marks a participle of saying after a comma; an act's frame
	// before it ends at that comma once the participle is kept.
	yields bool
	// reported marks a clause handed to unnamed others by "reportedly"
	// or a passive "were told"; it yields to a speaker named for the same
	// words.
	reported bool
	// speaker is set when the frame names its speaker itself, as reported
	// speech of another language does (foreignReported); speakerAt is where.
	speaker   *Speaker
	speakerAt text.Span
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
		afterDescribed := func(st *Statement) {
			if lastDirect != nil && lastDirectSent >= si-1 {
				describedPronoun(d, reg, st, lastDirect)
			}
		}
		frames := findFrames(d, reg, sent)
		if intro != nil && len(frames) == 0 && len(quotesIn(d, sent)) > 0 {
			frames = append(frames, *intro) // its quote follows
		}
		intro = colonIntro(d, sent)
		if intro == nil {
			intro = foreignIntro(d, sent, out)
		}
		qs := quotesIn(d, sent)
		covered := make([]bool, len(frames))
		for _, qi := range qs {
			q := d.quotes[qi]
			st := Statement{Kind: Direct, Content: d.span(q.start, trimTrailing(d.s, q.start, q.end))}
			fi := nearestFrame(frames, q)
			if fi >= 0 && frames[fi].stance && foreignDoc(d) {
				if _, _, _, ok := foreignSpeaker(d, q); ok {
					fi = -1 // a verb of saying beside the quote outranks an act the English rules read ("… après le vote")
				}
			}
			if sp, ms, ok := transcriptLabel(d, reg, q); ok {
				st.Speaker, st.SpeakerSpan = sp, &ms
			} else if sp, ms, ok := dashCredit(d, reg, q, fi >= 0); ok {
				// the dash is the cue: a credit gives the words to its name
				st.Speaker, st.SpeakerSpan, st.Cue = sp, &ms, "—"
			} else if fi >= 0 {
				f := frames[fi]
				st.Cue = d.s[f.cue.start:f.cue.end]
				cs := d.span(f.cue.start, f.cue.end)
				st.CueSpan = &cs
				st.Speaker, st.SpeakerSpan = speakerOf(reg, f)
				if f.content.start >= q.open-2 && f.content.end <= q.close+2 || quoteCovers(q, f.content) {
					covered[fi] = true
				}
			} else if sp, at, cue, ok := foreignSpeaker(d, q); ok {
				st.Speaker, st.SpeakerSpan, st.Cue, st.CueSpan = sp, &at, cue.Text, &cue
			} else if sp, at, cue, ok := foreignColonSpeaker(d, sent, q, out); ok {
				st.Speaker, st.SpeakerSpan, st.Cue, st.CueSpan = sp, &at, cue.Text, &cue
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
			afterDescribed(&st)
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
			afterDescribed(&st)
			out = append(out, st)
			if st.Speaker != nil && kind != Stance {
				lastDirect, lastDirectSent = &out[len(out)-1], si
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Content.Start < out[j].Content.Start })
	return out
}

// describedPronoun hands "he" or "she" to the speaker of the statement
// just before, prev, when that one says something ("said", "told"), is
// described rather than named ("A plant manager, who …, said …. “…,” he
// said.") and no person has been named since: the pronoun's nearest
// antecedent is the described one, not an older name.
func describedPronoun(d *doc, reg *registry, st, prev *Statement) {
	if st.SpeakerSpan == nil || prev.SpeakerSpan == nil || prev.Speaker == nil || prev.Speaker.Kind != "unknown" || prev.CueSpan == nil || !speechCue(prev.Cue) {
		return
	}
	w := strings.ToLower(st.SpeakerSpan.Text)
	if w != "he" && w != "she" {
		return
	}
	// only an indefinite description brings in someone new: "the
	// president" names someone known, whom the pronoun's resolution finds
	at := d.runes.ByteOffset(prev.SpeakerSpan.Start)
	article := ""
	if f := strings.Fields(d.s[max(0, at-4):at]); len(f) > 0 {
		article = strings.ToLower(f[len(f)-1])
	}
	mention := strings.ToLower(prev.SpeakerSpan.Text)
	head := lastField(mention)
	indefinite := strings.HasPrefix(mention, "a ") || strings.HasPrefix(mention, "an ") || article == "a" || article == "an"
	if !indefinite || strings.HasSuffix(head, "s") || orgWords[head] || !isSpeakerNoun(head) || nounGender(head) != "" && nounGender(head) != w {
		return // "A company spokeswoman said … “…,” he said": someone else
	}
	if m := reg.recent(d.runes.ByteOffset(st.SpeakerSpan.Start), func(e *entity) bool { return e.kind == "person" }); m != nil && m.start >= d.runes.ByteOffset(prev.CueSpan.Start) {
		return // "… said an official. Tom Reyes disagreed. “…,” he said."
	}
	st.Speaker = prev.Speaker
}

// nounGender is the pronoun a noun for a person calls for, "he" or "she",
// or "" when it does not say: "spokeswoman", "chairman".
func nounGender(w string) string {
	switch {
	case strings.HasSuffix(w, "woman") || w == "mother" || w == "wife" || w == "daughter" || w == "sister" || w == "actress":
		return "she"
	case strings.HasSuffix(w, "man") || w == "father" || w == "husband" || w == "son" || w == "brother":
		return "he"
	}
	return ""
}

func speakerOf(reg *registry, f frame) (*Speaker, *text.Span) {
	if f.speaker != nil {
		at := f.speakerAt
		return f.speaker, &at
	}
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
	n, caps := capitals(d.toks[i:j], func(t text.Token) bool { return t.Start >= q.open && t.End <= q.close })
	return n > 0 && caps*10 >= n*9 // the words outside the quote: names fill prose, not whole lines
}

// isTitleQuote reports whether a quotation is the name of a show, a book
// or a film rather than speech: every word but the function words
// capitalised, and either named as a title (after "on", a possessive or
// the kind of work: “on NBC's “Meet the Press””, "the reality show “Cake
// Boss.”") or set as no sentence is, in prose, without the comma, colon or
// verb of saying that marks speech.
func isTitleQuote(d *doc, q quote) bool {
	i, j := d.tokRange(q.start, q.end)
	if j-i < 1 || j-i > 10 {
		return false
	}
	named := i > 0 && (d.toks[i-1].Norm == "on" || strings.HasSuffix(d.toks[i-1].Norm, "'s") || workNouns[d.toks[i-1].Norm] || titleNamed(d, i)) ||
		j < len(d.toks) && d.toks[j].Start >= q.close && strings.TrimSpace(d.s[q.close:d.toks[j].Start]) == "" && (makerNouns[d.toks[j].Norm] || workNouns[d.toks[j].Norm]) // "the “Kelby Nights” host"
	if j-i < 2 && !named {
		return false // one word is a title only when named as one: "star of television's “Harbour”"
	}
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

// titleNamed reports whether the words before token i name what follows
// as a title or a name: "called", "titled", "known as", or "of" after a
// maker or a work ("the author of", "the hosts of", "the authors of the").
func titleNamed(d *doc, i int) bool {
	p := i - 1
	if d.toks[p].Norm == "the" && p > 0 {
		p--
	}
	switch w := d.toks[p].Norm; {
	case w == "called" || w == "titled" || w == "entitled" || w == "dubbed":
		return true
	case w == "as" && p > 0 && d.toks[p-1].Norm == "known":
		return true
	case w == "of" && p > 0:
		m := d.toks[p-1].Norm
		return workNouns[m] || makerNouns[m]
	}
	return false
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
// Frames come in the order of their cues; only maxNearFrames of them on
// either side of the quote are weighed, so that a sentence of thousands of
// quotes and cues is read in linear time.
func nearestOf(fs []frame, q quote, stance bool) int {
	best, bestDist := -1, 1<<62
	p := sort.Search(len(fs), func(i int) bool { return fs[i].cue.start >= q.open })
	for i := max(0, p-maxNearFrames); i < min(len(fs), p+maxNearFrames); i++ {
		f := fs[i]
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

// seemsSo reports whether the evidential verb at c takes a complement
// that says how something seems ("seems stable", "appeared paralyzed",
// "seemed an insult"), not where one appeared ("appeared on Fox News",
// "appeared Monday with Trump").
func seemsSo(d *doc, c int) bool {
	next := d.toks[c+1]
	if !d.gapClean(c, c+1, -1) || next.Norm == "to" || next.Capital || notContent[next.Norm] || placePrepositions[next.Norm] || dayWords[next.Norm] {
		return false
	}
	if strings.HasPrefix(d.toks[c].Norm, "seem") {
		return true
	}
	return !verbLike(d, c+1) && pronouns[next.Norm] == "" && !strings.HasSuffix(next.Norm, "ly") && !appearances[next.Norm]
}

// appearances follow "appeared" when one showed up somewhere, not seemed:
// "appeared live on Kelby Radio", "appeared twice on the show".
var appearances = wordSet(`alongside onstage live online together twice again once first last alone via
	here there`)

// maxNearFrames bounds the frames weighed on either side of a quote; a
// real sentence has far fewer, so the order of a headline's frame, put
// first, does not matter.
const maxNearFrames = 64

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func hedgesIn(d *doc, start, end int) []string {
	i, j := d.tokRange(start, end)
	var out []string
	ts := d.toks[i:j]
	for k, t := range ts {
		if hedgeWords[t.Norm] && !falseHedge(ts, k) {
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
	} else if f, ok := headlineVerb(d, sent, i0, j0); ok {
		out = append(out, f)
	}
	for c := i0; c < j0; c++ {
		if d.inQuote(d.toks[c].Start) >= 0 {
			continue
		}
		f, ok, matched := phraseFrame(d, reg, sent, i0, j0, c, out)
		if !matched {
			f, ok = verbCueFrame(d, reg, sent, i0, j0, c, out)
		}
		if ok && f.content.end > f.content.start && (wordCount(d, f.content.start, f.content.end) >= 2 || (f.stance || objectVerb(d, f)) && singleName(d, f.content)) {
			f.content = capContent(d, f.content)
			f.content.end = endOfSubordinate(d, i0, j0, f)
			if f.yields {
				endActsBefore(d, sent, out, f.cue.start)
			}
			out = append(out, f)
		}
	}
	endBeforeInversions(out)
	out = dropNamedReports(out)
	if len(out) == 0 {
		if f, ok := foreignReported(d, sent); ok {
			out = append(out, f)
		}
	}
	return out
}

// dropNamedReports drops a "reportedly" clause that a named speaker's
// words hold whole: in "The agency has reportedly been watching the hub,
// Ada Brook said" the report is Brook's. Only the frames near each are
// weighed, as in nearestOf.
func dropNamedReports(fs []frame) []frame {
	named := func(i int) bool {
		f := fs[i]
		for _, g := range fs[max(0, i-maxNearFrames):min(len(fs), i+maxNearFrames)] {
			if g.hasSubj && !g.stance && !g.reported && g.content.start <= f.content.start && f.content.end <= g.content.end {
				return true
			}
		}
		return false
	}
	out := fs[:0:0]
	for i, f := range fs {
		if !f.reported || !named(i) {
			out = append(out, f)
		}
	}
	return out
}

// singleName reports whether content c is one name or one object pronoun:
// the whole object of an act such as "backed Cruz" or "praised him".
func singleName(d *doc, c span) bool {
	i, j := d.tokRange(c.start, c.end)
	if j != i+1 {
		return false
	}
	t := d.toks[i]
	return t.Capital && !t.Stop || t.Norm == "him" || t.Norm == "her" || t.Norm == "them"
}

// phraseFrame tries the cues that are not a lone verb at token c:
// "according to", "quoted as saying", stance nouns and adjectives, passives
// with their agent, polls and evidentials. matched says that one of them
// applies, whether or not it found words; then no verb rule is tried.
func phraseFrame(d *doc, reg *registry, sent span, i0, j0, c int, out []frame) (f frame, ok, matched bool) {
	t := d.toks[c]
	switch {
	case t.Norm == "according" && c+1 < j0 && d.toks[c+1].Norm == "to":
		f, ok = accordingTo(d, sent, i0, j0, c)
	case (t.Norm == "put" || t.Norm == "puts") && c > i0+1 && c+1 < j0 && d.toks[c+1].Norm == "it":
		f, ok = asPutIt(d, sent, i0, j0, c)
		if !ok {
			return f, false, false
		}
	case t.Norm == "quoted" && c > i0:
		f, ok = quotedAsSaying(d, sent, i0, j0, c)
	case t.Norm == "asked" && c+1 < j0 && askedObjectAt(d, c, j0) > c && passiveAsk(d, i0, c):
		f, ok = askedAbout(d, sent, j0, c)
	case stanceNouns[t.Norm] && c+2 < j0 && stancePreps[d.toks[c+1].Norm] && d.gapClean(c, c+1, -1) && !framed(out, t.Start):
		f, ok = stanceNoun(d, reg, sent, i0, j0, c)
	case nounCues[t.Norm] && c > i0 && c+1 < j0 && strings.HasSuffix(d.toks[c-1].Norm, "'s") && d.toks[c+1].Norm == "that":
		f = frame{cue: span{t.Start, t.End}, cueToken: c, subj: [2]int{c - 1, c}, hasSubj: true}
		f.content, ok = span{d.toks[c+1].End + 1, contentEnd(d, sent)}, true
	case (t.Norm == "view" || t.Norm == "opinion") && c-1 > i0 && isPossessive(d.toks[c-1].Norm):
		f, ok = inViewOf(d, sent, i0, j0, c)
	case c > i0 && c+2 < j0 && d.toks[c+1].Norm == "by" && afterBeAdverb(d, i0, c) && (strings.HasSuffix(t.Norm, "ed") || irregularPast[t.Norm] || irregularParticiples[t.Norm]) && !framed(out, t.Start):
		f, ok = passiveBy(d, sent, i0, j0, c)
	case stanceAdjectives[t.Norm] && c > i0 && c+1 < j0 && !t.Capital && !framed(out, t.Start):
		f, ok = adjectiveFrame(d, sent, i0, j0, c)
		if !ok && cueVerbs[t.Norm] != "" {
			return f, false, false // "She opposed the pact": the verb, not the adjective
		}
	case t.Norm == "in" && (c == i0 || clauseGap(d.s[d.toks[c-1].End:t.Start])) && !framed(out, t.Start):
		f, ok = inPoll(d, sent, j0, c)
	case c > i0 && c+1 < j0 && (passiveEvidentials[t.Norm] || passiveCue(d, sent, c)) && afterBe(d, i0, c) && d.toks[c+1].Norm != "by" && d.toks[c+1].Norm != "that" && !framed(out, t.Start):
		f, ok = evidentialFrame(d, sent, i0, c) // "X is considered an asset", "Y was reported to …", "Z was accused of …"
		if !passiveEvidentials[t.Norm] {
			f.subj, f.hasSubj = [2]int{}, false // "Z was accused": Z is what is said, not who says it
		}
	case reportAdverbs[t.Norm] && c > i0 && c+1 < j0 && !framed(out, t.Start):
		f, ok = evidentialFrame(d, sent, i0, c)
		f.subj, f.hasSubj, f.stance, f.reported = [2]int{}, false, false, true // by unnamed others
		f.content.end = clauseEndAfter(d, sent, c)
	case evidentials[t.Norm] && c > i0 && c+2 < j0 && d.toks[c+1].Norm == "to" && (t.Norm != "expected" || afterBe(d, i0, c)) && !framed(out, t.Start):
		f, ok = evidentialFrame(d, sent, i0, c)
	case evidentials[t.Norm] && t.Norm != "expected" && c > i0 && c+1 < j0 && seemsSo(d, c) && !framed(out, t.Start):
		f, ok = evidentialFrame(d, sent, i0, c) // "the race appears closer", "New Hampshire seems stable"
	default:
		return f, false, false
	}
	return f, ok, true
}

// verbCueFrame tries the verb at token c: a progressive ("is warning
// that"), a participle before a quote or after a comma, and any verb of
// saying, believing or acting with its subject.
func verbCueFrame(d *doc, reg *registry, sent span, i0, j0, c int, out []frame) (frame, bool) {
	t := d.toks[c]
	var prev *frame
	if len(out) > 0 {
		prev = &out[len(out)-1]
	}
	ing := strings.HasSuffix(t.Norm, "ing")
	lemma := cueVerbs[t.Norm]
	switch {
	case lemma != "" && ing && c > i0 && afterBe(d, i0, c):
		f, ok := verbFrame(d, sent, i0, j0, c, prev) // "is warning that …"
		f.stance = actVerbs[lemma] || watching(d, lemma, c, j0)
		return f, ok && !actAfterItsWords(f)
	case lemma != "" && !ing && c > i0+1 && d.toks[c-1].Norm == "to" && d.gapClean(c-1, c, -1) && !framed(out, t.Start):
		return infinitiveFrame(d, sent, i0, j0, c) // "waited in the snow to heckle him"
	case lemma != "" && ing && c > i0 && d.gapClean(c-1, c, -1) && !isAux(d.toks[c-1]) && !beVerbs[d.toks[c-1].Norm]:
		if f, ok := gerundFrame(d, sent, i0, j0, c); ok {
			return f, true // "by proposing a tax", "after thanking the crowd", even inside an act's words
		}
		if framed(out, t.Start) {
			return frame{}, false
		}
		if f, ok := nounParticiple(d, reg, sent, i0, j0, c); ok {
			return f, true // "a group backing Gov. Huckabee", "Pope Francis calling Christmas a sham"
		}
		if quoteFollows(d, c) {
			return participleFrame(d, reg, sent, j0, c)
		}
		return frame{}, false
	case lemma != "" && ing && quoteFollows(d, c):
		return participleFrame(d, reg, sent, j0, c)
	case lemma != "" && !actVerbs[lemma] && ing && c > i0 && clauseGap(d.s[d.toks[c-1].End:t.Start]) && !framedBySpeech(d, out, t.Start):
		f, ok := participleClause(d, reg, sent, i0, j0, c, out)
		f.yields = true
		return f, ok
	case (lemma != "" && !ing && !modifiesNoun(d, i0, c) || looksLikeVerb(d, reg, c, i0)) && (!t.Capital || lemma != "" && titleLineAt(d, sent, i0, j0)) && !(c > i0 && nounMarker(d.toks[c-1].Norm) && d.gapClean(c-1, c, -1)) && !nounAfterName(d, reg, c, i0):
		f, ok := verbFrame(d, sent, i0, j0, c, prev)
		f.stance = lemma == "" || actVerbs[lemma] || ing || watching(d, lemma, c, j0)
		return f, ok && !actAfterItsWords(f)
	}
	return frame{}, false
}

// actAfterItsWords reports whether an act's verb follows the words it
// would take: "…, the loose style she prefers", "…, the man she is seeking
// to replace". A verb of saying may close its words ("…, she said"); an
// act closes a relative clause or a noun phrase instead, and what stands
// before it is no object of it. A passive with its agent ("Her plan is
// shared by …") is read by passiveBy.
func actAfterItsWords(f frame) bool {
	return f.stance && f.content.end <= f.cue.start
}

// watching reports whether the verb of saying at c watches rather than
// says: past a day ("observed on Monday"), no "that", quote, colon, comma
// or clause ("observed the hub was busy") follows it.
func watching(d *doc, lemma string, c, j0 int) bool {
	if !watchVerbs[lemma] || c+1 >= j0 || quoteFollows(d, c) || strings.ContainsAny(d.s[d.toks[c].End:d.toks[c+1].Start], ",:") {
		return false
	}
	k := wordsStart(d, j0, c)
	return k < j0 && d.toks[k-1].Norm != "that" && !clauseFollows(d, k, j0)
}

// modifiesNoun reports whether the act verb at c is a participle that
// modifies the noun before it, as the guesses of looksLikeVerb are checked:
// "In a poll released Monday, …", "the plan approved by the board".
func modifiesNoun(d *doc, i0, c int) bool {
	if titleCompound(d, c) {
		return true
	}
	if !actVerbs[cueVerbs[d.toks[c].Norm]] || c == i0 || isAux(d.toks[c-1]) {
		return false
	}
	return inOpeningPhrase(d, i0, c) || reducedRelative(d, c, false)
}

// titleCompound reports whether the bare cue word at c opens a title
// before a name, as in "council press secretary Dana Kell said": a verb in
// its base form is no verb when a title and a capitalised name follow it.
func titleCompound(d *doc, c int) bool {
	t := d.toks[c]
	if c == 0 || c+2 >= len(d.toks) || cueVerbs[t.Norm] != t.Norm || !d.gapClean(c-1, c, -1) || !d.gapClean(c, c+1, -1) || !d.gapClean(c+1, c+2, -1) {
		return false
	}
	if p := d.toks[c-1]; !p.Capital && strings.HasSuffix(p.Norm, "s") {
		return false // "The officials deny minister Reyes took …": a plural subject and its verb
	}
	n, name := d.toks[c+1], d.toks[c+2]
	return !n.Capital && titleNouns[n.Norm] && name.Capital && !name.Stop
}

// endBeforeInversions ends each frame's words where a later attribution
// set after its own words begins: in "A says B, C said", B is A's and ends
// before ", C said". Frames come in cue order, and only maxContentTokens
// of them either side are weighed, so one endless sentence of cues stays
// linear; real sentences hold far fewer.
func endBeforeInversions(fs []frame) {
	for gi, g := range fs {
		if g.content.end > g.cue.start {
			continue // its words follow it
		}
		for i := max(0, gi-maxContentTokens); i < min(len(fs), gi+maxContentTokens); i++ {
			f := &fs[i]
			if g.cue.start > f.content.start && g.cue.start < f.content.end && g.content.end > f.content.start {
				f.content.end = min(f.content.end, g.content.end)
			}
		}
	}
}

// maxLookBack bounds the rules that walk back to the start of a clause.
const maxLookBack = 40

// maxAux bounds the auxiliaries and adverbs walked over between a subject
// and its verb ("has also repeatedly said"), so a run of them stays linear.
const maxAux = 8

// objectVerb reports whether the frame's cue is a verb of stance or
// saying, not of speech itself, whose object may be one name: "supported
// Reyes", "praised her", "endorsed Brook". After "said" or "told" one word
// is no clause ("said Monday", "told Reyes").
func objectVerb(d *doc, f frame) bool {
	t := d.toks[f.cueToken]
	return cueVerbs[t.Norm] != "" && !sayingVerbs[t.Norm] && f.content.start >= f.cue.end
}

// titleLineAt reports whether sentence sent is the text's Title Case first
// line, where a capital marks no name: "…, Ada Brook Says".
func titleLineAt(d *doc, sent span, i0, j0 int) bool {
	if strings.TrimSpace(d.s[:sent.start]) != "" || !strings.HasPrefix(strings.TrimLeft(d.s[sent.end:], " \t"), "\n") {
		return false // a headline is a line of its own, with the story below it
	}
	n, caps := capitals(d.toks[i0:j0], func(t text.Token) bool { return d.inQuote(t.Start) >= 0 })
	return n >= 3 && caps*10 >= n*9
}

// afterBeAdverb reports whether the participle at c follows a form of
// "be", perhaps past one adverb in -ly: "was jointly written by".
func afterBeAdverb(d *doc, i0, c int) bool {
	p := c - 1
	if p > i0 && isAux(d.toks[p]) && !auxVerbs[d.toks[p].Norm] && d.gapClean(p-1, p, -1) {
		p-- // "has been repeatedly criticized by"
	}
	return beVerbs[d.toks[p].Norm] && d.gapClean(p, p+1, -1)
}
