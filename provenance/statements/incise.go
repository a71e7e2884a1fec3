package statements

// Quotations set as other languages set them: an incise inside the marks
// ("« A, a-t-il ajouté. B »", "«A —añadió— b»") is the narrator's words,
// not the speaker's, so it splits the quotation in two as an English
// attribution between two quotations does ("“A,” he said, “b”").

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// inciseSubject is who an incise names after its verb: a pronoun set after
// the verb ("ajoute-t-il", "dit-elle") or beside it ("sagte sie", "dijo
// él"), or a name or a description, maybe with a name set off by a comma
// ("a ajouté le maire", "dijo Ana Gil", "a précisé la maire, Anne Roux").
// Its words are few and hold no comma but before a name, so the speaker's
// words after the incise stay out.
const inciseSubject = `(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles|on)|\s+(?:er|sie|él|ella|lui|lei|ele|ela)|` +
	`\s+(?:(?:le|la|les|l['’]|el|los|las|il|lo|gli|o|os|as|der|die|das)\s*[\p{L}'’-]+|\p{Lu}[\p{L}'’-]*)` +
	`(?:\s+(?:\p{Lu}\.|[\p{L}'’-]+)){0,4}(?:,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?)`

var (
	// a comma incise needs its subject, as French sets it: ", a-t-il
	// ajouté.", ", ajoute-t-il,", ", a ajouté le maire."; the aux may
	// carry the pronoun itself ("a-t-il")
	commaIncise = regexp.MustCompile(`^,\s*(?:(?:a|ont|avait)-t-(?:il|elle|on)\s+(?:` + foreignVerbs + `)(?:` + inciseSubject + `)?|` +
		foreignAux + `(?:` + foreignVerbs + `)` + inciseSubject + `)\s*(?:[,.;!?…]|$)`)
	// a dash incise may name no one, as Spanish sets it: "—añadió—",
	// "— ha detto Marco Neri —"
	dashIncise = regexp.MustCompile(`^\s*[—―–]\s*` + foreignAux + `(?:` + foreignVerbs + `)(?:` + inciseSubject + `)?\s*(?:[—―–]|[.;!?…]|$)`)
)

// maxIncise bounds, in bytes, the words an incise is looked for in.
const maxIncise = 160

// splitIncises splits each quotation of qs that holds an incise into the
// quotations before and after it; the incise's words and marks stand
// outside both, where an attribution stands.
func splitIncises(s string, qs []quote) []quote {
	var out []quote
	for _, q := range qs {
		for {
			a, b, ok := inciseIn(s, q)
			if !ok {
				break
			}
			out = append(out, quote{open: q.open, start: q.start, end: trimRightSpace(s, q.start, a), close: a + markWidth(s, a)})
			if b >= q.end {
				q = quote{}
				break
			}
			q = quote{open: b, start: b, end: q.end, close: q.close}
		}
		if q.close > q.open {
			out = append(out, q)
		}
	}
	return out
}

// inciseIn finds the first incise inside quotation q: a, the byte offset
// of the comma or dash that opens it, and b, where the quoted words go on
// after it (q.end when the incise ends the quotation).
func inciseIn(s string, q quote) (a, b int, ok bool) {
	for i := q.start + 1; i < q.end; i++ {
		c := s[i]
		if c != ',' && !strings.HasPrefix(s[i:], "—") && !strings.HasPrefix(s[i:], "―") && !strings.HasPrefix(s[i:], "–") {
			continue
		}
		re := commaIncise
		if c != ',' {
			if !unicode.IsSpace(prevRune(s, i)) {
				continue // "2010–2012", "Marie-Anne": no incise
			}
			re = dashIncise
		}
		w := s[i:min(q.end, i+maxIncise)]
		m := re.FindStringIndex(w)
		if m == nil || strings.Contains(w[:m[1]], "\n") || m[1] == len(w) && i+len(w) < q.end && !endsOnMark(w) {
			continue // the look was cut short, not the quotation
		}
		if trimRightSpace(s, q.start, i) == q.start {
			return 0, 0, false // nothing quoted before it
		}
		return i, skipMarks(s, i+m[1], q.end), true
	}
	return 0, 0, false
}

// markWidth is the byte length of the comma or dash at byte a.
func markWidth(s string, a int) int {
	if s[a] == ',' {
		return 1
	}
	return len("—") // the dashes are all three bytes long
}

// endsOnMark reports whether w ends, past spaces, on the mark that closes
// an incise.
func endsOnMark(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(w, " "))
	return strings.ContainsRune(",.;!?…—―–", r)
}

// skipMarks is the first byte at or after i, before end, that is no space
// or punctuation: where the quoted words go on after an incise.
func skipMarks(s string, i, end int) int {
	for i < end {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(" \t\u00a0\u202f,.;:—―–", r) {
			break
		}
		i += w
	}
	return i
}

// dialogueLangs set speech as dialogue, a paragraph that opens with a dash:
// "—Hemos cumplido —dijo Ana Gil—. Ahora os toca a vosotros."
var dialogueLangs = wordSet(`es pt it ca gl`)

// inciseVerb is a verb of saying that opens an incise.
var inciseVerb = regexp.MustCompile(`^` + foreignAux + `(?:` + foreignVerbs + `)(?:[^\p{L}]|$)`)

// addDialogue adds to qs, the quotations in marks of s, the speech of each
// paragraph that opens with a dash (— or ―) and holds no quotation in
// marks. An incise, a spaced dash and the narrator's words up to the next
// dash, names the speaker and is no speech; the speech goes on after its
// closing dash, and ends with the paragraph. In a language that does not
// set speech so (lang not in dialogueLangs), the dash opens speech only
// when an incise with a verb of saying follows it: a dash before a list's
// item or a credit is no speech.
func addDialogue(s, lang string, qs []quote) []quote {
	lang = strings.ToLower(lang)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	var add []quote
	k := 0
	for p := 0; p < len(s); {
		e := strings.IndexByte(s[p:], '\n')
		if e < 0 {
			e = len(s)
		} else {
			e += p
		}
		for k < len(qs) && qs[k].close <= p {
			k++
		}
		if k == len(qs) || qs[k].open >= e {
			add = append(add, dialogue(s, p, e, dialogueLangs[lang])...)
		}
		p = e + 1
	}
	if len(add) == 0 {
		return qs
	}
	out := append(append([]quote(nil), qs...), add...)
	sort.Slice(out, func(i, j int) bool { return out[i].open < out[j].open })
	return out
}

// dialogue reads the paragraph at bytes [p, e) of s as dialogue: its
// quoted parts, or none when it does not open with a dash. A verb of
// saying must open an incise unless always holds.
func dialogue(s string, p, e int, always bool) []quote {
	i := skipSpace(s, p)
	r, w := utf8.DecodeRuneInString(s[i:e])
	if r != '—' && r != '―' {
		return nil
	}
	var out []quote
	open, at := i, skipSpace(s, i+w)
	for at < e {
		a, b := dialogueIncise(s, at, e)
		if end := trimRightSpace(s, at, a); end > at {
			out = append(out, quote{open: open, start: at, end: end, close: min(e, a+len("—"))})
		}
		if a < e && inciseVerb.MatchString(s[a+len("—"):e]) {
			always = true
		}
		if b >= e {
			break
		}
		open, at = b, b
	}
	if !always {
		return nil
	}
	return out
}

// dialogueIncise finds the next incise of a dialogue paragraph, at or
// after byte at and before e: a, the byte offset of its opening dash (e
// when there is none), and b, where the speech goes on after its closing
// dash (e when the incise ends the paragraph).
func dialogueIncise(s string, at, e int) (a, b int) {
	a = e
	for i := at + 1; i < e; i++ {
		if (strings.HasPrefix(s[i:], "—") || strings.HasPrefix(s[i:], "―")) && unicode.IsSpace(prevRune(s, i)) {
			a = i
			break
		}
	}
	if a == e {
		return e, e
	}
	from := a + len("—")
	c := strings.IndexAny(s[from:e], "—―")
	if c < 0 {
		return a, e
	}
	return a, skipMarks(s, from+c, e)
}
