package statements

import (
	"bufio"
	"context"
	"fmt"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/outletname"
)

// GoldAttribution is one annotated attribution of a benchmark article, in
// code-point offsets; discontinuous spans keep their parts.
type GoldAttribution struct {
	Source  [][2]int
	Cue     [][2]int
	Content [][2]int
}

// GoldArticle is one benchmark article with its annotated attributions.
type GoldArticle struct {
	Name  string
	Text  string
	Attrs []GoldAttribution
}

// LoadPolNeAR reads one split ("train", "dev", "test") of the PolNeAR
// corpus at dir, taking the first annotator's file of each article.
func LoadPolNeAR(ctx context.Context, dir, split string) ([]GoldArticle, error) {
	multi, err := loadSplit(ctx, dir, split, 1)
	if err != nil {
		return nil, err
	}
	out := make([]GoldArticle, len(multi))
	for i, m := range multi {
		out[i] = GoldArticle{Name: m.Name, Text: m.Text, Attrs: m.ByAnnotator[0]}
	}
	return out, nil
}

// AnnotatedArticle is a benchmark article with each annotator's
// attributions, in the sorted order of the annotators' files.
type AnnotatedArticle struct {
	Name        string
	Text        string
	ByAnnotator [][]GoldAttribution
}

// LoadPolNeARAgreement reads every PolNeAR article that more than one
// annotator labelled, from all splits and the annotator-training set.
func LoadPolNeARAgreement(ctx context.Context, dir string) ([]AnnotatedArticle, error) {
	var out []AnnotatedArticle
	for _, split := range []string{"annotator-training", "train", "dev", "test"} {
		arts, err := loadSplit(ctx, dir, split, 2)
		if err != nil {
			return nil, err
		}
		out = append(out, arts...)
	}
	return out, nil
}

// EachAnnotator returns one gold article per annotator of each article, so
// a detector can be scored against every annotator in turn, as the
// annotators are in ScoreAgreement.
func EachAnnotator(arts []AnnotatedArticle) []GoldArticle {
	var out []GoldArticle
	for _, a := range arts {
		for _, attrs := range a.ByAnnotator {
			out = append(out, GoldArticle{Name: a.Name, Text: a.Text, Attrs: attrs})
		}
	}
	return out
}

// loadSplit reads the articles of one split that have at least minAnn
// annotators' files: with minAnn 1, the first annotator of each; above,
// every annotator.
func loadSplit(ctx context.Context, dir, split string, minAnn int) ([]AnnotatedArticle, error) {
	texts, err := filepath.Glob(filepath.Join(dir, split, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		return nil, fmt.Errorf("polnear %s: no texts under %s", split, dir)
	}
	sort.Strings(texts)
	var out []AnnotatedArticle
	for _, p := range texts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		anns, _ := filepath.Glob(filepath.Join(dir, split, "attributions", name+"_*.ann"))
		if len(anns) < max(minAnn, 1) {
			continue
		}
		sort.Strings(anns)
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("polnear read %s: %w", p, err)
		}
		a := AnnotatedArticle{Name: name, Text: string(b)}
		take := anns[:1] // one annotator's view, unless agreement is measured
		if minAnn > 1 {
			take = anns
		}
		for _, ann := range take {
			attrs, err := readAnn(ann)
			if err != nil {
				return nil, err
			}
			a.ByAnnotator = append(a.ByAnnotator, attrs)
		}
		out = append(out, a)
	}
	return out, nil
}

func readAnn(path string) ([]GoldAttribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear ann: %w", err)
	}
	defer f.Close()
	spans := map[string][][2]int{}
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(cols[0], "T"):
			spans[cols[0]] = parseSpans(cols[1])
		case strings.HasPrefix(cols[0], "E"):
			events = append(events, strings.Fields(cols[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("polnear ann %s: %w", path, err)
	}
	var out []GoldAttribution
	for _, ev := range events {
		var g GoldAttribution
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			role = strings.TrimRightFunc(role, unicode.IsDigit)
			switch role {
			case "Source":
				g.Source = append(g.Source, spans[id]...)
			case "Cue":
				g.Cue = append(g.Cue, spans[id]...)
			case "Content":
				g.Content = append(g.Content, spans[id]...)
			}
		}
		if len(g.Content) > 0 {
			out = append(out, g)
		}
	}
	return out, nil
}

// parseSpans reads "Label 1 5;8 12" into its ranges.
func parseSpans(s string) [][2]int {
	_, rest, ok := strings.Cut(s, " ")
	if !ok {
		return nil
	}
	var out [][2]int
	for _, part := range strings.Split(rest, ";") {
		f := strings.Fields(part)
		if len(f) != 2 {
			continue
		}
		a, err1 := strconv.Atoi(f[0])
		b, err2 := strconv.Atoi(f[1])
		if err1 == nil && err2 == nil && b > a {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// DetectionScore is how well Find recovers annotated attributions.
type DetectionScore struct {
	Detected, Gold, TruePos, GoldFound int
	Precision, Recall, F1              float64
	SpeakerChecked, SpeakerRight       int
	SpeakerAccuracy                    float64
	// Span* score the same statements code point by code point: how much of
	// the detected content is gold content, and how much gold content is
	// detected. Unlike the overlap match, a statement that runs over a whole
	// sentence to touch a gold span earns little here.
	SpanDetected, SpanGold, SpanBoth  int
	SpanPrecision, SpanRecall, SpanF1 float64
}

// ScoreDetection runs Find on every article and matches statements to gold
// Content spans by overlap: precision counts detected statements that
// overlap some gold content, recall counts gold contents overlapped by some
// statement. A matched statement's speaker is right when its mention
// overlaps the gold Source, or names the same entity once both are resolved.
// Given kinds, only statements of those kinds count.
func ScoreDetection(ctx context.Context, arts []GoldArticle, kinds ...Kind) (DetectionScore, error) {
	return scoreWith(ctx, arts, func(txt string) []Statement { return ofKinds(Find(txt, Options{}), kinds) })
}

// ScoreAgreement scores the annotators against each other the way
// ScoreDetection scores Find: every ordered pair of an article's
// annotators, one taken as gold and the other as the detector. It is the
// ceiling the corpus itself sets on any detector's figures.
func ScoreAgreement(ctx context.Context, arts []AnnotatedArticle) (DetectionScore, error) {
	return scoreHeldOut(ctx, arts, func(a AnnotatedArticle, i int) [][]detection {
		var out [][]detection
		for j, other := range a.ByAnnotator {
			if j != i {
				out = append(out, annotatorDetections(a.Text, other))
			}
		}
		return out
	})
}

// ScorePanel scores, for each annotator of an article, the majority view
// of the others: every attribution that more than half of them mark (by
// overlapping content), once. It estimates what a detector as good as a
// panel of annotators would score against one annotator.
func ScorePanel(ctx context.Context, arts []AnnotatedArticle) (DetectionScore, error) {
	return scoreHeldOut(ctx, arts, func(a AnnotatedArticle, i int) [][]detection {
		others := slices.Delete(slices.Clone(a.ByAnnotator), i, i+1)
		return [][]detection{annotatorDetections(a.Text, majorityView(others))}
	})
}

// scoreHeldOut takes each annotator i of each article in turn as gold and
// scores against it every set of detections that detect(a, i) returns.
func scoreHeldOut(ctx context.Context, arts []AnnotatedArticle, detect func(a AnnotatedArticle, i int) [][]detection) (DetectionScore, error) {
	var sc DetectionScore
	for _, a := range arts {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		n := len([]rune(a.Text))
		for i, gold := range a.ByAnnotator {
			for _, dets := range detect(a, i) {
				sc.add(n, gold, dets)
			}
		}
	}
	sc.finish()
	return sc, nil
}

// sameContent reports whether two annotators marked the same content: the
// spans overlap on at least half of their joint length (Dice ≥ 0.5), so a
// clause nested in a longer one is not the same.
func sameContent(a, b [][2]int) bool {
	return 4*overlapParts(a, b) >= spanLen(a)+spanLen(b)
}

func spanLen(parts [][2]int) int {
	n := 0
	for _, p := range parts {
		n += p[1] - p[0]
	}
	return n
}

// majorityView keeps the attributions that more than half of the
// annotators mark. Another annotator's copy of one already kept (one that
// overlaps it) is dropped; an annotator's own nested attributions are all
// kept.
func majorityView(anns [][]GoldAttribution) []GoldAttribution {
	var out []GoldAttribution
	var keptFrom []int // the annotator of each kept attribution
	for ai, attrs := range anns {
		for _, at := range attrs {
			votes := 0
			for _, other := range anns {
				if slices.ContainsFunc(other, func(b GoldAttribution) bool { return sameContent(at.Content, b.Content) }) {
					votes++
				}
			}
			dup := false
			for k, b := range out {
				dup = dup || keptFrom[k] != ai && overlapParts(at.Content, b.Content) > 0
			}
			if 2*votes > len(anns) && !dup {
				out = append(out, at)
				keptFrom = append(keptFrom, ai)
			}
		}
	}
	return out
}

// annotatorDetections turns one annotator's attributions into detections;
// a speaker agrees when the two Source spans overlap or read the same.
func annotatorDetections(txt string, attrs []GoldAttribution) []detection {
	runes := []rune(txt)
	text := func(parts [][2]int) string {
		var b strings.Builder
		for _, p := range parts {
			if p[0] >= 0 && p[1] <= len(runes) {
				b.WriteString(string(runes[p[0]:p[1]]) + " ")
			}
		}
		return b.String()
	}
	out := make([]detection, len(attrs))
	for i, at := range attrs {
		out[i] = detection{content: at.Content, cue: at.Cue, speakerIs: func(g GoldAttribution) bool {
			return overlapParts(at.Source, g.Source) > 0 || sameSpeaker(text(at.Source), text(g.Source))
		}}
	}
	return out
}

// ScoreSentenceBaseline scores the trivial detector that calls every
// sentence a statement: the floor any rule set must clear to mean anything
// under the overlap match.
func ScoreSentenceBaseline(ctx context.Context, arts []GoldArticle) (DetectionScore, error) {
	return scoreWith(ctx, arts, func(txt string) []Statement {
		d := newDoc(txt, "")
		out := make([]Statement, 0, len(d.sents))
		for _, s := range d.sents {
			out = append(out, Statement{Kind: Reported, Content: d.span(s.start, s.end)})
		}
		return out
	})
}

func scoreWith(ctx context.Context, arts []GoldArticle, find func(string) []Statement) (DetectionScore, error) {
	var sc DetectionScore
	for _, a := range arts {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		sc.add(len([]rune(a.Text)), a.Attrs, statementDetections(a.Text, find(a.Text)))
	}
	sc.finish()
	return sc, nil
}

func (sc *DetectionScore) finish() {
	sc.Precision = ratio(sc.TruePos, sc.Detected)
	sc.Recall = ratio(sc.GoldFound, sc.Gold)
	sc.F1 = f1(sc.Precision, sc.Recall)
	sc.SpeakerAccuracy = ratio(sc.SpeakerRight, sc.SpeakerChecked)
	sc.SpanPrecision = ratio(sc.SpanBoth, sc.SpanDetected)
	sc.SpanRecall = ratio(sc.SpanBoth, sc.SpanGold)
	sc.SpanF1 = f1(sc.SpanPrecision, sc.SpanRecall)
}

// detection is one detected attribution as the scorer sees it: a statement
// of Find, or another annotator's attribution.
type detection struct {
	content, cue [][2]int
	// speakerIs reports whether the detected speaker is the gold Source.
	speakerIs func(GoldAttribution) bool
}

// statementDetections turns Find's statements on txt into detections.
func statementDetections(txt string, sts []Statement) []detection {
	d := newDoc(txt, "")
	reg := newRegistry(d)
	runes := []rune(txt)
	out := make([]detection, len(sts))
	for i, st := range sts {
		out[i] = detection{content: [][2]int{{st.Content.Start, st.Content.End}},
			speakerIs: func(g GoldAttribution) bool { return speakerMatches(st, g, d, reg, runes) }}
		if st.CueSpan != nil {
			out[i].cue = [][2]int{{st.CueSpan.Start, st.CueSpan.End}}
		}
	}
	return out
}

// add scores one article's detections against its gold attributions; n is
// the article's length in code points.
func (sc *DetectionScore) add(n int, gold []GoldAttribution, dets []detection) {
	sc.Detected += len(dets)
	sc.Gold += len(gold)
	found := make([]bool, len(gold))
	for _, dt := range dets {
		best := bestGold(dt, gold, found)
		if best < 0 {
			continue
		}
		sc.TruePos++
		if len(gold[best].Source) == 0 {
			continue
		}
		sc.SpeakerChecked++
		if dt.speakerIs(gold[best]) {
			sc.SpeakerRight++
		}
	}
	for _, f := range found {
		sc.GoldFound += b2i(f)
	}
	sc.addSpans(n, gold, dets)
}

// bestGold returns the gold attribution a detection matches, preferring
// the one whose cue it shares, and marks every gold content it overlaps.
func bestGold(dt detection, gold []GoldAttribution, found []bool) int {
	best, bestOv := -1, 0
	for gi, g := range gold {
		ov := overlapParts(dt.content, g.Content)
		if ov <= 0 {
			continue
		}
		found[gi] = true
		if overlapParts(dt.cue, g.Cue) > 0 {
			ov += 1 << 20 // the same attribution, not one nested in it
		}
		if ov > bestOv {
			best, bestOv = gi, ov
		}
	}
	return best
}

// addSpans counts the code points of an article that are detected content,
// gold content, and both.
func (sc *DetectionScore) addSpans(n int, gold []GoldAttribution, dets []detection) {
	inGold := make([]bool, n)
	for _, g := range gold {
		mark(inGold, g.Content)
	}
	inDet := make([]bool, n)
	for _, dt := range dets {
		mark(inDet, dt.content)
	}
	for i := range n {
		sc.SpanGold += b2i(inGold[i])
		sc.SpanDetected += b2i(inDet[i])
		sc.SpanBoth += b2i(inGold[i] && inDet[i])
	}
}

func mark(in []bool, parts [][2]int) {
	for _, p := range parts {
		for i := max(p[0], 0); i < min(p[1], len(in)); i++ {
			in[i] = true
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ofKinds keeps the statements of the given kinds, or all when none is given.
func ofKinds(sts []Statement, kinds []Kind) []Statement {
	if len(kinds) == 0 {
		return sts
	}
	out := sts[:0]
	for _, st := range sts {
		if slices.Contains(kinds, st.Kind) {
			out = append(out, st)
		}
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func overlapParts(a, b [][2]int) int {
	n := 0
	for _, p := range a {
		n += overlap(p[0], p[1], b)
	}
	return n
}

func overlap(s, e int, parts [][2]int) int {
	n := 0
	for _, p := range parts {
		if o := min(e, p[1]) - max(s, p[0]); o > 0 {
			n += o
		}
	}
	return n
}

// speakerMatches compares a statement's speaker with the gold Source,
// resolving the gold mention (a pronoun or surname) the same way.
func speakerMatches(st Statement, g GoldAttribution, d *doc, reg *registry, runes []rune) bool {
	if st.Speaker == nil {
		return false
	}
	if st.SpeakerSpan != nil && overlap(st.SpeakerSpan.Start, st.SpeakerSpan.End, g.Source) > 0 {
		return true
	}
	for _, src := range g.Source {
		if src[1] > len(runes) {
			continue
		}
		i, j := d.tokRange(d.runes.ByteOffset(src[0]), d.runes.ByteOffset(src[1]))
		if j <= i {
			continue
		}
		if j-i == 1 {
			if gs, _ := reg.resolve(i, j); sameSpeaker(gs.Name, st.Speaker.Name) {
				return true // a pronoun or surname resolved to the same entity
			}
		}
		// a longer source is headed by the last name before its first comma:
		// "Kenneth Baer, a former official who runs Crosscut Strategies",
		// "Clinton spokesman Nick Merrill"
		var head *entMention
		for k := i; k < j; k++ {
			if k > i && strings.Contains(d.s[d.toks[k-1].End:d.toks[k].Start], ",") {
				break
			}
			if m := reg.mentionAt(d.toks[k].Start); m != nil {
				head = m
			}
		}
		if head != nil && sameSpeaker(head.ent.name, st.Speaker.Name) {
			return true
		}
		src := d.s[d.toks[i].Start:d.toks[j-1].End]
		if sameSpeaker(src, st.Speaker.Name) || sameSpeaker(sourceHead(src), st.Speaker.Name) {
			return true
		}
	}
	return false
}

// sourceHead cuts a gold source to the name that heads it, before a
// party label, an "of" phrase or a relative clause: "Sen. Bernie Sanders
// (I-Vt.)", "Archbishop Aris Shirvanian of the Armenian Patriarchate".
func sourceHead(src string) string {
	for _, sep := range []string{",", " (", " of ", " who ", " from ", " at "} {
		if i := strings.Index(src, sep); i > 0 {
			src = src[:i]
		}
	}
	return src
}

// sameSpeaker reports whether two resolved names refer to one entity: equal,
// or one is the other's surname, unless both write first names (or
// initials) that disagree: "Priya Patel" and "Raj Patel" are two people.
func sameSpeaker(a, b string) bool {
	if shortNameOf(a, b) {
		return true // "the FT" and "the Financial Times"
	}
	na, nb := a, b // as written: given names are told by their capitals
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	la, lb := lastWord(a), lastWord(b)
	if la == lb && len(la) > 2 && !speakerNouns[la] {
		return !givenNamesDiffer(givenNames(na), givenNames(nb))
	}
	// "the Bank" and "the Bank of England": the head of an "X of Y" name
	ha, hb := headOfName(a), headOfName(b)
	return ha != "" && hb == "" && ha == lb || hb != "" && ha == "" && hb == la
}

// shortNameOf reports whether one of two names is a short name of the
// other (its initials, "FT", or a known short form, "WaPo"), as the credit
// check reads outlets' names.
func shortNameOf(a, b string) bool {
	a, b = withoutArticle(strings.TrimSpace(a)), withoutArticle(strings.TrimSpace(b))
	if strings.Contains(a, " ") {
		a, b = b, a
	}
	if strings.Contains(a, " ") || upperLetters(a) < 2 || b == "" {
		return false // a short name is one word of capitals: "FT", "WaPo"
	}
	return outletname.Same(a, b)
}

// upperLetters counts the upper-case letters of s.
func upperLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

func withoutArticle(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return s[4:]
	}
	return s
}

// givenNames are the capitalised words written right before a name's
// last word, lower-cased, less titles and articles: "Sen. Bernie Sanders"
// → [bernie], "Clinton spokesman Nick Merrill" → [nick], "R. K. Patel" →
// [r k]. A bare surname, or a name with a particle before its last word
// ("von der Leyen"), has none.
func givenNames(name string) []string {
	f := strings.Fields(name)
	var out []string
	for k := len(f) - 2; k >= 0; k-- {
		w := strings.Trim(f[k], ".,")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			break
		}
		if l := strings.ToLower(w); !personTitles[l] && !titleNouns[l] && !titleModifiers[l] && !descriptors[l] && l != "the" {
			out = append(out, strings.Split(withoutAccents(l), "-")...) // "Mary-Ann" is "Mary Ann", "José" is "Jose"
		}
	}
	return out
}

// givenNamesDiffer reports whether two names of one surname both write
// given names and none of one's agrees with any of the other's: a word
// agrees with the same word, an initial with a word it begins ("R." and
// "Raj"). Middle names and titles left in ("Hillary Rodham Clinton",
// "Opposition Councillor Raj Patel") thus never part one person.
func givenNamesDiffer(ga, gb []string) bool {
	if len(ga) == 0 || len(gb) == 0 {
		return false
	}
	for _, x := range ga {
		for _, y := range gb {
			if givenAgrees(x, y) {
				return false
			}
		}
	}
	return true
}

// withoutAccents drops the marks a name may be written with or without:
// "José" and "Jose", "Zoë" and "Zoe".
func withoutAccents(s string) string {
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		return s
	}
	return out
}

func givenAgrees(x, y string) bool {
	if x == y {
		return true
	}
	if isInitials(x) || isInitials(y) {
		rx, _ := utf8.DecodeRuneInString(x)
		ry, _ := utf8.DecodeRuneInString(y)
		return rx == ry
	}
	return false
}

// headOfName is the last word before "of" in a name like "Bank of
// England", when it is no general speaker noun, or "".
func headOfName(s string) string {
	before, _, ok := strings.Cut(s, " of ")
	if !ok {
		return ""
	}
	h := lastWord(before)
	if len(h) <= 2 || speakerNouns[h] {
		return ""
	}
	return h
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,’'s")
}
