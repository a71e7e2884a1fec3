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
	}
	for before, want := range tests {
		got := ""
		if i := LabelEnding(before); i >= 0 {
			got = before[i:]
		}
		assert.Equal(t, want, got, before)
	}
}
