package statements

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestGuillemetInnerSpace leaves the space a French typesetter puts inside
// « » (a space, a no-break space or a narrow one) out of the quote, and
// counts the span in code points.
func TestGuillemetInnerSpace(t *testing.T) {
	for _, sp := range []string{" ", "\u00a0", "\u202f"} {
		txt := "Déjà vu. «" + sp + "La piscine rouvrira en juin" + sp + "», a déclaré Paul Girard."
		sts := Find(txt, Options{Language: "fr"})
		require.Len(t, sts, 1, "%q", sp)
		c := sts[0].Content
		assert.Equal(t, "La piscine rouvrira en juin", c.Text, "%q", sp)
		assert.Equal(t, []rune(txt)[c.Start:c.End], []rune(c.Text), "%q", sp)
		assert.Equal(t, 10+len([]rune(sp)), c.Start, "%q", sp)
	}
}

// TestInciseInsideQuote leaves a French or Spanish incise inside the marks
// out of the quoted words, as an English attribution between two
// quotations is: rewording it is faithful, naming another person in it
// misattributes, and the quoted words are still checked.
func TestInciseInsideQuote(t *testing.T) {
	const (
		frSrc = "« La piscine restera ouverte tout l'été », a annoncé la maire, Anne Roux.\n\n" +
			"« Les travaux attendront l'automne, a-t-elle ajouté. Personne ne sera privé de baignade. »"
		esSrc = "«El mercado abrirá en marzo», aseguró el alcalde, Luis Peña.\n\n" +
			"«No habrá retrasos en la obra —añadió—, lo garantizo a todos los vecinos».\n"
	)
	tests := []struct {
		name, src, cp string
		want          []finding.Code
	}{
		{"French, incise reworded", frSrc, strings.Replace(frSrc, "a-t-elle ajouté", "a ajouté la maire", 1), nil},
		{"French, incise given a name", frSrc, strings.Replace(frSrc, "a-t-elle ajouté", "a ajouté Anne Roux", 1), nil},
		{"French, incise given to another", frSrc, strings.Replace(frSrc, "a-t-elle ajouté", "a ajouté Paul Girard", 1),
			[]finding.Code{finding.QuoteMisattributed}},
		{"French, quoted word changed", frSrc, strings.Replace(frSrc, "privé de baignade", "privé de piscine", 1),
			[]finding.Code{finding.QuoteAltered}},
		{"Spanish, incise reworded", esSrc, strings.Replace(esSrc, "—añadió—", "—añadió el alcalde—", 1), nil},
		{"Spanish, quote joined without the incise", esSrc, strings.Replace(esSrc, " —añadió—,", ",", 1), nil},
		{"Spanish, quoted word changed", esSrc, strings.Replace(esSrc, "en la obra", "en el proyecto", 1),
			[]finding.Code{finding.QuoteAltered}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.cp, tt.src, Options{})
			var got []finding.Code
			for _, f := range fs {
				if !slices.Contains(got, f.Code) {
					got = append(got, f.Code)
				}
			}
			assert.Equal(t, tt.want, got, "%v", fs)
		})
	}
}

// TestDashDialogue reads a paragraph opened by a dash as speech, as
// Spanish, Portuguese and Italian set dialogue: the incise names the
// speaker and is no part of the quote, which goes on after its closing
// dash. A dash before a list's item is no speech in English.
func TestDashDialogue(t *testing.T) {
	type st struct{ text, speaker string }
	tests := []struct {
		name, lang, text string
		want             []st
	}{
		{"Spanish, incise closed, speech goes on", "es",
			"El pleno aprobó el plan.\n\n—Hemos cumplido con el barrio —dijo la concejala Ana Gil—. Ahora les toca a los vecinos cuidar el parque.\n",
			[]st{{"Hemos cumplido con el barrio", "Ana Gil"}, {"Ahora les toca a los vecinos cuidar el parque.", "Ana Gil"}}},
		{"Spanish, incise ends the paragraph", "es",
			"El pleno aprobó el plan.\n\n―No sabemos cuándo abrirá la biblioteca ―respondió Luis Peña.",
			[]st{{"No sabemos cuándo abrirá la biblioteca", "Luis Peña"}}},
		{"Italian, page of no language given", "",
			"Il consiglio ha approvato il piano.\n\n—I lavori partiranno a marzo —ha detto Marco Neri.",
			[]st{{"I lavori partiranno a marzo", "Marco Neri"}}},
		{"English list item", "en",
			"The council approved three things:\n\n— The pool will reopen in May.\n— The library will close on Sundays.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []st
			for _, s := range Find(tt.text, Options{Language: tt.lang}) {
				if s.Kind != Direct {
					continue
				}
				require.NotNil(t, s.Speaker, "%+v", s)
				got = append(got, st{s.Content.Text, s.Speaker.Name})
				assert.Equal(t, []rune(tt.text)[s.Content.Start:s.Content.End], []rune(s.Content.Text))
			}
			assert.Equal(t, tt.want, got)
		})
	}
	// the copy that negates the speech changes the quote
	src := "El pleno aprobó el plan.\n\n—Hemos cumplido con el barrio —dijo la concejala Ana Gil—. Ahora les toca a los vecinos.\n"
	_, fs := Compare(strings.Replace(src, "—Hemos", "—No hemos", 1), src, Options{Language: "es"})
	require.NotEmpty(t, fs)
	assert.Equal(t, finding.QuoteAltered, fs[0].Code, "%v", fs)
	_, fs = Compare(src, src, Options{Language: "es"})
	assert.Empty(t, fs)
	// another verb of saying in the incise keeps the speaker
	_, fs = Compare(strings.Replace(src, "—dijo la", "—contestó la", 1), src, Options{Language: "es"})
	assert.Empty(t, fs)
}

// TestForeignReportedFound finds reported speech of Portuguese verbs, of a
// French subject with a relative clause or an appositive before its verb,
// and of Japanese と-clauses after a titled name and a comma.
func TestForeignReportedFound(t *testing.T) {
	tests := []struct{ name, lang, text, speaker, content string }{
		{"Portuguese afirmou", "pt", "Rui Matos afirmou que a ponte vai abrir em maio.", "Rui Matos", "a ponte vai abrir em maio"},
		{"Portuguese disse", "pt", "A ministra Clara Dias disse que o hospital terá 200 camas.", "Clara Dias", "o hospital terá 200 camas"},
		{"Portuguese garantiu", "pt", "Clara Dias garantiu que nenhuma escola vai fechar.", "Clara Dias", "nenhuma escola vai fechar"},
		{"French relative clause", "fr", "Marc Roux, qui dirige le club de voile, a précisé que 40 bateaux avaient été vendus.",
			"Marc Roux", "40 bateaux avaient été vendus"},
		{"French appositive", "fr", "Anne Roux, élue socialiste, a estimé que le budget serait dépassé.",
			"Anne Roux", "le budget serait dépassé"},
		{"Japanese, comma after は", "ja", "県の土木部長、田中一郎氏は、橋の工事に8億円をかけると明らかにした。",
			"田中一郎", "橋の工事に8億円をかける"},
		{"Japanese, 述べた", "ja", "田中氏は、工事は来年3月に終わると述べた。", "田中", "工事は来年3月に終わる"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := Find(tt.text, Options{Language: tt.lang})
			require.Len(t, sts, 1, "%+v", sts)
			assert.Equal(t, Reported, sts[0].Kind)
			require.NotNil(t, sts[0].Speaker)
			assert.Equal(t, tt.speaker, sts[0].Speaker.Name)
			assert.Equal(t, tt.content, sts[0].Content.Text)
			assert.True(t, speechCue(sts[0].Cue), sts[0].Cue)
		})
	}
	// no title: a place or a body before は says nothing reported here
	assert.Empty(t, Find("金沢市は10日、来年度から保育料を無償化すると説明した。", Options{Language: "ja"}))
}

// TestForeignReportedNumberChanged: once found, a number changed in
// foreign reported speech is an altered statement, an error.
func TestForeignReportedNumberChanged(t *testing.T) {
	tests := []struct{ name, lang, src, from, to string }{
		{"French", "fr", "Le club a tenu son assemblée.\n\nMarc Roux, qui dirige le club de voile, a précisé que 40 bateaux avaient été vendus.\n", "40", "400"},
		{"Portuguese", "pt", "O clube reuniu-se ontem.\n\nRui Matos afirmou que o clube vai comprar 12 barcos até ao verão.\n", "12", "21"},
		{"Japanese", "ja", "県は5日、計画を発表した。\n\n県の土木部長、田中一郎氏は、橋の工事に8億円をかけると明らかにした。\n", "8億円", "18億円"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.src, tt.src, Options{Language: tt.lang})
			assert.Empty(t, fs)
			_, fs = Compare(strings.Replace(tt.src, tt.from, tt.to, 1), tt.src, Options{Language: tt.lang})
			require.NotEmpty(t, fs)
			assert.Equal(t, finding.StatementAltered, fs[0].Code, "%v", fs)
			assert.Equal(t, finding.Error, fs[0].Severity, "%v", fs)
		})
	}
}

// TestForeignAccordingTo reads a sentence opened by whose view it gives
// ("Pour X, …", "Selon X, …", "Según X, …") as X's statement, so a word
// changed in its partial quote is caught; "Pour Noël" names no speaker.
func TestForeignAccordingTo(t *testing.T) {
	const src = "Le conseil a voté le plan.\n\nPour Anne Roux, élue socialiste, le chantier « va ruiner les commerces du vieux port » et il faut attendre.\n"
	sts := Find(src, Options{Language: "fr"})
	var direct, reported int
	for _, s := range sts {
		require.NotNil(t, s.Speaker, "%+v", s)
		assert.Equal(t, "Anne Roux", s.Speaker.Name)
		switch s.Kind {
		case Direct:
			direct++
			assert.Equal(t, "va ruiner les commerces du vieux port", s.Content.Text)
		case Reported:
			reported++
			assert.Equal(t, "le chantier « va ruiner les commerces du vieux port » et il faut attendre", s.Content.Text)
		}
	}
	assert.Equal(t, 1, direct)
	assert.Equal(t, 1, reported)
	_, fs := Compare(src, src, Options{Language: "fr"})
	assert.Empty(t, fs)
	_, fs = Compare(strings.Replace(src, "vieux port", "nouveau port", 1), src, Options{Language: "fr"})
	require.NotEmpty(t, fs)
	assert.Equal(t, finding.QuoteAltered, fs[0].Code, "%v", fs)

	for _, txt := range []string{"Según la concejala Ana Gil, el parque abrirá en mayo.", "À en croire Marc Roux, les commerces fermeront tous."} {
		sts := Find(txt, Options{})
		require.Len(t, sts, 1, txt)
		assert.Equal(t, Reported, sts[0].Kind)
		assert.True(t, speechCue(sts[0].Cue), sts[0].Cue)
	}
	assert.Empty(t, Find("Pour Noël, la ville installera un grand marché.", Options{Language: "fr"}))
}

// TestInciseWithPronoun: a German or Spanish incise names its speaker by
// a pronoun after the verb ("sagte sie", "dijo él"); it is no quoted word.
func TestInciseWithPronoun(t *testing.T) {
	tests := []struct{ name, text string }{
		{"German", "„Die Halle bleibt zu, sagte sie, bis der Boden trocken ist.“"},
		{"Spanish", "«La biblioteca abrirá en mayo, dijo él, si llegan los libros.»"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, st := range Find(tt.text, Options{}) {
				assert.NotContains(t, st.Content.Text, "sagte sie")
				assert.NotContains(t, st.Content.Text, "dijo él")
			}
		})
	}
}
