package match

import (
	"slices"

	"github.com/provcheck/provcheck/provenance/text"
)

// Winnowing parameters: fingerprints are the minimum hashes of every window
// of fpWindow consecutive k-grams of fpK content-word stems, so any run of
// fpK+fpWindow-1 content words shared by two texts yields at least one shared
// fingerprint (the winnowing guarantee), while about 2/(fpWindow+1) of the
// k-grams are kept.
const (
	fpK      = 2
	fpWindow = 4
)

// Fingerprints is a compact, order-free summary of a text for fast candidate
// ranking: the winnowed hashes of its content-word stem bigrams.
// The hash is FNV-1a, so fingerprints are stable across processes.
type Fingerprints struct {
	hashes []uint64 // sorted, unique
}

// Fingerprint summarises s. It costs one tokenisation and allocates about
// one word per four content words of s.
func Fingerprint(s string, opts Options) *Fingerprints {
	toks := text.Tokenize(s, opts.Language)
	stems := make([]string, 0, len(toks))
	for _, t := range toks {
		if !t.Stop {
			stems = append(stems, t.Stem)
		}
	}
	return &Fingerprints{hashes: winnow(kgramHashes(stems))}
}

// Len is the number of fingerprints kept.
func (f *Fingerprints) Len() int {
	if f == nil {
		return 0
	}
	return len(f.hashes)
}

// Containment is the share (0..1) of f's fingerprints that g also has: high
// when the text of f was taken from the text of g, whatever else g holds.
// It is 0 when f is empty.
func (f *Fingerprints) Containment(g *Fingerprints) float64 {
	if f.Len() == 0 || g.Len() == 0 {
		return 0
	}
	shared, i, j := 0, 0, 0
	for i < len(f.hashes) && j < len(g.hashes) {
		switch a, b := f.hashes[i], g.hashes[j]; {
		case a == b:
			shared++
			i++
			j++
		case a < b:
			i++
		default:
			j++
		}
	}
	return float64(shared) / float64(len(f.hashes))
}

func kgramHashes(stems []string) []uint64 {
	if len(stems) == 0 {
		return nil
	}
	k := min(fpK, len(stems))
	out := make([]uint64, 0, len(stems)-k+1)
	for i := 0; i+k <= len(stems); i++ {
		h := uint64(fnvOffset)
		for _, s := range stems[i : i+k] {
			h = fnv1a(h, s)
			h *= fnvPrime // word separator: "ab c" and "a bc" hash apart
		}
		out = append(out, h)
	}
	return out
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv1a(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// winnow keeps the rightmost minimum of every window of hashes (Schleimer,
// Wilkerson and Aiken 2003), returned sorted and unique.
func winnow(hs []uint64) []uint64 {
	if len(hs) <= fpWindow {
		out := slices.Clone(hs)
		slices.Sort(out)
		return slices.Compact(out)
	}
	out := make([]uint64, 0, 2*len(hs)/(fpWindow+1)+1)
	last := -1
	for i := 0; i+fpWindow <= len(hs); i++ {
		m := i
		for j := i + 1; j < i+fpWindow; j++ {
			if hs[j] <= hs[m] {
				m = j
			}
		}
		if m != last {
			out = append(out, hs[m])
			last = m
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
