// Package match measures how much of one text comes from another and aligns
// the passages they share, surviving synonym swaps and sentence reordering.
//
// # Method
//
// Both texts go through the text package's analysis chain; stop words are
// dropped and content words are compared by Snowball stem.
//
// Candidate ranking uses Fingerprint: winnowing (Schleimer et al. 2003) over
// content-word stem bigrams with a window of 4, which guarantees that any run
// of 5 or more content words shared by two texts yields a shared fingerprint
// while keeping about 40% of the bigrams. Fingerprints.Containment is the
// share of a copy's fingerprints found in a candidate source.
//
// Align works in three steps, after the PAN text-alignment systems:
//   - seed: every content bigram shared by both texts (bigrams occurring more
//     than 16 times in either text are ignored: boilerplate and repetitions
//     would otherwise make the work quadratic);
//   - extend: seeds that follow each other in both texts (gaps of at most 8
//     content words, drift of at most 4) form clusters; overlapping clusters
//     are resolved in favour of the one with more seeds, so reordered
//     sentences simply form separate clusters;
//   - merge: each cluster is walked token by token (stop words included):
//     identical runs of 6 or more tokens become exact passages, the stretches
//     between them near passages (Score = Dice of their words).
//
// Copy sentences that remain less than half covered are then matched as
// paraphrases: source sentences are found through an inverted index of their
// rarer stems (stems in more than 32 source sentences are not used to find
// candidates), and a pair scores the geometric mean of the IDF-weighted share
// of each sentence explained by the other (IDF over the sentences of both
// texts). Pairs sharing no name or number (a capitalised word not opening a
// sentence, or a digit) are discounted by 20%. Pairs scoring 0.4 or more and
// sharing 3 or more stems are kept; a copy sentence merging two source
// sentences gets a passage for each.
//
// # Scores and relation
//
// Shares count content words of the copy. Every copy word covered by a
// passage gets a weight: for exact and near passages, min(1, seeds/6), so
// short isolated matches (a shared phrase, a byline) count less than long
// dense runs; for paraphrases, the pair's score. Containment is the mean
// weight over the copy's content words, Coverage the same over the source's.
// VerbatimShare is the share of copy words inside exact passages,
// RewrittenShare the share inside near or paraphrase passages only.
//
// The relation follows, first rule that holds:
//   - verbatim:  VerbatimShare >= 0.8, and at least 90% of the copy words in
//     passages are in exact ones (VerbatimShare >= 0.9 x (VerbatimShare +
//     RewrittenShare)), so a lightly spun copy is rewritten, not verbatim
//   - rewritten: Containment >= 0.45
//   - partial:   Containment >= 0.18, or Coverage >= 0.18 with Containment >= 0.09
//   - unrelated: otherwise.
//
// A copy is "derived" when its relation is not unrelated. On the Clough &
// Stevenson corpus (go run ./cmd/provbench reuse) this gives precision 1.00,
// recall 0.93 (F1 0.96); non-derived answers on the same topic reach at most
// 0.16 containment, heavily revised ones start at 0.14 (one case) and
// otherwise 0.21.
//
// Passages may overlap in the copy only where a paraphrase sentence also
// holds a short exact or near passage, or merges two source sentences.
package match
