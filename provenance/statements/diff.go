package statements

import (
	"sort"

	"github.com/pmezard/go-difflib/difflib"
)

// matchingBlocks returns, block for block, what difflib's
// NewMatcherWithJunk(a, b, false, nil).GetMatchingBlocks() returns: the
// longest common run of a and b, then the same on either side of it, the
// adjacent blocks joined, and the sentinel (len(a), len(b), 0) last.
//
// difflib scans, for each word of a, every position of that word in the
// whole of b even when it looks at a short stretch of b, and keeps its
// run lengths in a new map per word: on a long passage of common words
// (a page-long sentence) that dominates Compare. Here the positions are
// found by binary search and the run lengths kept in two reused arrays,
// which does the same work in the same order, so the blocks are the same.
//
// Each search also stops once no later word of a can end a longer run
// (see longestOfAll): one long quotation repeating a clause with a word
// changed finds its longest run in the clause it starts with, and would
// otherwise rescan the rest of the passage for each clause, the square of
// its length.
func matchingBlocks(a, b []string) []difflib.Match {
	return newMatcher(a, b).matchingBlocks()
}

// matchingBlocks is the package's matchingBlocks on m's a and b.
func (m *matcher) matchingBlocks() []difflib.Match {
	var blocks []difflib.Match
	i, j, k := m.longestOfAll()
	m.around(i, j, k, 0, len(m.a), 0, m.nb, &blocks)
	return joinAdjacent(blocks, len(m.a), m.nb)
}

// opCodes is difflib's GetOpCodes on the blocks of matchingBlocks.
func opCodes(a, b []string) []difflib.OpCode {
	var out []difflib.OpCode
	i, j := 0, 0
	for _, m := range matchingBlocks(a, b) {
		tag := byte(0)
		switch {
		case i < m.A && j < m.B:
			tag = 'r'
		case i < m.A:
			tag = 'd'
		case j < m.B:
			tag = 'i'
		}
		if tag > 0 {
			out = append(out, difflib.OpCode{Tag: tag, I1: i, I2: m.A, J1: j, J2: m.B})
		}
		i, j = m.A+m.Size, m.B+m.Size
		if m.Size > 0 {
			out = append(out, difflib.OpCode{Tag: 'e', I1: m.A, I2: i, J1: m.B, J2: j})
		}
	}
	return out
}

// matcher holds a as word ids (-1 for a word b lacks), the length of b,
// and each word's positions in b in increasing order.
type matcher struct {
	a    []int
	nb   int
	pos  [][]int
	runs runs
	// after[i] is the longest run of a and b as wholes that ends at a word
	// of a from i on (after[len(a)] is 0), or nil before longestOfAll: no
	// range of a search holds a longer one.
	after []int
}

// runs holds the run lengths of the matches ending at each position of b
// for the last two words of a, and which positions are set, to clear them.
type runs struct {
	prev, cur       []int
	prevSet, curSet []int
}

func newMatcher(a, b []string) *matcher {
	ids := make(map[string]int, len(b))
	var pos [][]int
	for j, w := range b {
		id, ok := ids[w]
		if !ok {
			id = len(pos)
			ids[w] = id
			pos = append(pos, nil)
		}
		pos[id] = append(pos[id], j)
	}
	aids := make([]int, len(a))
	for i, w := range a {
		id, ok := ids[w]
		if !ok {
			id = -1 // a word b lacks matches nothing
		}
		aids[i] = id
	}
	return matcherOf(aids, len(b), pos)
}

// matcherOf is the matcher of a, as word ids, and a b of nb words whose
// words stand at positions pos, which it reads and does not change.
func matcherOf(a []int, nb int, pos [][]int) *matcher {
	return &matcher{a: a, nb: nb, pos: pos, runs: runs{prev: make([]int, nb), cur: make([]int, nb)}}
}

// blocks appends the matching blocks of a[alo:ahi] and b[blo:bhi] in
// order, as difflib's recursion does.
func (m *matcher) blocks(alo, ahi, blo, bhi int, out *[]difflib.Match) {
	i, j, k := m.longest(alo, ahi, blo, bhi)
	m.around(i, j, k, alo, ahi, blo, bhi, out)
}

// around appends the blocks of the ranges before the longest run a[i:i+k]
// == b[j:j+k] of the ranges, the run, and the blocks after it.
func (m *matcher) around(i, j, k, alo, ahi, blo, bhi int, out *[]difflib.Match) {
	if k == 0 {
		return
	}
	if alo < i && blo < j {
		m.blocks(alo, i, blo, j, out)
	}
	*out = append(*out, difflib.Match{A: i, B: j, Size: k})
	if i+k < ahi && j+k < bhi {
		m.blocks(i+k, ahi, j+k, bhi, out)
	}
}

// longest is difflib's findLongestMatch without junk: the longest run
// a[i:i+k] == b[j:j+k] in the ranges, the earliest in a, then in b, of
// those as long; (alo, blo, 0) when none. The rows are kept in locals, not
// in m, so the loop writes no pointers to the heap. It stops after the
// row of a past which no run is longer than the best found: a later run
// as long loses to the earlier, so the answer is the same.
func (m *matcher) longest(alo, ahi, blo, bhi int) (int, int, int) {
	r := m.runs
	besti, bestj, best := alo, blo, 0
	for i := alo; i < ahi; i++ {
		if j, k := m.row(&r, i, blo, bhi); k > best {
			besti, bestj, best = i-k+1, j-k+1, k
		}
		r.next()
		if m.after != nil && m.after[i+1] <= best {
			break
		}
	}
	r.next() // clears the last row
	m.runs = r
	// difflib then extends the run over junk and words too common to
	// index; there are neither here, so it stays as found
	return besti, bestj, best
}

// row sets in r.cur the run lengths of the matches of a[i] in b[blo:bhi],
// from the previous row's, and returns the first end j of the longest, k.
func (m *matcher) row(r *runs, i, blo, bhi int) (int, int) {
	id := m.a[i]
	if id < 0 {
		return blo, 0
	}
	bestj, best := blo, 0
	ps := m.pos[id]
	for _, j := range ps[sort.SearchInts(ps, blo):] {
		if j >= bhi {
			break
		}
		k := 1
		if j > blo {
			k = r.prev[j-1] + 1
		}
		r.cur[j] = k
		r.curSet = append(r.curSet, j)
		if k > best {
			bestj, best = j, k
		}
	}
	return bestj, best
}

// longestOfAll is longest over the whole of a and b, which it scans to the
// end, and fills m.after from the longest run ending at each word of a: a
// run within any ranges is part of one of those, so no longer.
func (m *matcher) longestOfAll() (int, int, int) {
	r := m.runs
	after := make([]int, len(m.a)+1)
	besti, bestj, best := 0, 0, 0
	for i := range m.a {
		j, k := m.row(&r, i, 0, m.nb)
		if k > best {
			besti, bestj, best = i-k+1, j-k+1, k
		}
		after[i] = k
		r.next()
	}
	r.next()
	m.runs = r
	for i := len(m.a) - 1; i >= 0; i-- {
		after[i] = max(after[i], after[i+1])
	}
	m.after = after
	return besti, bestj, best
}

// next makes the current row the previous one and clears the other.
func (r *runs) next() {
	for _, j := range r.prevSet {
		r.prev[j] = 0
	}
	r.prev, r.cur = r.cur, r.prev
	r.prevSet, r.curSet = r.curSet, r.prevSet[:0]
}

// joinAdjacent merges blocks that continue one another and appends the
// sentinel, as GetMatchingBlocks does.
func joinAdjacent(blocks []difflib.Match, na, nb int) []difflib.Match {
	out := []difflib.Match{}
	i1, j1, k1 := 0, 0, 0
	for _, b := range blocks {
		if i1+k1 == b.A && j1+k1 == b.B {
			k1 += b.Size
			continue
		}
		if k1 > 0 {
			out = append(out, difflib.Match{A: i1, B: j1, Size: k1})
		}
		i1, j1, k1 = b.A, b.B, b.Size
	}
	if k1 > 0 {
		out = append(out, difflib.Match{A: i1, B: j1, Size: k1})
	}
	return append(out, difflib.Match{A: na, B: nb, Size: 0})
}
