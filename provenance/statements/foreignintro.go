package statements

// Speakers who introduce a quote with a colon in another language: "Vogel
// wies das zurück: „…“", "El portavoz de los regantes, Manuel Rey, fue muy
// crítico: «…»", "Ortega replicó:" before a quote of several paragraphs.
// English reads such a clause only when it ends on a verb of saying
// (colonIntro); in another language its subject is read here, whatever
// the predicate, since the colon itself hands the quote to it.

import (
	"regexp"
	"strings"

	"github.com/provcheck/provcheck/provenance/text"
)

// introArticle is an article opening a subject in French, German,
// Spanish, Italian or Portuguese: "le maire", "L'assessore", "O presidente".
const introArticle = `(?i:(?:le|la|les|der|die|das|el|los|las|il|lo|gli|o|a|os|as)\s+|l['’]\s*)`

// introName is a run of up to four capitalised words.
const introName = `(?:` + foreignHonorific + `\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`

// introPredicate is what follows the subject up to the colon: a lower-case
// word opens it (a verb, an auxiliary or a reflexive pronoun).
const introPredicate = `(\p{Ll}[^:;«»"“”„]*)$`

var (
	// "El portavoz de los regantes, Manuel Rey, fue muy crítico"
	introTitleName = regexp.MustCompile(`^(` + introArticle + `[^,:;«»"“”„]{1,80}?)\s*,\s*(` + introName + `)\s*,\s+` + introPredicate)
	// "Jonas Brandt, Sprecher der Verkehrsbetriebe, sagte"
	introNameTitle = regexp.MustCompile(`^(` + introName + `)\s*,\s*([^,:;«»"“”„]{2,80}?)\s*,\s+` + introPredicate)
	// "Vogel wies das zurück", "Oberbürgermeisterin Katrin Vogel sagte",
	// "le maire Laurent Berthier a répondu"
	introPlain = regexp.MustCompile(`^(?:(` + introArticle + `))?((?:\p{Ll}[\p{L}'’-]*\s+){0,3}?)(` + introName + `)\s+` + introPredicate)
	// "Le maire a voulu rassurer", "O presidente da empresa respondeu",
	// "Die Oberbürgermeisterin wies das zurück"
	introDescription = regexp.MustCompile(`^(` + introArticle + `[\p{L}'’-]+(?:\s+(?i:de|del|della|du|des|da|do|dos|das|der|di|d['’])\s*[\p{L}'’-]+)*)\s+` + introPredicate)
)

// foreignDoc reports whether d is written in a language other than
// English, whose colon intros this file reads.
func foreignDoc(d *doc) bool {
	return text.LanguageOf(d.lang).Code != "en"
}

// foreignIntro is the attribution of a sentence of another language that
// ends on a colon, whose quotation follows in the next sentence or
// paragraph ("Ortega replicó en la misma comparecencia:"); nil when its
// subject names no one. said holds the statements found so far.
func foreignIntro(d *doc, sent span, said []Statement) *frame {
	if !foreignDoc(d) {
		return nil
	}
	end := len(strings.TrimRight(d.s[:sent.end], " \u00a0\u202f\t\n"))
	if end <= sent.start || d.s[end-1] != ':' {
		return nil
	}
	sp, at, cue, ok := introSubject(d, sent.start, end-1, said)
	if !ok {
		return nil
	}
	i, j := d.tokRange(at.start, at.end)
	c, _ := d.tokRange(cue.start, cue.end)
	return &frame{cue: cue, subj: [2]int{i, j}, hasSubj: true, cueToken: c, content: span{sent.end, sent.end},
		speaker: sp, speakerAt: d.span(at.start, at.end)}
}

// foreignColonSpeaker is the speaker of quotation q of sentence sent when
// a colon opens it and the clause before the colon names its subject:
// "Jonas Brandt, Sprecher der Verkehrsbetriebe, sagte: »…«".
func foreignColonSpeaker(d *doc, sent span, q quote, said []Statement) (*Speaker, text.Span, text.Span, bool) {
	if !foreignDoc(d) || q.open <= sent.start {
		return nil, text.Span{}, text.Span{}, false
	}
	end := len(strings.TrimRight(d.s[sent.start:q.open], " \u00a0\u202f\t")) + sent.start
	if end <= sent.start || d.s[end-1] != ':' {
		return nil, text.Span{}, text.Span{}, false
	}
	sp, at, cue, ok := introSubject(d, sent.start, end-1, said)
	if !ok {
		return nil, text.Span{}, text.Span{}, false
	}
	return sp, d.span(at.start, at.end), d.span(cue.start, cue.end), true
}

// introSubject reads the subject of the clause at bytes [lo, colon): a
// title and a name set off by commas, a name and its appositive, a name
// with any title before it, or a description ("Le maire"), which is the
// speaker of kind unknown. It returns the speaker, where it is named and
// the cue: the first verb of saying of the predicate, else its first
// word. A pronoun or a clause holding a quotation names no one here.
func introSubject(d *doc, lo, colon int, said []Statement) (*Speaker, span, span, bool) {
	for lo < colon && strings.ContainsRune(" \u00a0\u202f\t\n", rune(d.s[lo])) {
		lo++
	}
	clause := strings.TrimRight(d.s[lo:colon], " \u00a0\u202f\t")
	if clause == "" || strings.ContainsAny(clause, "\n«»\"“”„") || d.inQuote(lo) >= 0 {
		return nil, span{}, span{}, false
	}
	if w := strings.ToLower(strings.Fields(clause)[0]); foreignPronouns[w] && (w != "il" || text.LanguageOf(d.lang).Code != "it") {
		return nil, span{}, span{}, false // "Il a ajouté :", but Italian "Il sindaco"
	}
	if k := strings.IndexByte(clause, ','); k > 0 && introOpeners[strings.ToLower(strings.Fields(clause)[0])] {
		// "Après le vote, le maire, Laurent Berthier, a déclaré": the
		// subject follows the adverbial that opens the sentence
		skip := k + 1 + len(clause[k+1:]) - len(strings.TrimLeft(clause[k+1:], " \u00a0\u202f\t"))
		lo, clause = lo+skip, clause[skip:]
		if clause == "" {
			return nil, span{}, span{}, false
		}
	}
	cue := func(m []int, g int) span { return introCue(d, lo+m[2*g], lo+m[2*g+1]) }
	if m := introTitleName.FindStringSubmatchIndex(clause); m != nil && introPerson(clause[m[4]:m[5]]) {
		sp := &Speaker{Name: clause[m[4]:m[5]], Title: titleWithoutArticle(clause[m[2]:m[3]]), Kind: "person"}
		return sp, span{lo + m[4], lo + m[5]}, cue(m, 3), true
	}
	if m := introNameTitle.FindStringSubmatchIndex(clause); m != nil && introPerson(clause[m[2]:m[3]]) && introNamed(d, lo, clause[m[2]:m[3]], said) {
		sp := &Speaker{Name: clause[m[2]:m[3]], Title: clause[m[4]:m[5]], Kind: "person"}
		return sp, span{lo + m[2], lo + m[3]}, cue(m, 3), true
	}
	if m := introPlain.FindStringSubmatchIndex(clause); m != nil {
		if sp, at, ok := introPlainSubject(d, lo, clause, m, said); ok {
			return sp, at, cue(m, 4), true
		}
	}
	if m := introDescription.FindStringSubmatchIndex(clause); m != nil {
		return described(clause[m[2]:m[3]], said), span{lo + m[2], lo + m[3]}, cue(m, 2), true
	}
	return nil, span{}, span{}, false
}

// introPlainSubject is the speaker of introPlain's match m in clause (at
// byte lo): a name with any title before it. After an article alone the
// capitalised words are a body or a noun ("Die Polizei", "Le Figaro")
// unless a title and a full name follow it ("Der Sprecher Klaus Meier");
// after a link they end a longer phrase ("le conseil de Paris"). Such a
// phrase is a description, left to introDescription.
func introPlainSubject(d *doc, lo int, clause string, m []int, said []Statement) (*Speaker, span, bool) {
	name := clause[m[6]:m[7]]
	words := strings.Fields(name)
	title := strings.Fields(clause[m[4]:m[5]])
	hasArt := m[2] >= 0
	if !introPerson(name) {
		return nil, span{}, false
	}
	if hasArt && len(title) == 0 && len(words) < 3 || len(title) > 0 && foreignLinks[strings.ToLower(title[len(title)-1])] {
		return nil, span{}, false // a description, which introDescription reads
	}
	if !hasArt && len(title) > 0 {
		return nil, span{}, false // "selon elle Marc …": no subject of its own
	}
	if len(words) == 1 && !introNamed(d, lo, name, said) {
		return nil, span{}, false // a capitalised word opening a sentence may be no name
	}
	sp := personOf(title, words)
	at := lo + m[6] + strings.Index(name, sp.Name)
	return sp, span{at, lo + m[7]}, true
}

// introPerson reports whether name may be a person's: its first word is
// no article, link, pronoun or preposition ("En Allemagne", "Pour Marc").
func introPerson(name string) bool {
	f := strings.ToLower(strings.Fields(name)[0])
	return !foreignLinks[f] && !foreignArticles[f] && !foreignPronouns[f] && !introOpeners[f]
}

// introOpeners are prepositions and adverbs that open a sentence before its
// subject.
var introOpeners = wordSet(`après avant lors pendant dans pour selon depuis sur sous chez ensuite puis alors
	nach vor während seit laut für über dann
	después antes tras durante desde para según sobre luego
	dopo prima durante secondo per sopra poi
	após depois antes durante segundo para sobre`)

// introNamed reports whether a lone capitalised word, or a name, opening
// the clause at byte lo was named before as a person: a speaker of said
// bears it, or it follows another capitalised word earlier in the text
// ("Katrin Vogel" before "Vogel wies das zurück").
func introNamed(d *doc, lo int, name string, said []Statement) bool {
	if len(strings.Fields(name)) > 1 {
		return true
	}
	for _, st := range said {
		if st.Speaker != nil && st.Speaker.Kind == "person" && lastField(st.Speaker.Name) == name {
			return true
		}
	}
	for i := strings.Index(d.s[:lo], name); i >= 0; {
		if p, _ := wordBefore(d.s, 0, i); p != "" && isUpperWord(p) && !introOpeners[strings.ToLower(p)] && !foreignArticles[strings.ToLower(p)] {
			return true
		}
		n := strings.Index(d.s[i+len(name):lo], name)
		if n < 0 {
			break
		}
		i += len(name) + n
	}
	return false
}

// introCue is the cue of a predicate at bytes [a, b): its first verb of
// saying ("a déclaré"), else its first word ("wies das zurück").
func introCue(d *doc, a, b int) span {
	first := span{a, b}
	found := false
	i, j := d.tokRange(a, b)
	for k := i; k < j; k++ {
		t := d.toks[k]
		if foreignCues[t.Surface] {
			return span{t.Start, t.End}
		}
		if !found && !introAux[strings.ToLower(t.Surface)] {
			first, found = span{t.Start, t.End}, true // "se mostró": the verb, not its pronoun
		}
	}
	return first
}

// introAux are auxiliaries and reflexive pronouns that may open a
// predicate before its verb.
var introAux = wordSet(`a ont est sont s' s’ se si sich hat haben ha han hanno tem`)

// titleWithoutArticle is a title less the article that opens it: "le maire" →
// "maire", "L'assessore al Turismo" → "assessore al Turismo".
func titleWithoutArticle(title string) string {
	if m := leadingArticle.FindStringIndex(title); m != nil && m[1] < len(title) {
		return strings.TrimSpace(title[m[1]:])
	}
	return title
}

var leadingArticle = regexp.MustCompile(`^` + introArticle)

// described is the speaker of a description: the holder of the title it
// names, else the description itself, of kind unknown.
func described(desc string, said []Statement) *Speaker {
	if sp := titleHolder(desc, said); sp != nil {
		return sp
	}
	return &Speaker{Name: desc, Kind: "unknown"}
}

// titleHolder is the one person of said whose title the description desc
// names by its head noun ("Le maire" for "le maire, Laurent Berthier",
// "Die Oberbürgermeisterin" for "Oberbürgermeisterin Katrin Vogel"), or
// nil when none or several hold such a title: a definite description
// refers back to the holder it names.
func titleHolder(desc string, said []Statement) *Speaker {
	head := strings.Fields(titleWithoutArticle(desc))
	if len(head) == 0 {
		return nil
	}
	noun := strings.ToLower(head[0])
	var found *Speaker
	for _, st := range said {
		sp := st.Speaker
		if sp == nil || sp.Kind != "person" || sp.Title == "" {
			continue
		}
		tw := strings.Fields(strings.ToLower(titleWithoutArticle(sp.Title)))
		if tw[0] != noun && tw[len(tw)-1] != noun {
			continue
		}
		if found != nil && lastField(found.Name) != lastField(sp.Name) {
			return nil // two holders: the description names neither surely
		}
		if found == nil || len(sp.Name) > len(found.Name) {
			found = sp
		}
	}
	if found == nil {
		return nil
	}
	return &Speaker{Name: found.Name, Kind: "person"}
}
