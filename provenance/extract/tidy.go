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
	reByline   = regexp.MustCompile(`^(?:by|por|von|par|di|door)\s+\p{Lu}[^.!?]{0,80}$`)
	reDateline = regexp.MustCompile(`^(?:first |last )?(?:published|updated|posted|modified|publicado|atualizado|veröffentlicht|aktualisiert|publié|mis à jour)\b.{0,100}$`)
	reCounter  = regexp.MustCompile(`^(?:image|photo|slide|picture)\s+\d+\s+(?:of|/)\s*\d*.{0,10}$`)
)

// maxTidyRunes bounds the paragraphs tidy may drop: story paragraphs are
// longer than the lines it is after.
const maxTidyRunes = 140

// tidyParagraphs drops the headline repeated in the body, and bylines,
// datelines, counters and number-only lines. Repeated paragraphs stay:
// recipes and lists repeat short lines on purpose.
func tidyParagraphs(paras []string, title string) []string {
	normTitle := strings.ToLower(collapseSpace(title))
	out := paras[:0:0]
	for i, p := range paras {
		lower := strings.ToLower(p)
		switch {
		case i < 4 && normTitle != "" && (lower == normTitle || strings.HasPrefix(normTitle, lower) && len(lower) > 20):
			continue
		case len([]rune(p)) <= maxTidyRunes && isNoiseLine(p, lower):
			continue
		}
		out = append(out, p)
	}
	return out
}

func isNoiseLine(p, lower string) bool {
	return !hasLetter(p) || reByline.MatchString(p) || reDateline.MatchString(lower) || reCounter.MatchString(lower)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
