package statements

import (
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
}
