package statements

import (
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// PerturbClass names one kind of change the generator makes to an article.
type PerturbClass string

// Perturbation classes; each expects one finding code on the changed statement.
const (
	AlterNumber        PerturbClass = "alter-number"
	AlterNegation      PerturbClass = "alter-negation"
	AlterWord          PerturbClass = "alter-word"
	SwapSpeaker        PerturbClass = "swap-speaker"
	FabricateQuote     PerturbClass = "fabricate-quote"
	FaithfulParaphrase PerturbClass = "faithful-paraphrase"
	MergeClaim         PerturbClass = "merge-claim"
	StrengthenHedge    PerturbClass = "strengthen-hedge"
)

// PerturbClasses lists every class in report order.
var PerturbClasses = []PerturbClass{AlterNumber, AlterNegation, AlterWord, SwapSpeaker, FabricateQuote, FaithfulParaphrase, MergeClaim, StrengthenHedge}

// expected is the finding each class must raise on its statement; a
// faithful paraphrase must raise no error or warning.
var expected = map[PerturbClass]finding.Code{
	AlterNumber: finding.QuoteAltered, AlterNegation: finding.QuoteAltered, AlterWord: finding.QuoteAltered,
	SwapSpeaker: finding.QuoteMisattributed, FabricateQuote: finding.QuoteNotFound,
	MergeClaim: finding.ClaimAttributedToPerson, StrengthenHedge: finding.HedgeStrengthened,
}

// Perturbation is one changed copy of an article: the byte range [Start,
// End) of the copy holds the changed statement.
type Perturbation struct {
	Class      PerturbClass
	Copy       string
	Start, End int
}

// edit replaces s[a:b] with repl and returns the new text and the range of
// the replaced stretch widened to [lo, hi) of the original.
func edit(s string, a, b int, repl string, lo, hi int) (string, int, int) {
	return s[:a] + repl + s[b:], lo, hi + len(repl) - (b - a)
}

// Perturb makes one change of class cl to the article txt, choosing the
// statement with rng; ok is false when the article offers no candidate.
func Perturb(txt string, cl PerturbClass, rng *rand.Rand) (Perturbation, bool) {
	d := newDoc(txt, "")
	return perturbIn(d, checkable(findIn(d)), cl, rng)
}

// perturbIn is Perturb on the analysed article d and the statements sts
// Compare checks in it, which it reads and does not change: the scorer
// reads an article once for all its classes.
func perturbIn(d *doc, sts []Statement, cl PerturbClass, rng *rand.Rand) (Perturbation, bool) {
	var direct, reported []Statement
	for _, s := range sts {
		if s.Speaker != nil && s.Speaker.Kind == "person" && s.SpeakerSpan != nil {
			switch {
			case s.Kind == Direct && !s.Linked && wordCount(d, d.runes.ByteOffset(s.Content.Start), d.runes.ByteOffset(s.Content.End)) >= 5:
				direct = append(direct, s)
			case s.Kind == Reported:
				reported = append(reported, s)
			}
		}
	}
	rng.Shuffle(len(direct), func(i, j int) { direct[i], direct[j] = direct[j], direct[i] })
	rng.Shuffle(len(reported), func(i, j int) { reported[i], reported[j] = reported[j], reported[i] })
	for _, s := range direct {
		if p, ok := perturbDirect(d, s, cl, rng); ok {
			return p, true
		}
	}
	if cl == MergeClaim || cl == StrengthenHedge {
		for _, s := range reported {
			if p, ok := perturbReported(d, sts, s, cl); ok {
				return p, true
			}
		}
	}
	if cl == FabricateQuote && len(direct)+len(reported) > 0 {
		return fabricate(d, append(direct, reported...)[0], rng), true
	}
	return Perturbation{}, false
}

func bytesOf(d *doc, s Statement) (int, int) {
	return d.runes.ByteOffset(s.Content.Start), d.runes.ByteOffset(s.Content.End)
}

func perturbDirect(d *doc, s Statement, cl PerturbClass, rng *rand.Rand) (Perturbation, bool) {
	a, b := bytesOf(d, s)
	i, j := d.tokRange(a, b)
	toks := d.toks[i:j]
	p := Perturbation{Class: cl}
	switch cl {
	case AlterNumber:
		for _, t := range toks {
			if n, err := strconv.Atoi(t.Surface); err == nil {
				p.Copy, p.Start, p.End = edit(d.s, t.Start, t.End, strconv.Itoa(n+1+rng.IntN(9)), a, b)
				return p, true
			}
		}
	case AlterNegation:
		for _, t := range toks {
			switch t.Norm {
			case "not", "never":
				p.Copy, p.Start, p.End = edit(d.s, t.Start, t.End+1, "", a, b)
				return p, true
			case "is", "was", "will", "can", "are", "were", "should", "would":
				p.Copy, p.Start, p.End = edit(d.s, t.End, t.End, " not", a, b)
				return p, true
			}
		}
	case AlterWord:
		var cands []int
		for k, t := range toks {
			if !t.Stop && !t.Number && !t.Capital && len(t.Norm) >= 4 {
				cands = append(cands, k)
			}
		}
		if len(cands) > 0 {
			t := toks[cands[rng.IntN(len(cands))]]
			if w := otherWord(d, t.Stem, rng); w != "" {
				p.Copy, p.Start, p.End = edit(d.s, t.Start, t.End, w, a, b)
				return p, true
			}
		}
	case SwapSpeaker:
		if !speechCue(s.Cue) {
			return p, false // only words said can be put in another mouth
		}
		sa, sb := d.runes.ByteOffset(s.SpeakerSpan.Start), d.runes.ByteOffset(s.SpeakerSpan.End)
		if other := otherPerson(d, s.Speaker, rng); other != "" {
			lo, hi := min(a, sa), max(b, sb)
			p.Copy, p.Start, p.End = edit(d.s, sa, sb, other, lo, hi)
			p.Start, p.End = linkedRange(p.Copy, other, p.Start, p.End, sa)
			return p, true
		}
	case FaithfulParaphrase:
		q := d.inQuote(a)
		if q < 0 {
			return p, false
		}
		qq := d.quotes[q]
		inner := d.s[qq.start:qq.end]
		if strings.Contains(inner, "\n") || strings.ContainsAny(strings.TrimRight(inner, ".,"), ".?!") {
			return p, false // only one-sentence quotes read the same without marks
		}
		p.Copy, p.Start, p.End = edit(d.s, qq.open, qq.close, inner, qq.open, qq.close)
		return p, true
	case FabricateQuote:
		return fabricate(d, s, rng), true
	}
	return p, false
}

// linkedRange widens the changed range [lo, hi) of copy over the
// statements the copy gives to speaker name through the swapped mention at
// byte mention, and over the quotes linked to them after lo. A swapped
// speaker takes along the quotes linked to its statement ("“A,” X said.
// “B.”") and the other statements of its cue ("“A,” X said, adding that
// …"), so they are part of the change, not untouched statements.
func linkedRange(copy, name string, lo, hi, mention int) (int, int) {
	d := newDoc(copy, "")
	for _, o := range findIn(d) {
		if o.Speaker == nil || o.Speaker.Name != name {
			continue
		}
		a, b := bytesOf(d, o)
		if o.SpeakerSpan != nil && d.runes.ByteOffset(o.SpeakerSpan.Start) == mention || o.Linked && a > lo {
			lo, hi = min(lo, a), max(hi, b)
		}
	}
	return lo, hi
}

// otherWord picks a content word of the text with a different stem.
func otherWord(d *doc, stem string, rng *rand.Rand) string {
	for tries := 0; tries < 50 && len(d.toks) > 0; tries++ {
		t := d.toks[rng.IntN(len(d.toks))]
		if !t.Stop && !t.Number && !t.Capital && len(t.Norm) >= 4 && t.Stem != stem {
			return t.Norm
		}
	}
	return ""
}

// otherPerson names another person of the text, with a different surname.
func otherPerson(d *doc, sp *Speaker, rng *rand.Rand) string {
	reg := newRegistry(d)
	var names []string
	for _, e := range reg.ents {
		if e.kind == "person" && strings.Contains(e.name, " ") && !sameSpeaker(e.name, sp.Name) && !sameSpeaker(lastField(e.name), sp.Name) {
			names = append(names, e.name)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return ""
	}
	return names[rng.IntN(len(names))]
}

var fabricated = []string{
	"Nobody in this building has ever seen a budget of %d million dollars for lighthouses",
	"We will plant %d orchards along the northern canal before the festival",
	"My grandmother taught %d violin students in a converted submarine",
	"The committee will open %d aquariums for retired racing pigeons next autumn",
}

// fabricate inserts a paragraph quoting a made-up sentence after the
// paragraph of statement s, in the mouth of its speaker.
func fabricate(d *doc, s Statement, rng *rand.Rand) Perturbation {
	_, b := bytesOf(d, s)
	at := strings.Index(d.s[b:], "\n")
	if at < 0 {
		at = len(d.s)
	} else {
		at += b
	}
	body := fmt.Sprintf(fabricated[rng.IntN(len(fabricated))], 3+rng.IntN(90))
	para := fmt.Sprintf("\n\n“%s,” said %s.", body, s.Speaker.Name)
	start := at + len("\n\n“")
	return Perturbation{Class: FabricateQuote, Copy: d.s[:at] + para + d.s[at:], Start: start, End: start + len(body)}
}

// perturbReported strengthens a hedge of a reported statement, or merges
// the next unattributed sentence of its paragraph into it.
func perturbReported(d *doc, sts []Statement, s Statement, cl PerturbClass) (Perturbation, bool) {
	a, b := bytesOf(d, s)
	p := Perturbation{Class: cl}
	if cl == StrengthenHedge {
		i, j := d.tokRange(a, b)
		ts := d.toks[i:j]
		for k, t := range ts {
			if (t.Norm == "could" || t.Norm == "might" || t.Norm == "may") && !t.Capital && !falseHedge(ts, k) {
				p.Copy, p.Start, p.End = edit(d.s, t.Start, t.End, "will", a, b)
				return p, true
			}
		}
		return p, false
	}
	// merge: the statement must end its sentence, and the next sentence
	// must hold no statement at all. A statement in a relative clause ("X,
	// who said A.") is left out: ", and B" after it joins the main clause,
	// so the merged copy does not put B in X's mouth.
	if s.SpeakerSpan != nil && relativePronouns[strings.ToLower(s.SpeakerSpan.Text)] {
		return p, false
	}
	for k, sent := range d.sents {
		if sent.start > b || b > sent.end || k+1 >= len(d.sents) {
			continue
		}
		next := d.sents[k+1]
		if strings.Contains(d.s[sent.end:next.start], "\n") || strings.TrimSpace(d.s[b:sent.end]) != "." {
			return p, false
		}
		na, nb := d.runes.Index(next.start), d.runes.Index(next.end)
		if overlapsAny(sts, na, nb) || wordCount(d, next.start, next.end) < 6 {
			return p, false
		}
		body := strings.TrimRight(d.s[next.start:next.end], ".!? ")
		body = lowerFirst(body)
		merged := d.s[:b] + ", and " + body + d.s[b:sent.end] + d.s[next.end:]
		return Perturbation{Class: cl, Copy: merged, Start: a, End: b + len(", and ") + len(body)}, true
	}
	return p, false
}

// lowerFirst lower-cases the first letter of s unless s opens with an
// acronym ("NATO said" stays).
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n < len(s) && unicode.IsUpper(r) && !unicode.IsUpper(rune(s[n])) {
		return string(unicode.ToLower(r)) + s[n:]
	}
	return s
}

// PerturbScore counts, per class, the perturbations made and those caught,
// and the false alarms (errors and warnings) on untouched statements.
type PerturbScore struct {
	Made, Caught       map[PerturbClass]int
	Untouched, Alarmed int
}

// Recall is the share of class cl's perturbations that were caught.
func (p PerturbScore) Recall(cl PerturbClass) float64 { return ratio(p.Caught[cl], p.Made[cl]) }

// FalseAlarmRate is the share of untouched statements flagged.
func (p PerturbScore) FalseAlarmRate() float64 { return ratio(p.Alarmed, p.Untouched) }

// ScorePerturbations perturbs every article once per class (seeded, so runs
// repeat) and checks Compare's findings against what was done. Each article
// and class draws from its own stream, seeded by seed, the article's name
// and the class, so a change to the finder that alters one article's
// statements leaves every other perturbation as it was: runs before and
// after a change compare pair by pair.
func ScorePerturbations(ctx context.Context, arts []GoldArticle, seed uint64) (PerturbScore, error) {
	sc := PerturbScore{Made: map[PerturbClass]int{}, Caught: map[PerturbClass]int{}}
	for _, a := range arts {
		d := newDoc(a.Text, "")
		sts := checkable(findIn(d))
		for _, cl := range PerturbClasses {
			if err := ctx.Err(); err != nil {
				return sc, err
			}
			p, ok := perturbIn(d, sts, cl, streamFor(seed, a.Name, cl))
			if !ok {
				continue
			}
			sc.Made[cl]++
			checks, fs := Compare(p.Copy, a.Text, Options{})
			r := text.NewRunes(p.Copy)
			ts, te := r.Index(p.Start), r.Index(p.End)
			if caught(cl, fs, ts, te) {
				sc.Caught[cl]++
			}
			un, al := falseAlarms(checks, fs, ts, te)
			sc.Untouched += un
			sc.Alarmed += al
		}
	}
	return sc, nil
}

// streamFor is the random stream of one article and class.
func streamFor(seed uint64, name string, cl PerturbClass) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(name))
	h.Write([]byte{0})
	h.Write([]byte(cl))
	return rand.New(rand.NewPCG(seed, h.Sum64()))
}

func caught(cl PerturbClass, fs []finding.Finding, ts, te int) bool {
	want, isFault := expected[cl]
	for _, f := range fs {
		c := f.Evidence.Copy
		if c == nil || c.End <= ts || c.Start >= te {
			continue
		}
		if !isFault && f.Severity.Rank() >= finding.Warning.Rank() {
			return false
		}
		if isFault && (f.Code == want || cl == SwapSpeaker && f.Code == finding.StatementMisattributed) {
			return true
		}
	}
	return !isFault
}

// falseAlarms counts the statements away from the change and those of them
// with an error or warning.
func falseAlarms(checks []Check, fs []finding.Finding, ts, te int) (int, int) {
	un, al := 0, 0
	for _, c := range checks {
		if c.Span.End > ts && c.Span.Start < te {
			continue
		}
		un++
		for _, f := range fs {
			if f.Severity.Rank() >= finding.Warning.Rank() && f.Evidence.Copy != nil && f.Evidence.Copy.Start < c.Span.End && c.Span.Start < f.Evidence.Copy.End {
				al++
				break
			}
		}
	}
	return un, al
}
