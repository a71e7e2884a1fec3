package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestForeignNumberWordChangedIsAnError: a number spelt out in a French,
// German, Spanish, Italian or Portuguese quote is a number, as "eighteen"
// is in English: changed, the quote is altered at error; written in
// digits, it is the same number.
func TestForeignNumberWordChangedIsAnError(t *testing.T) {
	tests := []struct {
		name, lang, src, cp string
		altered             bool
	}{
		{"Spanish", "es", "«Tenemos agua para dieciocho meses», dijo Carmen Ruiz.", "«Tenemos agua para doce meses», dijo Carmen Ruiz.", true},
		{"Spanish, hundreds by gender", "es", "«Contratamos a doscientas enfermeras», dijo Carmen Ruiz.", "«Contratamos a trescientas enfermeras», dijo Carmen Ruiz.", true},
		{"Portuguese, feminine", "pt", "«Subimos as tarifas duas vezes», afirmou Rita Lopes.", "«Subimos as tarifas três vezes», afirmou Rita Lopes.", true},
		{"Italian", "it", "«Abbiamo aperto due cantieri», ha detto Lucia Neri.", "«Abbiamo aperto tre cantieri», ha detto Lucia Neri.", true},
		{"French", "fr", "« Le chantier durera vingt mois », a déclaré Paul Girard.", "« Le chantier durera trente mois », a déclaré Paul Girard.", true},
		{"French, scale", "fr", "« Le pont coûtera deux millions », a déclaré Paul Girard.", "« Le pont coûtera deux milliards », a déclaré Paul Girard.", true},
		{"German", "de", "„Wir brauchen zwölf Wochen“, sagte Anna Vogt.", "„Wir brauchen zehn Wochen“, sagte Anna Vogt.", true},
		{"German, ß folded", "de", "„Wir brauchen dreißig Wochen“, sagte Anna Vogt.", "„Wir brauchen vierzig Wochen“, sagte Anna Vogt.", true},
		{"German, ß folded, digits", "de", "„Wir brauchen dreißig Wochen“, sagte Anna Vogt.", "„Wir brauchen 30 Wochen“, sagte Anna Vogt.", false},
		{"Spanish, digits for the word", "es", "«Tenemos agua para dieciocho meses», dijo Carmen Ruiz.", "«Tenemos agua para 18 meses», dijo Carmen Ruiz.", false},
		{"Italian, digits for the word", "it", "«Abbiamo aperto due cantieri», ha detto Lucia Neri.", "«Abbiamo aperto 2 cantieri», ha detto Lucia Neri.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.cp, tt.src, Options{Language: tt.lang})
			alt := findingsByCode(fs)[finding.QuoteAltered]
			if !tt.altered {
				assert.Empty(t, alt, "%v", fs)
				return
			}
			require.Len(t, alt, 1, "%v", fs)
			assert.Equal(t, finding.Error, alt[0].Severity, alt[0].Evidence.Detail)
		})
	}
}

// TestNumberWordsOfOtherLanguagesInEnglish: a word that spells a number
// in another language is a plain word in an English quote ("once", "due",
// "per cent", "seize").
func TestNumberWordsOfOtherLanguagesInEnglish(t *testing.T) {
	src := "“The rent is due once a month, and we seize nothing,” said Ann Lee."
	cp := "“The rent is paid once a month, and we seize nothing,” said Ann Lee."
	_, fs := Compare(cp, src, Options{})
	alt := findingsByCode(fs)[finding.QuoteAltered]
	require.Len(t, alt, 1, "%v", fs)
	assert.Equal(t, finding.Warning, alt[0].Severity, alt[0].Evidence.Detail)
}
