package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cueCase is a sentence, the cue a statement in it must carry, and what
// that statement must hold; speaker "" means no speaker is written.
type cueCase struct {
	name, text, content, speaker, cue string
}

// checkCue finds the statement of tt.cue in tt.text and checks its words
// and its speaker; it returns the statement for further checks.
func checkCue(t *testing.T, tt cueCase) *Statement {
	t.Helper()
	var got *Statement
	for _, s := range Find(tt.text, Options{}) {
		if s.Cue == tt.cue {
			got = &s
		}
	}
	require.NotNil(t, got, "no statement with cue %q", tt.cue)
	assert.Equal(t, tt.content, got.Content.Text)
	if tt.speaker == "" {
		assert.Nil(t, got.Speaker)
		return got
	}
	require.NotNil(t, got.Speaker)
	assert.Equal(t, tt.speaker, got.Speaker.Name)
	return got
}
