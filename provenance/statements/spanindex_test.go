package statements

import (
	"math/rand"
	"slices"
	"testing"
)

// TestSpanIndex checks near and overlaps against a scan of every span, on
// random spans that nest, touch, repeat and are empty.
func TestSpanIndex(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 500 {
		spans := make([]span, r.Intn(30))
		for i := range spans {
			a := r.Intn(100)
			spans[i] = span{a, a + r.Intn(1+r.Intn(40))}
		}
		x := newSpanIndex(spans)
		for range 20 {
			a := r.Intn(120) - 10
			b := span{a, a + r.Intn(30)}
			var near []int
			over := false
			for i, s := range spans {
				if s.start <= b.end && s.end >= b.start {
					near = append(near, i)
				}
				over = over || s.start < b.end && b.start < s.end
			}
			if got := x.near(b); !slices.Equal(got, near) {
				t.Fatalf("near(%v) in %v = %v, want %v", b, spans, got, near)
			}
			if got := x.overlaps(b); got != over {
				t.Fatalf("overlaps(%v) in %v = %v, want %v", b, spans, got, over)
			}
		}
	}
}
