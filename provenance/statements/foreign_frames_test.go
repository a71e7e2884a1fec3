package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestForeignSpeakerAfterQuote gives a quote to the person named after it
// by a verb of saying of another language: the Japanese 「…」と X は述べた,
// and the common French, German, Spanish and Italian verbs beyond "said".
func TestForeignSpeakerAfterQuote(t *testing.T) {
	tests := []struct{ name, text, speaker, title string }{
		{"Japanese, speaker after the quote", "「駅前の再開発は急ぐべきだ」と鈴木一郎議員は述べた。", "鈴木一郎", "議員"},
		{"Japanese, が and a deputy's title", "「橋の補修は秋に終わる」と高橋花子副知事が説明した。", "高橋花子", "副知事"},
		{"Japanese, words before the verb", "「予算はまだ足りない」と田中次郎氏は記者団に語った。", "田中次郎", "氏"},
		{"Japanese, speaker first with a deputy's title", "森本由美副市長は「図書館は夏に開く」と話した。", "森本由美", "副市長"},
		{"French, réagir", "« C'est une bonne nouvelle pour le quartier », a réagi Paul Girard, président du club.", "Paul Girard", ""},
		{"French, rappeler with a title", "« Nous l'avions promis aux familles », a rappelé la ministre Anne Roux.", "Anne Roux", ""},
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

// TestForeignSpeakerMovedOrSwapped: a copy that moves the speaker after
// the quote is faithful; one that names another person there misattributes.
func TestForeignSpeakerMovedOrSwapped(t *testing.T) {
	const (
		jaSrc = "市は5日、図書館の改修計画を発表した。\n\n森本由美館長は「改修で閲覧席は二倍になる」と述べた。\n\n工事は秋に始まる。"
		frSrc = "La ville a présenté mardi son plan pour le parc.\n\n« Les arbres malades seront remplacés dès l'automne », a déclaré Mme Fabre.\n\n" +
			"« C'est un soulagement pour tout le quartier », a réagi Paul Girard, président du comité des riverains."
	)
	tests := []struct {
		name, src, cp string
		misattributed int
	}{
		{"Japanese, speaker moved after the quote", jaSrc,
			"市は5日、図書館の改修計画を発表した。\n\n「改修で閲覧席は二倍になる」と森本由美館長は述べた。\n\n工事は秋に始まる。", 0},
		{"Japanese, another speaker after the quote", jaSrc,
			"市は5日、図書館の改修計画を発表した。\n\n「改修で閲覧席は二倍になる」と川口健二副市長は述べた。\n\n工事は秋に始まる。", 1},
		{"French, same speaker", frSrc, frSrc, 0},
		{"French, the reaction given to another", frSrc,
			"La ville a présenté mardi son plan pour le parc.\n\n« Les arbres malades seront remplacés dès l'automne », a déclaré Mme Fabre.\n\n" +
				"« C'est un soulagement pour tout le quartier », a réagi le maire, Louis Berthier.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.cp, tt.src, Options{})
			by := findingsByCode(fs)
			assert.Len(t, by[finding.QuoteMisattributed], tt.misattributed, "%v", fs)
			assert.Empty(t, by[finding.AttributionDropped], "%v", fs)
			if tt.misattributed == 0 {
				assert.Empty(t, fs)
			}
		})
	}
}
