// Package spin rewrites texts the way article spinners and aggregator
// rewriters do, reproducibly from a seed: synonym swaps at a chosen share of
// the words, sentence reordering and merging, and partial copies. Names and
// numbers are left alone, as real rewriters leave them.
package spin

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/text"
)

// Options sets how heavily a text is spun. The zero value copies the text
// unchanged.
type Options struct {
	Swap    float64 // target share of words replaced (0..1)
	Reorder float64 // chance that two neighbouring sentences are swapped
	Merge   float64 // chance that a sentence is merged into the next
	Keep    float64 // share of sentences kept, as one contiguous run (0 or 1: all)
}

// Spinner rewrites texts. It holds its own random source, so two Spinners
// built with the same seed produce the same rewrites.
type Spinner struct {
	rng *rand.Rand
	syn table
}

// New returns a Spinner seeded with seed.
func New(seed uint64) *Spinner {
	return &Spinner{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), syn: newTable()}
}

// Spin rewrites s and returns the result with the share of words actually
// replaced (which is below opts.Swap when too few words can be swapped).
func (sp *Spinner) Spin(s string, opts Options) (string, float64) {
	sents := sp.sentences(s)
	if opts.Keep > 0 && opts.Keep < 1 && len(sents) > 1 {
		n := max(1, int(float64(len(sents))*opts.Keep+0.5))
		start := sp.rng.IntN(len(sents) - n + 1)
		sents = sents[start : start+n]
	}
	var words, swapped int
	for i := range sents {
		var w, sw int
		sents[i], w, sw = sp.swapWords(sents[i], opts.Swap)
		words += w
		swapped += sw
	}
	for i := 0; i+1 < len(sents); i++ {
		if sp.rng.Float64() < opts.Reorder {
			sents[i], sents[i+1] = sents[i+1], sents[i]
			i++
		}
	}
	var out []string
	for i := 0; i < len(sents); i++ {
		cur := sents[i]
		if i+1 < len(sents) && sp.rng.Float64() < opts.Merge {
			cur = sp.merge(cur, sents[i+1])
			i++
		}
		out = append(out, cur)
	}
	share := 0.0
	if words > 0 {
		share = float64(swapped) / float64(words)
	}
	return strings.Join(out, " "), share
}

func (sp *Spinner) sentences(s string) []string {
	var out []string
	for _, r := range text.Sentences(s) {
		out = append(out, strings.TrimSpace(s[r.Start:r.End]))
	}
	return out
}

// swapWords replaces eligible words of one sentence with probability chosen
// so that about rate of all its words change. Words the table does not know
// get a made-up replacement, standing in for synonyms no table can list.
func (sp *Spinner) swapWords(s string, rate float64) (string, int, int) {
	toks := text.Tokenize(s, "en")
	if rate <= 0 || len(toks) == 0 {
		return s, len(toks), 0
	}
	var eligible []int
	for i, t := range toks {
		if sp.eligible(t, i) {
			eligible = append(eligible, i)
		}
	}
	if len(eligible) == 0 {
		return s, len(toks), 0
	}
	p := min(1, rate*float64(len(toks))/float64(len(eligible)))
	var b strings.Builder
	last, swapped := 0, 0
	for _, i := range eligible {
		if sp.rng.Float64() >= p {
			continue
		}
		t := toks[i]
		b.WriteString(s[last:t.Start])
		b.WriteString(matchCase(t.Surface, sp.replacement(t)))
		last = t.End
		swapped++
	}
	b.WriteString(s[last:])
	return b.String(), len(toks), swapped
}

// eligible keeps names and numbers: a word with a digit is never swapped,
// nor a capitalised word unless it opens the sentence and the synonym table
// knows it (so "The" may change but "Lumora" never does).
func (sp *Spinner) eligible(t text.Token, i int) bool {
	_, known := sp.syn[t.Norm]
	switch {
	case t.Number:
		return false
	case t.Capital:
		return i == 0 && known
	}
	return known || !t.Stop && utf8.RuneCountInString(t.Norm) > 3
}

var prefixes = []string{"ultra", "mega", "hyper", "super", "proto"}

func (sp *Spinner) replacement(t text.Token) string {
	if alts := sp.syn[t.Norm]; len(alts) > 0 {
		return alts[sp.rng.IntN(len(alts))]
	}
	return prefixes[sp.rng.IntN(len(prefixes))] + t.Norm
}

func matchCase(orig, repl string) string {
	r, _ := utf8.DecodeRuneInString(orig)
	if !unicode.IsUpper(r) {
		return repl
	}
	f, n := utf8.DecodeRuneInString(repl)
	return string(unicode.ToUpper(f)) + repl[n:]
}

// merge joins two sentences into one, as rewriters do with ", and".
func (sp *Spinner) merge(a, b string) string {
	a = strings.TrimRight(a, ".!? ")
	f, n := utf8.DecodeRuneInString(b)
	rest := b[n:]
	// Lower-case the second sentence's first word unless it is a name: a
	// word the synonym table knows (perhaps one just swapped in) is none.
	if first := strings.Fields(b); len(first) > 0 && (isCommonOpener(first[0]) || sp.known(first[0])) {
		b = string(unicode.ToLower(f)) + rest
	}
	return a + ", and " + b
}

func (sp *Spinner) known(w string) bool {
	_, ok := sp.syn[strings.ToLower(strings.Trim(w, ",.:;"))]
	return ok
}

func isCommonOpener(w string) bool {
	switch strings.ToLower(strings.Trim(w, ",.")) {
	case "the", "a", "an", "it", "he", "she", "they", "this", "that", "its", "his", "her", "their",
		"many", "several", "some", "other", "not", "in", "on", "at", "speaking", "scientists", "local":
		return true
	}
	return false
}
