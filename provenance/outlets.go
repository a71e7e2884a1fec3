package provenance

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Outlets go by short names: the Financial Times is "the FT", the
// Associated Press "AP". Most short names are the initials of the full
// name's capitalised words, which initials computes; outletAliases holds
// the few that are not.
var outletAliases = map[string][]string{
	"washington post": {"WaPo"},
	"huffington post": {"HuffPost"},
	"thomson reuters": {"Reuters"},
	"reuters":         {"Thomson Reuters"},
}

// ordinaryAcronyms are initials that stand for a country or a body far
// more often than for an outlet: a copy's "US" is no credit to a "United
// Star".
var ordinaryAcronyms = map[string]bool{
	"US": true, "USA": true, "UK": true, "UN": true, "EU": true, "UAE": true,
	"AI": true, "TV": true, "PM": true, "AM": true, "ID": true, "OK": true, "IT": true,
}

// maxAcronym bounds the words of a name that initials spell, and the
// letters of an acronym: longer ones are no short name.
const maxAcronym = 6

// isAcronym reports whether s is written as initials: 2 to maxAcronym
// capital letters ("FT", "WSJ").
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > maxAcronym {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// initials spells the capitalised words of name, hyphenated parts apart,
// leaving out a leading "The" and lower-case connectors: "Financial Times"
// → "FT", "Agence France-Presse" → "AFP". "" when that spells no short
// name: one word, too many, or an ordinary acronym.
func initials(name string) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || i == 0 && w == "The" {
			continue
		}
		b.WriteRune(r)
		n++
	}
	if n < 2 || n > maxAcronym || ordinaryAcronyms[b.String()] {
		return ""
	}
	return b.String()
}

// shortForms are the names a copy may give outlet name by instead of its
// own: its initials and its aliases.
func shortForms(name string) []string {
	var out []string
	if in := initials(name); in != "" {
		out = append(out, in)
	}
	return append(out, outletAliases[strings.ToLower(name)]...)
}

// sameOutlet reports whether names a and b name one outlet: the same name,
// or one a short form of the other.
func sameOutlet(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	for _, pair := range [2][2]string{{a, b}, {b, a}} {
		for _, f := range shortForms(pair[0]) {
			if strings.EqualFold(f, pair[1]) {
				return true
			}
		}
	}
	return false
}

// namer tells whether a copy names an outlet, in full or by a short form.
// Acronyms are matched as written ("FT", not "ft" in "left"); names in any
// case, as whole words.
type namer struct {
	text, lower string
	words       map[string]bool // the copy's words as written
	spelt       map[string]bool // initials of the copy's runs of capitalised words, once needed
}

func newNamer(txt string) *namer {
	n := &namer{text: txt, lower: strings.ToLower(txt), words: map[string]bool{}}
	for _, w := range strings.FieldsFunc(txt, notWordRune) {
		n.words[w] = true
	}
	return n
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// names reports whether the copy names outlet name.
func (n *namer) names(name string) bool {
	if n.hasPhrase(name) {
		return true
	}
	if isAcronym(name) && n.spells(name) {
		return true // the original's "FT", the copy's "Financial Times"
	}
	for _, f := range shortForms(name) {
		if isAcronym(f) && n.words[f] || !isAcronym(f) && n.hasPhrase(f) {
			return true
		}
	}
	return false
}

// hasPhrase reports whether name stands in the copy as whole words, in any
// case.
func (n *namer) hasPhrase(name string) bool {
	l := strings.ToLower(name)
	if l == "" || len(l) != len(name) {
		return l != "" && strings.Contains(n.lower, l) // lowering moved offsets: keep the plain test
	}
	for from := 0; ; {
		i := strings.Index(n.lower[from:], l)
		if i < 0 {
			return false
		}
		i += from
		if wordEdge(n.lower, i) && wordEdge(n.lower, i+len(l)) {
			return true
		}
		from = i + 1
	}
}

// wordEdge reports whether byte i of s is no place inside a word.
func wordEdge(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	return notWordRune(before) || notWordRune(after)
}

// spells reports whether a run of the copy's capitalised words has
// initials acr ("Financial Times" for "FT").
func (n *namer) spells(acr string) bool {
	if n.spelt == nil {
		n.spelt = map[string]bool{}
		var run []string
		flush := func() {
			for i := range run {
				for j := i + 2; j <= len(run) && j-i <= maxAcronym; j++ {
					n.spelt[initials(strings.Join(run[i:j], " "))] = true
				}
			}
			run = run[:0]
		}
		for _, w := range strings.FieldsFunc(n.text, notWordRune) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				run = append(run, w)
				continue
			}
			flush()
		}
		flush()
	}
	return n.spelt[acr]
}
