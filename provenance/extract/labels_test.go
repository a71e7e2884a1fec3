package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLabelEnding finds the source label that ends a text, by the rule
// that labels a link, and where it starts; prose ends in none.
func TestLabelEnding(t *testing.T) {
	tests := map[string]string{ // text before a name → the label found, "" for none
		"Originally reported by Mina Okafor for ": "Originally reported by Mina Okafor for ",
		"The ferry ran late.\nSource: ":           "Source: ",
		"This story first appeared in ":           "first appeared in ",
		"Read more at ":                           "Read more at ",
		"(via ":                                   "via ",
		"Photo credit: ":                          "",
		"The parts were shipped via ":             "",
		"The mayor told ":                         "",
		"İstanbul office. Source: ":               "Source: ",
		// a label that names the source before linking it
		"Originally published by Harbor Ledger: ":                 "Originally published by Harbor Ledger: ",
		"Source: Daily Planet (":                                  "Source: Daily Planet (",
		"Pier shut.\nOriginally published by the Kelby Gazette, ": "Originally published by the Kelby Gazette, ",
		"The report was first published in March (":               "",
		"Sources said the plan (":                                 "",
		"Source: the mayor's office (":                            "",
		"Photo credit: Ana Ruiz (":                                "",
	}
	for before, want := range tests {
		got := ""
		if i := LabelEnding(before); i >= 0 {
			got = before[i:]
		}
		assert.Equal(t, want, got, before)
	}
}
