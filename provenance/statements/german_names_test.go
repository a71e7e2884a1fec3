package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestGermanSurnameAloneIsName: German news names a person by the surname
// alone after the first mention; that surname is a name wherever a name
// cue stands before it ("laut", "Frau", "Dr.") or the text writes it as the
// last word of a full name, so a swapped surname is a fact change; a noun
// after an adjective opening a sentence stays no name.
func TestGermanSurnameAloneIsName(t *testing.T) {
	const (
		intro = "Die Gemeinde senkt die Gebühren\n\nDie Gemeinde Seeheim senkt zum ersten März die Gebühren für alle Kitas im Kreis spürbar.\n\n"
		outro = "\n\nDer Elternbeirat begrüßte die Senkung und forderte weitere Schritte."
	)
	tests := []struct {
		name, src, cp string
		drift         bool
	}{
		{"after laut", "Laut Hartmann sinken die Gebühren für Familien um etwa acht Prozent im Jahr.",
			"Laut Kessler sinken die Gebühren für Familien um etwa acht Prozent im Jahr.", true},
		{"after Frau", "Nach Angaben von Frau Hartmann sinken die Gebühren für Familien um etwa acht Prozent.",
			"Nach Angaben von Frau Kessler sinken die Gebühren für Familien um etwa acht Prozent.", true},
		{"after Dr.", "Dr. Hartmann rechnet mit sinkenden Gebühren für alle Familien im Kreis.",
			"Dr. Kessler rechnet mit sinkenden Gebühren für alle Familien im Kreis.", true},
		{"the last word of a full name elsewhere",
			"Die Kitas im Kreis leitet Jonas Hartmann.\n\nHartmann rechnet mit sinkenden Gebühren für alle Familien im Kreis.",
			"Die Kitas im Kreis leitet Jonas Kessler.\n\nKessler rechnet mit sinkenden Gebühren für alle Familien im Kreis.", true},
		{"a noun after an opening adjective", "Neue Gebühren gelten ab März für alle Familien mit Kindern im Kreis.",
			"Neue Tarife gelten ab März für alle Familien mit Kindern im Kreis.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(intro+tt.cp+outro, intro+tt.src+outro, Options{Language: "de"})
			assert.Equal(t, tt.drift, len(findingsByCode(fs)[finding.FactDrift]) > 0, "%v", fs)
		})
	}
}
