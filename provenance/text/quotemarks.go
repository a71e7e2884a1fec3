package text

// QuoteClosers lists the marks that may close a quotation opened by r, or
// returns "" when r opens none: „ is closed by “ in German and by ”
// elsewhere, and scraped text mixes curly and straight marks.
func QuoteClosers(r rune) string {
	switch r {
	case '“':
		return "”\"" // scraped text mixes curly and straight marks
	case '„':
		return "“”"
	case '«':
		return "»"
	case '»':
		return "«"
	case '「':
		return "」"
	case '『':
		return "』"
	case '‘':
		return "’'" // scraped text closes a curly single quote with a straight one
	case '‚':
		return "‘’"
	case '"':
		return "\"”"
	}
	return ""
}
