package statements

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/provcheck/provcheck/provenance/text"
)

// numberKey is the value token k of ts states, whatever its spelling:
// "£2.1m", "2.1 million" and "£2.1 million" give "2.1e6", "seven" gives
// "7", "3pm" and "3 p.m." give "3", "1,200" gives "1200". A scale
// ("million", "bn") is kept, so "£6.4bn" is not "£6.4 million"; a unit of
// time or a percent sign is not. It reports false for a token that states
// no number.
func numberKey(ts []text.Token, k int) (string, bool) {
	t := ts[k]
	var value, suffix string
	switch {
	case t.Number && strings.HasPrefix(t.Norm, "#"):
		return strings.TrimSuffix(t.Norm[1:], "%"), len(t.Norm) > 1 // valued already (valuedNumbers)
	case t.Number:
		n := strings.ReplaceAll(t.Norm, ",", "")
		i := strings.IndexFunc(n, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' })
		if i < 0 {
			i = len(n)
		}
		value, suffix = strings.TrimRight(n[:i], "."), n[i:]
	case numberWordValues[t.Norm] != "":
		value = numberWordValues[t.Norm]
	default:
		return "", false
	}
	if value == "" {
		return "", false
	}
	scale, ok := scales[strings.Trim(suffix, ".%")]
	if !ok {
		scale = ""
	}
	if scale == "" && suffix == "" && k+1 < len(ts) {
		scale = scales[ts[k+1].Norm] // "2.1 million"
	}
	return value + scale, true
}

// scales are the words and suffixes that multiply a number.
var scales = map[string]string{
	"k": "e3", "thousand": "e3", "m": "e6", "mn": "e6", "mln": "e6", "million": "e6",
	"b": "e9", "bn": "e9", "billion": "e9", "tn": "e12", "trillion": "e12",
}

// numberWordValues are numbers spelt out, as digits.
var numberWordValues = map[string]string{
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
	"nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
	"fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
	"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
	"eighty": "80", "ninety": "90", "hundred": "100", "dozen": "12",
	// fractions: "risen by half" is not "risen by a third"
	"half": "1/2", "third": "1/3", "quarter": "1/4",
}

// monthNames maps each month's name and abbreviations to its name, so
// "Sept." and "September" are one date.
var monthNames = func() map[string]string {
	m := map[string]string{}
	for _, g := range []string{"january jan", "february feb", "march mar", "april apr", "may", "june jun",
		"july jul", "august aug", "september sep sept", "october oct", "november nov", "december dec"} {
		f := strings.Fields(g)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	return m
}()

// factKey is how a name, date or number of ts is compared across texts:
// a number by its value, a month by its name, a name by its stem.
func factKey(ts []text.Token, k int) string {
	if n, ok := numberKey(ts, k); ok {
		return "#" + n
	}
	if m := monthNames[strings.TrimSuffix(ts[k].Norm, ".")]; m != "" {
		return m
	}
	return strings.TrimSuffix(ts[k].Stem, "'s")
}

// numbersOf lists the values the numbers of ts state, with their bounds.
func numbersOf(ts []text.Token) numberSet {
	out := numberSet{}
	for k := range ts {
		if n, ok := numberKey(ts, k); ok {
			out[n] |= numberBound(ts, k)
		}
	}
	return out
}

// bound is what the words around a number say of the quantity it gives,
// as a set: the value itself (exact), less than it ("nearly 40%", "up to
// £150m", "fewer than 12"), more than it ("over 40%", "at least 12", "40
// or more"), or about it ("some 30", "roughly 8%"), which may fall either
// side and so is at odds with none.
type bound uint8

const (
	boundExact bound = 1 << iota
	boundBelow
	boundAbove
	boundAbout
)

// conflicts reports whether no bound of a can describe the quantity a
// bound of b describes: "nearly 40%" and "over 40%", or "up to £4m" and
// "£4m", give different numbers; "nearly" and "almost", or "about" and
// anything, do not.
func (a bound) conflicts(b bound) bool {
	return a != 0 && b != 0 && (a|b)&boundAbout == 0 && a&b == 0
}

// boundsBefore are the words before a number that bound it, by their
// words in order; boundsAfter those after it (and its scale word).
var boundsBefore = map[string]bound{
	"nearly": boundBelow, "almost": boundBelow, "under": boundBelow, "below": boundBelow,
	"up to": boundBelow, "less than": boundBelow, "fewer than": boundBelow, "at most": boundBelow,
	"as many as": boundBelow, "as much as": boundBelow, "no more than": boundBelow, "not more than": boundBelow,
	"over": boundAbove, "above": boundAbove, "exceeding": boundAbove, "more than": boundAbove,
	"at least": boundAbove, "upwards of": boundAbove, "upward of": boundAbove, "in excess of": boundAbove,
	"no fewer than": boundAbove, "no less than": boundAbove, "not less than": boundAbove,
	"about": boundAbout, "around": boundAbout, "roughly": boundAbout, "approximately": boundAbout,
	"some": boundAbout, "circa": boundAbout, "estimated": boundAbout, "approx": boundAbout,
	// other words for the same bounds, as rewriters use them
	"greater than": boundAbove, "higher than": boundAbove, "larger than": boundAbove, "bigger than": boundAbove,
	"further than": boundAbove, "extra than": boundAbove, "a minimum of": boundAbove, "well over": boundAbove, "just over": boundAbove,
	"north of": boundAbove, "beyond": boundAbove, "lower than": boundBelow, "smaller than": boundBelow,
	"a maximum of": boundBelow, "just under": boundBelow, "close to": boundBelow, "virtually": boundBelow,
	"practically": boundBelow, "shy of": boundBelow, "just shy of": boundBelow,
	"give or take": boundAbout, "in the region of": boundAbout,
}

var boundsAfter = map[string]bound{
	"or more": boundAbove, "or over": boundAbove, "or above": boundAbove, "plus": boundAbove,
	"or fewer": boundBelow, "or less": boundBelow, "or under": boundBelow, "or so": boundAbout,
	// "aged 65 and over" is "over 65"
	"and over": boundAbove, "and above": boundAbove, "and older": boundAbove, "and up": boundAbove,
	"and upwards": boundAbove, "or older": boundAbove, "and under": boundBelow, "and below": boundBelow,
	"and younger": boundBelow, "or younger": boundBelow,
}

// numberBound is the bound the words around number token k of ts put on
// it, boundExact when none does. "a" between the bound and a number word
// is skipped ("almost a third"). A year is no quantity: "over 2020" bounds
// nothing.
func numberBound(ts []text.Token, k int) bound {
	if yearAt(ts, k) {
		return boundExact
	}
	i := k
	if i > 0 && (ts[i-1].Norm == "a" || ts[i-1].Norm == "an") && !ts[k].Number {
		i--
	}
	for n := 3; n >= 1; n-- { // the longest phrase first: "no more than" before "more than"
		if i-n >= 0 {
			if b, ok := boundsBefore[normsOf(ts[i-n:i])]; ok {
				return b | spanWhen(ts, i-n, n, k)
			}
		}
	}
	j := k + 1
	for j < len(ts) && j <= k+2 && isScaleAfterNumber(ts, j) {
		j++ // "£2.3 million or more", "5 per cent or more"
	}
	for n := 2; n >= 1; n-- {
		// "between 5 and over 10": the bound is the next number's
		if j+n <= len(ts) && (j+n == len(ts) || !startsNumber(ts, j+n)) {
			if b, ok := boundsAfter[normsOf(ts[j:j+n])]; ok {
				return b
			}
		}
	}
	return boundExact
}

// yearAt reports whether number token k of ts is a year, which is no
// quantity: four digits from 1800 to 2100 not followed by the noun they
// count ("in 1990", "2019 levels", but "nearly 1900 jobs").
func yearAt(ts []text.Token, k int) bool {
	y, err := strconv.Atoi(ts[k].Norm)
	if err != nil || y < 1800 || y > 2100 || len(ts[k].Norm) != 4 {
		return false
	}
	if k+1 == len(ts) || ts[k+1].Start-ts[k].End != 1 { // punctuation between
		return true
	}
	next := ts[k+1]
	if next.Stop || next.Capital || next.Number || yearNouns[next.Stem] || monthNames[next.Norm] != "" {
		return true
	}
	return k > 0 && yearPrepositions[ts[k-1].Norm]
}

// yearNouns follow a year used as a modifier: "2019 levels".
var yearNouns = func() map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Tokenize(`level figure price rate high low peak budget season election census
		deadline target value standard average total record edition model vintage class`, "") {
		out[t.Stem] = true
	}
	return out
}()

// yearPrepositions stand before a year: "in 1900 jobs were scarce".
var yearPrepositions = wordSet(`in since by from until till before after during between circa`)

// spanWhen is the exact value, added to the bound of "over" or "under"
// (the n words from i of ts) before number k, when they may rather say
// over which span of time something happens: "held over three days",
// "paid under two years"; "for over ten years" bounds it.
func spanWhen(ts []text.Token, i, n, k int) bound {
	if n != 1 || (ts[i].Norm != "over" && ts[i].Norm != "under") || i > 0 && spanPrepositions[ts[i-1].Norm] {
		return 0
	}
	j := k + 1
	if j < len(ts) && timeUnits[ts[j].Stem] {
		return boundExact
	}
	return 0
}

// timeUnits are the stems of the spans of time.
var timeUnits = func() map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Tokenize(`second seconds minute minutes hour hours day days night nights week weeks
		weekend weekends month months year years decade decades century centuries season seasons`, "") {
		out[t.Stem] = true
	}
	return out
}()

// spanPrepositions before "over" or "under" make it a bound on a span of
// time: "for over ten years", "in under an hour".
var spanPrepositions = wordSet(`for in of after within than lasting lasted took taking`)

// startsNumber reports whether ts[k] is a number, or "a"/"an" before a
// number word.
func startsNumber(ts []text.Token, k int) bool {
	if _, ok := numberKey(ts, k); ok {
		return true
	}
	if (ts[k].Norm == "a" || ts[k].Norm == "an") && k+1 < len(ts) {
		_, ok := numberKey(ts, k+1)
		return ok
	}
	return false
}

// boundBefore is how many words before token k of ts bound the number it
// starts ("nearly 40%", "more than a third"), or 0.
func boundBefore(ts []text.Token, k int) int {
	if k >= len(ts) {
		return 0
	}
	num := k
	if (ts[k].Norm == "a" || ts[k].Norm == "an") && k+1 < len(ts) {
		num = k + 1
	}
	if _, ok := numberKey(ts, num); !ok {
		return 0
	}
	for n := 3; n >= 1; n-- {
		if k-n >= 0 && boundsBefore[normsOf(ts[k-n:k])] != 0 {
			return n
		}
	}
	return 0
}

// normsOf joins the norms of ts with spaces.
func normsOf(ts []text.Token) string {
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = t.Norm
	}
	return strings.Join(w, " ")
}

// boundStart is the first of the words that bound number token k of ts,
// or k when none does.
func boundStart(ts []text.Token, k int) int {
	i := k
	if i > 0 && (ts[i-1].Norm == "a" || ts[i-1].Norm == "an") && !ts[k].Number {
		i--
	}
	if n := boundBefore(ts, i); n > 0 {
		return i - n
	}
	return k
}

// boundWords is number token k of ts with the words that bound it, as the
// text gives them: "over 40", "almost a third".
func boundWords(ts []text.Token, k int) string {
	w := []string{}
	for _, t := range ts[boundStart(ts, k) : k+1] {
		w = append(w, t.Surface)
	}
	return text.JoinWords(w)
}

// boundChange names, as a change of facts, the numbers of ct whose bound
// st contradicts, with their bounding words on both sides: "More than 200"
// ← "Fewer than 200".
func boundChange(st, ct []text.Token) (headlineChange, bool) {
	ks := boundChanges(numbersOf(st), ct, nil)
	if len(ks) == 0 {
		return headlineChange{}, false
	}
	c := headlineChange{kind: factChanged, contradicts: true}
	values := map[string]bool{}
	for _, k := range ks {
		for x := boundStart(ct, k); x <= k; x++ {
			c.cp = append(c.cp, x)
		}
		n, _ := numberKey(ct, k)
		values[n] = true
	}
	for k := range st {
		if n, ok := numberKey(st, k); ok && values[n] {
			for x := boundStart(st, k); x <= k; x++ {
				c.src = append(c.src, x)
			}
		}
	}
	return c, true
}

// boundChanges lists the numbers of cp whose value the passage src (or
// the whole source, all, when given) gives with bounds that all conflict
// with cp's: "over 40%" for the source's "nearly 40%". A number src does
// not give is no bound change (numberSwapped weighs it).
func boundChanges(src numberSet, cp []text.Token, all numberSet) []int {
	var out []int
	for k := range cp {
		n, ok := numberKey(cp, k)
		if !ok {
			continue
		}
		b, in := src[n]
		if in && b.conflicts(numberBound(cp, k)) && (all == nil || all[n].conflicts(numberBound(cp, k))) {
			out = append(out, k)
		}
	}
	return out
}

// numberSet holds the values of a text's numbers, each with the bounds the
// text puts on it.
type numberSet map[string]bound

// has reports whether the text gives value n.
func (s numberSet) has(n string) bool {
	_, ok := s[n]
	return ok
}
