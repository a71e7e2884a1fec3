package statements

import (
	"slices"
	"testing"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hasCode reports whether fs holds a finding of code.
func hasCode(fs []finding.Finding, code finding.Code) bool {
	return slices.ContainsFunc(fs, func(f finding.Finding) bool { return f.Code == code })
}

// TestNamedAfterADescription takes the person named after a description
// ("said the board's chair, Dr Nadia Ferro") as the speaker, with the
// description as title, and a person "of" a body as that person, with the
// body (whose name may hold "and") as affiliation.
func TestNamedAfterADescription(t *testing.T) {
	tests := []struct {
		name, text, speaker, kind, title, affil string
	}{
		{"honorific after an inverted cue",
			"“The roof was never safe,” said the harbour board's chair, Dr Nadia Ferro.",
			"Nadia Ferro", "person", "harbour board's chair", ""},
		{"a later quote of the same speaker",
			"“The roof was never safe,” said the museum's director, Professor Alan Whitby. “We warned them twice.”",
			"Alan Whitby", "person", "Professor, museum's director", ""},
		{"a description opening the sentence, then an honorific",
			"The agency's director of flood operations, Dr Sandra Whitlock, said the gates had held.",
			"Sandra Whitlock", "person", "The agency's director of flood operations", ""},
		{"title, name and the body she is of",
			"Chief Superintendent Maria Lund of Kent and Medway Police said the road would reopen on Monday.",
			"Maria Lund", "person", "Chief Superintendent", "Kent and Medway Police"},
		{"the body alone keeps its whole name",
			"Kent and Medway Police said the road would reopen on Monday.",
			"Kent and Medway Police", "organization", "", ""},
		{"two names joined by and are not one when the first is known",
			"Tesla opened a plant in Kelby. Tesla and Harbor Motor Company said the plant would hire 300 people.",
			"Harbor Motor Company", "organization", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := lastStatement(t, tt.text)
			require.NotNil(t, s.Speaker)
			assert.Equal(t, tt.speaker, s.Speaker.Name)
			assert.Equal(t, tt.kind, s.Speaker.Kind)
			assert.Equal(t, tt.title, s.Speaker.Title)
			assert.Equal(t, tt.affil, s.Speaker.Affiliation)
		})
	}
}

// TestChangesAgainstADescribedSpeaker flags a quote given to another
// person, and a changed title, when the original names its speaker after
// a description or as a person "of" a body.
func TestChangesAgainstADescribedSpeaker(t *testing.T) {
	orig := "The museum will close for repairs. “The roof was never safe and the board knew it,” said the museum's chair, Dr Nadia Ferro. " +
		"Inspector Carl Dunne of Kent and Medway Police said the road outside would stay shut. Her lawyer, Tom Reyes, said the board had acted in good faith."
	tests := []struct {
		name, copy string
		code       finding.Code
	}{
		{"quote credited to another person",
			"The museum will close for repairs.\n“The roof was never safe and the board knew it.” — Tom Reyes, lawyer\nHer lawyer, Tom Reyes, said the board had acted in good faith.",
			finding.QuoteMisattributed},
		{"the description's role changed",
			"The museum will close for repairs. “The roof was never safe and the board knew it,” said the museum's chief executive, Dr Nadia Ferro.",
			finding.SpeakerTitleChanged},
		{"the rank before the name changed",
			"The museum will close for repairs. Chief Inspector Carl Dunne of Kent and Medway Police said the road outside would stay shut.",
			finding.SpeakerTitleChanged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, orig, Options{})
			assert.True(t, hasCode(fs, tt.code), "%v", fs)
		})
	}
}

// TestDescriptionBeforeARelativeClause reads the role and the body of a
// description that a "who" clause continues ("a soil chemist at the
// Harbour Institute who was not involved …"), and flags a changed body.
func TestDescriptionBeforeARelativeClause(t *testing.T) {
	tests := []struct{ name, text, title, affil string }{
		{"a clause with an auxiliary",
			"Dr Ines Varga, a soil chemist at the Harbour Institute who was not involved in the trial, said the results looked sound.",
			"soil chemist", "Harbour Institute"},
		{"a clause with a plain verb",
			"Ines Varga, a soil chemist at the Harbour Institute who led the trial, said the results looked sound.",
			"soil chemist", "Harbour Institute"},
		{"no role, no description",
			"Ines Varga, a neighbour who was not involved in the trial, said the results looked sound.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := lastStatement(t, tt.text)
			require.NotNil(t, s.Speaker)
			assert.Equal(t, "Ines Varga", s.Speaker.Name)
			if tt.title != "" {
				assert.Equal(t, tt.title, s.Speaker.Title)
			}
			assert.Equal(t, tt.affil, s.Speaker.Affiliation)
		})
	}
	orig := "The trial ran for three years. Dr Ines Varga, a soil chemist at the Harbour Institute who was not involved in the trial, said the results looked sound."
	copy := "The trial ran for three years. Dr Ines Varga, a soil chemist at Kelby University who took no part in the trial, said the results looked sound."
	_, fs := Compare(copy, orig, Options{})
	assert.True(t, hasCode(fs, finding.SpeakerTitleChanged), "%v", fs)
}

// TestGenderFromPronounsAfterQuotes learns a person's pronoun from "she
// said" after a quote that continues her words, across a sentence of
// quoted words that names no one.
func TestGenderFromPronounsAfterQuotes(t *testing.T) {
	tests := []struct{ name, text, person, want string }{
		{"after a running quote",
			"“The pier will close,” said Ana Brook, the harbour master. “It is not safe.”\n\n“We have no money,” she said, “and no time.”",
			"Ana Brook", "f"},
		{"right after her quote",
			"“The pier will close,” said Tom Reyes. “We have no money,” he said.",
			"Tom Reyes", "m"},
		{"a pronoun inside the quote says nothing",
			"“The pier will close,” said Tom Reyes. “She will decide,” the clerk said.",
			"Tom Reyes", ""},
		{"another person between",
			"“The pier will close,” said Ana Brook. Tom Reyes listened. “We have no money,” she said.",
			"Ana Brook", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRegistry(newDoc(tt.text, "en"))
			e := r.byName(tt.person)
			require.NotNil(t, e)
			assert.Equal(t, tt.want, e.likelyGender())
		})
	}
}

// TestSurnameNamedInFullElsewhere resolves a bare surname the copy names
// in full only later, or only the original names in full, so a quote
// moved to that person is caught; two people of one surname stay apart.
func TestSurnameNamedInFullElsewhere(t *testing.T) {
	orig := "The pier will close in May. “We have no money,” said Ana Brook, the harbour master. “It is not safe.”\n\n“We tried everything,” she said, “but the sea won.”\n\n" +
		"Tom Reyes, a fisherman who has worked from the pier for 30 years, said the town had been warned."
	tests := []struct{ name, copy string }{
		{"full name later in the copy",
			"The pier will close in May. “We have no money,” said Ana Brook, the harbour master.\n\n“We tried everything,” Reyes said, “but the sea won.”\n\n" +
				"Tom Reyes, a fisherman who has worked from the pier for 30 years, said the town had been warned."},
		{"full name only in the original",
			"The pier will close in May. “We have no money,” said Ana Brook, the harbour master.\n\n“We tried everything,” Reyes said, “but the sea won.”"},
		{"a pronoun for the other person named just before",
			"The pier will close in May. “We have no money,” said Ana Brook, the harbour master. “It is not safe.”\n\nTom Reyes was less sure.\n\n“We tried everything,” he said, “but the sea won.”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, orig, Options{})
			assert.True(t, hasCode(fs, finding.QuoteMisattributed), "%v", fs)
		})
	}
	r := newRegistry(newDoc("“The vote was fair,” Patel said. Priya Patel and Raj Patel met on Monday. Tom Reyes did not.", "en"))
	assert.Nil(t, r.onlyPerson("Patel"), "two people of one surname: no guess")
	require.NotNil(t, r.onlyPerson("Reyes"))
	assert.Equal(t, "Tom Reyes", r.onlyPerson("Reyes").name)
}
