package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// Lines readability keeps around a story that are not the story: bylines,
// datelines, gallery counters, kickers. Matched on lower-cased text of
// short paragraphs only.
var (
	reByline   = regexp.MustCompile(`^(?i:by|por|von|par|di|door)\s+\p{Lu}[^.!?]{0,80}$`)
	reCredits  = regexp.MustCompile(`^\(?(?:additional )?(?:reporting|writing|editing|compiled|translated|produced) by\b`)
	reDateline = regexp.MustCompile(`^(?:first |last )?(?:published|updated|posted|modified|publicado|atualizado|veröffentlicht|aktualisiert|publié|mis à jour)\b.{0,100}$`)
	reCounter  = regexp.MustCompile(`^(?:image|photo|slide|picture)\s+\d+\s+(?:of|/)\s*\d*.{0,10}$`)
)

// dateWords are the words a date or time line is made of, in the
// languages the benchmark holds.
var dateWords = wordSet(`jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
	august september october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday
	friday saturday sunday am pm a.m p.m utc gmt est edt pst pdt cet cest bst ist at on of de às a las el le à um
	janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro enero febrero marzo
	mayo junio julio septiembre octubre noviembre diciembre januar februar märz juni juli oktober dezember
	segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo lunes martes miércoles jueves
	viernes montag dienstag mittwoch donnerstag freitag samstag sonntag st nd rd th updated published posted`)

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for w := range strings.FieldsSeq(words) {
		set[w] = true
	}
	return set
}

// isDateOnly reports whether a short lower-cased line holds nothing but a
// date or time ("nov. 20, 2019, 9:28 am utc").
func isDateOnly(lower string) bool {
	if len(lower) > 60 {
		return false
	}
	words, digits := 0, false
	for _, f := range strings.FieldsFunc(lower, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '|' || r == '/' || r == ':' || r == '-' || r == '–' || r == '(' || r == ')'
	}) {
		f = strings.TrimRight(f, ".")
		trimmed := strings.TrimLeft(f, "0123456789")
		if trimmed != f {
			digits = true
		}
		if trimmed == "" || dateWords[trimmed] || dateWords[f] {
			words++
			continue
		}
		return false
	}
	return digits && words > 0
}

// maxTidyRunes bounds the paragraphs tidy may drop: story paragraphs are
// longer than the lines it is after.
const maxTidyRunes = 140

// tidyParagraphs drops the headline repeated in the body, and bylines,
// datelines, counters and number-only lines. Repeated paragraphs stay:
// recipes and lists repeat short lines on purpose. It returns the dropped
// bylines, credit lines and datelines apart: "First published by the
// Ledger" is no story text, but it credits a source.
func tidyParagraphs(paras []string, title string) (kept, credits []string) {
	normTitle := strings.ToLower(collapseSpace(title))
	kept = paras[:0:0]
	for i, p := range paras {
		lower := strings.ToLower(p)
		switch {
		case i < 4 && normTitle != "" && (lower == normTitle || strings.HasPrefix(normTitle, lower) && len(lower) > 20):
			continue
		case len([]rune(p)) <= maxTidyRunes && isCreditLine(p, lower):
			credits = append(credits, p)
			continue
		case len([]rune(p)) <= maxTidyRunes && isNoiseLine(lower):
			continue
		}
		kept = append(kept, p)
	}
	return kept, credits
}

// isCreditLine matches the lines tidy drops that may name a source: a
// byline, a credit ("Reporting by"), a dateline ("First published by").
func isCreditLine(p, lower string) bool {
	return hasLetter(p) && (reByline.MatchString(p) || reDateline.MatchString(lower) || reCredits.MatchString(lower))
}

func isNoiseLine(lower string) bool {
	return !hasLetter(lower) || reCounter.MatchString(lower) || isDateOnly(lower)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
