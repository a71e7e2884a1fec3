package extract

import (
	"strings"
	"unicode/utf8"
)

// maxRefLineRunes bounds a reference line: a label and a link or two,
// whose text may be a long URL.
const maxRefLineRunes = 400

// dropReferenceLines takes out of paras the lines that only point at the
// page's sources: a source label and its labelled links' texts
// ("Reference: https://…", "Originally published by the Ledger: <title>",
// "Sources: A, B"), or a labelled link's text alone. They are no words of
// the story, and a copy listing forty references would otherwise seem to
// share little with its original. A labelled link inside a sentence ("The
// story first appeared in the Planet.") stays. The lines dropped are
// returned apart, for the credit check.
func dropReferenceLines(paras []string, pg *page) (kept, dropped []string) {
	texts := labelledTexts(pg)
	if len(texts) == 0 {
		return paras, nil
	}
	kept = paras[:0:0]
	for _, p := range paras {
		if utf8.RuneCountInString(p) <= maxRefLineRunes && onlyLabelsAndLinks(p, texts) {
			dropped = append(dropped, p)
			continue
		}
		kept = append(kept, p)
	}
	return kept, dropped
}

// labelledTexts are the texts of the page's labelled links, whitespace
// collapsed as paragraphs are, longest first so that one holding another
// is taken out whole.
func labelledTexts(pg *page) []string {
	var out []string
	for _, an := range pg.anchors {
		if t := collapseSpace(an.link.Text); an.label != "" && t != "" {
			out = append(out, t)
		}
	}
	sortLongestFirst(out)
	return out
}

func sortLongestFirst(s []string) {
	for i := 1; i < len(s); i++ { // insertion sort: a page has few labelled links
		for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// onlyLabelsAndLinks reports whether p, once the labelled links' texts are
// taken out, is empty or a source label and nothing else.
func onlyLabelsAndLinks(p string, texts []string) bool {
	rest, found := p, false
	for _, t := range texts {
		if strings.Contains(rest, t) {
			rest, found = strings.ReplaceAll(rest, t, " "), true
		}
	}
	if !found {
		return false
	}
	rest = strings.TrimRight(rest, " \t,;.&|·•()[]")
	if strings.TrimSpace(rest) == "" {
		return true
	}
	i := LabelEnding(rest)
	if i < 0 {
		// "Source: Harbor Ledger" once "(link)" is out ends as a label
		// naming its source ends before the link: with a separator.
		i = namedLabel(rest + ":")
	}
	return i >= 0 && strings.TrimSpace(rest[:i]) == ""
}
