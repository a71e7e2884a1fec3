package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestOppositesOnPronounObjects: a word of an opposite pair that bears on a
// pronoun ("opposed it") may bear on the object the other word names, so
// two clauses turned round ("The mayor supported the plan but the council
// opposed it" → "The council opposed the plan, but the mayor supported
// it") trade no objects. Objects named on both sides still count.
func TestOppositesOnPronounObjects(t *testing.T) {
	open := "The Kettleby town council met on Monday to settle the harbour budget.\n\n"
	tests := []struct {
		name, src, cp, stmt string // stmt opens the copy's statement a swap would be reported on
		want                bool
	}{
		{"it, clauses turned round", "The harbour master supported the dredging plan but the fishermen opposed it, the minutes show.",
			"The fishermen opposed the dredging plan, but the harbour master supported it, the minutes show.", "The fishermen opposed", false},
		{"them, clauses turned round", "Parents praised the new bus routes while drivers criticised them, the minutes show.",
			"Drivers criticised the new bus routes while parents praised them, the minutes show.", "Drivers criticised", false},
		{"this, clauses turned round", "Shop owners welcomed the parking fee, though the ferry crews condemned this, the minutes show.",
			"The ferry crews condemned the parking fee, though shop owners welcomed this, the minutes show.", "The ferry crews condemned", false},
		{"named objects swapped", "The harbour master supported the dredging plan and opposed the fuel levy, the minutes show.",
			"The harbour master opposed the dredging plan and supported the fuel levy, the minutes show.", "The harbour master opposed", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp, open+tt.src, Options{})
			found := false
			for _, f := range fs {
				if f.Code == finding.StatementAltered && f.Severity == finding.Error && strings.Contains(f.Message, `"`+tt.stmt) {
					found = true
				}
			}
			assert.Equal(t, tt.want, found, "%v", fs)
		})
	}
}

// TestOppositesSwappedOnAPronoun: a pronoun in a statement's first clause
// ("would raise them") stands on both sides for what the words before the
// statement name, so a reworded copy that trades the pair's objects
// ("would cut them and raise choice") reverses both claims. A pronoun after
// the object the other word names ("opposed the plan …, supported it")
// stands for that object, and one after another clause may stand for its
// words: neither is a swap.
func TestOppositesSwappedOnAPronoun(t *testing.T) {
	open := "Shoppers in the dale worry about bread prices.\n\n"
	src := open + "Analysts said the merger would raise them and cut choice for shoppers in upland areas.\n\n" +
		"Councillor Ada Voss said she supported it and opposed the fuel duty for hill farmers.\n\n" +
		"Union official Rhea Sand said the mayor supported the depot plan but the drivers opposed it.\n\n" +
		"The regulator will rule next month."
	tests := []struct {
		name, cp string
		want     bool // an error on the changed statement
	}{
		{"them, objects swapped", "According to analysts, the deal is set to cut them and raise choice for upland shoppers.", true},
		{"it, objects swapped", "According to Councillor Ada Voss, she has opposed it while she supported the hill farmers' fuel duty.", true},
		{"them, kept", "According to analysts, the deal is set to raise them and cut choice for upland shoppers.", false},
		{"it, kept", "According to Councillor Ada Voss, she has supported it while she opposed the hill farmers' fuel duty.", false},
		{"it after the named object, clauses turned round", "According to union official Rhea Sand, the drivers opposed the depot plan whereas the mayor had supported it.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp, src, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}
