package statements

// Speakers named beside a quote in French, German, Spanish, Italian and
// Japanese news, whose verbs of saying the English rules do not read.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/text"
)

// foreignVerbs are verbs of saying, past and present, as they stand beside
// a quote: "« … », a déclaré X", "„…“, sagte X", "«…», dijo X", "«…», ha
// detto X", "«…», afirmou X". Each is also a speech cue for misattribution.
const foreignVerbs = `déclaré|dit|affirmé|expliqué|ajouté|estimé|souligné|résumé|indiqué|précisé|assuré|` +
	`lancé|confié|répondu|insisté|déclare|affirme|explique|ajoute|estime|souligne|indique|précise|assure|` +
	`réagi|rappelé|jugé|regretté|averti|prévenu|poursuivi|commenté|martelé|reconnu|admis|relevé|ironisé|` +
	`tranché|annoncé|raconté|confirmé|dénoncé|déploré|promis|conclu|avancé|plaidé|détaillé|` +
	`réagit|rappelle|juge|regrette|avertit|prévient|poursuit|commente|martèle|reconnaît|relève|ironise|` +
	`tranche|annonce|raconte|confirme|dénonce|déplore|conclut|confie|lance|répond|insiste|résume|détaille|` +
	`exclamé|exclamée|félicité|félicitée|indigné|indignée|inquiété|inquiétée|réjoui|réjouie|défendu|défendue|` +
	`sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|warnte|warnt|kritisierte|kritisiert|` +
	`ergänzte|ergänzt|unterstrich|unterstreicht|bekräftigte|bekräftigt|versicherte|versichert|berichtete|` +
	`erläuterte|erläutert|mahnte|mahnt|forderte|fordert|bestätigte|bestätigt|schrieb|schreibt|gesagt|` +
	`dijo|afirmó|explicó|añadió|aseguró|señaló|declaró|dice|afirma|explica|` +
	`agregó|indicó|comentó|sostuvo|subrayó|destacó|advirtió|apuntó|manifestó|insistió|precisó|recordó|` +
	`reconoció|concluyó|respondió|contestó|replicó|admitió|lamentó|criticó|denunció|anunció|aclaró|agrega|añade|asegura|` +
	`señala|indica|sostiene|destaca|advierte|recuerda|dicho|afirmado|explicado|señalado|asegurado|declarado|` +
	`detto|dichiarato|spiegato|aggiunto|affermato|disse|dichiara|afferma|spiega|` +
	`sottolineato|commentato|precisato|osservato|ribadito|evidenziato|annunciato|assicurato|ammesso|` +
	`avvertito|concluso|replicato|risposto|sostenuto|raccontato|confermato|sottolinea|aggiunge|` +
	`commenta|osserva|ribadisce|racconta|` +
	`afirmou|declarou|garantiu|explicou|acrescentou|sublinhou|referiu|adiantou|contou|salientou|assegurou|` +
	`frisou|admitiu|reconheceu|anunciou|respondeu|indicou|destacou|lembrou|advertiu|alertou|considerou|` +
	`confirmou|revelou|defendeu|insistiu|criticou|denunciou|prometeu|concluiu|esclareceu|observou|apontou|` +
	`declara|diz|garante|acrescenta|sublinha|refere|adianta|salienta|assegura|frisa|admite|reconhece|` +
	`anuncia|responde|lembra|adverte|considera|confirma|revela|defende|esclarece|` +
	`avisou|comentou|reiterou|conta`

// germanSplitVerbs are German verbs of saying whose particle closes the
// clause after the name: "„…“, fügte Anna Vogt hinzu".
const germanSplitVerbs = `fügte|fügt|räumte|räumt|stellte|stellt|gab|gibt|hob|hebt|merkte|merkt`

// japaneseVerbs are the stems of Japanese verbs of saying after と.
const japaneseVerbs = `述べ|話し|語っ|語り|説明し|強調し|批判し|指摘し|明らかにし|訴え|答え|主張し|明かし|反論し`

// name is a run of up to five capitalised words; the last two are taken
// as the name, any before them as a title ("Geschäftsführerin Petra
// Lindner").
const foreignName = `((?:(?:` + foreignHonorific + `|\p{Lu}\.|\p{Lu}[\p{L}'’-]*)\s+){0,4}\p{Lu}[\p{L}'’-]+)`

// foreignHonorific is a title of address written with a period: "Sr.
// Gómez", "Sig.ra Bianchi", "Dr. Vogel".
const foreignHonorific = `(?:Mme|Mlle|Me|Dr|Pr|Sr|Sra|Srta|Sig|Sig\.ra|Dott|Dott\.ssa|Prof)\.`

// foreignLowerTitle is an article and up to five lower-case words of a
// title, the last maybe set off by a comma, before the name: "a déclaré la
// maire Hélène Marchal", "a réagi le maire, Henri Roux", "a estimé
// l'opposant Marc Dubois", "afirmou a presidente da câmara Ana Lopes".
const foreignLowerTitle = `(?:(?:le|la|les|l['’]|der|die|el|il|lo)\s*)?(?:\p{Ll}[\p{L}-]*,?\s+){0,5}?`

// foreignAux is an auxiliary or reflexive before a participle of saying:
// "a déclaré", "a-t-elle ajouté", "s'est félicité", "ha detto", "hat gesagt".
const foreignAux = `(?:(?:(?:a|ont|avait|ha|hanno|había)(?:-t-(?:il|elle))?|hat|s['’]est|se\s+sont)\s+)?`

var (
	// after the quote: ", a déclaré Hélène Marchal", ", sagte Verbraucherschützer Martin Brandt"
	foreignAfter = regexp.MustCompile(`^\s*[,，]?\s*` + foreignAux + `(` + foreignVerbs + `)\s+` + foreignLowerTitle + foreignName)
	// after the quote, a German verb whose particle follows the name:
	// ", fügte Anna Vogt hinzu"
	germanSplitAfter = regexp.MustCompile(`^\s*[,，]\s*(` + germanSplitVerbs + `)\s+` + foreignLowerTitle + foreignName + `\s+(?:hinzu|ein|klar|mit|hervor|an)\b`)
	// after the quote, the German "so" and the name, which ends the clause:
	// "„…“, so Verbandschef Klaus Meier."
	germanSoAfter = regexp.MustCompile(`^\s*[,，]\s*(so)\s+` + foreignLowerTitle + foreignName + `(?:\s+weiter)?\s*[.,;]`)
	// before the quote: "Hélène Marchal a déclaré : ", "Petra Lindner sagte: "
	foreignBefore = regexp.MustCompile(foreignName + `\s+` + foreignAux + `(` + foreignVerbs + `)\s*:?\s*$`)
	// Japanese: "佐藤恵子館長は「…」と話した", "…と記者団に語った";
	// "村田健一市長は記者会見で「…」と述べた": words of time or place may
	// stand between the subject and the quote, but no other subject
	japaneseBefore = regexp.MustCompile(japaneseName + `[はが]、?[^。「」『』\nはが]{0,15}$`)
	japaneseAfter  = regexp.MustCompile(`^と、?[^。「」\n]{0,10}?(` + japaneseVerbs + `)`)
	// Japanese, the speaker after the quote: "「…」と佐藤恵子館長は話した"
	japaneseNameAfter = regexp.MustCompile(`^と、?` + japaneseName + `[はが]、?[^。「」\n]{0,10}?(` + japaneseVerbs + `)`)
)

// japaneseName is a name and the title or honorific after it, which a
// deputy's or former holder's prefix may open: "佐藤恵子館長", "森本由美副市長".
// The name is the shortest that leaves a known title.
const japaneseName = `([\p{Han}\p{Katakana}ー]{2,12}?)((?:副|元|前)?(?:` + japaneseTitles + `))?`

// japaneseHonorifics follow a name as a term of address, no title of a
// role: "田中一郎氏" is Mr Tanaka.
var japaneseHonorifics = wordSet(`氏 さん 様`)

// japaneseTitles follow a name as its title or honorific: "田中一郎議員",
// "佐藤恵子館長", "田中氏".
const japaneseTitles = `氏|さん|議員|議長|次長|報道官|官房長官|弁護士|監督|館長|社長|会長|知事|市長|町長|村長|区長|理事長|委員長|部長|課長|教授|代表|大臣|首相|長官|所長|院長|校長`

// foreignCues holds the verbs, so a cue read here counts as speech.
var foreignCues = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range strings.Split(foreignVerbs, "|") {
		m[v] = true
	}
	for v := range accordingWords {
		m[v] = true
	}
	for _, vs := range []string{germanSplitVerbs, japaneseVerbs, "so"} {
		for _, v := range strings.Split(vs, "|") {
			m[v] = true
		}
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
	for _, re := range []*regexp.Regexp{foreignAfter, germanSplitAfter, germanSoAfter} {
		if m := re.FindStringSubmatchIndex(after); m != nil {
			sp, at := foreignSubject(d, q.close+m[3], q.close+m[4], q.close+m[5])
			sp, at = titledSpeaker(d, sp, at, q.close+m[3], q.close+m[4], q.close+m[5])
			return sp, at, d.span(q.close+m[2], q.close+m[3]), true
		}
	}
	if m := foreignBefore.FindStringSubmatchIndex(before); m != nil && !strings.ContainsAny(before[m[2]:m[3]], "\n") && !foreignPronouns[strings.ToLower(lastField(before[m[2]:m[3]]))] {
		sp, at := foreignSubject(d, base, base+m[2], base+m[3])
		return sp, at, d.span(base+m[4], base+m[5]), true
	}
	if m, n := japaneseBefore.FindStringSubmatchIndex(before), japaneseAfter.FindStringSubmatchIndex(after); m != nil && n != nil {
		return japanesePerson(before, m), d.span(base+m[2], base+m[3]), d.span(q.close+n[2], q.close+n[3]), true
	}
	if m := japaneseNameAfter.FindStringSubmatchIndex(after); m != nil {
		return japanesePerson(after, m), d.span(q.close+m[2], q.close+m[3]), d.span(q.close+m[6], q.close+m[7]), true
	}
	return nil, text.Span{}, text.Span{}, false
}

// japanesePerson is the speaker of a Japanese name matched in s by
// japaneseName's groups at m: the name, then any title.
func japanesePerson(s string, m []int) *Speaker {
	sp := &Speaker{Name: s[m[2]:m[3]], Kind: "person"}
	if m[4] >= 0 && !japaneseHonorifics[s[m[4]:m[5]]] {
		sp.Title = s[m[4]:m[5]]
	}
	return sp
}

// foreignPerson is the speaker named by the capitalised words at bytes
// [a, b): the last two are the name, the words before them its title.
func foreignPerson(d *doc, a, b int) *Speaker {
	return personOf(nil, strings.Fields(d.s[a:b]))
}

// personOf is the person named by words after the lower-case title words
// title: the last two words are the name, unless the first of them is a
// title of address ("Mme Marchal", "Herr Meier"), which joins the title,
// and the words before them are its title.
func personOf(title, words []string) *Speaker {
	k := max(0, len(words)-2)
	if len(words) > 1 && addressTitles[strings.ToLower(words[len(words)-2])] {
		k = len(words) - 1
	}
	return &Speaker{Name: strings.Join(words[k:], " "), Title: strings.Join(append(title, words[:k]...), " "), Kind: "person"}
}

// addressTitles are titles of address, which say nothing of a role: "Mme
// Marchal" is Sophie Marchal, not a person of given name Mme.
var addressTitles = wordSet(`m. mme mme. mlle mlle. me. dr dr. pr. sr. sra. srta. sig. sig.ra dott. dott.ssa prof. frau herr`)

// foreignSubject is the speaker of the capitalised words at bytes [a, b)
// before or after a verb of saying, and where it is named; lo is where the
// subject may begin at the earliest (the sentence's start, or the end of
// the verb before it). The words are a person's name unless they complete
// a longer phrase: after a link ("La mairie de Nantes", "Die Polizei in
// Ulm") the speaker is that whole phrase; after an article they are a
// noun (German capitalises every noun: "Die Polizei") or the proper name
// of a body or a place ("Le Figaro", "la Vendée"), unless a title and a
// full name follow it ("Der Sprecher Klaus Meier"). A phrase is a
// description (kind unknown), which no other speaker contradicts: a
// wrong person would.
func foreignSubject(d *doc, lo, a, b int) (*Speaker, text.Span) {
	words := strings.Fields(d.s[a:b])
	prev, prevAt := wordBefore(d.s, lo, a)
	lp := strings.ToLower(prev)
	person := !foreignLinks[lp] && !foreignArticles[lp]
	switch {
	case foreignArticles[strings.ToLower(words[0])] || elided(words[0]):
		// "Die Polizei", "L'Élysée", "Der Sprecher Klaus Meier": the
		// article opens the run and is no title
		if person = len(words) >= 4; person {
			a += len(words[0]) + strings.Index(d.s[a+len(words[0]):b], words[1])
		}
	case foreignArticles[lp]:
		// "sagte der Sprecher Klaus Meier", "dijo el Sr. Gómez", but
		// "sagte die Polizei", "de la Gironde", "Sprecher der Stadtwerke
		// Neu Ulm": an article after a link or a noun opens a complement
		p, _ := wordBefore(d.s, lo, prevAt)
		person = (len(words) >= 3 || addressTitles[strings.ToLower(words[0])]) && !foreignLinks[strings.ToLower(p)] && !isUpperWord(p)
	}
	if person {
		return foreignPerson(d, a, b), d.span(a, b)
	}
	start := subjectStart(d.s, lo, a)
	return &Speaker{Name: d.s[start:b], Kind: "unknown"}, d.span(start, b)
}

var (
	// "Louis Berthier a précisé que …", "Sprecherin Eva Roth sagte, (dass)
	// …", "Ana Gil dijo que …", "Marco Neri ha detto che …"; an
	// appositive or a relative clause may stand between name and verb:
	// "Louis Berthier, qui préside le club, a précisé que …"
	foreignSaysThat = regexp.MustCompile(`(?:^|[^\p{L}'’-])` + foreignName + `(?:\s*,\s*[^,;:.!?«»“”"\n]{1,80}?\s*,|\s*,)?\s+` + foreignAux + `(` + foreignVerbs + `)(?:\s*,\s*(?:dass\s+)?|\s+(?:que|dass|che)\s+|\s+qu['’])`)
	// what may follow the name of a speaker after the words: an
	// appositive or the sentence's end
	foreignNameEnds = regexp.MustCompile(`^\s*(?:[,.;!?]|$)`)
)

// foreignPronouns are subject pronouns: "Il a précisé que …" names no one.
var foreignPronouns = wordSet(`il elle ils elles on nous je er sie es wir ich man él ella ellos ellas lui lei loro egli`)

// foreignLinks are the lower-case words that make a capitalised name part
// of a longer phrase: "la mairie de Lyon" is not Lyon speaking, nor "die
// Polizei in Ulm" Ulm, nor "le maire et Louis Roux" Roux alone.
var foreignLinks = wordSet(`de du des d d' d’ von vom der dem den del di della dello degli
	in im à au aux en a al dal nel nella zu zum zur bei beim aus und et y e da do dos na nas pelo pela
	alla alle allo ai agli dei delle dai dalla dalle nei negli nelle sul sulla per con pour sur chez für para por com`)

// foreignArticles open a noun phrase: "la mairie", "die Polizei", "el
// Ayuntamiento".
var foreignArticles = wordSet(`le la les l' l’ un une der die das den dem des ein eine einen einem einer eines
	el los las il lo gli uno una o a os as`)

// wordBefore is the word just before byte a of s, no earlier than lo, and
// where it starts; "" when a mark or the bound stands between.
func wordBefore(s string, lo, a int) (string, int) {
	e := a
	for e > lo && s[e-1] == ' ' {
		e--
	}
	st := e
	for st > lo {
		r, n := utf8.DecodeLastRuneInString(s[lo:st])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			break
		}
		st -= n
	}
	return s[st:e], st
}

// elided reports whether w is an article elided onto its noun: "l'Élysée",
// "l'hôpital".
func elided(w string) bool {
	lw := strings.ToLower(w)
	for _, p := range []string{"l'", "l’", "d'", "d’"} {
		if strings.HasPrefix(lw, p) && len(lw) > len(p) {
			return true
		}
	}
	return false
}

// subjectStart is where the noun phrase ending at byte a begins, no
// earlier than lo: back over links, articles, capitalised words and a
// lower-case noun after its article ("la préfecture de la Vendée").
func subjectStart(s string, lo, a int) int {
	for {
		w, at := wordBefore(s, lo, a)
		if w == "" {
			return a
		}
		if lw := strings.ToLower(w); !foreignLinks[lw] && !foreignArticles[lw] && !isUpperWord(w) && !elided(w) {
			if p, _ := wordBefore(s, lo, at); !foreignArticles[strings.ToLower(p)] {
				return a // a word of the clause before, not a noun of the phrase
			}
		}
		a = at
	}
}

// foreignReported reads reported speech of another language in sentence
// sent, which the English rules found nothing in: "X a précisé que …",
// "X sagte, (dass) …", "…, a ajouté X".
func foreignReported(d *doc, sent span) (frame, bool) {
	if f, ok := foreignAccordingTo(d, sent); ok {
		return f, true
	}
	if f, ok := japaneseReported(d, sent); ok {
		return f, true
	}
	if !hasForeignVerb(d, sent) {
		return frame{}, false
	}
	s := d.s[sent.start:sent.end]
	if m := foreignSaysThat.FindStringSubmatchIndex(s); m != nil {
		return foreignFrame(d, sent, span{sent.start + m[2], sent.start + m[3]}, span{sent.start + m[4], sent.start + m[5]}, span{sent.start + m[1], contentEnd(d, sent)})
	}
	for k := strings.IndexByte(s, ','); k > 0; k = nextComma(s, k) {
		m := foreignAfter.FindStringSubmatchIndex(s[k:])
		if m == nil || !foreignNameEnds.MatchString(s[k+m[5]:]) || closesQuote(s[:k]) {
			continue
		}
		return foreignFrame(d, sent, span{sent.start + k + m[4], sent.start + k + m[5]}, span{sent.start + k + m[2], sent.start + k + m[3]}, span{sent.start, sent.start + k})
	}
	return frame{}, false
}

// foreignAccording opens a sentence with the person whose view it gives:
// "Pour Anne Roux, …", "Selon …", "D'après …", "À en croire …", "Según
// …", "Secondo …", "Segundo …", "Laut …"; group 1 is the cue word.
var foreignAccording = regexp.MustCompile(`^(?:À en (croire)|(Pour|Selon|D['’]après|Según|Para|Secondo|Per|Segundo|Laut))\s+` +
	foreignLowerTitle + foreignName + `\s*,\s*`)

// accordingWords are the cue words of foreignAccording, speech cues.
var accordingWords = wordSet(`croire pour selon d'après d’après según para secondo per segundo laut`)

// foreignAccordingTo reads a sentence that opens by naming whose view it
// gives, "Pour Anne Roux, élue écologiste, le plan « coûte trop cher »",
// as that person's statement: the words after the name and any
// appositive. The name must be a full name, two words or more: "Pour
// Noël, …", "Pour Paris, …" name no one speaking.
func foreignAccordingTo(d *doc, sent span) (frame, bool) {
	s := d.s[sent.start:sent.end]
	m := foreignAccording.FindStringSubmatchIndex(s)
	if m == nil || len(strings.Fields(s[m[6]:m[7]])) < 2 {
		return frame{}, false
	}
	cue := span{sent.start + m[2], sent.start + m[3]}
	if m[2] < 0 {
		cue = span{sent.start + m[4], sent.start + m[5]}
	}
	from := m[1]
	if k := strings.IndexByte(s[from:], ','); k > 0 && appositive(s[from:from+k]) {
		from += k + 1
		for from < len(s) && s[from] == ' ' {
			from++
		}
	}
	name := span{sent.start + m[6], sent.start + m[7]}
	return foreignFrame(d, sent, name, cue, span{sent.start + from, contentEnd(d, sent)})
}

// appositive reports whether the words w, set off by commas after a name,
// describe it ("élue écologiste", "portavoz del grupo") rather than open
// what the person says ("le projet coûte trop cher"): a few words, the
// first a lower-case noun, no article or pronoun.
func appositive(w string) bool {
	f := strings.Fields(w)
	if len(f) == 0 || len(f) > 6 || strings.ContainsAny(w, "«»“”\"") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	lw := strings.ToLower(f[0])
	return unicode.IsLower(r) && !foreignArticles[lw] && !foreignPronouns[lw] && !elided(f[0]) && !foreignDeterminers[lw]
}

// foreignDeterminers open a noun phrase as an article does: "ce projet", "nuestro plan".
var foreignDeterminers = wordSet(`ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes
	este esta estos estas ese esa su sus nuestro nuestra questo questa quel quella suo sua loro
	este esta o a os as seu sua nosso nossa dieser diese dieses sein seine ihr ihre unser unsere`)

// japaneseSays is Japanese reported speech: a titled name, は or が, the
// words said and と before a verb of saying: "佐藤美和氏は、基金を取り崩すと
// 明らかにした". Words in 「」 are a quote, which foreignSpeaker reads.
var japaneseSays = regexp.MustCompile(japaneseName + `[はが]、?([^。「」『』\n]{4,})と、?[^。「」『』\n]{0,10}?(` + japaneseVerbs + `)`)

// japaneseReported reads Japanese reported speech in sentence sent. The
// name must carry a title or an honorific ("佐藤氏", "村田市長"): a bare
// run of kanji before は is as often a place or a body ("金沢市は").
func japaneseReported(d *doc, sent span) (frame, bool) {
	s := d.s[sent.start:sent.end]
	if !strings.Contains(s, "と") {
		return frame{}, false
	}
	m := japaneseSays.FindStringSubmatchIndex(s)
	if m == nil || m[4] < 0 {
		return frame{}, false
	}
	content := span{sent.start + m[6], sent.start + m[7]}
	at := d.span(sent.start+m[2], sent.start+m[5])
	i, j := d.tokRange(sent.start+m[2], sent.start+m[5])
	c, _ := d.tokRange(sent.start+m[8], sent.start+m[9])
	if j <= i {
		return frame{}, false
	}
	return frame{content: content, cue: span{sent.start + m[8], sent.start + m[9]}, subj: [2]int{i, j}, hasSubj: true, cueToken: c,
		speaker: japanesePerson(s, m), speakerAt: at}, true
}

// foreignVerbWords are the words of foreignVerbs.
var foreignVerbWords = wordSet(strings.ReplaceAll(foreignVerbs, "|", " "))

// hasForeignVerb reports whether a word of sentence sent is written as one
// of foreignVerbs. Both patterns of foreignReported need one, set off by
// spaces or a comma, so a word of its own: a look at the sentence's
// tokens spares the patterns' slow search on most sentences of a page in
// English.
func hasForeignVerb(d *doc, sent span) bool {
	i, j := d.tokRange(sent.start, sent.end)
	for _, t := range d.toks[i:j] {
		if foreignVerbWords[t.Surface] {
			return true
		}
	}
	return false
}

// nextComma is the byte index of the comma after the one at k in s, or -1.
func nextComma(s string, k int) int {
	if n := strings.IndexByte(s[k+1:], ','); n >= 0 {
		return k + 1 + n
	}
	return -1
}

// closesQuote reports whether s ends on a closing quotation mark: the
// words before the comma are a quote, which foreignSpeaker reads.
func closesQuote(s string) bool {
	s = strings.TrimRight(s, " ")
	for _, q := range []string{"»", "”", "“", "\"", "’", "」", "›"} {
		if strings.HasSuffix(s, q) {
			return true
		}
	}
	return false
}

// foreignFrame is the frame of a speaker named at bytes name, with verb
// cue and the words said at content, unless the name is a pronoun or the
// words are fewer than two. The speaker is the whole subject the name
// ends (foreignSubject).
func foreignFrame(d *doc, sent, name, cue, content span) (frame, bool) {
	words := strings.Fields(d.s[name.start:name.end])
	if foreignPronouns[strings.ToLower(words[len(words)-1])] {
		return frame{}, false
	}
	if i, _ := d.tokRange(content.start, content.end); i > 0 && d.toks[i-1].End > content.start {
		content.start = d.toks[i-1].Start // "qu'aucune": keep the word whole
	}
	for content.end > content.start && d.s[content.end-1] == ' ' {
		content.end--
	}
	if wordCount(d, content.start, content.end) < 2 {
		return frame{}, false
	}
	lo := sent.start
	if cue.end <= name.start {
		lo = cue.end // "…, a ajouté la mairie de Lyon"
	}
	sp, at := foreignSubject(d, lo, name.start, name.end)
	i, j := d.tokRange(at.Start, at.End)
	c, _ := d.tokRange(cue.start, cue.end)
	return frame{content: content, cue: cue, subj: [2]int{i, j}, hasSubj: true, cueToken: c,
		speaker: sp, speakerAt: at}, true
}

// foreignAppositive is a name set off by commas after a description that
// ends a title: "el consejero de Medio Ambiente, Javier Ortega, ante …",
// "o presidente da Metro do Porto, Rui Monteiro, aos jornalistas".
var foreignAppositive = regexp.MustCompile(`^([^,.;:!?«»"“”„\n]{0,60}?)\s*,\s*` + foreignName + `\s*(?:[,.;:!?]|$)`)

// titledSpeaker is the speaker sp named by the words at bytes [a, b)
// after a verb ending at lo, with its title: a description followed by a
// name set off by commas is that person's title ("dijo el consejero de
// Medio Ambiente, Javier Ortega"), and so are the lower-case words an
// article opens before a name ("a déclaré le maire, Laurent Berthier",
// "afirmou a presidente da câmara, Teresa Lopes"), not words of time
// ("a déclaré mardi Paul Roux").
func titledSpeaker(d *doc, sp *Speaker, at text.Span, lo, a, b int) (*Speaker, text.Span) {
	if sp.Kind == "unknown" {
		m := foreignAppositive.FindStringSubmatchIndex(d.s[b:min(len(d.s), b+120)])
		if m == nil || !introPerson(d.s[b+m[4]:b+m[5]]) {
			return sp, at
		}
		p := foreignPerson(d, b+m[4], b+m[5])
		p.Title = strings.TrimSpace(strings.Join([]string{titleWithoutArticle(sp.Name + d.s[b:b+m[3]]), p.Title}, " "))
		return p, d.span(b+m[4], b+m[5])
	}
	pre := strings.TrimRight(strings.TrimSpace(d.s[lo:a]), ",")
	if sp.Kind == "person" && leadingArticle.MatchString(pre) {
		sp.Title = strings.TrimSpace(titleWithoutArticle(pre) + " " + sp.Title)
	}
	return sp, at
}
