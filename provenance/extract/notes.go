package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// Note is a short block of page furniture where a republisher writes its
// credit but that the body drops: a photo caption, an aside, a small-print
// line, a footer ("This story was first published by the Ledger").
type Note struct {
	Where string // "figcaption", "aside", "small", "footer" or "credit" (a class says so)
	Text  string
}

// Bounds on notes: a page's furniture is read, not its every block, and a
// footer of a hundred links is read only as far as its credit would be.
const (
	maxNotes    = 64
	maxNoteText = 1000
)

// noteTags are the elements a note comes from, by what they are.
var noteTags = map[string]string{"figcaption": "figcaption", "aside": "aside", "small": "small", "footer": "footer"}

// addNote records n when it is page furniture that may carry a credit.
func (pg *page) addNote(n *html.Node) {
	where := noteTags[n.Data]
	if where == "" && creditClass(n) {
		where = "credit"
	}
	if where == "" || len(pg.notes) >= maxNotes {
		return
	}
	if t := strings.TrimSpace(textOf(n, maxNoteText)); t != "" {
		pg.notes = append(pg.notes, Note{Where: where, Text: strings.Join(strings.Fields(t), " ")})
	}
}

// creditClass reports whether n's class or id marks a credit or caption
// ("photo-credit", "article__source", "copyright").
func creditClass(n *html.Node) bool {
	c := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, w := range []string{"credit", "caption", "copyright", "attribution"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}
