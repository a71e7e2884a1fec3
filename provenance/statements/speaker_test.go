package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindLowerCaseTitles reads a job title written in lower case before a
// name as the speaker's title, wherever the attribution stands.
func TestFindLowerCaseTitles(t *testing.T) {
	tests := []struct {
		name, text, speaker, title string
	}{
		{"opening the sentence", "chief executive Marisa Okonkwo-Hale said the plant would close in May.", "Marisa Okonkwo-Hale", "chief executive"},
		{"after an inverted cue", "“We will fight this all the way,” said union organiser Daniel Fitch.", "Daniel Fitch", "union organiser"},
		{"after according to", "The vote was rigged, according to union organiser Daniel Fitch.", "Daniel Fitch", "union organiser"},
		{"with a modifier", "The mill's former site manager Ida Solberg said the roof had leaked for years.", "Ida Solberg", "former site manager"},
		{"capitalised title after an opening phrase", "Earlier, Harbour Safety Secretary Jon Arkwell said the pier was secure.", "Jon Arkwell", "Harbour Safety Secretary"},
		{"later mention keeps the title", "union organiser Daniel Fitch spoke first. “The vote was rigged,” Fitch said.", "Daniel Fitch", "union organiser"},
		{"a verb before the name is no title", "The board met Daniel Fitch on Monday. Fitch said the vote was rigged.", "Daniel Fitch", ""},
		{"a plain noun before the name is no title", "A letter from Ida Solberg said the roof had leaked for years.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := Find(tt.text, Options{})
			require.NotEmpty(t, sts)
			s := sts[len(sts)-1]
			if tt.speaker == "" {
				if s.Speaker != nil {
					assert.Empty(t, s.Speaker.Title)
				}
				return
			}
			require.NotNil(t, s.Speaker)
			assert.Equal(t, tt.speaker, s.Speaker.Name)
			assert.Equal(t, tt.title, s.Speaker.Title)
		})
	}
}
