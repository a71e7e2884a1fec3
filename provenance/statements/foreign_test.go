package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestForeignSpeakers gives a quote to the person a French, German,
// Spanish, Italian or Japanese verb of saying names beside it.
func TestForeignSpeakers(t *testing.T) {
	tests := []struct{ name, text, speaker, title string }{
		{"French, after", "« Le tram arrivera en 2028 », a déclaré Hélène Marchal, vice-présidente.", "Hélène Marchal", ""},
		{"French, before", "Julien Perrot a déclaré : « On nous présente une facture sans plan. »", "Julien Perrot", ""},
		{"German, with a title", "„Wir geben nur die Kosten weiter“, sagte Geschäftsführerin Petra Lindner. Sie lachte.", "Petra Lindner", "Geschäftsführerin"},
		{"Spanish", "«Vamos a abrir el mercado en junio», dijo Carmen Ruiz.", "Carmen Ruiz", ""},
		{"Italian", "«Il ponte riaprirà a maggio», ha detto Marco Bellini.", "Marco Bellini", ""},
		{"Japanese", "佐藤恵子館長は「市民にも利用してほしい」と話した。", "佐藤恵子", "館長"},
		{"Japanese, an honorific", "田中一郎氏は「予算は足りない」と述べた。", "田中一郎", "氏"},
		{"French, a lower-case title", "« Le budget ne suffira pas », a déclaré la maire Hélène Marchal.", "Hélène Marchal", ""},
		{"French, an elided article", "« Le budget suffira », a estimé l'opposant Marc Dubois.", "Marc Dubois", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := Find(tt.text, Options{})
			require.NotEmpty(t, sts)
			require.NotNil(t, sts[0].Speaker)
			assert.Equal(t, Direct, sts[0].Kind)
			assert.Equal(t, tt.speaker, sts[0].Speaker.Name)
			assert.Equal(t, tt.title, sts[0].Speaker.Title)
			assert.True(t, speechCue(sts[0].Cue), sts[0].Cue)
		})
	}
}
