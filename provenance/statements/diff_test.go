package statements

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/pmezard/go-difflib/difflib"
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
