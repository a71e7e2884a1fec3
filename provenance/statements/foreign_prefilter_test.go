package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHasForeignVerbKeepsForeignReports checks that the word test which
// spares English sentences the foreign patterns lets through every
// sentence those patterns read, and only skips sentences without a
// foreign verb of saying.
func TestHasForeignVerbKeepsForeignReports(t *testing.T) {
	for _, tc := range []struct {
		text   string
		verb   bool
		report bool
	}{
		{"Odile Ferrand a précisé que le quai fermera en mai.", true, true},
		{"Der Hafen bleibt zu, sagte Jonas Albrecht.", true, true},
		{"Nina Caldera dijo que el muelle cerrará pronto.", true, true},
		{"The pier will close in May, the harbour board wrote.", false, false},
		{"Dit is a word, Dit Velmar repeated.", false, false},
	} {
		d := newDoc(tc.text, "")
		sent := d.sents[0]
		assert.Equal(t, tc.verb, hasForeignVerb(d, sent), tc.text)
		_, ok := foreignReported(d, sent)
		assert.Equal(t, tc.report, ok, tc.text)
	}
}
