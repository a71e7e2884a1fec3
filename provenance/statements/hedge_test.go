package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// TestHedgeDriftSaysWhatChanged words each drift as it happened: a firm
// claim hedged is not the same news as a hedged claim hedged further.
func TestHedgeDriftSaysWhatChanged(t *testing.T) {
	tests := []struct {
		name, copy, source string
		code               finding.Code
		msg                string
	}{
		{"hedged a firm claim", "the pier may close", "the pier will close", finding.HedgeWeakened, "hedges what the original stated firmly"},
		{"hedged further", "the pier could potentially close", "the pier could close", finding.HedgeWeakened, "hedges further what the original already hedged"},
		{"less certain", "the pier could close", "the pier will likely close", finding.HedgeWeakened, "less certainty"},
		{"firmed up", "the pier will close", "the pier could close", finding.HedgeStrengthened, "more certainty what the original hedged"},
		{"fewer hedges", "the pier could close", "the pier could possibly close", finding.HedgeStrengthened, "drops some of the hedging"},
		{"proof added", "the pier will definitely close", "the pier will close", finding.HedgeStrengthened, "presents as proven"},
		{"proof dropped", "the pier will close", "the pier will definitely close", finding.HedgeWeakened, "no longer presents as proven"},
		{"an allegation stated as fact", "the treasurer transferred club money", "the treasurer is accused of transferring club money", finding.HedgeStrengthened, "only as an allegation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := hedgeDrift(hedgeLevel(text.Tokenize(tt.copy, ""), ""), hedgeLevel(text.Tokenize(tt.source, ""), ""), text.Span{}, text.Span{})
			require.Len(t, fs, 1)
			assert.Equal(t, tt.code, fs[0].Code)
			assert.Contains(t, fs[0].Message, tt.msg)
		})
	}
	assert.Empty(t, hedgeDrift(hedgeLevel(text.Tokenize("the pier may close", ""), ""), hedgeLevel(text.Tokenize("the pier may shut", ""), ""), text.Span{}, text.Span{}))
	// an allegation put in other words is still one
	assert.Empty(t, hedgeDrift(hedgeLevel(text.Tokenize("the treasurer is alleged to have transferred club money", ""), ""), hedgeLevel(text.Tokenize("the treasurer is accused of transferring club money", ""), ""), text.Span{}, text.Span{}))
}

// TestPairedSourceKeepsTheHedgesOfTheCopiedClaim: a source hedge counts
// when the copy carries the words beside it, or when a hedge of the copy
// pairs with it; a hedge on words the copy left out does not.
func TestPairedSourceKeepsTheHedgesOfTheCopiedClaim(t *testing.T) {
	tests := []struct {
		name, source string
		carried      []int // token indexes of the source the copy repeats
		copyRanks    []int
		want         string
	}{
		{"hedge beside carried words", "the pier could close", []int{0, 1, 3}, nil, "the pier could close"},
		{"hedge on words left out", "possible fraud and the pier closed", []int{3, 4, 5}, nil, "fraud and the pier closed"},
		{"swapped hedge pairs", "the agency reportedly watched the pier", []int{5}, []int{1}, "the agency reportedly watched the pier"},
		{"pairs the same rank first", "possible fraud as the agency reportedly watched", []int{}, []int{1}, "fraud as the agency reportedly watched"},
		{"any rank once ranks differ", "the agency may watch", []int{}, []int{1}, "the agency may watch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			carried := map[int]bool{}
			for _, i := range tt.carried {
				carried[i] = true
			}
			got := pairedSource(text.Tokenize(tt.source, ""), func(i int) bool { return carried[i] }, tt.copyRanks)
			var words []string
			for _, tk := range got {
				words = append(words, tk.Surface)
			}
			assert.Equal(t, tt.want, strings.Join(words, " "))
		})
	}
}

// TestHedgeDriftAcrossMergedSentences compares a copy sentence built from
// two source sentences: a hedge swapped for its like is no drift, and a
// hedge on the other sentence's words is not the copied claim's; a hedge
// added to the merged claim still is.
func TestHedgeDriftAcrossMergedSentences(t *testing.T) {
	source := "Belgium's State Security Service is investigating possible espionage by Chinese firms at the airport. " +
		"The agency has reportedly been watching the firms' cargo operations for two years because of a Chinese law.\n\n" +
		"That law lets the government inspect goods passing through the hub, said Carlos Perez, a researcher at TrustedSec. " +
		"The data could be used for cyber warfare in the future."
	hedgeCodes := func(copy string) []finding.Code {
		_, fs := Compare(copy, source, Options{})
		var out []finding.Code
		for _, f := range fs {
			if f.Code == finding.HedgeStrengthened || f.Code == finding.HedgeWeakened {
				out = append(out, f.Code)
			}
		}
		return out
	}
	assert.Empty(t, hedgeCodes("The Belgian State Security Service has allegedly been observing the firms' cargo operations for two years because of a Chinese law."))
	assert.Equal(t, []finding.Code{finding.HedgeWeakened}, hedgeCodes(
		"According to Carlos Perez, a researcher at TrustedSec, the law lets the government inspect goods passing through the hub, which could potentially be used for cyber warfare in the future."))
}

// TestShortReportedClaimsKeepTheirHedges: the scare-quote bound on hedge
// checks is for quotes; a short reported claim is still weighed.
func TestShortReportedClaimsKeepTheirHedges(t *testing.T) {
	_, fs := Compare("The mayor said prices will rise.", "The mayor said prices may rise.", Options{})
	var codes []finding.Code
	for _, f := range fs {
		codes = append(codes, f.Code)
	}
	assert.Contains(t, codes, finding.HedgeStrengthened)
}

// TestMonthMayIsNoHedge reads "May" inside a sentence or before a day as
// the month, so a copy changing a month is no hedge drift.
func TestMonthMayIsNoHedge(t *testing.T) {
	for _, tt := range []struct{ copy, source string }{
		{"the fares went up in May", "the fares went up in March"},
		{"the vote is on may 5", "the vote is on June 5"},
	} {
		assert.Empty(t, hedgeDrift(hedgeLevel(text.Tokenize(tt.copy, ""), ""), hedgeLevel(text.Tokenize(tt.source, ""), ""), text.Span{}, text.Span{}), tt.copy)
	}
	assert.NotEmpty(t, hedgeDrift(hedgeLevel(text.Tokenize("the fares may go up", ""), ""), hedgeLevel(text.Tokenize("the fares will go up", ""), ""), text.Span{}, text.Span{}))
}

// TestCouldNotIsNoHedge reads "could not" as what was impossible, so
// "cannot" for it is no drift, while "could not rule out" still leaves
// something open.
func TestCouldNotIsNoHedge(t *testing.T) {
	checkDrift(t, []driftCase{
		{"the dredger could not reach the basin", "the dredger cannot reach the basin", ""},
		{"the dredger cannot reach the basin", "the dredger could never reach the basin", ""},
		{"the police confirmed sabotage", "the police could not rule out sabotage", finding.HedgeStrengthened},
		{"sabotage was the cause", "sabotage could not be ruled out", finding.HedgeStrengthened},
		{"the dredger will reach the basin", "the dredger could reach the basin", finding.HedgeStrengthened},
		{"the old bridge will not survive another winter", "the old bridge could not survive another winter", finding.HedgeStrengthened},
		{"the festival will not go ahead without funding", "the festival could not go ahead without funding", finding.HedgeStrengthened},
	})
	sts := Find("Ada Brook said the dredger could not reach the basin.", Options{})
	require.Len(t, sts, 1)
	assert.Empty(t, sts[0].Hedges)
}

// TestExpectedToIsAHedge reads "is expected to" as a forecast (probable):
// "will" for it states the outcome, "is anticipated to" keeps it.
func TestExpectedToIsAHedge(t *testing.T) {
	checkDrift(t, []driftCase{
		{"the firm will announce the cuts next week", "the firm is expected to announce the cuts next week", finding.HedgeStrengthened},
		{"the firm is anticipated to announce the cuts next week", "the firm is expected to announce the cuts next week", ""},
		{"the firm is expected to announce the cuts next week", "the firm will announce the cuts next week", finding.HedgeWeakened},
		{"the cuts were bigger than anyone expected", "the cuts were bigger than anyone had forecast", ""},
	})
	lead := "Nordvik will cut 1,200 jobs, the Financial Times reported on Wednesday. "
	fs := KeyFactDrift(lead+"The Oslo firm will unveil the cuts with its results next week.", lead+"The Oslo company is expected to announce the cuts with its results next week.", nil, nil)
	require.Len(t, fs, 1, "%v", fs)
	assert.Equal(t, finding.HedgeStrengthened, fs[0].Code)
	assert.Equal(t, "expected", fs[0].Evidence.Source.Text)
}

// driftCase is a copy's passage, its source's, and the hedge code their
// certainty gives ("" for none).
type driftCase struct {
	copy, source string
	code         finding.Code
}

// checkDrift compares each case's passages by certainty alone.
func checkDrift(t *testing.T, tests []driftCase) {
	t.Helper()
	for _, tt := range tests {
		fs := hedgeDrift(hedgeLevel(text.Tokenize(tt.copy, ""), ""), hedgeLevel(text.Tokenize(tt.source, ""), ""), text.Span{}, text.Span{})
		if tt.code == "" {
			assert.Empty(t, fs, tt.copy)
			continue
		}
		if assert.Len(t, fs, 1, tt.copy) {
			assert.Equal(t, tt.code, fs[0].Code, tt.copy)
		}
	}
}

// TestFactChanges lists the numbers, names and negations a rewording
// changes, and not the capital that opens a passage or one negation
// swapped for another.
func TestFactChanges(t *testing.T) {
	tests := []struct {
		src, cp string
		want    []factChange
	}{
		{"About 30,000 homes were without electricity", "Around 30,000 homes had no electricity", nil},
		{"Two people were taken to hospital", "Three people were taken to hospital", []factChange{{"delete", "number", "Two"}, {"insert", "number", "Three"}}},
		{"the vote was won by Brook", "the vote was won by Reyes", []factChange{{"delete", "name", "Brook"}, {"insert", "name", "Reyes"}}},
		{"the pier is not safe", "the pier is safe", []factChange{{"delete", "negation", "not"}}},
		{"it is one of the worst storms", "it is the worst storm", nil},
	}
	for _, tt := range tests {
		t.Run(tt.cp, func(t *testing.T) {
			assert.Equal(t, tt.want, factChanges(text.Tokenize(tt.src, ""), text.Tokenize(tt.cp, "")))
		})
	}
}
