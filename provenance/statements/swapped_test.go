package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestOppositesSwappedOnTheirObjects: two words of opposite sense that
// trade the objects they bear on ("raise prices and cut choice" → "cut
// prices and raise choice") reverse both claims, however reworded the
// rest, though each word stands on both sides. The same words kept on
// their objects, in another order or sentence shape, change nothing.
func TestOppositesSwappedOnTheirObjects(t *testing.T) {
	src := "Shoppers in the valley face a new grocery giant.\n\n" +
		"Analysts said the merger would raise prices and cut choice for shoppers in rural areas.\n\n" +
		"Union official Rhea Sand said the plan would increase hours and reduce wages for depot staff next year.\n\n" +
		"Trader Nils Eck said prices rose and wages fell in March across the valley.\n\n" +
		"The regulator will rule next month."
	tests := []struct {
		name, cp string
		want     bool // an error on the changed statement
	}{
		{"swapped, heavily reworded", "According to analysts, the deal is set to cut prices and raise choice for rural shoppers.", true},
		{"swapped, same words", "Analysts said the merger would cut prices and raise choice for shoppers in rural areas.", true},
		{"one swapped, the other left out", "Analysts said the deal would cut prices for shoppers in rural areas.", true},
		{"swapped, other pair", "Union official Rhea Sand said the scheme would reduce hours and increase wages for staff at the depot.", true},
		{"kept, order turned", "According to analysts, the merger is set to cut choice and raise prices for rural shoppers.", false},
		{"kept, reworded", "Union official Rhea Sand said depot staff would see wages reduced while the plan would increase hours next year.", false},
		{"kept, intransitive verbs turned round", "Trader Nils Eck said wages fell and prices rose in March across the valley.", false},
		{"swapped, intransitive verbs", "Trader Nils Eck said prices fell and wages rose in March across the valley.", true},
		{"kept, one left out", "Analysts said the merger would raise prices for rural shoppers.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := "Shoppers in the valley face a new grocery giant.\n\n" + tt.cp
			_, fs := Compare(cp, src, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}
