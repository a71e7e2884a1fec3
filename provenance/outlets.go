package provenance

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/outletname"
)

// Outlets go by short names: the Financial Times is "the FT", the
// Associated Press "AP". Package outletname knows them; the names below
// keep the credit code's own spelling of it.

var ordinaryAcronyms = outletname.OrdinaryAcronyms

const maxAcronym = outletname.MaxAcronym

func isAcronym(s string) bool { return outletname.IsAcronym(s) }

func initials(name string) string { return outletname.Initials(name) }

func shortForms(name string) []string { return outletname.ShortForms(name) }

func sameOutlet(a, b string) bool { return outletname.Same(a, b) }

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
