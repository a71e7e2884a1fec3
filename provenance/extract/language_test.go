package extract_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLanguageFromText: a page that declares no language gets the one its
// body is written in, marked as read from the text; a declared one always
// wins, and a body that cannot tell leaves the language unknown.
func TestLanguageFromText(t *testing.T) {
	const german = "Der Stadtrat von Helmbach hat am Dienstag einen neuen Plan für die Radwege in der Innenstadt beschlossen. " +
		"Nach Angaben der Bürgermeisterin Petra Kranz sollen die Bauarbeiten im Frühjahr beginnen und etwa acht Monate dauern. " +
		"Die Opposition hält das Budget von vier Millionen Euro für zu hoch und verlangt eine neue Prüfung der Kosten. " +
		"Der Verkehrsverein begrüßte die Entscheidung und hofft auf mehr Platz für Fußgänger in der Altstadt."
	html := func(attr, paras string) []byte {
		return []byte(`<!DOCTYPE html><html` + attr + `><head><title>Radwege in Helmbach</title></head><body><article><h1>Radwege in Helmbach</h1>` +
			paras + `</article></body></html>`)
	}
	short := strings.Repeat("<p>Helmbach baut Radwege.</p>", 3) + "<p>" + strings.Repeat("Radweg ", 30) + "</p>"
	tests := []struct {
		name, attr, paras, lang, source string
	}{
		{"no lang attribute", "", "<p>" + german + "</p>", "de", "text"},
		{"declared lang wins", ` lang="en"`, "<p>" + german + "</p>", "en", "html-lang"},
		{"one word over and over", "", short, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, html(tt.attr, tt.paras))
			assert.Equal(t, tt.lang, a.Language)
			assert.Equal(t, tt.source, a.FieldSources["language"])
		})
	}
}
