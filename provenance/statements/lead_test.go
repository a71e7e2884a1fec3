package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// TestLeadDrift flags the facts a copy's lead changes in the sentence of
// the original it rewrites, and not the facts a lead leaves out.
func TestLeadDrift(t *testing.T) {
	src := "Harbour Bank reported a 12% rise in first-half profits on Thursday, helped by a recovery in mortgage lending.\n\n" +
		"Chief executive Maria Lund said the bank could cut 300 jobs in Kelby. Pre-tax profit rose to £412 million."
	tests := []struct {
		name, copy       string
		copySpan, detail string // "" for no finding
	}{
		{"a number changed", "Harbour Bank posted a 21% jump in first-half profits on Thursday, boosted by mortgage lending.", "21%", "21% ← 12%"},
		{"a number left out", "Harbour Bank posted a jump in first-half profits, boosted by mortgage lending.", "", ""},
		{"a name from elsewhere in the original", "Maria Lund's Harbour Bank reported a 12% rise in first-half profits on Thursday.", "", ""},
		{"a hedge firmed up", "Harbour Bank will cut 300 jobs in Kelby, chief executive Maria Lund said.", "will", "will ← could"},
		{"a dateline added", "KELBY (Reuters) — Harbour Bank reported a 12% rise in first-half profits on Thursday.", "", ""},
		{"no sentence of the opening rewritten", "Ferry fares in Marr will stay at £4.20 this year.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := KeyFactDrift(tt.copy, src, nil, nil)
			if tt.copySpan == "" {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, finding.LeadDrift, fs[0].Code)
			require.NotNil(t, fs[0].Evidence.Copy)
			require.NotNil(t, fs[0].Evidence.Source)
			assert.Equal(t, tt.copySpan, fs[0].Evidence.Copy.Text)
			assert.Equal(t, tt.copySpan, string([]rune(tt.copy)[fs[0].Evidence.Copy.Start:fs[0].Evidence.Copy.End]))
			assert.Equal(t, fs[0].Evidence.Source.Text, string([]rune(src)[fs[0].Evidence.Source.Start:fs[0].Evidence.Source.End]))
			assert.Equal(t, "rule=lead-drift: "+tt.detail, fs[0].Evidence.Detail)
		})
	}
	// a lead whose changed fact a statement finding already shows is left to it
	cp := "Harbour Bank posted a 21% jump in first-half profits on Thursday, boosted by mortgage lending."
	sp := text.Span{Start: 0, End: 20}
	covering := finding.New(finding.StatementAltered, "", finding.Evidence{Copy: &sp})
	assert.Empty(t, KeyFactDrift(cp, src, nil, []finding.Finding{covering}))
}

// TestFactDrift compares each later sentence of the copy with the sentence
// of the original it rewrites, wherever that stands.
func TestFactDrift(t *testing.T) {
	src := "Harbour Bank reported a rise in profits on Thursday.\n\n" +
		"Revenue was broadly flat at £1.9 billion. Shares in the bank rose nearly 4% in early trading after the results.\n\n" +
		"If convicted, the former manager could face up to eight years in prison, prosecutors said. The bank did not comment on the case against its former branch manager.\n\n" +
		"Tom Reyes of the Kelby Savers Club welcomed the results but warned that the bank could face more claims."
	lead := "Harbour Bank reported a rise in profits on Thursday. "
	tests := []struct {
		name, copy string
		detail     string // "" for no finding
	}{
		{"a number changed", "Shares in the bank rose 14% in early trading after the results.", "14% ← 4%"},
		{"a hedge dropped", "The former manager faces up to eight years in prison if convicted.", "faces ← could face"},
		{"a negation dropped", "The bank did comment on the case against its former branch manager.", "comment ← not comment"},
		{"faithful", "Shares in the bank rose almost 4% in early trading after the results.", ""},
		{"a number from elsewhere in the original", "Revenue was broadly flat at £1.9 billion, with shares up 4%.", ""},
		{"a hedged clause left out", "Tom Reyes of the Kelby Savers Club welcomed the results.", ""},
		{"a hedged clause firmed up", "Tom Reyes of the Kelby Savers Club welcomed the results but warned that the bank will face more claims.", "will ← could"},
		// copies merge two sentences of the original into one
		{"two sentences merged, a hedge dropped", "The bank did not comment on the case against its former branch manager, who faces up to eight years in prison.", "faces ← could face"},
		{"two sentences merged, faithful", "Revenue was broadly flat at £1.9 billion, and shares in the bank rose nearly 4% in early trading after the results.", ""},
		{"two sentences merged, a number changed", "Revenue was broadly flat at £2.9 billion, and shares in the bank rose nearly 4% in early trading after the results.", "£2.9 billion ← £1.9 billion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := KeyFactDrift(lead+tt.copy, src, nil, nil)
			if tt.detail == "" {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1, "%v", fs)
			code := finding.FactDrift
			if strings.Contains(tt.name, "hedge") {
				code = finding.HedgeStrengthened // a certainty change alone has the hedge code
			}
			assert.Equal(t, code, fs[0].Code)
			assert.Equal(t, "rule="+string(code)+": "+tt.detail, fs[0].Evidence.Detail)
			assert.Equal(t, fs[0].Evidence.Copy.Text, string([]rune(lead + tt.copy)[fs[0].Evidence.Copy.Start:fs[0].Evidence.Copy.End]))
		})
	}
	// an allegation stated as fact is an error
	src2 := "The harbour board met on Monday.\n\nLocal shop owner Tom Reyes is accused of blocking the harbour road for a week in May."
	fs := KeyFactDrift("The harbour board met on Monday. Local shop owner Tom Reyes blocked the harbour road for a week in May.", src2, nil, nil)
	require.Len(t, fs, 1, "%v", fs)
	assert.Equal(t, finding.Error, fs[0].Severity)
	assert.Contains(t, fs[0].Message, "only as an allegation")
	// a sentence holding a statement Compare checked is left to Compare
	cp := lead + "Shares in the bank rose 14% in early trading after the results."
	checks := []Check{{Span: text.Span{Start: len([]rune(lead)), End: len([]rune(lead)) + 10}}}
	assert.Empty(t, KeyFactDrift(cp, src, checks, nil))
}

// TestNumbersWrittenAnotherWay: a number in another spelling is the same
// number ("£2.1m", "£2.1 million"; "seven", "7"; "3pm", "3 p.m."; "Sept.",
// "September"), and one of another scale is not ("£6.4bn", "£6.4 million").
func TestNumbersWrittenAnotherWay(t *testing.T) {
	src := "The council voted seven to two on Thursday to pay the ferry firm an extra £2.1 million a year from September, when profits reached £6.4 million.\n\n" +
		"Ada Brook said the ferry would sail at 3 p.m. on Friday and that seven of the 12 councillors had backed the plan in 2023."
	tests := []struct {
		name, copy string
		drift      bool
	}{
		{"another spelling", "The council voted 7 to 2 on Thursday to pay the ferry firm an extra £2.1m a year from Sept., when profits reached £6.4m.\n\n" +
			"Ada Brook said the ferry would sail from 3pm on Friday and that 7 of the councillors had backed the plan.", false},
		{"another scale", "The council voted seven to two on Thursday to pay the ferry firm an extra £2.1 million a year from September, when profits reached £6.4bn.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, src, Options{})
			var drift []finding.Finding
			for _, f := range fs {
				if f.Code == finding.LeadDrift || f.Code == finding.FactDrift || f.Code == finding.StatementAltered {
					drift = append(drift, f)
				}
			}
			assert.Equal(t, tt.drift, len(drift) > 0, "%v", drift)
		})
	}
	fs := HeadlineDrift("Harbour profit hits £6.4bn", "Harbour profit hits £6.4m", "", "")
	require.Len(t, fs, 1)
	assert.Equal(t, "rule=headline-drift: £6.4bn ← £6.4m", fs[0].Evidence.Detail)
}

// TestDriftPairsEachChange: each changed fact is one pair of the detail,
// set against the fact it replaces, whatever the order of the sentence.
func TestDriftPairsEachChange(t *testing.T) {
	src := "A sea wall that gave way during Storm Orla in March was weakened by a design flaw, not by age, according to a review published on Tuesday by the harbour board.\n\n" +
		"The wall at Kelby, which cost £14 million and opened in 2011, let water through for three hours as the tide rose, flooding 240 homes."
	tests := []struct{ name, copy, detail string }{
		{"a day, a name and a month", "A review released on Thursday by the harbour board found that a design flaw, rather than age, weakened a sea wall that gave way during Storm Olga in April.",
			"rule=lead-drift: Thursday ← Tuesday; Olga ← Orla; April ← March"},
		{"four numbers", "A review released on Tuesday by the harbour board found that a design flaw weakened the sea wall during Storm Orla in March. " +
			"The £41 million Kelby wall, opened in 2013, let water through for five hours as the tide rose, and 2,400 homes were flooded.",
			"rule=fact-drift: £41 million ← £14 million; 2013 ← 2011; five hours ← three hours; 2,400 homes ← 240 homes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := KeyFactDrift(tt.copy, src, nil, nil)
			require.Len(t, fs, 1, "%v", fs)
			assert.Equal(t, tt.detail, fs[0].Evidence.Detail)
		})
	}
}

// TestLeadWithManyChangedFacts: a lead that changes most of its facts is
// still set against the opening sentence it rewrites, with every change
// listed, and its statement is not called one the original lacks.
func TestLeadWithManyChangedFacts(t *testing.T) {
	src := "Tarnby General Hospital will recruit 90 midwives over the next 12 months in an attempt to cut waiting times that have grown by a third since 2021, its board announced on Wednesday.\n\n" +
		"The £9 million plan, approved at a board meeting in Orley, is the largest recruitment drive in the hospital's history."
	cp := "Tarnby General Hospital is set to take on 140 midwives during the coming six months as it tries to bring down waiting times, which have risen by half since 2019, the hospital's board said on Friday.\n\n" +
		"Approved at a board meeting in Orley, the £9 million scheme is the biggest hiring drive in the hospital's history."
	_, fs := Compare(cp, src, Options{})
	var lead []string
	for _, f := range fs {
		assert.NotEqual(t, finding.StatementNotFound, f.Code, f.Message)
		if f.Code == finding.LeadDrift {
			lead = append(lead, f.Evidence.Detail)
		}
	}
	assert.Equal(t, []string{"rule=lead-drift: 140 midwives ← 90 midwives; six months ← 12 months; half ← third; 2019 ← 2021; Friday ← Wednesday"}, lead)
}

// TestAllegationReworded holds an allegation the copy rewords as a plain
// deed ("is accused of diverting" → "moved") as stated fact, while a copy
// that still names the charge, or a claim one person makes of another,
// is left alone.
func TestAllegationReworded(t *testing.T) {
	const open = "The harbour board met on Monday. "
	tests := []struct {
		name, source, copy string
		stated             bool
	}{
		{"the deed reworded", "Harbour clerk Tom Reyes is accused of diverting fees into accounts held by his cousins.",
			"Harbour clerk Tom Reyes moved fees into accounts run by his cousins.", true},
		{"an adverb dropped with the verb reworded", "Harbour clerk Tom Reyes allegedly diverted fees into accounts held by his cousins.",
			"Harbour clerk Tom Reyes moved fees into accounts run by his cousins.", true},
		{"the charge still named", "Harbour clerk Tom Reyes is accused of diverting fees into accounts held by his cousins.",
			"Harbour clerk Tom Reyes faces charges of moving fees into accounts run by his cousins.", false},
		{"one person's claim of another", "Mayor Ada Brook accused Tom Reyes of diverting fees into accounts held by his cousins.",
			"Mayor Ada Brook blamed Tom Reyes for moving fees into accounts run by his cousins.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := KeyFactDrift(open+tt.copy, open+tt.source, nil, nil)
			stated := false
			for _, f := range fs {
				stated = stated || f.Severity == finding.Error && strings.Contains(f.Message, "only as an allegation")
			}
			assert.Equal(t, tt.stated, stated, "%v", fs)
		})
	}
}
