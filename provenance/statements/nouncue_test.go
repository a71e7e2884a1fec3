package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindNounCues covers stances named by a noun with a holder ("his
// attacks on", "criticism from X that") and a document's author after
// "according to a statement by".
func TestFindNounCues(t *testing.T) {
	tests := []cueCase{
		{"possessive holder", "Tom Reyes spoke first. His attacks on the ferry board have grown sharper.",
			"the ferry board", "Tom Reyes", "attacks on"},
		{"opposition with a holder", "Ada Brook runs the rival slate. Her opposition to the pier plan has galvanized riders.",
			"the pier plan", "Ada Brook", "opposition to"},
		{"criticism from X that", "The plan drew criticism from Tom Reyes that it would cost too much.",
			"it would cost too much", "Tom Reyes", "criticism from"},
		{"statement by", "According to a statement by Ada Brook, the pier will close.",
			"the pier will close", "Ada Brook", "According to"},
		{"statement from, after the words", "The pier will close, according to a statement from the Kelby Ferry Company.",
			"The pier will close", "Kelby Ferry Company", "according to"},
	}
	checkCues(t, tests)
}

// TestStanceWithoutHolderIsUnattributed: "support for X grew" names no
// holder, and PolNeAR still marks it an attribution; it is a stance
// credited to no one, which Compare does not check.
func TestStanceWithoutHolderIsUnattributed(t *testing.T) {
	st := lastStatement(t, "Support for the pier plan has grown in Kelby.")
	assert.Equal(t, Stance, st.Kind)
	assert.Equal(t, "Support for", st.Cue)
	assert.Nil(t, st.Speaker)
}
