package statements

import (
	"fmt"
	"strings"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// HeadlineDrift reports the names, numbers, dates and content words that
// differ between a copy's title and the original's: one finding per changed
// stretch, with both stretches as evidence.
func HeadlineDrift(copyTitle, sourceTitle string) []finding.Finding {
	if strings.TrimSpace(copyTitle) == "" || strings.TrimSpace(sourceTitle) == "" {
		return nil
	}
	ct, st := text.Tokenize(copyTitle, ""), text.Tokenize(sourceTitle, "")
	// In Title Case every word is capitalised: capitals name no one there.
	if titleCase(ct) || titleCase(st) {
		ct, st = lowerCapitals(ct), lowerCapitals(st)
	}
	cr, sr := text.NewRunes(copyTitle), text.NewRunes(sourceTitle)
	a, b := stems(st), stems(ct)
	var fs []finding.Finding
	for _, op := range difflib.NewMatcherWithJunk(a, b, false, nil).GetOpCodes() {
		if op.Tag == 'e' {
			continue
		}
		what := driftKind(st[op.I1:op.I2], ct[op.J1:op.J2], a, b)
		if what == "" {
			continue
		}
		cs := stretch(cr, ct, op.J1, op.J2, len(copyTitle))
		ss := stretch(sr, st, op.I1, op.I2, len(sourceTitle))
		fs = append(fs, finding.New(finding.HeadlineDrift,
			fmt.Sprintf("The headline says %q where the original says %q.", cs.Text, ss.Text),
			finding.Evidence{Copy: &cs, Source: &ss, Detail: "rule=headline-drift: " + what + " changed"}))
	}
	return fs
}

func stems(ts []text.Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Stem
	}
	return out
}

// driftKind names what changed, or "" when nothing of weight did. A word
// swapped for another ("gains" -> "profits") counts; a word only added or
// dropped counts when it is a name or a number, as rewritten headlines add
// and drop filler freely.
func driftKind(src, cp []text.Token, all, allCopy []string) string {
	sk, sAny := changed(src, allCopy)
	ck, cAny := changed(cp, all)
	for _, k := range []string{"number", "date", "name or key word"} {
		if sk[k] || ck[k] {
			return k
		}
	}
	if sAny && cAny {
		return "content word"
	}
	return ""
}

// changed classifies the tokens of ts missing from the other title.
func changed(ts []text.Token, other []string) (map[string]bool, bool) {
	kinds := map[string]bool{}
	anyContent := false
	for _, t := range ts {
		if contains(other, t.Stem) {
			continue
		}
		if dateWords[t.Norm] {
			kinds["date"] = true
			continue
		}
		if t.Stop {
			continue
		}
		anyContent = true
		switch {
		case t.Number:
			kinds["number"] = true
		case t.Capital && !notNames[t.Norm] && t.Start > 0:
			kinds["name or key word"] = true
		}
	}
	return kinds, anyContent
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// stretch is the span of tokens [i, j); an empty stretch points at the gap
// where words were inserted or removed, or at the whole title.
func stretch(r *text.Runes, ts []text.Token, i, j, n int) text.Span {
	if i < j {
		return r.Span(ts[i].Start, ts[j-1].End)
	}
	if len(ts) == 0 {
		return r.Span(0, n)
	}
	return r.Span(0, n)
}

// titleCase reports whether most content words of a title are capitalised.
func titleCase(ts []text.Token) bool {
	n, caps := 0, 0
	for _, t := range ts {
		if t.Stop || t.Number {
			continue
		}
		n++
		if t.Capital {
			caps++
		}
	}
	return n >= 3 && caps*10 >= n*7
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
