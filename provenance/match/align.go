package match

import (
	"slices"
	"strings"

	"github.com/provcheck/provcheck/provenance/text"
)

// Scoring parameters; see the package documentation.
const (
	minClusterSeeds   = 2    // a lone shared bigram is not a passage
	denseSeeds        = 6    // passages with fewer shared bigrams count in proportion
	isolationReach    = 60   // content words around a passage searched for other passages...
	isolationSeeds    = 12   // ...and the seeds they must hold together for full weight
	paraphraseUnclaim = 0.5  // copy sentences less covered than this are tried as paraphrases
	paraDense         = 5    // sentences around a paraphrase looked at for its density...
	paraDenseHits     = 3    // ...of which this many matched give it full weight
	verbatimAt        = 0.8  // VerbatimShare from which a pure copy is verbatim even below rewrittenAt
	verbatimPure      = 0.9  // share of the taken words that must be exact for verbatim
	rewrittenAt       = 0.45 // Containment from which a copy is verbatim or rewritten
	partialAt         = 0.18 // Containment (or Coverage) from which a copy is partial
)

// Align finds the passages of copyText taken from sourceText and scores how
// much was taken and how it was changed. It never fails: empty or wordless
// texts give an Unrelated result with no passages.
func Align(copyText, sourceText string, opts Options) Result {
	v := vocab{}
	cp := analyse(copyText, opts.Language, v)
	src := analyse(sourceText, opts.Language, v)
	res := Result{Relation: Unrelated, Passages: []Passage{}}
	if len(cp.content) == 0 || len(src.content) == 0 {
		return res
	}
	clusters := selectClusters(clusterSeeds(findSeeds(cp, src)), minClusterSeeds)
	segs := make([][]segment, len(clusters))
	cover := make([]float64, len(cp.content)) // which copy words clusters explain
	for n, c := range clusters {
		segs[n] = clusterSegments(cp, src, c)
		for _, s := range segs[n] {
			for k := contentIndex(cp, s.a0); k < len(cp.content) && cp.content[k] < s.a1; k++ {
				cover[k] = max(cover[k], density(c))
			}
		}
	}
	// cw and sw say how surely each copy word was taken and each source
	// word reused; paraphrases fill them first, clusters then raise them.
	cw := make([]float64, len(cp.content))
	sw := make([]float64, len(src.content))
	exactW := make([]bool, len(cp.content))
	paras, paraWords := paraphrases(cp, src, cover, cw, sw)
	res.Passages = append(res.Passages, paras...)
	evidence := prefixSums(paraWords)
	for n, c := range clusters {
		w := density(c) * isolation(clusters, n, evidence)
		res.Passages = append(res.Passages, segmentPassages(cp, src, segs[n], w, cw, sw, exactW)...)
	}
	slices.SortStableFunc(res.Passages, func(a, b Passage) int {
		if a.Copy.Start != b.Copy.Start {
			return a.Copy.Start - b.Copy.Start
		}
		if a.Source.Start != b.Source.Start {
			return a.Source.Start - b.Source.Start
		}
		return strings.Compare(a.Kind, b.Kind)
	})
	score(&res, cw, sw, exactW)
	return res
}

// density weighs a cluster by its shared bigrams: a short match counts in
// proportion.
func density(c cluster) float64 { return min(1, float64(c.seeds)/denseSeeds) }

// clusterSegments cuts one cluster into exact and near segments in token
// coordinates.
func clusterSegments(cp, src *document, c cluster) []segment {
	a0, a1 := cp.content[c.c0], cp.content[c.c1-1]+1
	b0, b1 := src.content[c.s0], src.content[c.s1-1]+1
	return splitExact(cp, src, a0, a1, b0, b1)
}

// segmentPassages turns a cluster's segments into passages and marks the
// words they cover with weight w.
func segmentPassages(cp, src *document, segs []segment, w float64, cw, sw []float64, exactW []bool) []Passage {
	var out []Passage
	for _, s := range segs {
		p := Passage{Kind: KindNear, Copy: cp.span(s.a0, s.a1), Source: src.span(s.b0, s.b1), Score: 1}
		if s.exact {
			p.Kind = KindExact
		} else {
			p.Score = dice(cp.toks[s.a0:s.a1], src.toks[s.b0:s.b1])
		}
		out = append(out, p)
		for k := contentIndex(cp, s.a0); k < len(cp.content) && cp.content[k] < s.a1; k++ {
			cw[k] = max(cw[k], w)
			exactW[k] = exactW[k] || s.exact
		}
		for k := contentIndex(src, s.b0); k < len(src.content) && src.content[k] < s.b1; k++ {
			sw[k] = max(sw[k], w)
		}
	}
	return out
}

// isolation discounts a cluster with little matched text around it in the
// copy: the seeds of the clusters within isolationReach content words of it
// plus the copy words of paraphrased sentences there, over isolationSeeds,
// capped at 1. A lone shared blurb or byline thus counts for less than the
// same words inside a run of copied or rewritten passages. clusters must be
// sorted by copy position; evidence is the prefix sum of paraphrased words.
func isolation(clusters []cluster, n int, evidence []int) float64 {
	c := clusters[n]
	seeds := c.seeds
	for k := n - 1; k >= 0 && c.c0-clusters[k].c1 <= isolationReach; k-- {
		seeds += clusters[k].seeds
	}
	for k := n + 1; k < len(clusters) && clusters[k].c0-c.c1 <= isolationReach; k++ {
		seeds += clusters[k].seeds
	}
	lo, hi := max(0, c.c0-isolationReach), min(len(evidence)-1, c.c1+isolationReach)
	seeds += evidence[hi] - evidence[lo]
	return min(1, float64(seeds)/isolationSeeds)
}

func prefixSums(marks []bool) []int {
	out := make([]int, len(marks)+1)
	for i, m := range marks {
		out[i+1] = out[i]
		if m {
			out[i+1]++
		}
	}
	return out
}

// paraphrases aligns the copy sentences that clusters left mostly
// unexplained (cover), fills cw and sw with the pairs' weights and reports
// which copy words lie in paraphrased sentences.
func paraphrases(cp, src *document, cover, cw, sw []float64) ([]Passage, []bool) {
	words := make([]bool, len(cp.content))
	var want []int
	for n, st := range cp.sents {
		covered := 0.0
		for k := st.c0; k < st.c1; k++ {
			covered += cover[k]
		}
		if st.c1 > st.c0 && covered/float64(st.c1-st.c0) < paraphraseUnclaim {
			want = append(want, n)
		}
	}
	if len(want) == 0 {
		return nil, words
	}
	pairs := matchSentences(cp, src, want, newIDF(cp, src))
	matched := map[int]bool{}
	for _, m := range pairs {
		matched[m.c] = true
	}
	var out []Passage
	for _, m := range pairs {
		cs, ss := cp.sents[m.c], src.sents[m.s]
		out = append(out, Passage{
			Kind:   KindParaphrase,
			Copy:   cp.span(cp.content[cs.c0], cp.content[cs.c1-1]+1),
			Source: src.span(src.content[ss.c0], src.content[ss.c1-1]+1),
			Score:  m.score,
		})
		// An isolated paraphrase (a sentence restating a common fact)
		// counts less than a run of them.
		w := m.score * neighbourhood(matched, m.c, len(cp.sents))
		for k := cs.c0; k < cs.c1; k++ {
			cw[k] = max(cw[k], w)
			words[k] = true
		}
		for k := ss.c0; k < ss.c1; k++ {
			sw[k] = max(sw[k], w)
		}
	}
	return out, words
}

// neighbourhood is the share of paraDense sentences around copy sentence c
// (itself included) that also matched, over paraDenseHits: 1 in a run of
// paraphrases, less for an isolated one.
func neighbourhood(matched map[int]bool, c, n int) float64 {
	hits := 0
	for k := max(0, c-paraDense/2); k <= c+paraDense/2 && k < n; k++ {
		if matched[k] {
			hits++
		}
	}
	return min(1, float64(hits)/paraDenseHits)
}

// contentIndex is the first content position whose token index is >= t.
func contentIndex(d *document, t int) int {
	k, _ := slices.BinarySearch(d.content, t)
	return k
}

// dice is the multiset Dice coefficient of two token runs' normalised words.
func dice(a, b []text.Token) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	count := make(map[string]int, len(a))
	for _, t := range a {
		count[t.Norm]++
	}
	shared := 0
	for _, t := range b {
		if count[t.Norm] > 0 {
			count[t.Norm]--
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b))
}

// score fills the shares and the relation from the per-word weights.
func score(res *Result, cw, sw []float64, exactW []bool) {
	var sumC, sumS float64
	var exact, rewritten int
	for k, w := range cw {
		sumC += w
		switch {
		case exactW[k]:
			exact++
		case w > 0:
			rewritten++
		}
	}
	for _, w := range sw {
		sumS += w
	}
	n := float64(len(cw))
	res.Containment = sumC / n
	res.Coverage = sumS / float64(len(sw))
	res.VerbatimShare = float64(exact) / n
	res.RewrittenShare = float64(rewritten) / n
	res.TakenShare = float64(exact+rewritten) / n
	res.Relation = relation(*res)
}

// relation applies the documented thresholds: how much was taken first,
// then how. A copy taking enough is verbatim when nearly all the words it
// took are exact, whatever it adds of its own, and rewritten otherwise.
func relation(r Result) Relation {
	pure := r.VerbatimShare >= verbatimPure*(r.VerbatimShare+r.RewrittenShare)
	switch {
	case pure && (r.Containment >= rewrittenAt || r.VerbatimShare >= verbatimAt):
		return Verbatim
	case r.Containment >= rewrittenAt:
		return Rewritten
	case r.Containment >= partialAt || r.Coverage >= partialAt && r.Containment >= partialAt/2:
		return Partial
	}
	return Unrelated
}
