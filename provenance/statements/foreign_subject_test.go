package statements

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestForeignSubjectIsWholePhrase: the speaker of reported speech of
// another language is the whole subject: an article and a noun ("Die
// Feuerwehr", "La mairie") describe a body, with the place of its
// complement ("in Kassel", "de Nantes"), and are never a person; a name
// after an article and a title stays a person.
func TestForeignSubjectIsWholePhrase(t *testing.T) {
	tests := []struct{ name, text, speaker, title, kind string }{
		{"German, article, noun and place", "Die Feuerwehr in Kassel sagte, dass der Brand gegen Mitternacht gelöscht worden sei.",
			"Die Feuerwehr in Kassel", "", "unknown"},
		{"German, article and noun", "Die Feuerwehr sagte, dass der Brand gegen Mitternacht gelöscht worden sei.",
			"Die Feuerwehr", "", "unknown"},
		{"German, genitive", "Ein Sprecher der Stadtwerke Kassel sagte, dass die Leitung bis Freitag repariert sei.",
			"Ein Sprecher der Stadtwerke Kassel", "", "unknown"},
		{"German, article, title and name", "Der Sprecher Klaus Meier sagte, dass die Halle im Mai öffne.",
			"Klaus Meier", "Sprecher", "person"},
		{"German, after the words", "Die Halle öffnet erst im Mai wieder, sagte die Feuerwehr.",
			"die Feuerwehr", "", "unknown"},
		{"French, noun and place", "La mairie de Nantes a indiqué que la piscine rouvrirait en juin.",
			"La mairie de Nantes", "", "unknown"},
		{"French, place with its article", "Le rectorat de la Vendée a annoncé que trois classes fermeraient.",
			"Le rectorat de la Vendée", "", "unknown"},
		{"French, place after a preposition", "Les pompiers à Nantes ont expliqué que le feu était maîtrisé.",
			"Les pompiers à Nantes", "", "unknown"},
		{"French, proper noun with its article", "Le Figaro a affirmé que le ministre démissionnerait.",
			"Le Figaro", "", "unknown"},
		{"French, after the words", "Le feu est maîtrisé, a précisé la préfecture de la Vendée.",
			"la préfecture de la Vendée", "", "unknown"},
		{"Spanish, noun and place", "El Ayuntamiento de Sevilla dijo que el mercado abrirá en otoño.",
			"El Ayuntamiento de Sevilla", "", "unknown"},
		{"French, title and name", "Le maire Henri Roux a déclaré que la piscine rouvrirait en juin.",
			"Henri Roux", "", "person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := Find(tt.text, Options{})
			require.Len(t, sts, 1, "%+v", sts)
			require.NotNil(t, sts[0].Speaker)
			assert.Equal(t, tt.speaker, sts[0].Speaker.Name)
			assert.Equal(t, tt.title, sts[0].Speaker.Title)
			assert.Equal(t, tt.kind, sts[0].Speaker.Kind)
			require.NotNil(t, sts[0].SpeakerSpan)
			assert.True(t, strings.HasSuffix(sts[0].SpeakerSpan.Text, tt.speaker), sts[0].SpeakerSpan.Text)
		})
	}
}

// TestForeignQuoteSubjectIsNoPerson: a quote given to an article and a
// German noun, before or after it, is a body's, not a person's.
func TestForeignQuoteSubjectIsNoPerson(t *testing.T) {
	tests := []struct{ name, text, speaker string }{
		{"after the quote", "„Die Halle bleibt bis Mai geschlossen“, sagte die Feuerwehr.", "die Feuerwehr"},
		{"before the quote", "Die Feuerwehr in Kassel sagte: „Die Halle bleibt bis Mai geschlossen.“", "Die Feuerwehr in Kassel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := Find(tt.text, Options{})
			require.NotEmpty(t, sts)
			require.NotNil(t, sts[0].Speaker)
			assert.Equal(t, Direct, sts[0].Kind)
			assert.Equal(t, tt.speaker, sts[0].Speaker.Name)
			assert.Equal(t, "unknown", sts[0].Speaker.Kind)
		})
	}
}

// TestForeignPlaceDroppedIsNoSwap: a copy that drops the place from a
// body's name ("Die Feuerwehr in Kassel sagte" → "Die Feuerwehr sagte")
// gives the words to the same speaker; a person swapped still misattributes.
func TestForeignPlaceDroppedIsNoSwap(t *testing.T) {
	const (
		de = "Brand in Kassel\n\nDie Halle bleibt bis Mai gesperrt.\n\n%s sagte, dass der Brand gegen Mitternacht gelöscht worden sei."
		fr = "Piscine fermée\n\nLa piscine restera fermée tout l'hiver.\n\n%s a indiqué que les travaux coûteraient deux millions d'euros."
	)
	tests := []struct {
		name, tmpl, src, cp string
		misattributed       int
	}{
		{"German, place dropped", de, "Die Feuerwehr in Kassel", "Die Feuerwehr", 0},
		{"German, place added", de, "Die Feuerwehr", "Die Feuerwehr in Kassel", 0},
		{"French, place dropped", fr, "La mairie de Nantes", "La mairie", 0},
		{"French, place with its article dropped", fr, "La préfecture de la Vendée", "La préfecture", 0},
		{"French, another person", fr, "Louise Garnier", "Paul Morel", 1},
		{"German, another person", de, "Sprecherin Eva Roth", "Sprecherin Lea Hofmann", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(fmt.Sprintf(tt.tmpl, tt.cp), fmt.Sprintf(tt.tmpl, tt.src), Options{})
			by := findingsByCode(fs)
			assert.Len(t, by[finding.StatementMisattributed], tt.misattributed, "%v", fs)
			assert.Empty(t, by[finding.AttributionDropped], "%v", fs)
		})
	}
}
