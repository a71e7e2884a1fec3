package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestReversalsCancelOnlyTogether: an opposite word and a negation cancel
// when they bear on one claim ("would not back" for "would block"), and
// "failed to", "refused to", "declined to" negate the word after them as
// "not" does ("refused to admit" is "denied"). A negation dropped in one
// clause and an opposite word put in another are two changes, not none.
func TestReversalsCancelOnlyTogether(t *testing.T) {
	src := "The ferry board met on Thursday.\n\n" +
		"“We did not accept the timetable, and we rejected the fare rise,” said board member Ilse Varga.\n\n" +
		"Skipper Owen Reyes said the crew had failed to win back the night route from the rival firm.\n\n" +
		"The harbour trust said its treasurer, Pia Lund, refused to admit any error in the accounts.\n\n" +
		"“The board will not approve the new pier this winter,” said harbour master Kofi Mensah."
	tests := []struct {
		name, cp string
		want     bool // an error on the changed statement
	}{
		{"quote: negation dropped and opposite put in another clause", "“We accepted the timetable, and we approved the fare rise,” said board member Ilse Varga.", true},
		{"quote: only the opposite put in", "“We did not accept the timetable, and we approved the fare rise,” said board member Ilse Varga.", true},
		{"quote: unchanged", "“We did not accept the timetable, and we rejected the fare rise,” said board member Ilse Varga.", false},
		{"reported: failed to win back → lost", "Skipper Owen Reyes said the crew had lost the night route to the rival firm.", false},
		{"reported: refused to admit → denied", "The harbour trust said its treasurer, Pia Lund, denied any error in the accounts.", false},
		{"quote: will not approve → will reject", "“The board will reject the new pier this winter,” said harbour master Kofi Mensah.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := "The ferry board met on Thursday.\n\n" + tt.cp
			_, fs := Compare(cp, src, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}

// TestTwoOppositesSwapped: two contrasted words traded for each other
// ("sales rose … costs fell" → "sales fell … costs rose") reverse both
// claims; they do not cancel as a negation and an opposite do.
func TestTwoOppositesSwapped(t *testing.T) {
	src := "The bakery chain reported its results.\n\n" +
		"Finance chief Nora Quist said sales rose by 6% in the spring while costs fell by 3%.\n\n" +
		"Shareholders said the board approved the new oven line and rejected the plan for a depot. Staff said the firm supported the oven and opposed the depot."
	tests := []struct {
		name, cp string
		want     bool // an error on the changed statement
	}{
		{"far apart", "Finance chief Nora Quist said sales fell by 6% in the spring while costs rose by 3%.", true},
		{"in one clause", "Shareholders said the board rejected the new oven line and approved the plan for a depot.", true},
		{"three words apart", "Staff said the firm opposed the oven and supported the depot.", true},
		{"kept", "Finance chief Nora Quist said sales rose by 6% in the spring while costs fell by 3%.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := "The bakery chain reported its results.\n\n" + tt.cp
			_, fs := Compare(cp, src, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}
