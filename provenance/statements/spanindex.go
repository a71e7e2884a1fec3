package statements

import (
	"slices"
	"sort"
)

// spanIndex finds, among many spans, those that meet a region, without
// testing each: Compare asks it for every statement of the copy about the
// statements of the source, and a page of thousands of quotes would
// otherwise cost the square of their number.
type spanIndex struct {
	order  []int // span ids by start
	starts []int // the spans' starts, in that order
	ends   []int
	maxEnd []int // segment tree: the latest end in each range of order
	size   int   // leaves of the tree, a power of two
	// upTo[p] is the latest end of the spans at positions before p
	upTo []int
}

func newSpanIndex(spans []span) *spanIndex {
	x := &spanIndex{order: make([]int, len(spans)), size: 1}
	for i := range x.order {
		x.order[i] = i
	}
	sort.SliceStable(x.order, func(a, b int) bool { return spans[x.order[a]].start < spans[x.order[b]].start })
	for _, id := range x.order {
		x.starts = append(x.starts, spans[id].start)
		x.ends = append(x.ends, spans[id].end)
	}
	for x.size < len(spans) {
		x.size *= 2
	}
	x.maxEnd = make([]int, 2*x.size)
	for i := range x.maxEnd {
		x.maxEnd[i] = minInt
	}
	for p, e := range x.ends {
		x.maxEnd[x.size+p] = e
	}
	for n := x.size - 1; n > 0; n-- {
		x.maxEnd[n] = max(x.maxEnd[2*n], x.maxEnd[2*n+1])
	}
	x.upTo = []int{minInt}
	for p, e := range x.ends {
		x.upTo = append(x.upTo, max(x.upTo[p], e))
	}
	return x
}

// overlaps reports whether a span shares a point with b: s.start < b.end
// and b.start < s.end.
func (x *spanIndex) overlaps(b span) bool {
	return x.upTo[sort.SearchInts(x.starts, b.end)] > b.start
}

const minInt = -int(^uint(0)>>1) - 1

// near returns, in increasing order, the ids of the spans s that meet or
// touch b (s.start <= b.end and s.end >= b.start): every span that a test
// of overlap or cover with b can accept, so a loop over them in id order
// decides as a loop over all spans does.
func (x *spanIndex) near(b span) []int {
	p := sort.SearchInts(x.starts, b.end+1) // spans starting at or before b.end
	var out []int
	x.collect(1, 0, x.size, p, b.start, &out)
	if !slices.IsSorted(out) {
		slices.Sort(out)
	}
	return out
}

// collect adds the ids of the spans at positions [lo, hi) of node n, below
// p, that end at or after from; a node whose spans all end before from is
// skipped whole.
func (x *spanIndex) collect(n, lo, hi, p, from int, out *[]int) {
	if lo >= p || x.maxEnd[n] < from {
		return
	}
	if hi-lo == 1 {
		*out = append(*out, x.order[lo])
		return
	}
	mid := (lo + hi) / 2
	x.collect(2*n, lo, mid, p, from, out)
	x.collect(2*n+1, mid, hi, p, from, out)
}
