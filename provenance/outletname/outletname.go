// Package outletname knows the short names outlets and other bodies go
// by: the Financial Times is "the FT", the Associated Press "AP". The
// credit check and the statement comparer share it, so a copy's "the FT
// reported" is the original's "the Financial Times reported" to both.
package outletname

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// aliases are the short names that are no initials: most short names are
// the initials of the full name's capitalised words, which Initials
// computes.
var aliases = map[string][]string{
	"washington post": {"WaPo"},
	"huffington post": {"HuffPost"},
	"thomson reuters": {"Reuters"},
	"reuters":         {"Thomson Reuters"},
	// German writes its agencies' initials in lower case
	"deutsche presse-agentur": {"dpa"},
	"dpa":                     {"Deutsche Presse-Agentur"},
}

// OrdinaryAcronyms are initials that stand for a country or a body far
// more often than for an outlet: a copy's "US" is no credit to a "United
// Star".
var OrdinaryAcronyms = map[string]bool{
	"US": true, "USA": true, "UK": true, "UN": true, "EU": true, "UAE": true,
	"AI": true, "TV": true, "PM": true, "AM": true, "ID": true, "OK": true, "IT": true,
}

// MaxAcronym bounds the words of a name that initials spell, and the
// letters of an acronym: longer ones are no short name.
const MaxAcronym = 6

// IsAcronym reports whether s is written as initials: 2 to MaxAcronym
// capital letters ("FT", "WSJ").
func IsAcronym(s string) bool {
	if len(s) < 2 || len(s) > MaxAcronym {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// Initials spells the capitalised words of name, hyphenated parts apart,
// leaving out a leading "The" and lower-case connectors: "Financial Times"
// → "FT", "Agence France-Presse" → "AFP". "" when that spells no short
// name: one word, too many, or an ordinary acronym.
func Initials(name string) string {
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
	if n < 2 || n > MaxAcronym || OrdinaryAcronyms[b.String()] {
		return ""
	}
	return b.String()
}

// ShortForms are the names a copy may give outlet name by instead of its
// own: its initials and its aliases.
func ShortForms(name string) []string {
	var out []string
	if in := Initials(name); in != "" {
		out = append(out, in)
	}
	return append(out, aliases[strings.ToLower(name)]...)
}

// Same reports whether names a and b name one outlet: the same name,
// or one a short form of the other.
func Same(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	for _, pair := range [2][2]string{{a, b}, {b, a}} {
		for _, f := range ShortForms(pair[0]) {
			if strings.EqualFold(f, pair[1]) {
				return true
			}
		}
	}
	return false
}
