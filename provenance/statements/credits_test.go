package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// TestCompareLeavesCreditsOut checks that the stretches the caller marks
// as credits hold no statement to check and no fact a sentence adds, while
// a claim beside a credit is still checked.
func TestCompareLeavesCreditsOut(t *testing.T) {
	const src = "The Orrin valley line will reopen in May, the rail board said on Friday, confirming a report first published by the Lakeside Herald. " +
		"Engineers said the new bridge had passed its load tests."
	tests := []struct {
		name, copy string
		credits    []string // stretches of copy marked as credits
		noStmt     []string // no checked statement may hold these words
		stmt       []string // a checked statement must hold these words
		noCodes    []finding.Code
	}{
		{"credited report in the lead",
			"The Orrin valley line will reopen in May, the rail board said on Friday, confirming an earlier LH report. Engineers said the new bridge had passed its load tests.",
			[]string{"an earlier LH report"}, []string{"LH report"}, []string{"the new bridge had passed its load tests"},
			[]finding.Code{finding.StatementNotFound, finding.LeadDrift}},
		{"credit line",
			"Engineers said the new bridge had passed its load tests.\n\nOriginally reported by Mina Okafor for Lakeside Herald.",
			[]string{"Originally reported by Mina Okafor for Lakeside Herald"}, []string{"Mina Okafor"}, []string{"the new bridge had passed"},
			[]finding.Code{finding.StatementNotFound, finding.FactDrift, finding.AttributionDropped}},
		{"claim after a credited report",
			"The rail board denied a report in the Lakeside Herald that the line would close for good.",
			[]string{"a report in the Lakeside Herald"}, nil, []string{"that the line would close for good"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rs []text.Range
			for _, c := range tt.credits {
				i := strings.Index(tt.copy, c)
				rs = append(rs, text.Range{Start: i, End: i + len(c)})
			}
			checks, fs := Compare(tt.copy, src, Options{Credits: rs})
			texts := make([]string, len(checks))
			for i, ck := range checks {
				texts[i] = ck.Text
			}
			joined := strings.Join(texts, " | ")
			for _, w := range tt.noStmt {
				assert.NotContains(t, joined, w)
			}
			for _, w := range tt.stmt {
				assert.Contains(t, joined, w)
			}
			for _, f := range fs {
				assert.NotContains(t, tt.noCodes, f.Code, "false alarm: %s", f.Message)
			}
		})
	}
}

// TestCreditSpansMerge sorts and merges overlapping credits and clips
// them to the text, so one search finds the credit holding a range.
func TestCreditSpansMerge(t *testing.T) {
	d := newDoc("abcdefghij", "")
	d.credits = creditSpans(d, []text.Range{{Start: 6, End: 20}, {Start: 1, End: 3}, {Start: 2, End: 5}, {Start: -4, End: 0}})
	assert.Equal(t, []span{{1, 5}, {6, 10}}, d.credits)
	assert.True(t, d.inCredit(2, 5))
	assert.False(t, d.inCredit(4, 7))
	assert.True(t, d.inCredit(6, 10))
	assert.False(t, d.inCredit(0, 1))
}
