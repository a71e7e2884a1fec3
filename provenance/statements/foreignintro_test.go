package statements

import (
	"github.com/provcheck/provcheck/provenance/finding"
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

// TestForeignTitleThenName gives a quote to the name set off by commas
// after the title that follows a verb of saying ("dijo la consejera de
// Fomento, Elena Vidal"), with that title; to the name a verb of saying
// beside the quote gives it, whatever follows the name; to a Japanese
// subject with words of time or place before the quote; and reads
// Portuguese verbs of saying.
func TestForeignTitleThenName(t *testing.T) {
	tests := []struct{ name, lang, text, speaker, title string }{
		{"Spanish, an adverbial after the name", "es",
			"«El puerto abrirá en otoño», dijo la consejera de Fomento, Elena Vidal, ante la prensa.", "Elena Vidal", "consejera de Fomento"},
		{"Italian, an elided article", "it",
			"«Il museo riaprirà a marzo», ha detto l'assessore alla Cultura, Marco Riva.", "Marco Riva", "assessore alla Cultura"},
		{"Portuguese, a title naming a body", "pt",
			"«A ponte abre em maio», afirmou a presidente da Câmara do Porto, Teresa Lopes, aos jornalistas.", "Teresa Lopes", "presidente da Câmara do Porto"},
		{"Portuguese, contou", "pt",
			"«O turno da noite é o pior», contou Rita Alves.", "Rita Alves", ""},
		{"French, a vote after the name", "fr",
			"« Le tram arrivera en 2028 », a déclaré Paul Roux après le vote du budget.", "Paul Roux", ""},
		{"Japanese, words of place between the subject and the quote", "ja",
			"田中一郎市長は記者会見で「橋は来年完成する」と述べた。", "田中一郎", "市長"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := Find(tt.text, Options{Language: tt.lang})
			require.NotEmpty(t, sts)
			st := sts[0]
			require.NotNil(t, st.Speaker)
			assert.Equal(t, Direct, st.Kind)
			assert.Equal(t, tt.speaker, st.Speaker.Name)
			assert.Equal(t, tt.title, st.Speaker.Title)
			assert.Equal(t, "person", st.Speaker.Kind)
			assert.True(t, speechCue(st.Cue), st.Cue)
		})
	}
}

// TestForeignTitleThenNameMoved reports a quote moved from a person named
// by title and name to another person as misattributed.
func TestForeignTitleThenNameMoved(t *testing.T) {
	tests := []struct{ name, lang, src, cp string }{
		{"Spanish", "es",
			"«El puerto abrirá en otoño», dijo la consejera de Fomento, Elena Vidal, ante la prensa.\n\n«Es tarde», dijo Pablo Ruiz.",
			"«El puerto abrirá en otoño», dijo Pablo Ruiz ante la prensa.\n\n«Es tarde», dijo Pablo Ruiz."},
		{"Portuguese", "pt",
			"«A ponte abre em maio», afirmou a presidente da Câmara do Porto, Teresa Lopes, aos jornalistas.\n\n«É tarde», disse Rui Costa.",
			"«A ponte abre em maio», afirmou Rui Costa aos jornalistas.\n\n«É tarde», disse Rui Costa."},
		{"French, an adverbial after the name", "fr",
			"« Le tram arrivera en 2028 », a déclaré le maire, Paul Roux, après le vote.\n\n« C'est trop tard », a répondu Claire Petit.",
			"« Le tram arrivera en 2028 », a déclaré Claire Petit après le vote.\n\n« C'est trop tard », a répondu Claire Petit."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.cp, tt.src, Options{Language: tt.lang})
			assert.Len(t, findingsByCode(fs)[finding.QuoteMisattributed], 1, "%v", fs)
		})
	}
}

// TestForeignLowerTitle keeps the lower-case title an article opens
// before a speaker's name as the speaker's title, so a changed title is
// reported.
func TestForeignLowerTitle(t *testing.T) {
	tests := []struct{ name, lang, text, speaker, title string }{
		{"French, set off by a comma", "fr", "« Le tram arrivera en 2028 », a déclaré le maire, Paul Roux, après le vote.", "Paul Roux", "maire"},
		{"Portuguese, four words", "pt", "«A ponte abre em maio», afirmou a presidente da câmara, Teresa Lopes, aos jornalistas.", "Teresa Lopes", "presidente da câmara"},
		{"French, a word of time is no title", "fr", "« Le tram arrivera en 2028 », a déclaré mardi Paul Roux.", "Paul Roux", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := Find(tt.text, Options{Language: tt.lang})
			require.NotEmpty(t, sts)
			require.NotNil(t, sts[0].Speaker)
			assert.Equal(t, tt.speaker, sts[0].Speaker.Name)
			assert.Equal(t, tt.title, sts[0].Speaker.Title)
		})
	}
	changed := []struct{ name, lang, src, cp string }{
		{"French", "fr", "« Le tram arrivera en 2028 », a déclaré le maire, Paul Roux, après le vote.",
			"« Le tram arrivera en 2028 », a déclaré le premier adjoint, Paul Roux, après le vote."},
		{"Spanish", "es", "«El puerto abrirá en otoño», dijo la consejera de Fomento, Elena Vidal, ante la prensa.",
			"«El puerto abrirá en otoño», dijo la consejera de Hacienda, Elena Vidal, ante la prensa."},
		{"Italian", "it", "«Il museo riaprirà a marzo», ha detto l'assessore alla Cultura, Marco Riva.",
			"«Il museo riaprirà a marzo», ha detto l'assessore al Bilancio, Marco Riva."},
	}
	for _, tt := range changed {
		t.Run(tt.name+" title changed", func(t *testing.T) {
			_, fs := Compare(tt.cp, tt.src, Options{Language: tt.lang})
			assert.Len(t, findingsByCode(fs)[finding.SpeakerTitleChanged], 1, "%v", fs)
			_, fs = Compare(tt.src, tt.src, Options{Language: tt.lang})
			assert.Empty(t, fs)
		})
	}
}

// TestForeignOpenerBeforeSubject reads the subject of a colon intro after
// the adverbial that opens the sentence, so a quote introduced so is not
// left without a speaker.
func TestForeignOpenerBeforeSubject(t *testing.T) {
	tests := []struct{ name, lang, text, quote, speaker, title string }{
		{"French, a title and a name", "fr",
			"« Le parc ouvrira en juin », a déclaré Claire Petit.\n\nAprès le vote, le maire, Paul Roux, a déclaré : « Les travaux commencent lundi et dureront deux mois. »",
			"Les travaux", "Paul Roux", "maire"},
		{"Spanish, a title and a name", "es",
			"«El agua llegará en mayo», dijo Pedro Gil.\n\nTras la reunión, la portavoz de los vecinos, Marta Sanz, fue clara: «Nadie nos ha escuchado en diez años».",
			"Nadie nos", "Marta Sanz", "portavoz de los vecinos"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := statementWith(t, Find(tt.text, Options{Language: tt.lang}), tt.quote)
			require.NotNil(t, st.Speaker)
			assert.Equal(t, tt.speaker, st.Speaker.Name)
			assert.Equal(t, tt.title, st.Speaker.Title)
		})
	}
	src := "« Le parc ouvrira en juin », a déclaré Claire Petit.\n\n« Les travaux commencent lundi et dureront deux mois », a déclaré le maire, Paul Roux, après le vote."
	cp := "« Le parc ouvrira en juin », a déclaré Claire Petit.\n\nAprès le vote, le maire, Paul Roux, a déclaré : « Les travaux commencent lundi et dureront deux mois. »"
	_, fs := Compare(cp, src, Options{Language: "fr"})
	assert.Empty(t, findingsByCode(fs)[finding.AttributionDropped], "%v", fs)
	assert.Empty(t, findingsByCode(fs)[finding.QuoteMisattributed], "%v", fs)
}

// TestForeignAddressTitles reads a title of address before a surname
// ("Mme Marchal", "Frau Vogt", "el Sr. Gómez") as a title, not a given
// name, so the person is the one named in full elsewhere; a Japanese
// honorific (氏) is no title.
func TestForeignAddressTitles(t *testing.T) {
	tests := []struct{ name, lang, text, speaker, title string }{
		{"French", "fr", "« Je reste optimiste », a confié Mme Marchal.", "Marchal", "Mme"},
		{"German", "de", "„Wir bleiben optimistisch“, sagte Frau Vogt.", "Vogt", "Frau"},
		{"Spanish, after an article", "es", "«Es pronto para decirlo», dijo el Sr. Gómez.", "Gómez", "Sr."},
		{"Japanese", "ja", "佐藤花子氏は「計画は遅れている」と述べた。", "佐藤花子", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := Find(tt.text, Options{Language: tt.lang})
			require.NotEmpty(t, sts)
			require.NotNil(t, sts[0].Speaker)
			assert.Equal(t, tt.speaker, sts[0].Speaker.Name)
			assert.Equal(t, tt.title, sts[0].Speaker.Title)
			assert.Equal(t, "person", sts[0].Speaker.Kind)
		})
	}
	src := "« Le parc ouvrira en juin », a déclaré Sophie Marchal.\n\n« C'est trop tard », a répondu Paul Roux.\n\n« Je reste optimiste », a confié Mme Marchal."
	cp := "« Le parc ouvrira en juin », a déclaré Sophie Marchal.\n\n« C'est trop tard », a répondu Paul Roux.\n\n« Je reste optimiste », a confié Sophie Marchal."
	_, fs := Compare(cp, src, Options{Language: "fr"})
	assert.Empty(t, findingsByCode(fs)[finding.QuoteMisattributed], "%v", fs)
	assert.Empty(t, findingsByCode(fs)[finding.SpeakerTitleChanged], "%v", fs)
}
