package statements

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

func BenchmarkFind(b *testing.B) {
	for b.Loop() {
		Find(fixtureSource, Options{})
	}
}

func BenchmarkCompare(b *testing.B) {
	for b.Loop() {
		Compare(fixtureCopy, fixtureSource, Options{})
	}
}

func BenchmarkFindLargeParagraph(b *testing.B) {
	big := strings.Repeat("“Ada Brook said the port will close ", 150000)
	for b.Loop() {
		Find(big, Options{})
	}
}

func BenchmarkCompareLarge(b *testing.B) {
	src := strings.Repeat(fixtureSource+"\n\n", 200) // ~170 KB, 1,400 statements
	cp := strings.Repeat(fixtureCopy+"\n\n", 200)
	for b.Loop() {
		Compare(cp, src, Options{})
	}
}

// BenchmarkFindTitleQuotes is one long line of Title Case quotations, the
// worst case for telling titles from speech.
func BenchmarkFindTitleQuotes(b *testing.B) {
	big := strings.Repeat("Ada Brook read “The Old Pier Falls Down Again” aloud. ", 20000)
	for b.Loop() {
		Find(big, Options{})
	}
}

// BenchmarkFindOneLongSentence is one sentence of 60,000 words with no
// punctuation, opening with a preposition and full of verbs, passives and
// "according to": every rule that looks back to the clause's start runs.
func BenchmarkFindOneLongSentence(b *testing.B) {
	big := "In " + strings.Repeat("the plan was backed by the council and voters rejected it according to the board ", 4000)
	for b.Loop() {
		Find(big, Options{})
	}
}

// BenchmarkFindSaidInMay repeats a cue followed by a circumstance in one
// sentence without punctuation: the circumstance test must not rescan the
// rest of the sentence for each cue.
func BenchmarkFindSaidInMay(b *testing.B) {
	big := strings.Repeat("Smith said in May ", 16000)
	for b.Loop() {
		Find(big, Options{})
	}
}

// BenchmarkFindQuotesInOneSentence is one sentence of 16,000 quotes, each
// with its attribution: each quote weighs only the cues near it, and each
// attribution only the quote just before it.
func BenchmarkFindQuotesInOneSentence(b *testing.B) {
	for _, bc := range []struct{ name, unit string }{
		{"to whom", `"We win," Mr. Hedge said to the crowd in May; `},
		{"of what", `"a b c," he said about it, `},
	} {
		big := strings.Repeat(bc.unit, 16000)
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				Find(big, Options{})
			}
		})
	}
}

// BenchmarkCompareOneLongSentence compares a copy and a source that are
// each one sentence of 1,000 quotes: the source is aligned slice by slice,
// not as one passage per statement.
func BenchmarkCompareOneLongSentence(b *testing.B) {
	big := strings.Repeat(`"We win," Mr. Hedge said to the crowd in May; `, 1000)
	for b.Loop() {
		Compare(big, big, Options{})
	}
}

// BenchmarkFindRepeatedAttributions repeats one attribution 16,000 times in
// one sentence for each rule that looks back over earlier frames or
// mentions (inversions, antecedents, participles): each must stay linear.
func BenchmarkFindRepeatedAttributions(b *testing.B) {
	for _, bc := range []struct{ name, unit string }{
		{"inverted", "Ada Brook said, "},
		{"antecedent", "the agency reportedly watched the pier, Ada Brook said, "},
		{"participle", "Spending helped growth, an official said, adding that "},
	} {
		big := strings.Repeat(bc.unit, 16000)
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				Find(big, Options{})
			}
		})
	}
}

// BenchmarkStraySingleMarks reads a page of one long line of single marks
// that open and never close: the search for a closer is bounded, so the
// time grows with the page.
func BenchmarkStraySingleMarks(b *testing.B) {
	for _, n := range []int{2000, 8000} {
		s := strings.Repeat("word 'Open and never closed ", n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				scanQuotes(s)
			}
		})
	}
}

// BenchmarkKeyFactDrift compares every sentence of a long copy with the
// original's sentences through the word index: the time grows with the
// page, not with its square.
func BenchmarkKeyFactDrift(b *testing.B) {
	for _, n := range []int{500, 2000} {
		var src, cp strings.Builder
		for i := range n {
			fmt.Fprintf(&src, "The harbour board w%d approved berth %d for vessel v%d after a long review. ", i, i, i)
			fmt.Fprintf(&cp, "The harbour board w%d approved berth %d for vessel v%d after a lengthy review. ", i, i+1, i)
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				KeyFactDrift(cp.String(), src.String(), nil, nil)
			}
		})
	}
}

// BenchmarkQuotesEndingSentences splits a page of short quotes, each
// followed by its speaker: the attribution is looked for in the next few
// words only, so the time grows with the page.
func BenchmarkQuotesEndingSentences(b *testing.B) {
	for _, n := range []int{5000, 20000} {
		s := strings.Repeat("“Yes.” Brook said. ", n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				newDoc(s, "")
			}
		})
	}
}

// benchSizes are the word counts the scaling benchmarks run at: each is
// twice the one before, so a linear time doubles and a quadratic one
// quadruples from one to the next.
var benchSizes = []int{1000, 2000, 4000}

// benchVocabulary is a made-up vocabulary of everyday news words, with
// names, verbs of saying, hedges and negations among them, so that Find
// reads attributions everywhere in a page drawn from it.
var benchVocabulary = strings.Fields(`the council said that plan would raise taxes and voters told
	reporters it was not fair officials warned budget may fall mayor claimed schools need more money
	Brook argued residents believe housing costs rose according to report board will vote next week
	police added crime dropped percent in city while critics say data are wrong Velt insisted she had
	never seen the letter spokesperson noted company expects profits to grow analysts predicted prices
	could climb`)

// madeUpWords is a page of n words drawn from benchVocabulary by a seeded
// generator, one in ten a number, with no punctuation at all.
func madeUpWords(n int, seed int64) []string {
	r := rand.New(rand.NewSource(seed))
	ws := make([]string, n)
	for i := range ws {
		ws[i] = benchVocabulary[r.Intn(len(benchVocabulary))]
		if r.Intn(10) == 0 {
			ws[i] = strconv.Itoa(r.Intn(1000))
		}
	}
	return ws
}

// rewrite is a light rewrite of ws: about one word in twenty replaced, one
// in fifty dropped and one in fifty doubled, as an aggregator's editor might.
func rewrite(ws []string, seed int64) []string {
	r := rand.New(rand.NewSource(seed))
	var out []string
	for _, w := range ws {
		switch k := r.Intn(100); {
		case k < 5:
			out = append(out, "reportedly")
		case k < 7:
		case k < 9:
			out = append(out, w, w)
		default:
			out = append(out, w)
		}
	}
	return out
}

// runSizes runs f as a sub-benchmark on the text gen makes at each size.
func runSizes(b *testing.B, gen func(n int) (cp, src string), f func(cp, src string)) {
	for _, n := range benchSizes {
		cp, src := gen(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(cp) + len(src)))
			for b.Loop() {
				f(cp, src)
			}
		})
	}
}

// pathologicalPages are the pages a professional tool must read in near
// linear time: each makes a copy and a source of about n words.
var pathologicalPages = []struct {
	name string
	gen  func(n int) (cp, src string)
}{
	// one long paragraph without a full stop, copied as it is
	{"same paragraph", func(n int) (string, string) {
		s := strings.Join(madeUpWords(n, 1), " ")
		return s, s
	}},
	// the same paragraph lightly rewritten
	{"rewritten paragraph", func(n int) (string, string) {
		ws := madeUpWords(n, 1)
		return strings.Join(rewrite(ws, 2), " "), strings.Join(ws, " ")
	}},
	// thousands of short quotes, each with its speaker
	{"short quotes", func(n int) (string, string) {
		ws := madeUpWords(n, 3)
		var b strings.Builder
		for i := 0; i+3 <= len(ws); i += 3 {
			fmt.Fprintf(&b, "“%s %s %s,” %s said. ", ws[i], ws[i+1], ws[i+2], []string{"Velt", "Ada Brook", "she"}[i%3])
		}
		return b.String(), b.String()
	}},
	// quotes that never close, in one paragraph
	{"only quote marks", func(n int) (string, string) {
		s := strings.Repeat("“ ” ‘ \" ' ’ ", n/6)
		return s, s
	}},
	// a few words of thousands of letters each
	{"long tokens", func(n int) (string, string) {
		ws := madeUpWords(n/100, 4)
		for i := range ws {
			ws[i] = strings.Repeat(ws[i], 100)
		}
		s := "Velt said that " + strings.Join(ws, " ")
		return s, s
	}},
	// one short sentence repeated: every word is in every sentence
	{"repeated sentence", func(n int) (string, string) {
		s := strings.Repeat("Ada Brook said the delfo pier will close in May. ", n/10)
		return s, s
	}},
	// a whole page in one quotation, lightly rewritten
	{"long quote rewritten", func(n int) (string, string) {
		ws := madeUpWords(n, 5)
		return "Velt said: “" + strings.Join(rewrite(ws, 6), " ") + ".”", "Velt said: “" + strings.Join(ws, " ") + ".”"
	}},
	// one quotation repeating a clause with one word changed in each: the
	// worst case of the diff, whose longest match is always the first
	{"repeated quote swaps", func(n int) (string, string) {
		var cp, src strings.Builder
		for i := range n / 10 {
			fmt.Fprintf(&src, "the board will close the pier %d in May and ", i)
			fmt.Fprintf(&cp, "the board will close the pier %d in June and ", i)
		}
		return "Velt said: “" + cp.String() + "end.”", "Velt said: “" + src.String() + "end.”"
	}},
	// one speaker's reported statements, each reworded past finding
	{"loose paraphrases", func(n int) (string, string) {
		ws := madeUpWords(n, 7)
		var cp, src strings.Builder
		for i := 0; i+8 <= len(ws); i += 8 {
			fmt.Fprintf(&src, "Velt said the %s %s %s would %s %s. ", ws[i], ws[i+1], ws[i+2], ws[i+3], ws[i+4])
			fmt.Fprintf(&cp, "Velt said that %s and %s could %s. ", ws[i+4], ws[i+2], ws[i+7])
		}
		return cp.String(), src.String()
	}},
	// every quote given to another speaker the page names
	{"speaker swaps", func(n int) (string, string) {
		ws := madeUpWords(n, 8)
		var cp, src strings.Builder
		for i := 0; i+6 <= len(ws); i += 6 {
			q := strings.Join(ws[i:i+6], " ")
			fmt.Fprintf(&src, "“The %s,” Tom Velt said. ", q)
			fmt.Fprintf(&cp, "“The %s,” Ada Brook said. ", q)
		}
		return cp.String(), src.String()
	}},
	// quotes of stop words only, found by their words verbatim
	{"stop word quotes", func(n int) (string, string) {
		var cp, src strings.Builder
		for i := range n / 8 {
			fmt.Fprintf(&src, "Velt%d said it was on the up and up. ", i)
			fmt.Fprintf(&cp, "“On the up and up,” Velt%d said. ", i)
		}
		return cp.String(), src.String()
	}},
}

// BenchmarkComparePathological compares each pathological page with itself
// or its source at three sizes: the time must grow with the page, not its
// square.
func BenchmarkComparePathological(b *testing.B) {
	for _, p := range pathologicalPages {
		b.Run(p.name, func(b *testing.B) {
			runSizes(b, p.gen, func(cp, src string) { Compare(cp, src, Options{}) })
		})
	}
}

// BenchmarkFindPathological reads the copy of each pathological page.
func BenchmarkFindPathological(b *testing.B) {
	for _, p := range pathologicalPages {
		b.Run(p.name, func(b *testing.B) {
			runSizes(b, p.gen, func(cp, _ string) { Find(cp, Options{}) })
		})
	}
}

// BenchmarkKeyFactDriftPathological runs the sentence checks Compare ends
// with on each pathological page.
func BenchmarkKeyFactDriftPathological(b *testing.B) {
	for _, p := range pathologicalPages {
		b.Run(p.name, func(b *testing.B) {
			runSizes(b, p.gen, func(cp, src string) { KeyFactDrift(cp, src, nil, nil) })
		})
	}
}

// BenchmarkHeadlineDriftPathological treats each pathological page as a
// (very long) title, the original's text being the source page.
func BenchmarkHeadlineDriftPathological(b *testing.B) {
	for _, p := range pathologicalPages {
		b.Run(p.name, func(b *testing.B) {
			runSizes(b, p.gen, func(cp, src string) { HeadlineDrift(cp, src, src, "en") })
		})
	}
}
