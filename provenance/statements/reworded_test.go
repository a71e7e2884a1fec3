package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// TestNegationLost finds a negation one wording has and the other lacks on
// the same claim, however loosely reworded, and leaves a negation that
// only moved or went with its words.
func TestNegationLost(t *testing.T) {
	tok := func(s string) []text.Token { return text.Tokenize(s, "en") }
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"dropped", "These 120 posts are not a luxury.", "the 120 posts were a luxury", true},
		{"dropped from a contraction", "We cannot keep asking the staff to work double shifts.", "staff could keep working double shifts", true},
		{"kept", "These posts are not a luxury.", "the posts were not a luxury", false},
		{"the claim left out", "These posts are not a luxury.", "the posts were approved on Monday", false},
		{"reworded without the negation", "These posts are not a luxury.", "the posts are a necessity", false},
		{"moved, not lost", "When the city sends its people, they are not sending their best.", "the city does not send its best people", false},
		{"no word beside the claim", "This is not fair.", "fair prices were promised", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, negationLost(tok(tt.a), tok(tt.b)))
		})
	}
}

// TestSpeechCue tells verbs that put words in a mouth, in any form, from
// verbs of belief or of acting.
func TestSpeechCue(t *testing.T) {
	for cue, want := range map[string]bool{
		"said": true, "cautioned": true, "conceded that": true, "adding": true, "urges": true,
		"believes": false, "wants": false, "defended": false, "reminds": false, "": false,
	} {
		assert.Equal(t, want, speechCue(cue), cue)
	}
}

// TestAnotherBody tells a named organisation from one the original only
// describes, unless the description may name it.
func TestAnotherBody(t *testing.T) {
	tests := []struct {
		name, desc string
		want       bool
	}{
		{"Royal College of Nursing", "The board", true},
		{"Environment Agency", "the agency", false},
		{"Vessa Analytics Ltd", "the company", false},
		{"Royal College of Nursing", "a spokeswoman", false},
		{"Royal College of Nursing", "officials", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, anotherBody(tt.name, tt.desc), "%s / %s", tt.name, tt.desc)
	}
}

// TestAttributedClauseDropped flags a copy that keeps an attributed clause
// of the original but drops whom it was from, and leaves one that keeps it.
func TestAttributedClauseDropped(t *testing.T) {
	src := "The money will come from selling the old depot on Quay Road, which the council said was no longer safe to use."
	tests := []struct {
		name, copy string
		want       bool
	}{
		{"credit dropped", "The money will come from selling the old depot on Quay Road, which is no longer safe to use.", true},
		{"credit kept", "The money will come from selling the old depot on Quay Road, which the council said was no longer safe to use.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, src, Options{})
			got := false
			for _, f := range fs {
				if f.Code == finding.AttributionDropped {
					got = true
					assert.Equal(t, "was no longer safe to use", f.Evidence.Source.Text)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestSameSpeakerOfName takes "the Bank" for "the Bank of England", and
// not the Bank of Canada for it.
func TestSameSpeakerOfName(t *testing.T) {
	assert.True(t, sameSpeaker("The Bank", "Bank of England"))
	assert.True(t, sameSpeaker("Bank of England", "the Bank"))
	assert.False(t, sameSpeaker("Bank of Canada", "Bank of England"))
	assert.False(t, sameSpeaker("the group", "Friends of the Earth"))
}

// TestNegationClosingAQuote compares a negation that ends the original's
// quotation, which the copy drops.
func TestNegationClosingAQuote(t *testing.T) {
	src := "Die Stadtwerke erhöhen die Preise zum Januar.\n\n„Das Geld reicht nicht“, sagte Stadtrat Martin Brandt."
	checks, fs := Compare(strings.Replace(src, "reicht nicht“", "reicht“", 1), src, Options{})
	require.NotEmpty(t, checks)
	var altered bool
	for _, f := range fs {
		altered = altered || f.Code == finding.QuoteAltered && f.Severity == finding.Error
	}
	assert.True(t, altered, "%v", fs)
	_, fs = Compare(src, src, Options{})
	assert.Empty(t, fs)
}

// TestBodyWordsGivenToAPerson flags a copy that gives to a named person
// what the original credits to a body it only describes ("the agency"),
// unless the copy makes the person that body's officer.
func TestBodyWordsGivenToAPerson(t *testing.T) {
	src := "The transport agency, Metro Transit, said on Monday that bus fares would rise in March. Mayor Ada Brook welcomed new buses. The agency cautioned that costs could rise by 12 percent next year."
	tests := []struct {
		name, copy string
		want       bool
	}{
		{"a person named elsewhere", strings.Replace(src, "The agency cautioned", "Brook cautioned", 1), true},
		{"the body's officer", strings.Replace(src, "The agency cautioned", "Agency chief Tom Reyes cautioned", 1), false},
		{"unchanged", src, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, src, Options{})
			got := false
			for _, f := range fs {
				got = got || f.Code == finding.StatementMisattributed
			}
			assert.Equal(t, tt.want, got, "%v", fs)
		})
	}
}

// TestFormerDropped flags a copy that makes a former office-holder a
// current one.
func TestFormerDropped(t *testing.T) {
	src := "The pier will close in May. Former mayor Ada Brook said the closure was a mistake."
	_, fs := Compare("The pier will close in May. Mayor Ada Brook said the closure was a mistake.", src, Options{})
	var got []finding.Finding
	for _, f := range fs {
		if f.Code == finding.SpeakerTitleChanged {
			got = append(got, f)
		}
	}
	require.Len(t, got, 1, "%v", fs)
	assert.Contains(t, got[0].Evidence.Detail, `drops "former"`)
	_, fs = Compare(src, src, Options{})
	assert.Empty(t, fs)
}

// TestQuoteOfTwoSpeakers names whose words a copy adds to a quote when the
// original gives them to someone else.
func TestQuoteOfTwoSpeakers(t *testing.T) {
	src := "“The harbour is too shallow for the new ferries,” said Tom Reyes, a pilot. “We will need to dredge it every spring,” said Ada Brook, an engineer."
	cp := "“The harbour is too shallow for the new ferries. We will need to dredge it every spring,” said Tom Reyes, a pilot."
	_, fs := Compare(cp, src, Options{})
	var msg string
	for _, f := range fs {
		if f.Code == finding.QuoteAltered {
			msg = f.Message
		}
	}
	assert.Contains(t, msg, "are Ada Brook's in the original", "%v", fs)
}

// TestOneHedgeFindingForANestedQuote reports a hedge firmed up once when a
// reported statement holds the quote that changed.
func TestOneHedgeFindingForANestedQuote(t *testing.T) {
	src := "Dr Maria Lopez, who chairs the panel, said the forecast was \"deeply uncertain and could change within weeks\"."
	cp := "Dr Maria Lopez, who chairs the panel, said the forecast was \"deeply uncertain and will change within weeks\"."
	_, fs := Compare(cp, src, Options{})
	n := 0
	for _, f := range fs {
		if f.Code == finding.HedgeStrengthened {
			n++
		}
	}
	assert.Equal(t, 1, n, "%v", fs)
}
