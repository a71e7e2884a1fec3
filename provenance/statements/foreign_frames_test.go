package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

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

// TestForeignReportedSpeech reads French, German, Spanish and Italian
// reported speech as a statement of the person named: "X a précisé que …",
// "X sagte, (dass) …", "…, a ajouté X".
func TestForeignReportedSpeech(t *testing.T) {
	tests := []struct{ name, text, speaker, title, content string }{
		{"French, que", "Le maire, Louis Berthier, a précisé que les travaux pourraient durer deux ans.",
			"Louis Berthier", "", "les travaux pourraient durer deux ans"},
		{"French, qu'", "Anne Roux a indiqué qu'aucune école ne fermerait en juin.",
			"Anne Roux", "", "qu'aucune école ne fermerait en juin"},
		{"French, speaker after", "Les travaux dureront au moins deux ans, a ajouté Louis Berthier.",
			"Louis Berthier", "", "Les travaux dureront au moins deux ans"},
		{"German, comma", "Sprecherin Eva Roth sagte, die Bauarbeiten würden drei Monate dauern.",
			"Eva Roth", "Sprecherin", "die Bauarbeiten würden drei Monate dauern"},
		{"German, dass", "Eva Roth erklärte, dass die Halle erst im Mai öffne.",
			"Eva Roth", "", "die Halle erst im Mai öffne"},
		{"Spanish", "Ana Gil dijo que el puente abrirá en mayo.", "Ana Gil", "", "el puente abrirá en mayo"},
		{"Italian", "Marco Neri ha detto che il ponte riaprirà a maggio.", "Marco Neri", "", "il ponte riaprirà a maggio"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := Find(tt.text, Options{})
			require.Len(t, sts, 1, "%+v", sts)
			assert.Equal(t, Reported, sts[0].Kind)
			require.NotNil(t, sts[0].Speaker)
			assert.Equal(t, tt.speaker, sts[0].Speaker.Name)
			assert.Equal(t, tt.title, sts[0].Speaker.Title)
			assert.Equal(t, tt.content, sts[0].Content.Text)
			assert.True(t, speechCue(sts[0].Cue), sts[0].Cue)
		})
	}
	// a verb of saying with an object is no reported speech
	assert.Empty(t, Find("Die Verbraucherzentrale Hessen kritisierte die Erhöhung der Preise.", Options{}))
}

// TestForeignReportedSpeechChanged: a number or a hedge changed in French
// or German reported speech is an altered statement, not only a drift.
func TestForeignReportedSpeechChanged(t *testing.T) {
	tests := []struct {
		name, src, cp string
		want          finding.Code
		severity      finding.Severity
	}{
		{"French number", "La ville rénove le stade.\n\nLe maire, Louis Berthier, a précisé que les travaux coûteront 14 millions d'euros.",
			"La ville rénove le stade.\n\nLe maire, Louis Berthier, a indiqué que les travaux coûteront 41 millions d'euros.", finding.StatementAltered, finding.Error},
		{"German number", "Die Stadt saniert das Stadion.\n\nSprecherin Eva Roth sagte, die Arbeiten kosteten rund 80 Millionen Euro.",
			"Die Stadt saniert das Stadion.\n\nSprecherin Eva Roth sagte, die Arbeiten kosteten über 180 Millionen Euro.", finding.StatementAltered, finding.Error},
		{"French hedge firmed up", "La ville rénove le stade.\n\nLe maire, Louis Berthier, a précisé que les travaux pourraient durer deux ans.",
			"La ville rénove le stade.\n\nLe maire, Louis Berthier, a indiqué que les travaux vont durer deux ans.", finding.HedgeStrengthened, finding.Warning},
		{"German hedge firmed up", "Die Stadt saniert das Stadion.\n\nSprecherin Eva Roth sagte, die Arbeiten könnten zwei Jahre dauern.",
			"Die Stadt saniert das Stadion.\n\nSprecherin Eva Roth sagte, die Arbeiten werden zwei Jahre dauern.", finding.HedgeStrengthened, finding.Warning},
		{"German allegation stated as fact", "Der Kassenwart soll Vereinsgeld auf sein Konto überwiesen haben, sagte Eva Roth.",
			"Der Kassenwart hat Vereinsgeld auf sein Konto überwiesen, sagte Eva Roth.", finding.HedgeStrengthened, finding.Warning},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.cp, tt.src, Options{})
			by := findingsByCode(fs)
			require.NotEmpty(t, by[tt.want], "%v", fs)
			assert.Equal(t, tt.severity, by[tt.want][0].Severity)
		})
	}
	// the same words with another verb of saying are faithful
	const src = "La ville rénove le stade.\n\nLe maire, Louis Berthier, a précisé que les travaux pourraient durer deux ans."
	_, fs := Compare(strings.Replace(src, "a précisé", "a indiqué", 1), src, Options{})
	assert.Empty(t, fs)
}

// TestHeadlineInAnotherScript: the English word rules apply to a headline
// in Latin script only; a Japanese headline of a text of no stated
// language compares numbers, as outside English, so a particle is no word.
func TestHeadlineInAnotherScript(t *testing.T) {
	tests := []struct {
		name, cp, src string
		drift         bool
	}{
		{"particle added", "名古屋市が市立図書館の開館時間を延長へ", "名古屋市、市立図書館の開館時間を延長", false},
		{"number changed", "名古屋市が市立図書館を30館に", "名古屋市、市立図書館を20館に", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.drift, len(HeadlineDrift(tt.cp, tt.src, "", "")) > 0)
		})
	}
}

// TestGermanNounIsNoName: German capitalises every noun, so in German text
// a capitalised word the original lacks is a new name only when it stands
// in a run of capitalised words or is such a run's word elsewhere.
func TestGermanNounIsNoName(t *testing.T) {
	const src = "Die Stadtwerke Ulm senken die Preise.\n\nAb März zahlen Stammkunden der Stadtwerke Ulm weniger für Fernwärme, wie Sprecherin Lea Hofmann am Montag mitteilte.\n\nDie Senkung betrifft rund 9000 Haushalte in der Stadt."
	tests := []struct {
		name, cp string
		drift    bool
	}{
		{"a noun swapped for a synonym", "Die Stadtwerke Ulm senken die Preise.\n\nAb März zahlen Bestandskunden der Stadtwerke Ulm weniger für Fernwärme, wie Sprecherin Lea Hofmann am Montag mitteilte.\n\nDie Senkung betrifft rund 9000 Haushalte in der Stadt.", false},
		{"a name swapped", "Die Stadtwerke Ulm senken die Preise.\n\nAb März zahlen Stammkunden der Stadtwerke Neu Ulm weniger für Fernwärme, wie Sprecherin Lea Hofmann am Montag mitteilte.\n\nDie Senkung betrifft rund 9000 Haushalte in der Stadt.", true},
		{"a number changed", "Die Stadtwerke Ulm senken die Preise.\n\nAb März zahlen Stammkunden der Stadtwerke Ulm weniger für Fernwärme, wie Sprecherin Lea Hofmann am Montag mitteilte.\n\nDie Senkung betrifft rund 19000 Haushalte in der Stadt.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.cp, src, Options{Language: "de"})
			assert.Equal(t, tt.drift, len(findingsByCode(fs)[finding.FactDrift]) > 0, "%v", fs)
		})
	}
}
