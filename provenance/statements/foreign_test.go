package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestForeignSpeakers gives a quote to the person a French, German,
// Spanish, Italian or Japanese verb of saying names beside it, before or
// after the quote (「…」と X は述べた, « … », a réagi X, „…“, so X).
func TestForeignSpeakers(t *testing.T) {
	tests := []struct{ name, text, speaker, title string }{
		{"French, after", "« Le tram arrivera en 2028 », a déclaré Hélène Marchal, vice-présidente.", "Hélène Marchal", ""},
		{"French, before", "Julien Perrot a déclaré : « On nous présente une facture sans plan. »", "Julien Perrot", ""},
		{"German, with a title", "„Wir geben nur die Kosten weiter“, sagte Geschäftsführerin Petra Lindner. Sie lachte.", "Petra Lindner", "Geschäftsführerin"},
		{"Spanish", "«Vamos a abrir el mercado en junio», dijo Carmen Ruiz.", "Carmen Ruiz", ""},
		{"Italian", "«Il ponte riaprirà a maggio», ha detto Marco Bellini.", "Marco Bellini", ""},
		{"Japanese", "佐藤恵子館長は「市民にも利用してほしい」と話した。", "佐藤恵子", "館長"},
		{"Japanese, an honorific", "田中一郎氏は「予算は足りない」と述べた。", "田中一郎", ""},
		{"French, a lower-case title", "« Le budget ne suffira pas », a déclaré la maire Hélène Marchal.", "Hélène Marchal", "maire"},
		{"French, an elided article", "« Le budget suffira », a estimé l'opposant Marc Dubois.", "Marc Dubois", "opposant"},
		{"Japanese, speaker after the quote", "「駅前の再開発は急ぐべきだ」と鈴木一郎議員は述べた。", "鈴木一郎", "議員"},
		{"Japanese, が and a deputy's title", "「橋の補修は秋に終わる」と高橋花子副知事が説明した。", "高橋花子", "副知事"},
		{"Japanese, words before the verb", "「予算はまだ足りない」と田中次郎氏は記者団に語った。", "田中次郎", ""},
		{"Japanese, speaker first with a deputy's title", "森本由美副市長は「図書館は夏に開く」と話した。", "森本由美", "副市長"},
		{"French, réagir", "« C'est une bonne nouvelle pour le quartier », a réagi Paul Girard, président du club.", "Paul Girard", ""},
		{"French, rappeler with a title", "« Nous l'avions promis aux familles », a rappelé la ministre Anne Roux.", "Anne Roux", "ministre"},
		{"French, reflexive", "« Le chantier avance enfin », s'est félicité Marc Henry.", "Marc Henry", ""},
		{"French, present tense", "« La ligne ouvrira en mai », prévient Sophie Lenoir.", "Sophie Lenoir", ""},
		{"German, so", "„Die Kosten steigen weiter“, so Verbandschef Klaus Meier.", "Klaus Meier", "Verbandschef"},
		{"German, ergänzte", "„Wir prüfen alle Angebote“, ergänzte Anna Vogt.", "Anna Vogt", ""},
		{"German, separable verb", "„Wir prüfen alle Angebote“, fügte Anna Vogt hinzu.", "Anna Vogt", ""},
		{"Spanish, agregó", "«El puerto abrirá en otoño», agregó Luis Ortega.", "Luis Ortega", ""},
		{"Italian, ha sottolineato", "«Il cantiere chiuderà a luglio», ha sottolineato Giulia Conti.", "Giulia Conti", ""},
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
