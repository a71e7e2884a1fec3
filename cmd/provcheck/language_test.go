package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCompareDetectsTheLanguageOfTextFiles: a text file declares no
// language, so compare reads it from the copy's body and says so in
// field_sources; English stays English, and a text too short or too mixed
// to tell keeps the English default ("").
func TestCompareDetectsTheLanguageOfTextFiles(t *testing.T) {
	tests := []struct{ name, story, lang string }{
		{"french", "Le conseil municipal de Valmorin a voté mardi un plan pour les pistes cyclables du centre. " +
			"Selon la maire, Claire Dubosc, les travaux commenceront au printemps et dureront huit mois. " +
			"L'opposition juge le budget de quatre millions d'euros trop élevé pour une ville de cette taille.", "fr"},
		{"german", "Der Stadtrat von Helmbach hat am Dienstag einen Plan für die Radwege in der Innenstadt beschlossen. " +
			"Nach Angaben der Bürgermeisterin Petra Kranz beginnen die Arbeiten im Frühjahr und dauern acht Monate. " +
			"Die Opposition hält das Budget von vier Millionen Euro für zu hoch.", "de"},
		{"spanish", "El ayuntamiento de Villaserena aprobó el martes un plan para los carriles bici del centro. " +
			"Según la alcaldesa, Marta Quiroga, las obras comenzarán en primavera y durarán ocho meses. " +
			"La oposición cree que el presupuesto de cuatro millones de euros es demasiado alto para la ciudad.", "es"},
		{"italian", "Il consiglio comunale di Valdorso ha approvato martedì un piano per le piste ciclabili del centro. " +
			"Secondo la sindaca, Giulia Ferretti, i lavori cominceranno in primavera e dureranno otto mesi. " +
			"L'opposizione ritiene che il bilancio di quattro milioni di euro sia troppo alto per la città.", "it"},
		{"english", "The town council of Millbrook voted on Tuesday for a plan for cycle lanes in the centre. " +
			"According to the mayor, Clara Dobson, work will begin in the spring and last eight months. " +
			"The opposition says the budget of four million pounds is too high for a town of this size.", "en"},
		{"too short", "Le conseil a voté mardi. Les travaux commencent au printemps.", ""},
		{"mixed", "The council met on Tuesday. Le conseil s'est réuni mardi. " +
			"Der Rat tagte am Dienstag. El consejo se reunió el martes.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			cp, orig := filepath.Join(dir, "copy.txt"), filepath.Join(dir, "orig.txt")
			require.NoError(t, os.WriteFile(cp, []byte("Headline\n\n"+tt.story), 0o644))
			require.NoError(t, os.WriteFile(orig, []byte("Headline\n\n"+tt.story), 0o644))
			_, out, stderr := cli(t, "", "compare", "--format", "json", cp, orig)
			r := decode(t, out).Reports[0]
			require.NotNil(t, r.Article, stderr)
			assert.Equal(t, tt.lang, r.Article.Language)
			if tt.lang != "" {
				assert.Equal(t, "text", r.Article.FieldSources["language"])
			} else {
				assert.NotContains(t, r.Article.FieldSources, "language")
			}
		})
	}
}

// TestDetectedGermanKeepsGermanRules: read as English, a capitalised German
// noun swapped for another ("Gebühren" for "Tarife") looks like a changed
// name; detected as German, it is a noun, while a swapped surname after
// "laut" is still a fact change. --language still overrides the detection.
func TestDetectedGermanKeepsGermanRules(t *testing.T) {
	const (
		intro = "Die Gemeinde senkt die Gebühren\n\nDie Gemeinde Seeheim senkt zum ersten März die Gebühren für alle Kitas im Kreis spürbar. " +
			"Der Kreistag hatte lange über die Kosten gestritten und am Ende einstimmig entschieden.\n\n"
		outro = "\n\nDer Elternbeirat begrüßte die Senkung und forderte weitere Schritte für die Familien im Kreis."
	)
	tests := []struct {
		name, src, cp string
		flags         []string
		drift         bool
	}{
		{"a noun swapped", "Neue Gebühren gelten ab März für alle Familien mit Kindern im Kreis.",
			"Neue Tarife gelten ab März für alle Familien mit Kindern im Kreis.", nil, false},
		{"a surname swapped", "Laut Hartmann sinken die Gebühren für Familien um etwa acht Prozent im Jahr.",
			"Laut Kessler sinken die Gebühren für Familien um etwa acht Prozent im Jahr.", nil, true},
		{"English by flag", "Neue Gebühren gelten ab März für alle Familien mit Kindern im Kreis.",
			"Neue Tarife gelten ab März für alle Familien mit Kindern im Kreis.", []string{"--language", "en"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			cp, orig := filepath.Join(dir, "copy.txt"), filepath.Join(dir, "orig.txt")
			require.NoError(t, os.WriteFile(cp, []byte(intro+tt.cp+outro), 0o644))
			require.NoError(t, os.WriteFile(orig, []byte(intro+tt.src+outro), 0o644))
			args := append([]string{"compare", "--format", "json"}, tt.flags...)
			_, out, stderr := cli(t, "", append(args, cp, orig)...)
			r := decode(t, out).Reports[0]
			require.NotNil(t, r.Article, stderr)
			assert.Equal(t, "de", r.Article.Language)
			assert.Equal(t, tt.drift, slices.Contains(codes(r), "fact-drift"), "%v", codes(r))
		})
	}
}
