package statements

import (
	"context"
	"testing"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRepeatedWordsFindTheSpeakersPassage compares a copy with an original
// that repeats the speaker's words without attribution (in a headline, a
// summary) before giving them to the speaker: the copy's attributed words
// must be checked against the attributed passage, so an honest copy raises
// nothing.
func TestRepeatedWordsFindTheSpeakersPassage(t *testing.T) {
	tests := []struct{ name, orig, copy string }{
		{"a headline repeats the quote",
			"The Latest: “Ferry fares must fall before summer.”\n\nThe harbour board met on Monday. Ada Brook, the board chair, spoke first. “Ferry fares must fall before summer,” she said.",
			"The harbour board met on Monday. Ada Brook, the board chair, spoke first. “Ferry fares must fall before summer,” she said."},
		{"a headline repeats the reported words",
			"Why the pier will close for three months in the spring.\n\nThe council met on Monday. Tom Reyes said the pier will close for three months in the spring.",
			"The council met on Monday. Tom Reyes said the pier will close for three months in the spring."},
		{"a quote of small words among passages that share one",
			"Brook thanked the crew. This is the one boat for all of us, she wrote later. The crew thanked her. Brook then told the crowd: “This one is for you.”",
			"Brook then told the crowd: “This one is for you.”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, tt.orig, Options{})
			for _, f := range fs {
				assert.Less(t, f.Severity.Rank(), finding.Warning.Rank(), "%s: %s", f.Code, f.Message)
			}
		})
	}
}

// TestSelfComparisonIsClean compares each PolNeAR train and dev article
// with itself: a faithful copy of the whole text. Every warning or error
// there is a false alarm. There were 25 before the copy's words were
// matched with the passage the original gives their speaker; the 8 left
// come from quotes of a letter or two and from phrases the original quotes
// in one place and not in another.
func TestSelfComparisonIsClean(t *testing.T) {
	arts := loadDev(t)
	train, err := LoadPolNeAR(context.Background(), polnearDir, "train")
	require.NoError(t, err)
	n := 0
	for _, a := range append(arts, train...) {
		_, fs := Compare(a.Text, a.Text, Options{})
		for _, f := range fs {
			if f.Severity.Rank() >= finding.Warning.Rank() {
				n++
				t.Logf("%s: %s: %s", a.Name, f.Code, f.Message)
			}
		}
	}
	assert.LessOrEqual(t, n, 8)
}
