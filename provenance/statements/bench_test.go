package statements

import (
	"fmt"
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
