package statements

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/text"
)

// doc is one analysed text: tokens, quotations and sentences, all in byte
// offsets, built once and shared by every rule.
type doc struct {
	s      string
	lang   string
	runes  *text.Runes
	toks   []text.Token
	quotes []quote
	sents  []span // byte ranges of sentences; quotations never split one
	// credits are the byte ranges that credit a source (Options.Credits),
	// sorted and disjoint; only a copy has them.
	credits []span
}

type span struct{ start, end int }

func newDoc(s, lang string) *doc {
	d := &doc{s: s, lang: lang, runes: text.NewRunes(s)}
	d.toks = splitContractions(text.Tokenize(s, lang))
	d.quotes = splitIncises(s, addDialogue(s, lang, scanQuotes(s)))
	d.sents = splitSentences(s, d.quotes)
	if lang == "" || lang == "en" {
		d.markModalNames()
	}
	return d
}

// modalNames are modal verbs that are also first names: "Will Harper".
var modalNames = wordSet(`will`)

// markModalNames retags a capitalised modal that names a person, so that
// no list of auxiliaries or stop words takes it for the verb: its Norm
// keeps the capital and it is no stop word. It names a person before a
// surname ("Will Harper, the coach,"), but not opening a question ("Will
// the council pay?", "Will Congress act?"); and, once written so, alone
// where a modal cannot stand: before a comma or a verb of saying in the
// past or third person ("Will said", "Will, the coach,"), or after an
// inverted cue ("…,” said Will.").
func (d *doc) markModalNames() {
	full := map[string]bool{} // the modal names seen before a surname
	for k := range d.toks {
		t := &d.toks[k]
		if !modalNames[t.Norm] || !t.Capital || isAllCaps(t.Surface) {
			continue
		}
		switch {
		case d.beforeSurname(k) && !d.asks(k):
			full[t.Norm] = true
		case full[t.Norm] && d.namedAlone(k):
		default:
			continue
		}
		t.Norm, t.Stop = t.Surface, false
	}
}

// beforeSurname reports whether token k is followed, after one space, by
// a capitalised word that may be a surname.
func (d *doc) beforeSurname(k int) bool {
	if k+1 >= len(d.toks) || d.s[d.toks[k].End:d.toks[k+1].Start] != " " {
		return false
	}
	n := d.toks[k+1]
	return n.Capital && !n.Stop && !isAllCaps(n.Surface) && !notNames[n.Norm] && !personTitles[n.Norm] && pronouns[n.Norm] == ""
}

// asks reports whether the clause opened by token k ends in a question
// mark: the first of ".?!" after it, in its own quotation or outside any,
// within maxAskScan bytes, is "?".
func (d *doc) asks(k int) bool {
	q := d.inQuote(d.toks[k].Start)
	from := d.toks[k].End
	rest := d.s[from:min(len(d.s), from+maxAskScan)]
	for off := 0; ; {
		i := strings.IndexAny(rest[off:], ".?!")
		if i < 0 {
			return false
		}
		off += i
		if d.inQuote(from+off) == q {
			return rest[off] == '?'
		}
		off++
	}
}

// maxAskScan bounds how far asks looks for the end of a clause.
const maxAskScan = 400

// namedAlone reports whether the modal name at token k stands where the
// verb cannot: before a comma, before "said" or "says", or after an
// inverted "said".
func (d *doc) namedAlone(k int) bool {
	toks := d.toks
	if k+1 < len(toks) {
		gap, n := d.s[toks[k].End:toks[k+1].Start], toks[k+1].Norm
		if strings.HasPrefix(gap, ",") || gap == " " && sayingVerbs[n] && cueVerbs[n] != n {
			return true
		}
	}
	return k >= 2 && sayingVerbs[toks[k-1].Norm] && d.s[toks[k-1].End:toks[k].Start] == " " &&
		strings.ContainsAny(d.s[toks[k-2].End:toks[k-1].Start], ",”\"")
}

// contractedAux maps the clitic of a pronoun contraction to the auxiliary
// it stands for; before a participle 's is "has" and 'd is "had".
var contractedAux = map[string]string{"'s": "is", "'re": "are", "'ve": "have", "'ll": "will", "'d": "would", "'m": "am"}

// perfectParticiple reports whether w, after "he's" or "she'd", makes a
// perfect tense rather than a passive: "been", or a verb of saying in its
// past participle ("said", "argued"), but not a view held by no one named
// ("is expected", "is considered").
func perfectParticiple(w string) bool {
	switch w {
	case "been", "got", "gotten", "said", "told", "written", "thought", "felt", "known", "found", "shown":
		return true
	}
	return cueVerbs[w] != "" && strings.HasSuffix(w, "ed") && !evidentials[w] && !passiveEvidentials[w]
}

// splitContractions splits "he's", "they're", "I'll" into the pronoun and
// its auxiliary, so "He's predicting …" has a subject and a verb as "He is
// predicting …" does. Possessives ("Trump's") stay whole.
func splitContractions(toks []text.Token) []text.Token {
	var out []text.Token
	for i, t := range toks {
		j := strings.LastIndexByte(t.Norm, '\'')
		if j <= 0 || pronouns[t.Norm[:j]] == "" && t.Norm[:j] != "it" && t.Norm[:j] != "that" && t.Norm[:j] != "who" {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		aux, ok := contractedAux[t.Norm[j:]]
		if perfect, found := map[string]string{"is": "has", "would": "had"}[aux]; found && i+1 < len(toks) && perfectParticiple(toks[i+1].Norm) {
			aux = perfect // "she's said", "he'd argued"
		}
		if !ok {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		k := strings.LastIndexAny(t.Surface, "'’")
		if k <= 0 || len(t.Surface) != t.End-t.Start {
			if out != nil {
				out = append(out, t) // an apostrophe the folding made; leave the word whole
			}
			continue
		}
		if out == nil {
			out = append(make([]text.Token, 0, len(toks)+8), toks[:i]...)
		}
		cut := t.Start + k
		p := t
		p.Surface, p.Norm, p.End, p.Stem, p.Stop = t.Surface[:cut-t.Start], t.Norm[:j], cut, t.Norm[:j], true
		a := text.Token{Surface: t.Surface[cut-t.Start:], Norm: aux, Stem: aux, Start: cut, End: t.End, Stop: true}
		out = append(out, p, a)
	}
	if out == nil {
		return toks
	}
	return out
}

// tokRange returns the indexes [i, j) of the tokens inside [start, end).
func (d *doc) tokRange(start, end int) (int, int) {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= start })
	j := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].End > end })
	if j < i {
		j = i
	}
	return i, j
}

// inQuote returns the index of the quotation holding byte b, or -1.
func (d *doc) inQuote(b int) int {
	k := sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k].close > b })
	if k < len(d.quotes) && d.quotes[k].open <= b {
		return k
	}
	return -1
}

func (d *doc) span(start, end int) text.Span { return d.runes.Span(start, end) }

// abbreviations that end in a period without ending a sentence.
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "gov": true, "rep": true,
	"st": true, "jr": true, "sr": true, "gen": true, "col": true, "lt": true, "sgt": true,
	"prof": true, "rev": true, "inc": true, "corp": true, "co": true, "ltd": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "vs": true, "etc": true, "u.s": true, "u.k": true,
	"d.c": true, "e.g": true, "i.e": true, "pres": true, "supt": true, "atty": true,
}

// splitSentences cuts s at sentence-final punctuation outside quotations and
// at line breaks.
func splitSentences(s string, qs []quote) []span {
	var out []span
	start := -1
	qi := 0
	emit := func(end int) {
		if start >= 0 {
			e := trimRightSpace(s, start, end)
			if e > start {
				out = append(out, span{start, e})
			}
		}
		start = -1
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		for qi < len(qs) && qs[qi].close <= i {
			qi++
		}
		inQ := qi < len(qs) && qs[qi].open <= i
		if !inQ && start >= 0 && qi > 0 && qs[qi-1].close == i && quoteEndsSentence(s, start, qs[qi-1]) {
			emit(i)
		}
		if r == '\n' && !inQ {
			emit(i)
			i += w
			continue
		}
		if start < 0 && !unicode.IsSpace(r) {
			start = i
		}
		if !inQ && (r == '.' || r == '!' || r == '?') && sentenceEnds(s, i, w, start) {
			j := i + w
			for j < len(s) && strings.ContainsRune("”’\"»)", nextRune(s, j)) {
				_, w2 := utf8.DecodeRuneInString(s[j:])
				j += w2
			}
			emit(j)
			i = j
			continue
		}
		i += w
	}
	emit(len(s))
	return out
}

// quoteEndsSentence reports whether a quotation that closes on a full stop,
// question or exclamation mark also ends its sentence, which began at
// start: the next words start a new one ("“… an accomplishment.” Touché,
// Carly …") rather than name its speaker ("“We won.” Trump said.").
func quoteEndsSentence(s string, start int, q quote) bool {
	inner := strings.TrimRightFunc(s[q.start:q.end], unicode.IsSpace)
	if inner == "" || !strings.ContainsRune(".!?", rune(inner[len(inner)-1])) {
		return false
	}
	attributed := false // "Brook said, “…”": the words after are no second attribution
	for _, w := range strings.Fields(s[max(start, q.open-maxAttributionBytes):q.open]) {
		attributed = attributed || sayingVerbs[strings.ToLower(strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))]
	}
	rest := s[q.close:]
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	r := nextRune(rest, 1)
	if !unicode.IsUpper(r) && text.QuoteClosers(r) == "" {
		return false
	}
	// the next few words only: a page of quotes is read in linear time
	words := strings.Fields(rest[:min(len(rest), maxAttributionBytes)])
	for i, w := range words[:min(maxAttributionWords, len(words))] {
		bare := strings.ToLower(strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if !attributed && (sayingVerbs[bare] || bare == "according") {
			// "“…” Brook said.", "“…” Ada Brook, the council leader, said on
			// Monday." name the quote's speaker; "He added: “…”" and "He
			// said he had …" open a new sentence
			return !closesAttribution(words[i:])
		}
		if strings.ContainsAny(w, ".!?:;") || i > 0 && text.QuoteClosers(nextRune(w, 0)) != "" {
			break // a sentence, or a quotation, of its own came first
		}
	}
	return true
}

// maxAttributionWords and maxAttributionBytes bound how far after a
// closing quotation its attribution is looked for: a name, a title set off
// by commas, and the verb ("Ada Brook, the council leader, said").
const (
	maxAttributionWords = 10
	maxAttributionBytes = 200
)

// closesAttribution reports whether the words from a cue on attribute the
// quote before them rather than open a clause of their own: no colon, and
// no "that", quotation or subject pronoun right after the cue ("He said he
// had …").
func closesAttribution(words []string) bool {
	switch {
	case strings.HasSuffix(words[0], ":"):
		return false // "He added: “…”"
	case len(words) > 1 && strings.HasSuffix(words[0], ",") && text.QuoteClosers(nextRune(words[1], 0)) != "":
		return false // "He added, “…”"
	case len(words) < 2 || strings.ContainsAny(words[0], ".,;"):
		return true // "“…” Brook said."
	}
	next := strings.ToLower(words[1])
	if subjectPronouns[strings.Trim(next, ".,")] || text.QuoteClosers(nextRune(next, 0)) != "" {
		return false // "He said he had …", "He wrote “…”"
	}
	// "Reyes wrote on X that …": a "that" before the next punctuation opens
	// the cue's own clause
	for _, w := range words[1:min(6, len(words))] {
		if strings.ToLower(strings.TrimRight(w, ".,;:")) == "that" {
			return false
		}
		if strings.ContainsAny(w, ".,;:") {
			break
		}
	}
	return true
}

func sentenceEnds(s string, i, w, start int) bool {
	n := nextRune(s, i+w)
	if i+w < len(s) && !unicode.IsSpace(n) {
		return false
	}
	if s[i] == '.' {
		// the word before the period
		j := i
		for j > start {
			r, rw := utf8.DecodeLastRuneInString(s[:j])
			if unicode.IsSpace(r) || r == '(' {
				break
			}
			j -= rw
		}
		w := strings.ToLower(s[j:i])
		if abbrev[w] || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(nextRune(s, j))) {
			return false
		}
	}
	// the next sentence must start like one
	k := i + w
	for k < len(s) && unicode.IsSpace(nextRune(s, k)) && nextRune(s, k) != '\n' {
		_, rw := utf8.DecodeRuneInString(s[k:])
		k += rw
	}
	if k >= len(s) || nextRune(s, k) == '\n' {
		return true
	}
	nr := nextRune(s, k)
	return unicode.IsUpper(nr) || unicode.IsDigit(nr) || text.QuoteClosers(nr) != "" || !unicode.IsLetter(nr)
}
