package match

import "sort"

// Exact-run parameters, in tokens (stop words included).
const (
	minExactTokens = 6  // shorter identical runs inside a passage count as near, not exact
	resyncReach    = 24 // how far a mismatch is searched past for the next agreement
	resyncLen      = 3  // tokens that must agree to resynchronise
)

// segment is a piece of an aligned cluster in token coordinates.
type segment struct {
	a0, a1, b0, b1 int // copy tokens [a0,a1), source tokens [b0,b1)
	exact          bool
}

// splitExact walks copy tokens [a0,a1) against source tokens [b0,b1) and cuts
// them into exact runs of at least minExactTokens and near stretches between
// them. It is greedy and linear: after a mismatch it resynchronises on the
// nearest point where resyncLen tokens agree.
func splitExact(cp, src *document, a0, a1, b0, b1 int) []segment {
	A, B := cp.toks, src.toks
	pos := make(map[string][]int, b1-b0)
	for j := b0; j < b1; j++ {
		pos[B[j].Norm] = append(pos[B[j].Norm], j)
	}
	agree := func(i, j, n int) bool {
		for k := 0; k < n; k++ {
			if i+k >= a1 || j+k >= b1 {
				return i+k >= a1 && j+k >= b1 && k > 0
			}
			if A[i+k].Norm != B[j+k].Norm {
				return false
			}
		}
		return true
	}
	var runs []segment
	i, j := a0, b0
	for i < a1 && j < b1 {
		if A[i].Norm == B[j].Norm {
			s := segment{a0: i, b0: j, exact: true}
			for i < a1 && j < b1 && A[i].Norm == B[j].Norm {
				i++
				j++
			}
			s.a1, s.b1 = i, j
			runs = append(runs, s)
			continue
		}
		bi, bj, found := 0, 0, false
		for ii := i; ii < a1 && ii-i <= resyncReach; ii++ {
			ps := pos[A[ii].Norm]
			for k := sort.SearchInts(ps, j); k < len(ps) && ps[k]-j <= resyncReach; k++ {
				jj := ps[k]
				if found && (ii-i)+(jj-j) >= (bi-i)+(bj-j) {
					break
				}
				if agree(ii, jj, resyncLen) {
					bi, bj, found = ii, jj, true
				}
			}
		}
		if !found {
			break
		}
		i, j = bi, bj
	}
	return fillGaps(runs, a0, a1, b0, b1)
}

// fillGaps keeps long runs as exact segments and turns everything between
// them into near segments; a stretch with nothing on one side is merged with
// its neighbour (an insertion) or dropped (a deletion from the copy).
func fillGaps(runs []segment, a0, a1, b0, b1 int) []segment {
	var out []segment
	pa, pb := a0, b0
	add := func(s segment) {
		if s.a1 <= s.a0 {
			return // nothing of the copy here
		}
		if s.b1 <= s.b0 || !s.exact && len(out) > 0 && !out[len(out)-1].exact {
			if len(out) > 0 {
				last := &out[len(out)-1]
				last.a1, last.b1, last.exact = s.a1, max(last.b1, s.b1), false
				return
			}
			if s.b1 <= s.b0 {
				return
			}
		}
		out = append(out, s)
	}
	for _, r := range runs {
		if r.a1-r.a0 < minExactTokens {
			continue
		}
		add(segment{a0: pa, a1: r.a0, b0: pb, b1: r.b0})
		add(r)
		pa, pb = r.a1, r.b1
	}
	add(segment{a0: pa, a1: a1, b0: pb, b1: b1})
	return out
}
