package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// TestBoundReadInContext: "and over" after a number bounds it as "over"
// before it does ("60 and over" is "over 60"); "over" before a span of
// time may only say when ("spread over four weeks"); a four-digit count
// followed by its noun ("nearly 1800 homes") is a count, not a year.
func TestBoundReadInContext(t *testing.T) {
	src := "The county published its winter plan.\n\n" +
		"Officials said free flu jabs would go to everyone aged 60 and over this year.\n\n" +
		"The council said swimming lessons for children aged seven and under would stay free.\n\n" +
		"Organisers said the book fair would be spread over four weeks in the town hall.\n\n" +
		"The housing officer said nearly 1800 homes still needed new boilers.\n\n" +
		"The mayor said the scheme had run for over ten years without a break."
	tests := []struct {
		name, cp string
		want     bool // an error on the changed statement
	}{
		{"and over → over", "Officials said free flu jabs would go to everyone over 60 this year.", false},
		{"and over → under", "Officials said free flu jabs would go to everyone under 60 this year.", true},
		{"and under → under", "The council said swimming lessons for children under seven would stay free.", false},
		{"and under → over", "The council said swimming lessons for children over seven would stay free.", true},
		{"over a span → for a span", "Organisers said the book fair would be spread for four weeks in the town hall.", false},
		{"over a span → nearly", "Organisers said the book fair would be spread over nearly four weeks in the town hall.", true},
		{"for over years → for nearly years", "The mayor said the scheme had run for nearly ten years without a break.", true},
		{"four-digit count: nearly → over", "The housing officer said over 1800 homes still needed new boilers.", true},
		{"four-digit count: nearly → almost", "The housing officer said almost 1800 homes still needed new boilers.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := "The county published its winter plan.\n\n" + tt.cp
			_, fs := Compare(cp, src, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}

// TestYearIsNoCount: a year is no quantity, whatever the word before it.
func TestYearIsNoCount(t *testing.T) {
	tests := []struct {
		src, n string
		want   bound
	}{
		{"prices are over 2019 levels", "2019", boundExact},
		{"it has grown since 1990", "1990", boundExact},
		{"nearly 1900 jobs", "1900", boundBelow},
		{"in 1900 jobs were scarce", "1900", boundExact},
		{"over 2020, sales grew", "2020", boundExact},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			assert.Equal(t, tt.want, numbersOf(text.Tokenize(tt.src, ""))[tt.n])
		})
	}
}
