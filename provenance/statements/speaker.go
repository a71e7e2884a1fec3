package statements

import (
	"sort"
	"strings"
	"unicode"

	"github.com/provcheck/provcheck/provenance/text"
)

// entity is one person or organisation named in a text; mentions are the
// byte offsets where it is named, so a pronoun resolves to the nearest one.
type entity struct {
	name, surname, title, affil, kind string
	male, female                      int // votes from honorifics and the pronouns that follow it
	// nextMale and nextFemale count the sentences that open with "he" or
	// "she" after one that names only this person: a weaker sign, kept
	// apart so that it informs checks (likelyGender) without moving how
	// pronouns resolve.
	nextMale, nextFemale int
}

// gender is "m", "f" or "" (unknown) by the majority of votes.
func (e *entity) gender() string { return majority(e.male, e.female) }

// likelyGender is gender, else what the sentences after the person's
// mentions suggest.
func (e *entity) likelyGender() string {
	if g := e.gender(); g != "" {
		return g
	}
	return majority(e.nextMale, e.nextFemale)
}

func majority(male, female int) string {
	switch {
	case male > female:
		return "m"
	case female > male:
		return "f"
	}
	return ""
}

// registry resolves names, surnames, pronouns and "the company" to the
// entities of one text. It is built in text order, so resolution at an
// offset only sees what the reader has seen.
type registry struct {
	d        *doc
	ents     []*entity
	mentions []entMention // in text order
	// byNameIx, byFold, byLast and byLower index ents by name, and by
	// surname case-folded, by its last word and lower-cased, so that a
	// page of thousands of names looks each up rather than scanning them
	// all (see addEntity).
	byNameIx                map[string]*entity
	byFold, byLast, byLower map[string][]int
	// byGiven indexes the people named in full by each given name, lower
	// case and without accents ("Hillary" for Hillary Clinton).
	byGiven map[string][]int
}

type entMention struct {
	start, end int
	ent        *entity
}

var orgWords = wordSet(`service services company corporation corp inc ltd group agency ministry department
	office bureau committee council party campaign university college institute foundation association
	post times journal news tribune herald press network bank airport court senate house congress
	commission administration government police army navy council union cybersecurity security
	organization organisation center centre fund board authority trust reuters associated
	assembly parliament club league federation partners holdings technologies labs team staff`)

// orgHeads end the names of businesses and institutions ("Tolvane
// Batteries", "Harbor Foods", "Acme Corp"), and so type them; words that are
// also common surnames (Steel, Church, Banks) are left out.
var orgHeads = wordSet(`batteries motors airlines airways foods pharmaceuticals pharma industries systems
	analytics energy electric solutions technologies technology laboratories media entertainment studios
	pictures records networks communications telecom logistics shipping mining petroleum chemicals
	semiconductors software insurance investments ventures bancorp financial securities brands stores
	markets biotech therapeutics healthcare hospital hospitals clinic railways railway transit automotive
	aerospace robotics materials manufacturing construction properties realty hotels resorts casinos
	restaurants beverages brewing brewery plc llc llp gmbh ag nv co society academy school directorate
	commission council ministry agency service authority bank university collective cooperative alliance
	coalition poll polls survey surveys index`)

// acronym reports whether w is an organisation's initials: two to five
// capital letters ("NATO", "RNC").
func acronym(w string) bool {
	n := 0
	for _, c := range w {
		if !unicode.IsUpper(c) || c > unicode.MaxASCII {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5 && !personTitles[strings.ToLower(w)] && !romanNumeral(w)
}

// romanNumeral matches "II", "XIV": a generation or a sequel, not initials.
func romanNumeral(w string) bool {
	return strings.Trim(w, "IVXLC") == ""
}

// standsAlone reports whether the capitals of token k are its own, not a
// line set in capitals (a dateline "WASHINGTON —", a transcript "PENCE:").
func (r *registry) standsAlone(k int) bool {
	toks := r.d.toks
	for _, n := range []int{k - 1, k + 1} {
		if n >= 0 && n < len(toks) && isAllCaps(toks[n].Surface) {
			return false
		}
	}
	if k+1 < len(toks) && strings.ContainsAny(r.d.s[toks[k].End:toks[k+1].Start], ":—–") {
		return false
	}
	return k == 0 || !strings.Contains(r.d.s[toks[k-1].End:toks[k].Start], "\n")
}

// descriptors stand before a name in running text but are no part of it.
var descriptors = wordSet(`republican republicans democrat democratic democrats rival former libertarian
	independent gop conservative liberal progressive presidential candidate nominee sen rep gov`)

// placeWords mark capitalised runs that name places and events, not people.
var placeWords = wordSet(`new york city county state states street avenue road river lake mountain
	north south east west northern southern eastern western united national america american
	war world convention day island islands valley beach park bay coast island hall square
	district province region republic kingdom empire ii iii iv`)

var personTitles = wordSet(`mr mrs ms dr sen gov rep president senator governor representative judge
	justice secretary minister gen general col colonel sgt prof professor rev sir lady lord mayor`)

// honorifics are titles of address that say nothing of a role: "Dr. Priya
// Raman, a marine ecologist," is described by the ecologist alone.
var honorifics = wordSet(`mr mrs ms miss dr`)

// possessivePronouns map a possessor to the pronoun resolved for it.
var possessivePronouns = map[string]string{"his": "he", "its": "it", "their": "they"}

var pronouns = map[string]string{
	"he": "person", "she": "person", "him": "person", "her": "person", "i": "person",
	"they": "plural", "we": "plural", "it": "organization",
}

var titleNouns = wordSet(`officer lead director spokesman spokeswoman spokesperson president chairman
	chairwoman chair chief ceo cto cmo cfo founder executive manager head minister secretary analyst
	expert researcher professor scientist adviser advisor aide strategist consultant lawyer attorney
	economist editor reporter correspondent official member leader senator governor representative
	candidate nominee partner fellow author owner commissioner spokesperson ambassador general
	counsel principal vice deputy associate coordinator specialist engineer historian pollster
	democrat republican independent spokesman host anchor mother father wife husband son daughter
	activist attorney writer columnist student teacher doctor physician nurse veteran resident
	organiser organizer campaigner negotiator inspector administrator treasurer secretary-general
	superintendent sergeant constable`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// notNames are capitalised words that start sentences or clauses but never
// name anyone.
var notNames = wordSet(`according however despite as similarly meanwhile but and the a an in on at for
	this that these those it its there here while when after before although though if so yet also
	still then thus moreover furthermore instead indeed now today yesterday monday tuesday wednesday
	thursday friday saturday sunday january february march april may june july august september
	october november december mr mrs ms dr he she they we i you his her their our my reference
	what who whom whose which where why how because since once until unless whereas nevertheless
	nonetheless likewise`)

func newRegistry(d *doc) *registry {
	r := &registry{d: d, byNameIx: map[string]*entity{}, byFold: map[string][]int{}, byLast: map[string][]int{}, byLower: map[string][]int{}, byGiven: map[string][]int{}}
	r.scan()
	r.voteGenders()
	return r
}

// onlyPerson is the one person whose surname is s, or nil when there is
// none or more than one.
func (r *registry) onlyPerson(s string) *entity {
	var only *entity
	for _, k := range append(r.byFold[foldKey(s)], r.byLast[s]...) {
		if e := r.ents[k]; e.kind == "person" && e != only {
			if only != nil {
				return nil
			}
			only = e
		}
	}
	return only
}

// voteGenders learns each person's pronoun from the sentences that name
// that person alone and then say "he" or "she".
func (r *registry) voteGenders() {
	mi := 0
	var prevOnly *entity // the one person the sentences before name
	nameless := 0        // how many sentences since prevOnly's name no person
	for _, sent := range r.d.sents {
		if prevOnly != nil {
			switch r.openingPronoun(sent) {
			case "he":
				prevOnly.nextMale++ // "Walsh rejected that. He said …"
			case "she":
				prevOnly.nextFemale++ // "… said Ann Walsh. “…” “…,” she said"
			}
		}
		var only *entity
		first := -1
		for ; mi < len(r.mentions) && r.mentions[mi].start < sent.end; mi++ {
			m := r.mentions[mi]
			if m.start < sent.start || m.ent.kind != "person" {
				continue
			}
			if only != nil && only != m.ent {
				only = nil
				first = -2
				break
			}
			if first == -1 {
				only, first = m.ent, m.end
			}
		}
		for mi < len(r.mentions) && r.mentions[mi].start < sent.end {
			mi++
		}
		if first == -1 && nameless < maxNameless {
			nameless++ // a quote running on names no one: the person still speaks
			continue
		}
		prevOnly, nameless = nil, 0
		if only == nil || first < 0 {
			continue
		}
		prevOnly = only
		i, j := r.d.tokRange(first, sent.end)
		for _, t := range r.d.toks[i:j] {
			switch t.Norm {
			case "he", "his", "him", "himself":
				only.male++
			case "she", "her", "hers", "herself":
				only.female++
			}
		}
	}
}

// maxNameless bounds how many sentences naming no one a pronoun may follow
// and still continue the person named before them.
const maxNameless = 2

// openingPronoun is the "he" or "she" that opens sentence sent, or that
// follows the quote opening it as the subject of a verb of saying ("“…,”
// she said"); else "".
func (r *registry) openingPronoun(sent span) string {
	i, j := r.d.tokRange(sent.start, sent.end)
	k := i
	for k < j && r.d.inQuote(r.d.toks[k].Start) >= 0 {
		k++
	}
	if k >= j || k > i && (k+1 >= j || cueVerbs[r.d.toks[k+1].Norm] == "") {
		return ""
	}
	if w := r.d.toks[k].Norm; w == "he" || w == "she" {
		return w
	}
	return ""
}

// scan registers every capitalised run of the text as a mention.
func (r *registry) scan() {
	toks := r.d.toks
	for i := 0; i < len(toks); {
		if !toks[i].Capital || r.d.inQuote(toks[i].Start) >= 0 {
			i++
			continue
		}
		j := r.runEnd(i)
		r.addRun(i, j)
		i = j
	}
}

// runEnd returns the end of the name that opens with the capitalised token
// i: the capitalised words joined to it, with particles and the "of" and
// "and" inside an organisation's name.
func (r *registry) runEnd(i int) int {
	toks := r.d.toks
	j := i + 1
	for j < len(toks) {
		if base := cueVerbs[toks[j].Norm]; base != "" && base != toks[j].Norm {
			break // "Ada Brook Says …" in a Title Case headline: the name ends at the verb
		}
		if toks[j].Capital && r.joined(j-1, j) {
			j++
		} else if n := particlesAt(r.d, j); n > 0 {
			j += n // "Ursula von der Leyen": the particles and the name after them
		} else if n := r.ofOrganisation(j); n > 0 {
			j += n // "Royal College of Nursing": one name, not two
		} else if n := r.andOrganisation(i, j); n > 0 {
			j += n // "Avon and Somerset Police": one force, not a place and a force
		} else {
			break
		}
	}
	return j
}

// andOrganisation returns how many tokens from j continue an
// organisation's name with "and": the name so far is one word, or ends in
// "of" and one ("Department of Health"), and after "and" come up to three
// capitalised words ending in an organisation's word ("Somerset Police",
// "Human Services", "Exchange Commission"); or 0. Two names joined by
// "and" ("Tesla and Ford Motor Company") are two when the first is known.
func (r *registry) andOrganisation(i, j int) int {
	toks := r.d.toks
	if j+1 >= len(toks) || toks[j].Norm != "and" || toks[j].Surface != "and" || r.d.s[toks[j-1].End:toks[j].Start] != " " {
		return 0
	}
	if j-1 != i && (j < 3 || toks[j-2].Norm != "of") || notNames[toks[j-1].Norm] || personTitles[toks[j-1].Norm] || r.bySurname(toks[j-1].Surface, "") != nil {
		return 0
	}
	for e := j + 1; e < len(toks) && e < j+4 && toks[e].Capital && r.joined(e-1, e); e++ {
		if w := baseNorm(toks[e]); e > j+1 && (orgWords[w] || orgHeads[w]) {
			return e + 1 - j
		}
	}
	return 0
}

// joined reports whether tokens a and b belong to one name: only spaces
// (or an honorific's period) between them.
func (r *registry) joined(a, b int) bool {
	gap := r.d.s[r.d.toks[a].End:r.d.toks[b].Start]
	if gap == " " {
		return !strings.HasSuffix(r.d.toks[a].Norm, "'s")
	}
	if isHyphen(gap) {
		return r.d.toks[a].Capital // "Okonkwo-Hale" is one surname
	}
	return gap == ". " && (personTitles[r.d.toks[a].Norm] || isInitials(r.d.toks[a].Surface))
}

// ofHeads end the first part of an organisation's name that goes on with
// "of": "Bank of England", "University of Kelby", "House of Commons".
var ofHeads = wordSet(`college university bank department ministry institute school society council
	board office association federation union commission academy museum church chamber league agency
	authority bureau house court`)

// ofOrganisation returns how many tokens from j continue an organisation's
// name after an ofHeads word: "of", perhaps "the", and the capitalised
// words joined to it; or 0.
func (r *registry) ofOrganisation(j int) int {
	toks := r.d.toks
	if j+1 >= len(toks) || toks[j].Norm != "of" || !ofHeads[toks[j-1].Norm] || !toks[j-1].Capital || !r.joined(j-1, j) {
		return 0
	}
	k := j + 1
	if toks[k].Norm == "the" && toks[k].Surface == "the" && k+1 < len(toks) && r.joined(k-1, k) {
		k++
	}
	if !toks[k].Capital || !r.joined(k-1, k) {
		return 0
	}
	return k + 1 - j
}

func isHyphen(gap string) bool { return gap == "-" || gap == "‐" }

// nameParticles stand, lower-case, inside a surname: "van", "de la", "bin".
var nameParticles = wordSet(`van von der den de del della di da du des dos das la le ter ten bin ibn al el`)

// particlesAt returns how many tokens from j are name particles joined by
// single spaces to a capitalised name word after them (which it counts
// too), or 0: "von der Leyen" continues "Ursula".
func particlesAt(d *doc, j int) int {
	k := j
	for k < len(d.toks) && k < j+3 && nameParticles[d.toks[k].Surface] && d.s[d.toks[k-1].End:d.toks[k].Start] == " " {
		k++
	}
	if k == j || k >= len(d.toks) || !d.toks[k].Capital || d.s[d.toks[k-1].End:d.toks[k].Start] != " " || !d.toks[j-1].Capital {
		return 0
	}
	return k - j + 1
}
func (r *registry) addRun(i, j int) {
	toks := r.d.toks
	var title, gender string
	run := i // where the run opens, before any honorific
	for i < j && (notNames[baseNorm(toks[i])] || personTitles[toks[i].Norm]) {
		if personTitles[toks[i].Norm] {
			title = toks[i].Surface
		}
		switch toks[i].Norm {
		case "mr":
			gender = "m"
		case "mrs", "ms", "miss":
			gender = "f"
		}
		i++
	}
	if i >= j {
		return
	}
	// "Homeland Security Secretary Jeh Johnson", "Republican Donald Trump":
	// the words before a title or a party are the title, not the name.
	for k := j - 3; k >= i; k-- {
		if w := toks[k].Norm; titleNouns[w] || personTitles[w] || descriptors[w] {
			title = strings.TrimSpace(r.d.s[toks[i].Start:toks[k].End])
			i = k + 1
			break
		}
	}
	if title == "" {
		title = r.titleBefore(i)
	}
	if !strings.Contains(title, " ") {
		// "The agency's director, Dr Sandra Whitlock," and "…,” said the
		// trust's chair, Professor Samuel Okoro.": the role, and a title of
		// rank beside it, but not an honorific
		if t := r.describedBefore(run, j); t != "" && (title == "" || honorifics[strings.ToLower(strings.TrimSuffix(title, "."))]) {
			title = t
		} else if t != "" {
			title += ", " + t
		}
	}
	name, surname, nWords := r.nameOf(i, j)
	kind := "person"
	for k := i; k < j; k++ {
		switch w := baseNorm(toks[k]); {
		case orgWords[w], k == j-1 && k > i && orgHeads[w], j == i+1 && acronym(toks[k].Surface) && r.standsAlone(k):
			kind = "organization"
		case kind == "person" && (toks[k].Stop || toks[k].Number || placeWords[w] || notNames[w] && !nameParticles[w] || nWords > 4):
			kind = "unknown" // a place, an event, a headline in Title Case
		}
	}
	if i > 0 && toks[i-1].Norm == "the" && title == "" {
		kind = "organization"
	}
	start, end := toks[i].Start, toks[j-1].End
	if nWords == 1 {
		if e := r.namedBefore(surname, kind, j); e != nil {
			r.mention(start, end, e)
			return
		}
		if title == "" && kind != "organization" && !r.describedAsPerson(surname, j) {
			kind = "unknown"
		}
	}
	e := r.byName(name)
	if e == nil {
		e = &entity{name: name, surname: surname, kind: kind, title: title}
		t, a := r.appositive(j, e.title)
		if title != "" && !honorifics[strings.ToLower(strings.TrimSuffix(title, "."))] && !strings.Contains(strings.ToLower(t), strings.ToLower(title)) {
			t = title + ", " + t // "council chair Ada Brook, a former engineer," is both
		}
		if businessNouns[strings.ToLower(lastField(t))] {
			e.kind = "organization" // "Tolvane, the battery maker, said"
		}
		if a == "" && e.kind == "person" {
			a = r.ofAffiliation(j)
		}
		if e.kind == "person" || e.kind == "organization" {
			e.title, e.affil = t, a
		}
		r.addEntity(e)
	} else if e.title == "" && e.affil == "" {
		e.title, e.affil = r.appositive(j, e.title)
		if e.affil == "" && e.kind == "person" {
			e.affil = r.ofAffiliation(j)
		}
	}
	switch gender {
	case "m":
		e.male += 3
	case "f":
		e.female += 3
	}
	r.mention(start, end, e)
}

// ofAffiliation reads the body a person's name is "of", right after the
// name ending before token j: "Helen Ashworth of Avon and Somerset
// Police". It returns "" when no capitalised name follows "of".
func (r *registry) ofAffiliation(j int) string {
	toks := r.d.toks
	if j+1 >= len(toks) || toks[j].Norm != "of" || !r.d.gapClean(j-1, j, -1) {
		return ""
	}
	k := j + 1
	if toks[k].Surface == "the" && k+1 < len(toks) {
		k++
	}
	if !toks[k].Capital || notNames[toks[k].Norm] || !r.d.gapClean(k-1, k, -1) || r.d.inQuote(toks[k].Start) >= 0 {
		return ""
	}
	return r.d.s[toks[k].Start:toks[r.runEnd(k)-1].End]
}

// titleModifiers may stand in a lower-case title before its head noun
// ("former chief executive", "deputy press secretary").
var titleModifiers = wordSet(`former retired acting interim senior junior assistant deputy vice chief general managing
	longtime veteran top lead head local state national federal regional campaign press communications
	policy finance labour labor health party city county foreign defence defense trade education energy
	treasury justice security homeland sales marketing operations research program programme project
	shop union site plant factory hospital school police fire news`)

// kinWords name a relation, not a job: "daughter Chelsea" has no title.
var kinWords = wordSet(`mother father wife husband son daughter brother sister widow uncle aunt`)

// describedBefore is the description set off before a name by commas that
// opens its clause: "The agency's director of flood operations, Sandra
// Whitlock, said …". It must hold a title's noun, and the name [i, j) be
// followed by a comma. After an inverted cue the description opens at the
// cue and the name may end the sentence: "…,” said the trust's chair, Dr
// Samuel Okoro.
func (r *registry) describedBefore(i, j int) string {
	toks := r.d.toks
	if i < 2 || !strings.HasPrefix(r.d.s[toks[i-1].End:toks[i].Start], ",") {
		return ""
	}
	k, titled := i-1, false
	for ; k >= 0 && i-1-k < 8; k-- {
		t := toks[k]
		if k < i-1 && titled && r.invertedCue(k) && r.nameEnds(j, ",.;") && !possessives[toks[k+1].Norm] {
			return r.withoutArticle(k+1, i-1) // "…,” said the trust's chair, Dr Samuel Okoro."
		}
		if cueVerbs[t.Norm] != "" || auxVerbs[t.Norm] || r.d.inQuote(t.Start) >= 0 {
			return ""
		}
		titled = titled || titleNouns[t.Norm] || personTitles[t.Norm]
		if k == 0 || strings.TrimSpace(r.d.s[toks[k-1].End:t.Start]) != "" {
			break // the clause opens here
		}
	}
	if k < 0 || i-1-k >= 8 || !titled || !r.nameEnds(j, ",") || k > 0 && !strings.ContainsAny(r.d.s[toks[k-1].End:toks[k].Start], ".;:\n") {
		return ""
	}
	if possessives[toks[k].Norm] {
		return "" // "Its general secretary, Pat Cullen": whose, the sentence before says
	}
	return r.d.s[toks[k].Start:toks[i-1].End]
}

var possessives = wordSet(`its their his her our my your`)

// nameEnds reports whether the name ending before token j is followed by
// one of the marks in marks, or ends the text.
func (r *registry) nameEnds(j int, marks string) bool {
	toks := r.d.toks
	if j >= len(toks) {
		return true
	}
	gap := strings.TrimSpace(r.d.s[toks[j-1].End:toks[j].Start])
	return gap != "" && strings.ContainsRune(marks, []rune(gap)[0])
}

// invertedCue reports whether token k is a verb of saying that follows
// the words it reports ("…,” said", "…, says"): the phrase after it names
// the speaker.
func (r *registry) invertedCue(k int) bool {
	toks := r.d.toks
	return k > 0 && sayingVerbs[toks[k].Norm] && strings.ContainsAny(r.d.s[toks[k-1].End:toks[k].Start], ",”\"")
}

// withoutArticle is the text of tokens [a, b] without a leading article,
// as appositive spells titles ("trust's chair").
func (r *registry) withoutArticle(a, b int) string {
	if w := r.d.toks[a].Norm; (w == "the" || w == "a" || w == "an") && a < b {
		a++
	}
	return r.d.s[r.d.toks[a].Start:r.d.toks[b].End]
}

// titleBefore reads a job title written in lower case before the name
// starting at token i: "chief executive Marisa Okonkwo-Hale", "union
// organiser Daniel Fitch". The word next to the name must be a title
// noun; up to three modifiers may precede it.
func (r *registry) titleBefore(i int) string {
	toks := r.d.toks
	k := i
	for k > 0 && i-k < 4 {
		p := toks[k-1]
		// "Former mayor Ada Brook", "Opposition leader Tom Reyes": a word
		// that opens the sentence is capitalised for that alone
		opener := p.Capital && k < i && r.opensSentence(p.Start) && (titleModifiers[p.Norm] || !p.Stop && !dayWords[p.Norm] && r.bySurname(p.Surface, "person") == nil)
		if p.Capital && !opener || p.Number || r.d.s[p.End:toks[k].Start] != " " || r.d.inQuote(p.Start) >= 0 {
			break
		}
		head := (titleNouns[p.Norm] || personTitles[p.Norm]) && !kinWords[p.Norm]
		if k == i && !head || k < i && !head && !titleModifiers[p.Norm] && !orgWords[p.Norm] && !descriptors[p.Norm] && !isAdjectiveLike(p.Norm) && !nounModifier(p) && !opener {
			break
		}
		if cueVerbs[p.Norm] != "" || auxVerbs[p.Norm] || p.Stop && !head && !titleModifiers[p.Norm] {
			break
		}
		k--
	}
	if k == i {
		return ""
	}
	return r.d.s[toks[k].Start:toks[i-1].End]
}

// nounModifier reports whether t may be a noun that modifies a title
// after it ("branch secretary", "port manager"): a lower-case content
// word that reads as no verb or adverb.
func nounModifier(t text.Token) bool {
	w := t.Norm
	return !t.Capital && !t.Stop && len(w) > 2 && !mainVerb(t) && !isPossessive(w) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

// nameOf spells the name of tokens [i, j) with single spaces, hyphens kept,
// possessive dropped, and returns its surname: the last word with any
// particles before it ("von der Leyen", "Okonkwo-Hale").
func (r *registry) nameOf(i, j int) (name, surname string, words int) {
	toks := r.d.toks
	var b strings.Builder
	sur := 0 // byte offset in name where the surname starts
	for k := i; k < j; k++ {
		if k > i {
			if isHyphen(r.d.s[toks[k-1].End:toks[k].Start]) {
				b.WriteByte('-')
			} else {
				b.WriteByte(' ')
				words++
				if !nameParticles[toks[k-1].Norm] {
					sur = b.Len()
				}
			}
		}
		w := toks[k].Surface
		if k == j-1 {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		}
		b.WriteString(w)
	}
	name = b.String()
	if sur == 0 && nameParticles[toks[i].Norm] {
		words = 0 // "De la Cruz" opening a sentence: the surname alone
	}
	return name, name[sur:], words + 1
}

func (r *registry) mention(start, end int, e *entity) {
	r.mentions = append(r.mentions, entMention{start, end, e})
}

// addEntity registers e and indexes it; an entity's name and surname do
// not change once registered.
func (r *registry) addEntity(e *entity) {
	k := len(r.ents)
	r.ents = append(r.ents, e)
	if r.byNameIx[e.name] == nil {
		r.byNameIx[e.name] = e
	}
	r.byFold[foldKey(e.surname)] = append(r.byFold[foldKey(e.surname)], k)
	r.byLast[lastField(e.surname)] = append(r.byLast[lastField(e.surname)], k)
	r.byLower[strings.ToLower(e.surname)] = append(r.byLower[strings.ToLower(e.surname)], k)
	if e.kind == "person" {
		for _, g := range givenNames(e.name) {
			r.byGiven[g] = append(r.byGiven[g], k)
		}
	}
}

// namedBefore is the person a lone name word w, ending before token j,
// names again: the person of that surname, else the one person named in
// full with that first name, unless the word stands for a body (kind), is
// registered on its own, or opens a newcomer's introduction.
func (r *registry) namedBefore(w, kind string, j int) *entity {
	if e := r.bySurname(w, "person"); e != nil {
		return e
	}
	if e := r.byGivenName(w); e != nil && kind != "organization" && r.byName(w) == nil && !r.newcomer(j, e) {
		return e
	}
	return nil
}

// newcomer reports whether the first name ending before token j, with an
// appositive, introduces someone other than e, the person of that first
// name named before with a role she holds now. An appositive opened by an
// indefinite article introduces a person ("Maria, a resident, …", "Maria,
// a mother of three, …" after Mayor Maria Lopez): a writer names a person
// already known by full name and role again by that role, not as "a"
// someone, so she is a newcomer unless the appositive gives e's own role
// ("Maria, a nurse at the clinic" after nurse Maria Lopez) or one a doctor
// or professor holds ("Maria, a dentist" after Dr Maria Lopez). A definite
// appositive may restate ("Maria, the mayor"): it sets her apart only by
// another occupation ("Maria, the head of the rowing club" after the head
// of the dockers' union). A person named before with no role, or only a
// past one ("retired nurse Maria Lopez"), may be whoever the appositive
// says.
func (r *registry) newcomer(j int, e *entity) bool {
	known := currentRoles(e.title)
	role, aff, intro := r.introduction(j)
	if len(known) == 0 || role == "" {
		return false
	}
	lrole := strings.ToLower(role)
	for _, w := range known {
		if sameRole(w, lrole) && !otherBodies(aff, e.affil) || doctorates[w] && learned(lrole) {
			return false
		}
	}
	if r.restatesRole(j, known) {
		return false // "Maria, a Democrat who became mayor in 2019"
	}
	return intro || occupation(role)
}

// restatesRole reports whether a relative clause in the appositive from
// token j, up to the comma or dash that closes it, names one of the known
// person's roles: "a mother of two who became mayor in 2019" is the mayor
// again. The appositive's own head is weighed, with its body, above.
func (r *registry) restatesRole(j int, known []string) bool {
	toks := r.d.toks
	relative := false
	for x := j; x < len(toks) && x < j+maxAppositiveWords; x++ {
		if x > j && clauseGap(r.d.s[toks[x-1].End:toks[x].Start]) {
			return false
		}
		relative = relative || relativeWords[toks[x].Norm]
		for _, w := range known {
			if relative && sameRole(w, toks[x].Norm) {
				return true
			}
		}
	}
	return false
}

// maxAppositiveWords bounds the words restatesRole reads.
const maxAppositiveWords = 20

// currentRoles are the words of a known person's title that may say what
// she does now, with titles written short spelt out ("Dr" is "doctor"):
// none for an honorific ("Mrs") or a title held in the past ("retired
// nurse" may now volunteer).
func currentRoles(title string) []string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) > 0 && pastMarkers[words[0]] {
		return nil
	}
	var out []string
	for _, w := range words {
		if full := titleAbbreviations[w]; full != "" {
			w = full
		}
		if !honorifics[w] {
			out = append(out, w)
		}
	}
	return out
}

// introduction reads the appositive after the first name ending before
// token j: its head noun as written, its affiliation, and whether an
// indefinite article opens it, which introduces a person ("a resident",
// "a ferry pilot"), where "a day after the vote" is a time, not a person.
// An age may come first ("Maria, 34, a nurse"), and "who works as a
// nurse" or "who is a nurse" introduces her as "a nurse" does.
func (r *registry) introduction(j int) (role, aff string, intro bool) {
	toks := r.d.toks
	if j+1 < len(toks) && toks[j].Number && strings.HasPrefix(r.d.s[toks[j].End:toks[j+1].Start], ",") {
		j++ // the age, then who she is
	}
	t, aff := r.appositive(j, "")
	role = r.appositiveRole(j)
	k := r.roleClause(j)
	if k > j && toks[k].Start-toks[j].Start < len(t) {
		role = headNoun(t[toks[k].Start-toks[j].Start:])
	}
	if k+1 < len(toks) && (toks[k].Norm == "a" || toks[k].Norm == "an") {
		intro = !timeUnits[toks[k+1].Stem] && !timeNouns[toks[k+1].Norm]
	}
	return role, aff, intro
}

// roleClause returns the token after "who is" or "who works as" (or
// "serves as") opening the appositive at token j, where the noun phrase
// giving her role starts, or j.
func (r *registry) roleClause(j int) int {
	toks := r.d.toks
	switch {
	case j+3 >= len(toks) || toks[j].Norm != "who":
	case toks[j+1].Norm == "is":
		return j + 2
	case (toks[j+1].Norm == "works" || toks[j+1].Norm == "serves") && toks[j+2].Norm == "as":
		return j + 3
	}
	return j
}

// sameRole reports whether two role words name one role, whatever the
// sex the word gives: "chairwoman", "chairman", "chairperson", "chair".
func sameRole(a, b string) bool {
	return a == b || roleStem(a) == roleStem(b)
}

func roleStem(w string) string {
	for _, suf := range []string{"woman", "man", "person"} {
		if s := strings.TrimSuffix(w, suf); len(s) > 2 && s != w {
			return s
		}
	}
	return w
}

// otherBodies reports whether two affiliations of one role name
// different bodies, sharing no word: the head of the rowing club is not
// the head of the dockers' union, where the union's head is. A name and a
// description ("Unite", "the dockers' union") may be one body.
func otherBodies(a, b string) bool {
	if a == "" || b == "" || named(a) != named(b) {
		return false
	}
	wa := descWords(a)
	for w := range descWords(b) {
		if wa[w] {
			return false
		}
	}
	return len(wa) > 0
}

// named reports whether an affiliation holds a capitalised word: a name,
// not a description.
func named(a string) bool {
	return strings.IndexFunc(a, unicode.IsUpper) >= 0
}

// pastMarkers open a title held in the past, which says nothing of what
// its holder does now.
var pastMarkers = wordSet(`former retired ex onetime erstwhile`)

// occupation reports whether the appositive head w, as written, names
// what a person does (a trade, an office, a job or unpaid work: "nurse",
// "fisherman", "volunteer", "pensioner"), which sets her apart from a
// namesake of another role. Who she is (a nationality or a faith, written
// with a capital: "an Italian", "a Christian"), a relation ("a
// grandmother") or a pastime or circumstance ("a keen swimmer", "a parent
// at the school", "a patient") does not: a mayor may be any of them.
func occupation(w string) bool {
	lw := strings.ToLower(w)
	return w == lw && personRole(lw) && !kinWords[lw] && !circumstanceNouns[lw]
}

// circumstanceNouns name people by a relation, a membership, a pastime,
// a belief or a passing situation, which anyone holding an office may
// share: a mayor may be "a member of the council" where she sits on it.
var circumstanceNouns = wordSet(`grandmother grandfather grandparent grandson granddaughter parent
	neighbour neighbor member fan supporter swimmer runner cyclist walker jogger hiker climber surfer golfer angler
	enthusiast hobbyist player shopper commuter motorist pedestrian passenger customer client patient
	survivor witness victim widower tenant homeowner tourist visitor pilgrim parishioner resident native
	citizen civilian voter taxpayer vegetarian democrat republican independent veteran guardian candidate
	nominee octogenarian nonagenarian centenarian septuagenarian`)

// doctorates are the titles of a doctor or a professor, whose holder may
// practise any learned profession (learned).
var doctorates = wordSet(`doctor professor`)

// learned reports whether the role w is one a doctor or a professor may
// hold: medicine, a science or scholarship ("dentist", "biologist",
// "historian", "lecturer").
func learned(w string) bool {
	return learnedRoles[w] || strings.HasSuffix(w, "ologist")
}

var learnedRoles = wordSet(`doctor physician surgeon dentist gp vet veterinarian paediatrician pediatrician
	obstetrician psychiatrist therapist pharmacist clinician professor lecturer researcher scientist academic
	scholar fellow chemist physicist economist historian mathematician statistician engineer expert analyst
	consultant specialist author dean`)

// titleAbbreviations spell out the titles written short before a name.
var titleAbbreviations = map[string]string{"dr": "doctor", "prof": "professor", "sen": "senator", "gov": "governor",
	"rep": "representative", "gen": "general", "col": "colonel", "sgt": "sergeant", "rev": "reverend", "insp": "inspector"}

// personRole reports whether w names a person: a title noun ("nurse"), a
// title ("mayor") or a word for people by what they do or are
// ("volunteer", "fisherman", "pensioner", "Italian").
func personRole(w string) bool {
	if titleNouns[w] || personTitles[w] || peopleNouns[w] {
		return true
	}
	for _, suf := range []string{"man", "woman", "ist", "ian", "eer", "ioner"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true // fisherman, chairwoman, florist, librarian, volunteer, pensioner
		}
	}
	return false
}

// peopleNouns name people by what they do or are, beyond the title nouns.
var peopleNouns = wordSet(`retiree pupil farmer worker driver baker builder teacher grandmother grandfather
	neighbour neighbor mother father shopkeeper shopper commuter patient survivor witness victim widow
	widower parent carer caregiver runner swimmer player fan skipper captain keeper landlord tenant
	homeowner tourist visitor pilgrim priest vicar imam rabbi`)

// describedAsPerson reports whether the appositive after the name w
// ending before token j gives a person's role: "Maria, a retired nurse
// who …" is a person named by a first name, where "Kelby, a town of
// 3,000" is not. A first name a person named before bears, introduced by
// an indefinite article ("Maria, a cleaner" after Mayor Maria Lopez), is
// a person too, whatever the noun.
func (r *registry) describedAsPerson(w string, j int) bool {
	if _, _, intro := r.introduction(j); intro && r.byGivenName(w) != nil {
		return true
	}
	return personRole(strings.ToLower(r.appositiveRole(j)))
}

// appositiveRole is the head noun of the appositive after the name ending
// before token j, as written: the last word before a relative clause or a
// preposition ("a retired nurse who …", "a former nurse at the clinic"
// give "nurse").
func (r *registry) appositiveRole(j int) string {
	t, _ := r.appositive(j, "")
	return headNoun(t)
}

// headNoun is the head noun of the description t, as written: the last
// word before a relative clause or a preposition.
func headNoun(t string) string {
	role := ""
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, ".,")
		if lw := strings.ToLower(w); relativeWords[lw] || headEnders[lw] {
			break
		}
		role = w
	}
	return role
}

// headEnders are the prepositions that end a noun phrase's head: a role's
// ("nurse at the clinic") and a verb's object ("the survey on Tuesday").
var headEnders = wordSet(`at of for with in from on to by`)

// byGivenName is the one person named before in full with the given name
// w ("Hillary said" after Hillary Clinton), or nil when there is none or
// more than one: "Maria" after Maria Lopez and Maria Gomez is either.
func (r *registry) byGivenName(w string) *entity {
	var only *entity
	for _, k := range r.byGiven[strings.ToLower(withoutAccents(w))] {
		switch e := r.ents[k]; {
		case e.kind != "person":
		case only == nil || sameSpeaker(only.name, e.name):
			only = e
		default:
			return nil
		}
	}
	return only
}

// byName returns the first-registered entity named name.
func (r *registry) byName(name string) *entity {
	return r.byNameIx[name]
}

// bySurname returns the last-registered entity of kind whose surname is s
// (in any case) or ends in the word s.
func (r *registry) bySurname(s, kind string) *entity {
	k := max(r.latest(r.byFold[foldKey(s)], kind), r.latest(r.byLast[s], kind))
	if k < 0 {
		return nil
	}
	return r.ents[k]
}

// latest is the last of the entities ks of kind ("" for any), or -1.
func (r *registry) latest(ks []int, kind string) int {
	for x := len(ks) - 1; x >= 0; x-- {
		if kind == "" || r.ents[ks[x]].kind == kind {
			return ks[x]
		}
	}
	return -1
}

// foldKey maps s to one string for all the strings strings.EqualFold
// takes for it: each rune becomes the least rune of its case-folding orbit.
func foldKey(s string) string {
	var b strings.Builder
	for _, c := range s {
		least := c
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// appositive reads ", the research lead at Acme," after the name ending
// before token j and splits it into title and affiliation.
func (r *registry) appositive(j int, title string) (string, string) {
	toks := r.d.toks
	if j >= len(toks) || !strings.HasPrefix(r.d.s[toks[j-1].End:toks[j].Start], ",") {
		return title, ""
	}
	end := appositiveEnd(r.d, j)
	if w := relativeCut(r.d, j); w > j && (end <= j || w < end) {
		end = w // "a crop scientist at Rothamsted Research who was not involved": the role, not the clause
	}
	if end <= j {
		return title, ""
	}
	k := j
	if w := toks[k].Norm; w == "the" || w == "a" || w == "an" {
		k++
	}
	if k >= end {
		return title, "" // ", the" ending the text
	}
	// the first preposition before a name or "the" opens the affiliation:
	// "ecologist at the University of Westhaven" keeps "of Westhaven" in it
	split := -1
	for p := k + 1; p < end-1 && split < 0; p++ {
		if w := toks[p].Norm; (w == "at" || w == "of" || w == "for" || w == "with" || w == "from") && (toks[p+1].Capital || toks[p+1].Norm == "the") {
			split = p
		}
	}
	if split < 0 {
		return r.d.s[toks[k].Start:toks[end-1].End], ""
	}
	aff := split + 1
	if toks[aff].Norm == "the" && aff+1 < end && toks[aff+1].Capital {
		aff++
	}
	title = r.d.s[toks[k].Start:toks[split-1].End]
	// "… of Westhaven and the study's lead author": a second role, not
	// part of the institution's name
	affEnd := end
	for p := aff + 1; p < end-1; p++ {
		if toks[p].Norm == "and" && !toks[p+1].Capital {
			affEnd = p
			title += " and " + r.d.s[toks[p+1].Start:toks[end-1].End]
			break
		}
	}
	return title, r.d.s[toks[aff].Start:toks[affEnd-1].End]
}

// relativeCut returns the "who" that ends a description opened by an
// article at token j and holding a role ("a crop scientist at Rothamsted
// Research who …"), or j: the relative clause says what the person did,
// not who the person is.
func relativeCut(d *doc, j int) int {
	toks := d.toks
	if j >= len(toks) || toks[j].Norm != "a" && toks[j].Norm != "an" && toks[j].Norm != "the" {
		return j
	}
	titled := false
	for k := j + 1; k < len(toks) && k < j+12; k++ {
		if gap := d.s[toks[k-1].End:toks[k].Start]; gap != " " && !isHyphen(gap) && !d.nameGap(k-1, k) {
			return j
		}
		w := toks[k].Norm
		if w == "who" && titled {
			return k
		}
		if auxVerbs[w] || cueVerbs[w] != "" || d.inQuote(toks[k].Start) >= 0 {
			return j
		}
		titled = titled || personRole(w) || titleNouns[strings.TrimSuffix(w, "s")] || roleOf(d, k, j)
	}
	return j
}

// appositiveEnd returns the token index just past an appositive starting at
// token j ("the chief officer at Acme"), or j when there is none.
func appositiveEnd(d *doc, j int) int {
	toks := d.toks
	if j >= len(toks) {
		return j
	}
	w0 := toks[j].Norm
	hasTitle := w0 == "the" || w0 == "a" || w0 == "an" || w0 == "who"
	if toks[j].Number && j+1 < len(toks) && strings.HasPrefix(d.s[toks[j].End:toks[j+1].Start], ",") {
		return j + 1 // "Mr. King, 82, told"
	}
	for k := j; k < len(toks) && k < j+28; k++ {
		if k > j {
			gap := d.s[toks[k-1].End:toks[k].Start]
			if gap == "-- " || gap == " -- " {
				return j
			}
			if strings.ContainsAny(gap, ",.;:()—\n") && !d.nameGap(k-1, k) {
				if hasTitle && (strings.HasPrefix(strings.TrimSpace(gap), ",") || strings.HasPrefix(strings.TrimSpace(gap), ".")) {
					return k
				}
				return j
			}
		}
		w := toks[k].Norm
		if (auxVerbs[w] && w != "who" && !(toks[j].Norm == "who" && k < j+3)) || cueVerbs[w] != "" && toks[j].Norm != "who" {
			return j
		}
		if titleNouns[w] || titleNouns[strings.TrimSuffix(w, "s")] || roleOf(d, k, j) {
			hasTitle = true
		}
	}
	if hasTitle && len(toks) <= j+28 {
		return len(toks) // the appositive ends the text
	}
	return j
}

// roleOf reports whether token k, inside a phrase opened at token j,
// attaches a role to an institution: "organiser for the Allied Union",
// "fellow at Brookings" (a preposition after a lower-case word, before a
// name).
func roleOf(d *doc, k, j int) bool {
	w := d.toks[k].Norm
	if k == j || k+1 >= len(d.toks) || w != "at" && w != "for" && w != "of" || d.toks[k-1].Capital || d.toks[k-1].Stop {
		return false
	}
	n := k + 1
	if d.toks[n].Norm == "the" && n+1 < len(d.toks) {
		n++
	}
	return d.toks[n].Capital && d.gapClean(k, k+1, 0) && d.gapClean(n-1, n, 0) // spaces only, "the" between
}

// recent returns the latest mention of a compatible entity before byte b,
// among the maxRecentMentions before it: an antecedent further back is no
// antecedent, and a text of thousands of names stays linear.
func (r *registry) recent(b int, match func(*entity) bool) *entMention {
	return r.recentMention(b, func(m *entMention) bool { return match(m.ent) })
}

// recentMention is the latest mention before byte b that match accepts.
func (r *registry) recentMention(b int, match func(*entMention) bool) *entMention {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= b })
	stop := max(0, k-maxRecentMentions)
	for k--; k >= stop; k-- {
		if m := &r.mentions[k]; match(m) {
			return m
		}
	}
	return nil
}

// opensSentence reports whether byte b starts its sentence, perhaps after
// "The": where a story's actor stands.
func (r *registry) opensSentence(b int) bool {
	k := sort.Search(len(r.d.sents), func(k int) bool { return r.d.sents[k].end > b })
	if k == len(r.d.sents) {
		return false
	}
	before := strings.TrimSpace(r.d.s[r.d.sents[k].start:b])
	return before == "" || before == "The" || before == "the"
}

// speakerNouns head the noun phrases that attribute without a name.
var speakerNouns = wordSet(`source sources official officials spokesman spokeswoman spokesperson expert
	experts analyst analysts critic critics company agency ministry government report statement police
	campaign researchers researcher study survey poll aide aides adviser advisers advisor people witnesses
	residents lawyer lawyers attorney department prosecutors investigators authorities officers leaders
	members democrats republicans supporters voters observers scientists insiders court judge group
	organization firm board committee representative president chairman director minister secretary
	chief head ceo founder executive manager lead officer data polls filing documents document letter
	spokespeople staff aide ally allies friend friends family opponents party administration commission
	reports media article memo emails email website lawmakers senator governor candidate nominee
	economists democrat republican person man woman officers white house journalist journalists actor
	actress actors delegate delegates advocate advocates protesters demonstrators donors workers ad ads
	commentator commentators pundit pundits blogger bloggers scholar scholars congressman congresswoman
	mayor mayors legislator legislators conservatives liberals progressives evangelicals activists
	senators governors candidates pollsters strategists historians professors citizens americans
	groups unions businesses companies crowd audience attendees participants fans parents students
	teachers veterans families immigrants owners callers respondents panel jury agencies governments
	allies backers skeptics detractors defenders proponents opponents rivals challengers incumbents
	organizers interviewer moderator moderators host hosts anchor`)

// evidenceNouns head the records, polls and studies that "show" or "find"
// something: PolNeAR attributes their findings to them.
var evidenceNouns = wordSet(`record records filing filings figure figures number numbers result results
	survey surveys analysis analyses footage video videos research studies estimate estimates projection
	projections tally census findings evidence transcript transcripts recording recordings test tests
	study report reports data polling poll polls image images photo photos`)

// resolve turns a subject noun phrase [i, j) of tokens into a speaker and
// the mention that names it.
func (r *registry) resolve(i, j int) (*Speaker, text.Span) {
	toks := r.d.toks
	// "… equipment, which the regulator said posed …", "the plan that the
	// mayor said …": a relative pronoun opens the clause; the speaker is
	// what follows it.
	for k := j - 2; k >= i; k-- {
		if toks[k].Norm == "which" || toks[k].Norm == "that" {
			i = k + 1
			break
		}
	}
	if m := r.mentionAt(toks[j-1].Start); m != nil && m.start < toks[i].Start && toks[j-1].Capital && m.ent.kind == "organization" {
		for i > 0 && toks[i].Start > m.start {
			i-- // "Avon and Somerset Police": the whole name, and who is "of" it
		}
	}
	sp := r.d.span(toks[i].Start, toks[j-1].End)
	head := toks[j-1]
	if head.Norm == "i" || head.Norm == "we" {
		return &Speaker{Name: head.Surface, Kind: "unknown"}, sp // the writer, or an unnamed voice
	}
	if relativeOpeners[head.Norm] && j-i == 1 {
		return r.antecedent(i), sp
	}
	pn := head.Norm
	if v := possessivePronouns[pn]; v != "" && j-i == 1 {
		pn = v // "his attacks on …", "in their view": the possessor speaks
	}
	if kind, ok := pronouns[pn]; ok && j-i == 1 {
		m := r.recent(head.Start, func(e *entity) bool {
			if kind == "plural" {
				return e.kind == "organization"
			}
			if kind == "organization" {
				return e.kind == "organization"
			}
			g := e.gender()
			switch pn {
			case "he", "him":
				return e.kind == "person" && g != "f"
			case "she", "her":
				return e.kind == "person" && g != "m"
			}
			return e.kind == "person"
		})
		if m == nil {
			return &Speaker{Name: head.Surface, Kind: "unknown"}, sp
		}
		return r.speakerOf(m.ent), sp
	}
	for k := max(i-1, 1); k < j-1; k++ {
		if toks[k].Norm != "of" && toks[k].Norm != "in" || !r.d.gapClean(k-1, k, -1) {
			continue
		}
		if m := r.mentionAt(toks[k-1].Start); m != nil && m.ent.kind == "person" {
			return r.speakerOf(m.ent), sp // "Archbishop Aris Shirvanian of the … Patriarchate of Jerusalem", "Tom Reyes in Kelby"
		}
		if m := r.mentionAt(head.Start); m != nil && m.ent.kind == "organization" {
			break // "the chief executive of Nordvik Semiconductors" speaks for it
		}
		if p := toks[k-1]; (!p.Capital || r.opensSentence(p.Start)) && isSpeakerNoun(p.Norm) {
			return &Speaker{Name: sp.Text, Kind: "unknown"}, sp // "the mayor of Kelby", "the police in Ulm": not the place
		}
		break
	}
	if head.Capital {
		if m := r.mentionAt(head.Start); m != nil && !(m.end > head.End && j < len(toks) && cueVerbs[toks[j].Norm] != "") {
			return r.speakerOf(m.ent), sp // not a run of capitals over the cue, as a Title Case headline makes
		}
	}
	// "the company", "the agency": the latest organisation named so, else
	// of its sector, else, for a business word, any; "the newspaper" is
	// never another sector's.
	if toks[i].Norm == "the" && j-i == 2 && (orgWords[head.Norm] || firmNouns[head.Norm] || sectors[head.Norm] == "press") {
		m := r.recent(head.Start, func(e *entity) bool {
			return e.kind == "organization" && strings.Contains(strings.ToLower(e.name), head.Norm)
		})
		if m == nil {
			m = r.recent(head.Start, func(e *entity) bool { return e.kind == "organization" && sameSector(e.name, head.Norm) })
		}
		if m == nil && sectors[head.Norm] != "press" {
			// "the company" is whatever organisation the story is about; "the
			// agency" or "the board" is the one that did something in it, not
			// a river or a college named in passing
			m = r.recentMention(head.Start, func(m *entMention) bool {
				return m.ent.kind == "organization" && (sectors[head.Norm] == "business" || r.opensSentence(m.start))
			})
		}
		if m != nil {
			return r.speakerOf(m.ent), sp
		}
	}
	return &Speaker{Name: sp.Text, Kind: "unknown"}, sp
}

// antecedent is who the relative pronoun at token w stands for: the name
// just before it ("Obama, who called …").
func (r *registry) antecedent(w int) *Speaker {
	toks := r.d.toks
	if w == 0 {
		return &Speaker{Name: toks[w].Surface, Kind: "unknown"}
	}
	a, b, ok := nounPhrase(r.d, max(0, w-8), w-1)
	if !ok && toks[w].Norm == "which" && !toks[w-1].Stop {
		// "the pilots' guild, which …": a thing's name, back to its article
		a, b, ok = w-1, w, true
		for a > 0 && a > w-5 && r.d.gapClean(a-1, a, -1) && !toks[a-1].Stop && !verbLike(r.d, a-1) {
			a--
		}
	}
	if !ok {
		return &Speaker{Name: toks[w].Surface, Kind: "unknown"}
	}
	if m := r.mentionAt(toks[b-1].Start); m != nil {
		if p := r.appositiveHolder(w, m); p != nil {
			return r.speakerOf(p.ent)
		}
		return r.speakerOf(m.ent)
	}
	return &Speaker{Name: r.d.s[toks[a].Start:toks[b-1].End], Kind: "unknown"}
}

// appositiveHolder finds the person a "who" at token w refers to when the
// noun just before it is an organisation named in that person's
// description: in "Peter Morgan, a lawyer for the Sierra Club, who …",
// who is Morgan. It returns nil otherwise.
func (r *registry) appositiveHolder(w int, m *entMention) *entMention {
	toks := r.d.toks
	if toks[w].Norm != "who" && toks[w].Norm != "whom" || m.ent.kind != "organization" || !strings.Contains(r.d.s[toks[w-1].End:toks[w].Start], ",") {
		return nil
	}
	p := r.recent(m.start, func(e *entity) bool { return e.kind == "person" })
	if p == nil || p.end > m.start {
		return nil
	}
	between := r.d.s[p.end:m.start]
	// the description opens with a comma right after the name and holds no
	// clause of its own
	if !strings.HasPrefix(strings.TrimSpace(between), ",") || len(between) > 80 || strings.ContainsAny(between, ".;:“\"") {
		return nil
	}
	return p
}

// businessNouns head an appositive that says a name is a business.
var businessNouns = wordSet(`company firm manufacturer maker automaker carmaker conglomerate subsidiary
	startup retailer lender insurer airline corporation`)

// sectors group the words that name a kind of organisation, so "the
// agency" refers back to a security service and not to the newspaper that
// reported on it.
var sectors = sectorOf(map[string]string{
	"state": `agency service services bureau office directorate authority department ministry commission
		administration government police army navy court senate house congress parliament assembly`,
	"press": `post times journal news tribune herald press network reuters associated newspaper outlet
		magazine broadcaster`,
	"business": `company firm corporation corp inc ltd group maker manufacturer lender insurer retailer carrier
		airline automaker startup chain business supplier producer operator bank holdings technologies labs`,
})

// sectorOf maps each word of each sector's list to the sector.
func sectorOf(lists map[string]string) map[string]string {
	out := map[string]string{}
	for sector, words := range lists {
		for _, w := range strings.Fields(words) {
			out[w] = sector
		}
	}
	return out
}

// sameSector reports whether the organisation name holds a word of the
// sector of the noun referring back to it: "the agency" and "State
// Security Service".
func sameSector(name, noun string) bool {
	want := sectors[noun]
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if want != "" && sectors[w] == want {
			return true
		}
	}
	return false
}

// firmNouns refer back to a business named before: "the firm said".
var firmNouns = wordSet(`firm maker manufacturer lender insurer retailer carrier airline automaker startup
	chain business supplier producer operator`)

// maxRecentMentions bounds how far back recent looks.
const maxRecentMentions = 300

func (r *registry) mentionAt(b int) *entMention {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].end > b })
	if k < len(r.mentions) && r.mentions[k].start <= b {
		return &r.mentions[k]
	}
	return nil
}

func (r *registry) speakerOf(e *entity) *Speaker {
	return &Speaker{Name: e.name, Title: e.title, Affiliation: e.affil, Kind: e.kind}
}

func isUpperWord(s string) bool {
	for _, c := range s {
		return unicode.IsUpper(c)
	}
	return false
}

// isPerson reports whether a person's name is mentioned at byte b.
func (r *registry) isPerson(b int) bool {
	m := r.mentionAt(b)
	return m != nil && m.ent.kind == "person" && strings.Contains(m.ent.name, " ") || m != nil && m.ent.kind == "person" && m.ent.male+m.ent.female > 0
}

// baseNorm is a token's folded form without a possessive ending.
func baseNorm(t text.Token) string {
	return strings.TrimSuffix(t.Norm, "'s")
}

// isInitials matches "J" and "G.K": single letters joined by periods.
func isInitials(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if len([]rune(part)) != 1 {
			return false
		}
	}
	return true
}

// lastField is the last space-separated word of s.
func lastField(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}
