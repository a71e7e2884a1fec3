package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestScanQuotesUnbalancedInner keeps a quotation whose inner marks are
// unbalanced or mixed from running on into the next paragraph's quote.
func TestScanQuotesUnbalancedInner(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"curly inner closed by a straight mark", "“He says, ‘The pier is closed.'”\n\n“We will reopen it,” said Ada Brook.",
			[]string{"He says, ‘The pier is closed.'", "We will reopen it,"}},
		{"doubled opening mark", "The plan reads: ““The pier is closed to ferries.”\n\n“We will reopen it,” said Ada Brook.",
			[]string{"“The pier is closed to ferries.”", "We will reopen it,"}},
		{"a multi-paragraph quote still continues", "“The pier is closed.\n\n“We will reopen it in May,” said Ada Brook.",
			[]string{"The pier is closed.\n\n“We will reopen it in May,"}},
		{"an apostrophe inside a single quote", "“She said ‘don't go' and left.”",
			[]string{"She said ‘don't go' and left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range scanQuotes(tt.text) {
				got = append(got, tt.text[q.start:q.end])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
