package match

import (
	"slices"
)

// Seeding and clustering parameters, in content words.
const (
	seedMaxOcc  = 16 // bigrams more frequent than this in either text seed nothing
	clusterGap  = 8  // seeds further apart than this in either text start a new cluster
	clusterSkew = 4  // tolerated drift between the copy and source gaps of a cluster
)

type seed struct{ i, j int32 } // content positions in copy and source

// cluster is a run of seeds close together in both texts: one passage
// candidate, in content-word coordinates [c0, c1) x [s0, s1).
type cluster struct {
	c0, c1, s0, s1 int
	lastI, lastJ   int
	seeds          int
}

func bigramKey(ids []uint32, k int) uint64 { return uint64(ids[k])<<32 | uint64(ids[k+1]) }

// findSeeds pairs every content bigram of the copy with the places it occurs
// in the source. Bigrams common in either text (boilerplate, repetitions)
// are skipped so the work stays linear in the texts' length.
func findSeeds(cp, src *document) []seed {
	if len(cp.ids) < 2 || len(src.ids) < 2 {
		return nil
	}
	index := make(map[uint64][]int32, len(src.ids))
	for k := 0; k+1 < len(src.ids); k++ {
		key := bigramKey(src.ids, k)
		if l := index[key]; len(l) <= seedMaxOcc {
			index[key] = append(l, int32(k))
		}
	}
	copyCount := make(map[uint64]int, len(cp.ids))
	for k := 0; k+1 < len(cp.ids); k++ {
		copyCount[bigramKey(cp.ids, k)]++
	}
	var seeds []seed
	for k := 0; k+1 < len(cp.ids); k++ {
		key := bigramKey(cp.ids, k)
		l := index[key]
		if len(l) == 0 || len(l) > seedMaxOcc || copyCount[key] > seedMaxOcc {
			continue
		}
		for _, j := range l {
			seeds = append(seeds, seed{int32(k), j})
		}
	}
	return seeds
}

// clusterSeeds groups seeds (sorted by copy position, as findSeeds returns
// them) that follow one another in both texts, the "extend" step of
// seed-extend-merge alignment.
func clusterSeeds(seeds []seed) []cluster {
	var done, active []cluster
	for _, s := range seeds {
		i, j := int(s.i), int(s.j)
		// Retire clusters the copy has moved past.
		kept := active[:0]
		for _, c := range active {
			if i-c.lastI > clusterGap {
				done = append(done, c)
			} else {
				kept = append(kept, c)
			}
		}
		active = kept
		best, bestCost := -1, 0
		for n, c := range active {
			di, dj := i-c.lastI, j-c.lastJ
			if dj < 0 || dj > clusterGap || (di == 0 && dj == 0) {
				continue
			}
			skew := di - dj
			if skew < 0 {
				skew = -skew
			}
			if skew > clusterSkew {
				continue
			}
			if cost := di + dj + 2*skew; best < 0 || cost < bestCost {
				best, bestCost = n, cost
			}
		}
		if best < 0 {
			active = append(active, cluster{c0: i, c1: i + 2, s0: j, s1: j + 2, lastI: i, lastJ: j, seeds: 1})
			continue
		}
		c := &active[best]
		c.lastI, c.lastJ = i, j
		c.c1 = max(c.c1, i+2)
		c.s0, c.s1 = min(c.s0, j), max(c.s1, j+2)
		c.seeds++
	}
	return append(done, active...)
}

// selectClusters keeps the strongest clusters that do not overlap in the
// copy: every copy word is attributed to at most one source stretch.
func selectClusters(cs []cluster, minSeeds int) []cluster {
	cs = slices.DeleteFunc(cs, func(c cluster) bool { return c.seeds < minSeeds })
	slices.SortFunc(cs, func(a, b cluster) int {
		if a.seeds != b.seeds {
			return b.seeds - a.seeds
		}
		if a.c0 != b.c0 {
			return a.c0 - b.c0
		}
		return a.s0 - b.s0
	})
	var out []cluster
	for _, c := range cs {
		ok := true
		for _, o := range out {
			if c.c0 < o.c1 && o.c0 < c.c1 {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b cluster) int { return a.c0 - b.c0 })
	return out
}
