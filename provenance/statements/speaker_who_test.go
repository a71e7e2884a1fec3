package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindRelativeWho gives a cue inside "X, who said …" to X, read
// through the relative pronoun, with the words after the cue.
func TestFindRelativeWho(t *testing.T) {
	tests := []cueCase{
		{"object of the main clause", "The mayor praised Tom Reyes, who said the ferry was safe.",
			"the ferry was safe", "Tom Reyes", "said"},
		{"subject of the main clause", "Ada Brook, who warned that the pier would close, left the hall early.",
			"the pier would close, left the hall early", "Ada Brook", "warned"},
		{"later surname mention resolves", "Ada Brook runs the harbour board. The council thanked Brook, who said the repairs were done.",
			"the repairs were done", "Ada Brook", "said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkCue(t, tt)
			require.NotNil(t, got.SpeakerSpan)
			assert.Equal(t, "who", got.SpeakerSpan.Text)
		})
	}
}

// TestWhoWithoutCommaIsNoSpeaker keeps a restrictive "who" ("people who
// said") from borrowing a name: only a comma opens the clause about X.
func TestWhoWithoutCommaIsNoSpeaker(t *testing.T) {
	for _, s := range Find("Ada Brook met riders who said the ferry was late.", Options{}) {
		if s.Speaker != nil {
			assert.NotEqual(t, "Ada Brook", s.Speaker.Name)
		}
	}
}
