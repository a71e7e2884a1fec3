package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// TestNegationMovedToAnotherClause: a negation taken out of one clause
// and another put in a clause the punctuation parts from it reverse both
// claims, as a negation dropped does; a negation swapped for another in
// the same clause, moved across the cue, or moved with the clause it
// bears on keeps the sense.
func TestNegationMovedToAnotherClause(t *testing.T) {
	tests := []struct {
		name, src, cp string
		want          []string // the negation changes that stand
	}{
		{"dropped in one clause, put in the next",
			"We do not oppose the new ferry, but the timetable has to be drawn up with the fishermen in mind",
			"We oppose the new ferry, because the timetable has not been drawn up with the fishermen in mind",
			[]string{"delete not", "insert not"}},
		{"put in one clause, dropped in the next, the comma the copy's",
			"The trust backs the new wing because the wards were never built for winter",
			"The trust never backs the new wing, because the wards were built for winter",
			[]string{"insert never", "delete never"}},
		{"a failed to dropped and a not put in another sentence",
			"The board failed to fill the post. It will advertise again in May",
			"The board filled the post. It will not advertise again in May",
			[]string{"delete failed to", "insert not"}},
		{"moved across the cue", "She did not expect that the new board of the museum would sell the painting",
			"She expected that the new board of the museum would not sell the painting", nil},
		{"no for without in one clause", "Some 2,000 homes were without heating on Friday", "Some 2,000 homes had no heating on Friday", nil},
		{"moved with its clause", "The levy, which was not popular with traders, passed on Monday",
			"The levy passed on Monday, though it was not popular with traders", nil},
		{"not unlikely for likely", "It is not unlikely that the mill will close", "It is likely that the mill will close", nil},
		{"dropped alone", "We are not against the dam, but the spillway must be rebuilt", "We are against the dam, but the spillway must be rebuilt", []string{"delete not"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, fc := range factChanges(text.Tokenize(tt.src, ""), text.Tokenize(tt.cp, "")) {
				if fc.kind == "negation" {
					got = append(got, fc.op+" "+fc.word)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestQuoteWithNegationMovedIsAnError: the quote whose "not" moves to the
// next clause says the opposite, an error as a dropped "not" is, and the
// detail names both changes.
func TestQuoteWithNegationMovedIsAnError(t *testing.T) {
	src := "The county approved the new reservoir on Tuesday.\n\n" +
		"“We do not oppose the reservoir, but the spillway has to be built with the village in mind,” said farmer Ines Roald."
	tests := []struct{ name, cp, detail string }{
		{"not moved to the next clause", "“We oppose the reservoir, because the spillway has not been built with the village in mind,” said farmer Ines Roald.",
			"delete negation not; insert negation not"},
		{"not dropped", "“We oppose the reservoir, but the spillway has to be built with the village in mind,” said farmer Ines Roald.",
			"delete negation not"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare("The county approved the new reservoir on Tuesday.\n\n"+tt.cp, src, Options{})
			sev, found := worst(fs, finding.QuoteAltered)
			assert.True(t, found && sev == finding.Error, "%v", fs)
			for _, f := range fs {
				if f.Code == finding.QuoteAltered {
					assert.Contains(t, f.Evidence.Detail, tt.detail)
				}
			}
		})
	}
}

// TestShortStatementWithNegationMoved: a negation moved to another clause
// of a reported statement reverses both claims however short the
// statement (too reworded for the near-verbatim check); a negation moved
// with its clause, or across the cue, keeps them.
func TestShortStatementWithNegationMoved(t *testing.T) {
	open := "The Brask valley water board met on Wednesday to discuss the old weir.\n\n"
	end := "\n\nThe board will vote on the repairs in October."
	tests := []struct {
		name, src, cp string
		want          bool // an error that the claim changed
	}{
		{"not moved to the next clause", "Engineer Lotte Frey said the weir was not cracked, but the sluice needed oiling.",
			"Engineer Lotte Frey said the weir was cracked, but the sluice did not need oiling.", true},
		{"not moved, that after but", "Frey said the weir was not cracked, but that the sluice needed oiling.",
			"Frey said the weir was cracked, but that the sluice did not need oiling.", true},
		{"never moved to the first clause", "Frey said the gate held firm, though the banks were never checked.",
			"Frey said the gate never held firm, though the banks were checked.", true},
		{"clauses swapped, negation kept with its clause", "Frey said the weir was not cracked, but the sluice needed oiling.",
			"Frey said the sluice needed oiling, but the weir was not cracked.", false},
		{"moved across the cue", "Frey did not think the board would close the weir path.",
			"Frey thought the board would not close the weir path.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp+end, open+tt.src+end, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}
