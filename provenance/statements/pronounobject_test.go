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
