package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestForeignNarrativeHedgeDropped: a sentence of the story, no statement,
// whose hedge the copy drops ("pourrait dépasser" → "dépassera", "soll …
// gestellt haben" → "hat … gestellt") states as certain what the original
// only held possible, in French, German, Spanish, Italian and Portuguese
// as in English; the verb that carried the hedge comes back in another
// form, which is the same verb and no other words.
func TestForeignNarrativeHedgeDropped(t *testing.T) {
	tests := []struct{ name, lang, intro, src, cp, outro string }{
		{"French, present", "fr", "Le conseil de Rennes a voté mardi soir.", "Le chantier du nouveau musée pourrait coûter 40 millions d'euros.", "Le chantier du nouveau musée coûte 40 millions d'euros.", "Les travaux commencent en mai."},
		{"French, future", "fr", "Le conseil de Rennes a voté mardi soir.", "D'après un audit, le chantier du musée pourrait durer trois ans.", "D'après un audit, le chantier du musée durera trois ans.", "Les travaux commencent en mai."},
		{"German, soll … haben", "de", "Der Stadtrat von Kassel tagte am Dienstag.", "Der Investor soll bereits Zuschüsse in Millionenhöhe beantragt haben.", "Der Investor hat bereits Zuschüsse in Millionenhöhe beantragt.", "Die Arbeiten beginnen im Mai."},
		{"German, könnte → wird", "de", "Der Stadtrat von Kassel tagte am Dienstag.", "Der Neubau des Museums könnte die Stadt 40 Millionen Euro kosten.", "Der Neubau des Museums wird die Stadt 40 Millionen Euro kosten.", "Die Arbeiten beginnen im Mai."},
		{"Spanish", "es", "El pleno de Cádiz votó el martes.", "Según la empresa, el precio del billete podría bajar un 5 % en marzo.", "Según la empresa, el precio del billete bajará un 5 % en marzo.", "Las obras empiezan en mayo."},
		{"Italian", "it", "Il consiglio di Bari ha votato martedì.", "Secondo fonti del Comune, la giunta potrebbe chiudere il mercato coperto a luglio.", "Secondo fonti del Comune, la giunta chiuderà il mercato coperto a luglio.", "I lavori iniziano a maggio."},
		{"Portuguese", "pt", "A câmara de Braga votou na terça-feira.", "Segundo a empresa, a obra da ponte poderá atrasar até março.", "Segundo a empresa, a obra da ponte vai atrasar até março.", "As obras começam em maio."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Join([]string{tt.intro, tt.src, tt.outro}, " ")
			cp := strings.Join([]string{tt.intro, tt.cp, tt.outro}, " ")
			_, fs := Compare(cp, src, Options{Language: tt.lang})
			require.Len(t, fs, 1, "%v", fs)
			assert.Equal(t, finding.HedgeStrengthened, fs[0].Code, fs[0].Evidence.Detail)
			_, fs = Compare(src, src, Options{Language: tt.lang})
			assert.Empty(t, fs)
		})
	}
}

// TestForeignNarrativeRewordingKeepsHedge: a copy that rewords a hedged
// sentence and keeps its hedge, or swaps the verb for another one, raises
// no hedge finding.
func TestForeignNarrativeRewordingKeepsHedge(t *testing.T) {
	tests := []struct{ name, lang, src, cp string }{
		{"French", "fr", "Le conseil de Rennes a voté mardi soir. D'après un audit, le chantier du musée pourrait durer trois ans. Les travaux commencent en mai.", "Mardi soir, le conseil de Rennes a voté. Selon un audit, les travaux du musée pourraient durer trois ans. Le chantier commence en mai."},
		{"Portuguese", "pt", "A câmara de Braga votou na terça-feira. Segundo a empresa, a obra da ponte poderá atrasar até março. As obras começam em maio.", "Na terça-feira, a câmara de Braga votou. De acordo com a empresa, a obra da ponte poderá sofrer atrasos até março. As obras começam em maio."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.cp, tt.src, Options{Language: tt.lang})
			assert.Empty(t, findingsByCode(fs)[finding.HedgeStrengthened], "%v", fs)
		})
	}
}
