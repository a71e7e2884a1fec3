package match

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// corpusWords builds a text of about n words by drawing sentences of the
// fictional spin originals in a seeded random order, so large inputs still
// read like news and repeat no more than real archives do.
func corpusWords(tb testing.TB, n int, seed uint64) string {
	tb.Helper()
	names, _ := filepath.Glob(filepath.Join("testdata", "spin", "*.txt"))
	var sents []string
	for _, f := range names {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		sents = append(sents, strings.SplitAfter(string(b), ". ")...)
	}
	if len(sents) == 0 {
		tb.Fatal("no spin texts")
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	words := 0
	for i := 0; words < n; i++ {
		s := sents[rng.IntN(len(sents))]
		// Number the sentence so repeats across the archive are not identical.
		fmt.Fprintf(&b, "Item %d: %s ", i, strings.TrimSpace(s))
		words += len(strings.Fields(s)) + 2
	}
	return b.String()
}

// lightEdit swaps every seventh word for a marker, a cheap stand-in for a
// rewrite that keeps the benchmark independent of the spin package.
func lightEdit(s string) string {
	f := strings.Fields(s)
	for i := 3; i < len(f); i += 7 {
		f[i] = "altered"
	}
	return strings.Join(f, " ")
}

func BenchmarkAlign(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		src := corpusWords(b, n, 1)
		cp := lightEdit(src)
		b.Run(fmt.Sprintf("words=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src) + len(cp)))
			b.ReportAllocs()
			for b.Loop() {
				Align(cp, src, Options{})
			}
		})
	}
}

func BenchmarkFingerprint(b *testing.B) {
	s := corpusWords(b, 100_000, 2)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Fingerprint(s, Options{})
	}
}

func TestAlignLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	para := strings.ReplaceAll(corpusWords(t, 1_000_000, 3), ". ", ", ")[:5<<20] // one 5 MB paragraph
	r := Align(para, para[:len(para)/2], Options{})
	assert.NotEqual(t, Unrelated, r.Relation)
	r = Align(lightEdit(corpusWords(t, 100_000, 4)), corpusWords(t, 100_000, 4), Options{})
	assert.Equal(t, Rewritten, r.Relation)
}
