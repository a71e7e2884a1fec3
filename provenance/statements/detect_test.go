package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNoActBeforeItsVerb keeps an act's verb that closes a relative clause
// or a noun phrase from taking the words before it: in "…, the loose style
// she prefers" nothing before "prefers" is what she prefers.
func TestNoActBeforeItsVerb(t *testing.T) {
	tests := []struct{ name, text, cue string }{
		{"a relative clause without 'that'", "On Monday, she read a speech from notes rather than the loose style she prefers.", "prefers"},
		{"a progressive in a relative clause", "With two days left before the vote, Ada Brook went to meet the man she is seeking to replace.", "seeking"},
		{"a noun after a noun", "Just click here, enter your email address, and press send.", "address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, st := range Find(tt.text, Options{}) {
				assert.NotEqual(t, tt.cue, st.Cue, "%q: %q", tt.text, st.Content.Text)
			}
		})
	}
}
