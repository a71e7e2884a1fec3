package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/text"
)

// TestSplitContractions splits a pronoun from its clitic, with offsets that
// still slice the text, and leaves possessives and other words whole.
func TestSplitContractions(t *testing.T) {
	tests := []struct {
		in   string
		want []string // Norm of each token
	}{
		{"He’s predicting a win", []string{"he", "is", "predicting", "a", "win"}},
		{"they're planning it", []string{"they", "are", "planning", "it"}},
		{"I'll vote, we've said", []string{"i", "will", "vote", "we", "have", "said"}},
		{"Trump's plan", []string{"trump's", "plan"}},
		{"don't go", []string{"don't", "go"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := splitContractions(text.Tokenize(tt.in, ""))
			var got []string
			for _, tk := range toks {
				got = append(got, tk.Norm)
				assert.Equal(t, tk.Surface, tt.in[tk.Start:tk.End], "offsets slice the text")
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
