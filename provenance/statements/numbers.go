package statements

import (
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

// numbersOf lists the values the numbers of ts state.
func numbersOf(ts []text.Token) map[string]bool {
	out := map[string]bool{}
	for k := range ts {
		if n, ok := numberKey(ts, k); ok {
			out[n] = true
		}
	}
	return out
}
