package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestForeignColonIntro gives a quote that a colon introduces, in the
// same paragraph or in the next one and over several paragraphs, to the
// subject of the clause before the colon, not to the speaker of the
// paragraph before it.
func TestForeignColonIntro(t *testing.T) {
	tests := []struct{ name, lang, text, quote, speaker, title, kind string }{
		{"German, a surname named before, the quote in the next paragraphs", "de",
			"„Die Brücke ist sicher“, sagte Bürgermeisterin Anna Vogt.\n\n„Das glaube ich nicht“, sagte Stadtrat Peter Kunz.\n\nVogt wies das zurück:\n\n„Wir prüfen sie jedes Jahr.\n\n„Und wir haben nichts gefunden.“",
			"Wir prüfen", "Vogt", "", "person"},
		{"German, a name and its appositive", "de",
			"„Die Halle ist zu klein“, sagte Peter Kunz.\n\nLena Hoff, Sprecherin des Turnvereins, sagte: »Wir brauchen eine zweite Halle.«",
			"Wir brauchen", "Lena Hoff", "Sprecherin des Turnvereins", "person"},
		{"German, a description that names a title held before", "de",
			"„Die Brücke ist sicher“, sagte Bürgermeisterin Anna Vogt.\n\n„Das glaube ich nicht“, sagte Peter Kunz.\n\nDie Bürgermeisterin widersprach:\n\n„Wir prüfen sie jedes Jahr.“",
			"Wir prüfen", "Anna Vogt", "", "person"},
		{"Spanish, a title and a name set off by commas", "es",
			"«El agua llegará en mayo», dijo Pedro Gil.\n\nLa portavoz de los vecinos, Marta Sanz, fue muy dura: «Nadie nos ha escuchado en diez años».",
			"Nadie nos", "Marta Sanz", "portavoz de los vecinos", "person"},
		{"Spanish, a body", "es",
			"«El agua llegará en mayo», dijo Pedro Gil.\n\nLa Diputación de Cádiz respondió en un comunicado:\n\n«Las obras empiezan la semana que viene».",
			"Las obras", "La Diputación de Cádiz", "", "unknown"},
		{"Italian, a quote of several paragraphs", "it",
			"«Il porto è pronto», ha detto Luca Neri.\n\n«Non è vero», ha detto Sara Riva.\n\nNeri ha poi risposto alle accuse:\n\n«Abbiamo rispettato i tempi.\n\n«E lo dimostreremo in consiglio».",
			"Abbiamo rispettato", "Neri", "", "person"},
		{"French, a full name and a long predicate", "fr",
			"« Le parc ouvrira en juin », a déclaré Paul Roux.\n\n« C'est trop tard », a répondu Claire Petit.\n\nPaul Roux a tenu à rassurer les familles :\n\n« Les travaux commencent lundi et dureront deux mois. »",
			"Les travaux", "Paul Roux", "", "person"},
		{"French, a pronoun leaves the quote to the speaker before", "fr",
			"« Le parc ouvrira en juin », a déclaré Paul Roux.\n\nIl a ajouté :\n\n« Les travaux commencent lundi et dureront deux mois. »",
			"Les travaux", "Paul Roux", "", "person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := statementWith(t, Find(tt.text, Options{Language: tt.lang}), tt.quote)
			require.NotNil(t, st.Speaker)
			assert.Equal(t, tt.speaker, st.Speaker.Name)
			assert.Equal(t, tt.title, st.Speaker.Title)
			assert.Equal(t, tt.kind, st.Speaker.Kind)
		})
	}
}

// statementWith is the statement of sts whose words begin with quote.
func statementWith(t *testing.T, sts []Statement, quote string) Statement {
	t.Helper()
	for _, st := range sts {
		if strings.HasPrefix(strings.TrimSpace(st.Content.Text), quote) {
			return st
		}
	}
	require.Failf(t, "no statement", "no statement begins %q", quote)
	return Statement{}
}
