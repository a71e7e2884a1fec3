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
