package text

// Token is one word of a text with its place in it.
type Token struct {
	Surface string // the word as written
	Norm    string // NFKC, case-folded, quotes and dashes unified
	Stem    string // Snowball stem of Norm (Norm itself for numbers, unsupported languages and non-Latin words)
	Start   int    // byte offset into the tokenised text
	End     int    // byte offset just past the word
	Stop    bool   // a stop word of the language
	Number  bool   // contains a digit
	Capital bool   // starts with an upper-case letter in the text
	Hyphen  bool   // a hyphen joins it to the next word ("non" in "non-violent")
}

// Tokenize splits s into word tokens with the default analysis chain for
// lang (see DefaultAnalyzer). lang is a BCP 47 language code; "" means
// English. Offsets always point into s as given.
func Tokenize(s string, lang string) []Token {
	return DefaultAnalyzer(lang).Analyze(s)
}
