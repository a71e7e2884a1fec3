package statements

import (
	"strings"
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

// checkCues runs checkCue on each case as a subtest.
func checkCues(t *testing.T, tests []cueCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCue(t, tt) })
	}
}

// assertNoCue checks that no statement of text carries cue.
func assertNoCue(t *testing.T, text, cue string) {
	t.Helper()
	for _, s := range Find(text, Options{}) {
		assert.NotEqual(t, cue, s.Cue, text)
	}
}

// lastStatement returns the last statement Find reports in text.
func lastStatement(t *testing.T, text string) Statement {
	t.Helper()
	sts := Find(text, Options{})
	require.NotEmpty(t, sts)
	return sts[len(sts)-1]
}

// summaries returns each statement Find reports in text as
// "kind|cue|speaker|content", for tests that look for one among them.
func summaries(text string) []string {
	var out []string
	for _, s := range Find(text, Options{}) {
		sp := ""
		if s.Speaker != nil {
			sp = s.Speaker.Name
		}
		out = append(out, summary(string(s.Kind), s.Cue, sp, s.Content.Text))
	}
	return out
}

func summary(kind, cue, speaker, content string) string {
	return strings.Join([]string{kind, cue, speaker, content}, "|")
}
