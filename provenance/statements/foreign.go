package statements

// Speakers named beside a quote in French, German, Spanish, Italian and
// Japanese news, whose verbs of saying the English rules do not read.

import (
	"regexp"
	"strings"

	"github.com/provcheck/provcheck/provenance/text"
)

// foreignVerbs are verbs of saying, past and present, as they stand beside
// a quote: "« … », a déclaré X", "„…“, sagte X", "«…», dijo X", "«…», ha
// detto X". Each is also a speech cue for misattribution.
const foreignVerbs = `déclaré|dit|affirmé|expliqué|ajouté|estimé|souligné|résumé|indiqué|précisé|assuré|` +
	`lancé|confié|répondu|insisté|déclare|affirme|explique|ajoute|estime|souligne|indique|précise|assure|` +
	`sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|warnte|warnt|kritisierte|kritisiert|` +
	`dijo|afirmó|explicó|añadió|aseguró|señaló|declaró|dice|afirma|explica|` +
	`detto|dichiarato|spiegato|aggiunto|affermato|disse|dichiara|afferma|spiega`

// name is a run of up to five capitalised words; the last two are taken
// as the name, any before them as a title ("Geschäftsführerin Petra
// Lindner").
const foreignName = `((?:(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)\s+){0,4}\p{Lu}[\p{L}'’-]+)`

// foreignLowerTitle is an article and up to three lower-case words of a
// title before the name: "a déclaré la maire Hélène Marchal", "a estimé
// l'opposant Marc Dubois".
const foreignLowerTitle = `(?:(?:le|la|les|l['’]|der|die|el|il|lo)\s*)?(?:\p{Ll}[\p{L}-]*\s+){0,3}?`

var (
	// after the quote: ", a déclaré Hélène Marchal", ", sagte Verbraucherschützer Martin Brandt"
	foreignAfter = regexp.MustCompile(`^\s*[,，]?\s*(?:(?:a|ont|avait|ha|hanno)(?:-t-(?:il|elle))?\s+|hat\s+)?(` + foreignVerbs + `)\s+` + foreignLowerTitle + foreignName)
	// before the quote: "Hélène Marchal a déclaré : ", "Petra Lindner sagte: "
	foreignBefore = regexp.MustCompile(foreignName + `\s+(?:(?:a|ha|hat)\s+)?(` + foreignVerbs + `)\s*:?\s*$`)
	// Japanese: "佐藤恵子館長は「…」と話した"
	japaneseBefore = regexp.MustCompile(`([\p{Han}\p{Katakana}ー]{2,12}?)(` + japaneseTitles + `)?は$`)
	japaneseAfter  = regexp.MustCompile(`^と(述べ|話し|語っ|説明し|強調し|批判し|指摘し|明らかにし|訴え)`)
)

// japaneseTitles follow a name as its title or honorific: "田中一郎議員",
// "佐藤恵子館長", "田中氏".
const japaneseTitles = `氏|さん|議員|館長|社長|会長|知事|市長|町長|村長|区長|理事長|委員長|部長|課長|教授|代表|大臣|首相|長官|所長|院長|校長`

// foreignCues holds the verbs, so a cue read here counts as speech.
var foreignCues = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range strings.Split(foreignVerbs, "|") {
		m[v] = true
	}
	for _, v := range []string{"述べ", "話し", "語っ", "説明し", "強調し", "批判し", "指摘し", "明らかにし", "訴え"} {
		m[v] = true
	}
	return m
}()

// foreignSpeaker finds who a quote is given to by a verb of saying of
// another language beside it, within a short reach of its marks.
func foreignSpeaker(d *doc, q quote) (sp *Speaker, at, cue text.Span, ok bool) {
	const reach = 120 // bytes: a title and a name
	after := d.s[q.close:min(len(d.s), q.close+reach)]
	before := d.s[max(0, q.open-reach):q.open]
	base := q.open - len(before)
	if m := foreignAfter.FindStringSubmatchIndex(after); m != nil {
		return foreignPerson(d, q.close+m[4], q.close+m[5]), d.span(q.close+m[4], q.close+m[5]), d.span(q.close+m[2], q.close+m[3]), true
	}
	if m := foreignBefore.FindStringSubmatchIndex(before); m != nil && !strings.ContainsAny(before[m[2]:m[3]], "\n") {
		return foreignPerson(d, base+m[2], base+m[3]), d.span(base+m[2], base+m[3]), d.span(base+m[4], base+m[5]), true
	}
	if m, n := japaneseBefore.FindStringSubmatchIndex(before), japaneseAfter.FindStringSubmatchIndex(after); m != nil && n != nil {
		sp := &Speaker{Name: before[m[2]:m[3]], Kind: "person"}
		if m[4] >= 0 {
			sp.Title = before[m[4]:m[5]]
		}
		return sp, d.span(base+m[2], base+m[3]), d.span(q.close+n[2], q.close+n[3]), true
	}
	return nil, text.Span{}, text.Span{}, false
}

// foreignPerson is the speaker named by the capitalised words at bytes
// [a, b): the last two are the name, the words before them its title.
func foreignPerson(d *doc, a, b int) *Speaker {
	words := strings.Fields(d.s[a:b])
	k := max(0, len(words)-2)
	return &Speaker{Name: strings.Join(words[k:], " "), Title: strings.Join(words[:k], " "), Kind: "person"}
}
