package statements

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
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
	texts, err := filepath.Glob(filepath.Join(dir, split, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		return nil, fmt.Errorf("polnear %s: no texts under %s", split, dir)
	}
	sort.Strings(texts)
	out := make([]GoldArticle, 0, len(texts))
	for _, p := range texts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		anns, _ := filepath.Glob(filepath.Join(dir, split, "attributions", name+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("polnear read %s: %w", p, err)
		}
		attrs, err := readAnn(anns[0])
		if err != nil {
			return nil, err
		}
		out = append(out, GoldArticle{Name: name, Text: string(b), Attrs: attrs})
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
		sc.add(a, find(a.Text))
	}
	sc.Precision = ratio(sc.TruePos, sc.Detected)
	sc.Recall = ratio(sc.GoldFound, sc.Gold)
	sc.F1 = f1(sc.Precision, sc.Recall)
	sc.SpeakerAccuracy = ratio(sc.SpeakerRight, sc.SpeakerChecked)
	sc.SpanPrecision = ratio(sc.SpanBoth, sc.SpanDetected)
	sc.SpanRecall = ratio(sc.SpanBoth, sc.SpanGold)
	sc.SpanF1 = f1(sc.SpanPrecision, sc.SpanRecall)
	return sc, nil
}

// add scores one article's statements against its gold attributions.
func (sc *DetectionScore) add(a GoldArticle, sts []Statement) {
	d := newDoc(a.Text, "")
	reg := newRegistry(d)
	runes := []rune(a.Text)
	sc.Detected += len(sts)
	sc.Gold += len(a.Attrs)
	found := make([]bool, len(a.Attrs))
	for _, st := range sts {
		best := bestGold(st, a.Attrs, found)
		if best < 0 {
			continue
		}
		sc.TruePos++
		g := a.Attrs[best]
		if len(g.Source) == 0 {
			continue
		}
		sc.SpeakerChecked++
		if speakerMatches(st, g, d, reg, runes) {
			sc.SpeakerRight++
		}
	}
	for _, f := range found {
		if f {
			sc.GoldFound++
		}
	}
	sc.addSpans(len(runes), a.Attrs, sts)
}

// bestGold returns the gold attribution a statement matches, preferring
// the one whose cue it shares, and marks every gold content it overlaps.
func bestGold(st Statement, gold []GoldAttribution, found []bool) int {
	best, bestOv := -1, 0
	for gi, g := range gold {
		ov := overlap(st.Content.Start, st.Content.End, g.Content)
		if ov <= 0 {
			continue
		}
		found[gi] = true
		if st.CueSpan != nil && overlap(st.CueSpan.Start, st.CueSpan.End, g.Cue) > 0 {
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
func (sc *DetectionScore) addSpans(n int, gold []GoldAttribution, sts []Statement) {
	inGold := make([]bool, n)
	for _, g := range gold {
		for _, p := range g.Content {
			for i := max(p[0], 0); i < min(p[1], n); i++ {
				inGold[i] = true
			}
		}
	}
	inDet := make([]bool, n)
	for _, st := range sts {
		for i := max(st.Content.Start, 0); i < min(st.Content.End, n); i++ {
			inDet[i] = true
		}
	}
	for i := range n {
		sc.SpanGold += b2i(inGold[i])
		sc.SpanDetected += b2i(inDet[i])
		sc.SpanBoth += b2i(inGold[i] && inDet[i])
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
		if sameSpeaker(d.s[d.toks[i].Start:d.toks[j-1].End], st.Speaker.Name) {
			return true
		}
	}
	return false
}

// sameSpeaker reports whether two resolved names refer to one entity: equal,
// or one is the other's surname.
func sameSpeaker(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	la, lb := lastWord(a), lastWord(b)
	return la == lb && len(la) > 2 && !speakerNouns[la]
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,’'s")
}
