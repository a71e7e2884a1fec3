// Package match measures how much of one text comes from another and aligns
// the passages they share, surviving synonym swaps and sentence reordering.
//
// # Method
//
// Both texts go through the text package's analysis chain; stop words are
// dropped and content words are compared by Snowball stem.
//
// Fingerprint is the cheap scorer for ranking many candidate sources (the
// reuse benchmark ranks its sources with it; the checker aligns the few
// references a page gives in full): winnowing (Schleimer et al. 2003) over
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
// candidates, so there is no sentence x sentence pass), and the 3 best
// candidates are scored in full. Words weigh their IDF over the sentences
// of both texts; names and numbers (a capitalised word of two or more
// letters not opening a sentence, or a word with a digit) weigh 3 times
// that, since rewriters keep them while swapping ordinary words. A pair
// scores the weighted share of the source sentence found in the copy
// sentence, provided the source sentence also explains at least 20% of the
// copy sentence; the score is cut by 20% when no name or number is shared
// and raised by 30% (capped at 1) when two or more are. Pairs scoring 0.35
// or more and sharing 3 or more stems (or 2 names or numbers) are kept; a
// copy sentence merging two source sentences gets a passage for each.
//
// # Scores and relation
//
// Shares count content words of the copy. Every copy word covered by a
// passage gets a weight, and boilerplate is kept from dominating by
// weighing matches by their density:
//   - exact and near passages: min(1, seeds/6) for the cluster's shared
//     bigrams, times min(1, evidence/12) where evidence counts the seeds of
//     all clusters and the words of paraphrased sentences within 60 content
//     words of it, so a short isolated match (a byline, a newsletter blurb)
//     counts for less than the same words inside a run of copied text;
//   - paraphrases: the pair's score times min(1, h/3), h being the matched
//     sentences among the five around it, so one sentence restating a
//     common fact counts less than a run of rewritten sentences.
//
// TakenShare is the share of the copy's content words inside any passage:
// the words taken from the source, verbatim or reworded, the figure an
// editor reads as "how much of the copy comes from the original".
// VerbatimShare is the share inside exact passages, RewrittenShare the share
// inside near or paraphrase passages only; the two add up to TakenShare.
// Containment is the mean weight over the copy's content words, Coverage
// the same over the source's: a similarity-weighted score that ranks
// candidate sources and sets the relation, and reads lower than TakenShare
// for spun copies (a paraphrased sentence counts its pair's score, not 1).
//
// The relation says how much was taken, then how, first rule that holds:
//   - verbatim:  Containment >= 0.45 (or VerbatimShare >= 0.8), and at
//     least 90% of the copy words in passages are in exact ones
//     (VerbatimShare >= 0.9 x TakenShare): the original word for word,
//     whatever the copy adds of its own, while a lightly spun copy is
//     rewritten
//   - rewritten: Containment >= 0.45
//   - partial:   Containment >= 0.18, or Coverage >= 0.18 with Containment >= 0.09
//   - unrelated: otherwise.
//
// A copy is "derived" when its relation is not unrelated. Measured with
// go run ./cmd/provbench reuse (Clough & Stevenson, 95 answers): the right
// source ranks first for all 57 derived answers, Spearman's rho against
// cut > light > heavy > non is 0.76, and derived-vs-not reaches precision
// 0.96, recall 0.95, F1 0.96 (two "cut" answers copy Wikipedia text missing
// from the source extract and cannot be found). With go run ./cmd/provbench
// spin (fictional texts in testdata/spin): recall 1.00 up to 30% of words
// swapped, 0.95 at 40%, about 0.3 at 50-60% where only names, numbers and
// stop words are left; no unrelated text, on the same topic or another, is
// judged derived. TakenShare against the true share of copied words: 0.97,
// 0.89, 0.81 and 0.67 for copies entirely spun at 10, 20, 30 and 40%
// (Containment 0.97, 0.82, 0.60, 0.36); 0.48 for spun parts making 0.53 of
// a copy (Containment 0.44). On Clough & Stevenson's short answers, whose
// non-derived answers discuss the same question, TakenShare reads 0.22 for
// them (Containment 0.07): it counts every word of a weak match, so it is
// the figure to quote for a copy already judged derived, not a detector.
//
// Passages may overlap in the copy only where a paraphrase sentence also
// holds a short exact or near passage, or merges two source sentences.
package match
