package statements

import (
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/pmezard/go-difflib/difflib"
	"github.com/stretchr/testify/require"
)

// TestMatchingBlocksAsDifflib checks matchingBlocks and opCodes against
// difflib on random word lists over small alphabets, where words repeat
// and runs tie, and on a few edge cases.
func TestMatchingBlocksAsDifflib(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	words := func(n, alpha int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = string(rune('a' + r.Intn(alpha)))
		}
		return out
	}
	cases := [][2][]string{{nil, nil}, {{"a"}, nil}, {nil, {"a"}}, {{"a", "b"}, {"a", "c", "a", "b"}}}
	for range 3000 {
		cases = append(cases, [2][]string{words(r.Intn(40), 1+r.Intn(6)), words(r.Intn(40), 1+r.Intn(6))})
	}
	for _, c := range cases {
		a, b := c[0], c[1]
		m := difflib.NewMatcherWithJunk(a, b, false, nil)
		if got, want := matchingBlocks(a, b), m.GetMatchingBlocks(); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q vs %q: blocks %v, difflib %v", strings.Join(a, ""), strings.Join(b, ""), got, want)
		}
		if got, want := opCodes(a, b), m.GetOpCodes(); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Fatalf("%q vs %q: opcodes %v, difflib %v", strings.Join(a, ""), strings.Join(b, ""), got, want)
		}
	}
}

// FuzzMatchingBlocks compares matchingBlocks with difflib on the words of
// any two texts.
func FuzzMatchingBlocks(f *testing.F) {
	f.Add("the plan the plan was", "the plan was the plan")
	f.Fuzz(func(t *testing.T, x, y string) {
		a, b := strings.Fields(x), strings.Fields(y)
		if got, want := matchingBlocks(a, b), difflib.NewMatcherWithJunk(a, b, false, nil).GetMatchingBlocks(); !reflect.DeepEqual(got, want) {
			t.Fatalf("blocks %v, difflib %v", got, want)
		}
	})
}

// TestMatchingBlocksRepeatedClauses checks matchingBlocks and opCodes
// against difflib on long passages that repeat one clause with small
// changes, where the search for the longest run stops early: each shape
// must give difflib's blocks exactly.
func TestMatchingBlocksRepeatedClauses(t *testing.T) {
	clause := func(i int, month string) []string {
		return strings.Fields(fmt.Sprintf("the ferry will leave the quay %d in %s and", i, month))
	}
	repeat := func(n int, f func(i int) []string) []string {
		var out []string
		for i := range n {
			out = append(out, f(i)...)
		}
		return out
	}
	const n = 60 // 600 words: difflib itself, the reference, is slow on more
	src := repeat(n, func(i int) []string { return clause(i, "March") })
	cases := []struct {
		name string
		cp   []string
	}{
		{"a word changed in each", repeat(n, func(i int) []string { return clause(i, "April") })},
		{"the same", src},
		{"a word dropped in each", repeat(n, func(i int) []string { c := clause(i, "March"); return append(c[:3:3], c[4:]...) })},
		{"a word added in each", repeat(n, func(i int) []string { return append([]string{"reportedly"}, clause(i, "March")...) })},
		{"every other clause left out", repeat(n/2, func(i int) []string { return clause(2*i, "March") })},
		{"clauses in reverse", repeat(n, func(i int) []string { return clause(n-1-i, "March") })},
		{"no numbers", repeat(n, func(int) []string { return clause(0, "April") })},
		{"half then changed", append(slices.Clone(src[:len(src)/2]), repeat(n/2, func(i int) []string { return clause(i, "May") })...)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, ab := range [][2][]string{{src, c.cp}, {c.cp, src}} {
				m := difflib.NewMatcherWithJunk(ab[0], ab[1], false, nil)
				require.Equal(t, m.GetMatchingBlocks(), matchingBlocks(ab[0], ab[1]))
				require.Equal(t, m.GetOpCodes(), opCodes(ab[0], ab[1]))
			}
		})
	}
}

// TestMatchingBlocksLongRandom checks matchingBlocks against difflib on
// longer random passages than TestMatchingBlocksAsDifflib, some made of
// one passage lightly changed, where long runs end early in a.
func TestMatchingBlocksLongRandom(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for range 300 {
		alpha := 1 + r.Intn(12)
		a := make([]string, r.Intn(400))
		for i := range a {
			a[i] = string(rune('a' + r.Intn(alpha)))
		}
		var b []string
		for _, w := range a {
			switch k := r.Intn(20); {
			case k == 0:
			case k == 1:
				b = append(b, w, w)
			case k == 2:
				b = append(b, string(rune('a'+r.Intn(alpha))))
			default:
				b = append(b, w)
			}
		}
		if r.Intn(3) == 0 {
			b = append(b, a...)
		}
		want := difflib.NewMatcherWithJunk(a, b, false, nil).GetMatchingBlocks()
		require.Equal(t, want, matchingBlocks(a, b), "%q vs %q", strings.Join(a, ""), strings.Join(b, ""))
	}
}
