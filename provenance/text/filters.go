package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// NormalizeFilter sets Norm to the NFKC, case-folded form of Surface with
// typographic quotes, apostrophes and dashes replaced by their ASCII forms
// and any space removed, so "Ｌｉèｇｅ", "LIÈGE" and "liège" compare equal and
// "don’t" equals "don't".
func NormalizeFilter() Filter {
	fold := cases.Fold()
	return FilterFunc(func(toks []Token) []Token {
		for i := range toks {
			if a, ok := asciiNorm(toks[i].Surface); ok {
				toks[i].Norm = a
				continue
			}
			s := norm.NFKC.String(toks[i].Surface)
			s = fold.String(s)
			s = strings.Map(unifyRune, s)
			toks[i].Norm = norm.NFC.String(s)
		}
		return toks
	})
}

// asciiNorm is the fast path for plain ASCII words, whose NFKC form is
// themselves and whose case folding is ToLower.
func asciiNorm(w string) (string, bool) {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c == '`' {
			return "", false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return w, true
	}
	return strings.ToLower(w), true
}

func unifyRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u0060', '\u00B4':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D':
		return '-'
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return -1 // soft hyphen and zero-width characters
	}
	if unicode.IsSpace(r) {
		return -1
	}
	return r
}

// FlagFilter sets Number (any digit) and Capital (first letter upper-case
// or title-case in the original text).
func FlagFilter() Filter {
	return FilterFunc(func(toks []Token) []Token {
		for i := range toks {
			t := &toks[i]
			t.Number, t.Capital = false, false
			for _, r := range t.Surface {
				if unicode.IsDigit(r) {
					t.Number = true
					break
				}
			}
			for _, r := range t.Surface {
				t.Capital = unicode.IsUpper(r) || unicode.IsTitle(r)
				break
			}
		}
		return toks
	})
}

// StopFilter marks stop words of l; it keeps them in the stream so that
// exact passages can still be compared word for word.
func StopFilter(l Language) Filter {
	return FilterFunc(func(toks []Token) []Token {
		for i := range toks {
			toks[i].Stop = !toks[i].Number && l.IsStop(toks[i].Norm)
		}
		return toks
	})
}

// StemFilter sets Stem with l's Snowball stemmer. Numbers are stemmed to
// their digits alone so "1,000" and "1000" match; words of other scripts
// keep their Norm. Stems are memoised per call: words repeat, and the
// stemmer is the costliest step of the chain.
func StemFilter(l Language) Filter {
	return FilterFunc(func(toks []Token) []Token {
		memo := make(map[string]string, 1024)
		for i := range toks {
			if st, ok := memo[toks[i].Norm]; ok && !toks[i].Number {
				toks[i].Stem = st
				continue
			}
			t := &toks[i]
			switch {
			case t.Number:
				t.Stem = numberKey(t.Norm)
			default:
				t.Stem = l.Stem(t.Norm)
				if len(memo) < 1<<16 {
					memo[t.Norm] = t.Stem
				}
			}
		}
		return toks
	})
}

// numberKey drops group separators from numbers ("1,000" → "1000") and
// leaves other digit-bearing words ("covid-19", "3.5") as they are.
func numberKey(s string) string {
	if !strings.Contains(s, ",") {
		return s
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return s
		}
	}
	return strings.ReplaceAll(s, ",", "")
}
