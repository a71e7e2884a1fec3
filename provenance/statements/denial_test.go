package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestPartialQuoteAfterADenial: a copy that quotes the words after the
// original's negation, its own verb denying them ("denied there were",
// "refused to"), quotes them faithfully; with a verb that denies nothing
// it drops the negation.
func TestPartialQuoteAfterADenial(t *testing.T) {
	src := "The port board met on Monday.\n\n" +
		"“We have no plans to sell the harbour ferry this year,” said port chief Lia Moss.\n\n" +
		"“We will never close the night crossing while I run this port,” said deputy chief Omar Reyes."
	tests := []struct {
		name, cp string
		want     bool // an error on the quote
	}{
		{"denied there were", "Port chief Lia Moss denied there were “plans to sell the harbour ferry this year”.", false},
		{"refused to", "Deputy chief Omar Reyes flatly refused to “close the night crossing while I run this port”.", false},
		{"ruled out", "Deputy chief Omar Reyes ruled out any move to “close the night crossing while I run this port”.", false},
		{"said there were", "Port chief Lia Moss said there were “plans to sell the harbour ferry this year”.", true},
		{"promised to", "Deputy chief Omar Reyes promised to “close the night crossing while I run this port”.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare("The port board met on Monday.\n\n"+tt.cp, src, Options{})
			sev, found := worst(fs, finding.QuoteAltered)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}
