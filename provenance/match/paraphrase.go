package match

import (
	"math"
	"slices"
)

// Paraphrase parameters.
const (
	paraMinScore     = 0.35 // sentence pairs scoring less are not paraphrases
	paraMinShared    = 3    // content words two sentences must share
	paraCandidates   = 3    // source sentences scored in full per copy sentence
	paraMaxDF        = 32   // terms in more source sentences than this are not used to find candidates
	anchorBoost      = 3.0  // weight of names and numbers relative to other words
	paraMinCopyShare = 0.2  // share of the copy sentence a source sentence must explain
)

// sentPair is a copy sentence matched to a source sentence.
type sentPair struct {
	c, s  int
	score float64
}

// idfTable weighs stems by how few sentences of the two texts hold them.
type idfTable map[uint32]float64

func newIDF(docs ...*document) idfTable {
	df := map[uint32]int{}
	n := 0
	for _, d := range docs {
		for _, st := range d.sents {
			for _, id := range uniqueIDs(d.ids[st.c0:st.c1]) {
				df[id]++
			}
			n++
		}
	}
	idf := make(idfTable, len(df))
	for id, f := range df {
		idf[id] = math.Log(1 + float64(n)/float64(f))
	}
	return idf
}

func uniqueIDs(ids []uint32) []uint32 {
	u := slices.Clone(ids)
	slices.Sort(u)
	return slices.Compact(u)
}

// matchSentences pairs the copy sentences listed in want with source
// sentences sharing names, numbers and rare words. Candidates come from an
// inverted index of the source's rarer terms, so the cost is bounded by
// paraMaxDF per copy word rather than by sentences x sentences.
func matchSentences(cp, src *document, want []int, idf idfTable) []sentPair {
	srcSets := make([][]uint32, len(src.sents))
	index := map[uint32][]int{}
	for n, st := range src.sents {
		srcSets[n] = uniqueIDs(src.ids[st.c0:st.c1])
		for _, id := range srcSets[n] {
			index[id] = append(index[id], n)
		}
	}
	anchors := anchorSet(cp, src)
	var out []sentPair
	acc := map[int]float64{}
	for _, c := range want {
		st := cp.sents[c]
		set := uniqueIDs(cp.ids[st.c0:st.c1])
		clear(acc)
		for _, id := range set {
			if post := index[id]; len(post) <= paraMaxDF {
				for _, s := range post {
					acc[s] += idf[id]
				}
			}
		}
		cands := topCandidates(acc, paraCandidates)
		rest := set
		for round := 0; round < 2 && len(cands) > 0; round++ {
			best, bestScore := -1, 0.0
			for _, s := range cands {
				if sc := pairScore(rest, set, srcSets[s], idf, anchors); sc > bestScore {
					best, bestScore = s, sc
				}
			}
			if best < 0 || bestScore < paraMinScore {
				break
			}
			out = append(out, sentPair{c: c, s: best, score: bestScore})
			// A merged copy sentence may hold a second source sentence:
			// look for it among the words the first did not explain.
			rest = minus(rest, srcSets[best])
			cands = slices.DeleteFunc(cands, func(s int) bool { return s == best })
		}
	}
	return out
}

func topCandidates(acc map[int]float64, n int) []int {
	cs := make([]int, 0, len(acc))
	for s := range acc {
		cs = append(cs, s)
	}
	slices.SortFunc(cs, func(a, b int) int {
		if acc[a] != acc[b] {
			if acc[a] > acc[b] {
				return -1
			}
			return 1
		}
		return a - b
	})
	return cs[:min(n, len(cs))]
}

// anchorSet holds the stems used as names or numbers anywhere in either
// text: a capitalised word not opening a sentence, or a word with a digit.
func anchorSet(docs ...*document) map[uint32]bool {
	m := map[uint32]bool{}
	for _, d := range docs {
		for k, a := range d.anchor {
			if a {
				m[d.ids[k]] = true
			}
		}
	}
	return m
}

// pairScore is the geometric mean of the IDF-weighted share of the copy
// sentence explained by the source sentence (counting only words in rest)
// and the share of the source sentence reused. Names and numbers weigh
// anchorBoost times their IDF, since rewriters keep them while swapping
// ordinary words; pairs sharing none are discounted, since same-topic texts
// share vocabulary but rarely the same particulars.
func pairScore(rest, all, src []uint32, idf idfTable, anchors map[uint32]bool) float64 {
	w := func(id uint32) float64 {
		if anchors[id] {
			return anchorBoost * idf[id]
		}
		return idf[id]
	}
	var wa, ws, shared float64
	n, na := 0, 0
	for _, id := range all {
		wa += w(id)
	}
	for _, id := range src {
		ws += w(id)
	}
	for _, id := range rest {
		if _, ok := slices.BinarySearch(src, id); ok {
			shared += w(id)
			n++
			if anchors[id] {
				na++
			}
		}
	}
	if wa == 0 || ws == 0 || n < paraMinShared && (n < 2 || na < 2) {
		return 0
	}
	if shared/wa < paraMinCopyShare {
		return 0
	}
	score := shared / ws
	switch {
	case na == 0:
		score *= 0.8
	case na >= 2:
		// Three shared names or numbers in one sentence pair rarely happen
		// by chance, even when every other word was replaced.
		score = min(1, score*1.3)
	}
	return score
}

func minus(a, b []uint32) []uint32 {
	out := make([]uint32, 0, len(a))
	for _, id := range a {
		if _, ok := slices.BinarySearch(b, id); !ok {
			out = append(out, id)
		}
	}
	return out
}
