package provenance

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/match"
)

// TestUpstreamCreditShortForms keeps an upstream credit the copy gives by
// the outlet's short name, either way round, and takes no ordinary
// acronym or word for one.
func TestUpstreamCreditShortForms(t *testing.T) {
	tests := []struct {
		origCredit, copyBody string
		kept                 bool
	}{
		{"first published by the Coastal Morning Post", "confirming an earlier CMP report", true},
		{"first published by the Coastal Morning Post", "confirming a report in the CMP", true},
		{"according to the Associated Press", "AP said so", true},
		{"first reported by the Wall Street Journal", "a WSJ scoop", true},
		{"first reported by the Washington Post", "as WaPo had it", true},
		{"first reported by the CMP", "as the Coastal Morning Post had it", true},
		{"first reported by the Coastal Morning Post", "as the coastal morning post had it", true},
		// initials match as written, never inside a word
		{"first reported by the Coastal Morning Post", "the cmp report", false},
		{"first reported by the FT", "they left early", false},
		// an ordinary acronym is no outlet's short name
		{"first reported by the Union Star", "US officials said so", false},
		{"first reported by the Coastal Morning Post", "the CM report", false},
	}
	for _, tt := range tests {
		t.Run(tt.origCredit+" / "+tt.copyBody, func(t *testing.T) {
			orig := &candidate{doc: doc("https://o.example/a", "O", "", "The depot will close, "+tt.origCredit+"."),
				align: match.Result{Relation: match.Rewritten}}
			credits, _ := upstreamCredits(newNamer(creditText(creditPlaces(doc("http://c.example/a", "C", "", "The depot will close, "+tt.copyBody+".")))), orig)
			require.Len(t, credits, 1)
			assert.Equal(t, tt.kept, credits[0].Kept)
		})
	}
}

func TestInitialsAndSameOutlet(t *testing.T) {
	for name, want := range map[string]string{
		"Financial Times": "FT", "Agence France-Presse": "AFP", "The Wall Street Journal": "WSJ",
		"British Broadcasting Corporation": "BBC", "Bank of Lorne": "BL",
		"Reuters": "", "Union Star": "", "European Union": "",
	} {
		assert.Equal(t, want, initials(name), name)
	}
	same := [][2]string{{"FT", "Financial Times"}, {"Associated Press", "AP"}, {"Reuters", "Thomson Reuters"}, {"WaPo", "Washington Post"}, {"the Courier", "The Courier"}}
	for _, p := range same {
		assert.True(t, sameOutlet(p[0], p[1]), p)
	}
	differ := [][2]string{{"US", "Union Star"}, {"FT", "Fort Worth Times"}, {"Times", "Financial Times"}}
	for _, p := range differ {
		assert.False(t, sameOutlet(p[0], p[1]), p)
	}
}
