package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
)

// worst is the gravest severity of the findings of codes, and whether any
// was raised.
func worst(fs []finding.Finding, codes ...finding.Code) (finding.Severity, bool) {
	var sev finding.Severity
	found := false
	for _, f := range fs {
		for _, c := range codes {
			if f.Code == c && (!found || f.Severity == finding.Error || f.Severity == finding.Warning && sev == finding.Info) {
				sev, found = f.Severity, true
			}
		}
	}
	return sev, found
}

// changed are the codes a changed statement may raise.
var changed = []finding.Code{finding.QuoteAltered, finding.StatementAltered, finding.FactDrift}

// TestNumberBoundChanged: a word that puts a number's quantity below,
// above or at its value is part of the number. "Nearly 30%" made "over
// 30%" or "30%" changes the number, in a quote, in reported speech and in
// a sentence of the story; "almost" for "nearly", "as much as" for "up
// to", "around" for "about" keeps it.
func TestNumberBoundChanged(t *testing.T) {
	quote := "Harbour pilots walked out on Monday over new shift rules.\n\n" +
		"“Nearly 30% of our pilots will retire within five years,” said union secretary Tomas Berg.\n\n" +
		"The port authority said the rules were needed to keep ships moving."
	reported := "The council met on Tuesday to discuss the bridge.\n\n" +
		"Council treasurer Ada Brook said the repairs would cost up to £4 million, about twice the first estimate.\n\n" +
		"Work is due to start in the spring."
	story := "Storms swept the coast at the weekend.\n\n" +
		"Fewer than 200 homes in the valley were still without power on Sunday evening.\n\n" +
		"Engineers worked through the night to restore supplies."
	tests := []struct {
		name, src, cp string
		want          finding.Severity // Error, Warning, or Info for no change found
	}{
		{"quote: nearly to over", quote, "“Over 30% of our pilots will retire within five years,” said union secretary Tomas Berg.", finding.Error},
		{"quote: nearly dropped", quote, "“30% of our pilots will retire within five years,” said union secretary Tomas Berg.", finding.Error},
		{"quote: nearly to almost", quote, "“Almost 30% of our pilots will retire within five years,” said union secretary Tomas Berg.", finding.Warning},
		{"quote made reported: nearly to more than", quote, "Union secretary Tomas Berg said more than 30% of pilots would retire within five years.", finding.Error},
		{"quote made reported: nearly to almost", quote, "Union secretary Tomas Berg said almost 30% of pilots would retire within five years.", finding.Info},
		{"reported: up to to at least", reported, "Council treasurer Ada Brook said the repairs would cost at least £4 million, about twice the first estimate.", finding.Error},
		{"reported: reworded, up to to over", reported, "Treasurer Ada Brook told the council that fixing the bridge would cost over £4 million, roughly double the first estimate.", finding.Error},
		{"reported: up to to as much as, about to around", reported, "Council treasurer Ada Brook said the repairs would cost as much as £4 million, around twice the first estimate.", finding.Info},
		{"story: fewer than to more than", story, "Storms swept the coast at the weekend.\n\nMore than 200 homes in the valley were still without power on Sunday evening.", finding.Warning},
		{"story: fewer than to under", story, "Storms swept the coast at the weekend.\n\nUnder 200 homes in the valley were still without power on Sunday evening.", finding.Info},
		{"story: fewer than to lower than", story, "Storms swept the coast at the weekend.\n\nLower than 200 homes in the valley were still without power on Sunday evening.", finding.Info},
		{"reported: up to to a maximum of", reported, "Council treasurer Ada Brook said the repairs would cost a maximum of £4 million, about twice the first estimate.", finding.Info},
		{"reported: up to to greater than", reported, "Council treasurer Ada Brook said the repairs would cost greater than £4 million, about twice the first estimate.", finding.Error},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.cp, tt.src, Options{})
			sev, found := worst(fs, changed...)
			if tt.want == finding.Info {
				assert.False(t, found && sev != finding.Info, "%v", fs)
				return
			}
			assert.True(t, found, "%v", fs)
			assert.Equal(t, tt.want, sev, "%v", fs)
		})
	}
}

// TestDiffShowsTheCopysWords: the diff of a changed number shows the
// number as the copy writes it, with its per cent sign.
func TestDiffShowsTheCopysWords(t *testing.T) {
	src := "“Nearly 30% of our pilots will retire within five years,” said union secretary Tomas Berg."
	checks, _ := Compare("“Over 30% of our pilots will retire within five years,” said union secretary Tomas Berg.", src, Options{})
	if assert.Len(t, checks, 1) {
		assert.Equal(t, []DiffOp{{Op: "delete", Text: "Nearly"}, {Op: "insert", Text: "Over"},
			{Op: "equal", Text: "30% of our pilots will retire within five years"}}, checks[0].Diff)
	}
}

// TestNegationOfTheWholeStatement: a negation that opens a reported
// statement ("that no ferries would be cancelled") or negates its cue
// ("did not think any … would") is part of what the copy must keep. Moved
// across the cue ("thought no … would"), it keeps the sense.
func TestNegationOfTheWholeStatement(t *testing.T) {
	src := "The storm reached the islands overnight.\n\n" +
		"Harbour master Olga Brandt said no ferries would be cancelled on Friday. " +
		"She said the crews did not think any other routes were at risk.\n\n" +
		"Forecasters expect calmer weather by Sunday."
	tests := []struct {
		name, cp string
		want     bool // an error on the changed statement
	}{
		{"leading negation dropped", "Harbour master Olga Brandt said ferries would be cancelled on Friday.", true},
		{"leading negation kept", "Harbour master Olga Brandt said no ferries would be cancelled on Friday.", false},
		{"leading negation reworded", "Harbour master Olga Brandt said none of the ferries would be cancelled on Friday.", false},
		{"cue negation dropped", "She said the crews thought other routes were at risk.", true},
		{"cue negation moved into the claim", "She said the crews thought no other routes were at risk.", false},
		{"cue negation kept", "She said the crews did not think any other routes were at risk.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := "The storm reached the islands overnight.\n\n" + tt.cp + "\n\nForecasters expect calmer weather by Sunday."
			_, fs := Compare(cp, src, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
			for _, f := range fs {
				if tt.want {
					assert.NotEqual(t, finding.HedgeWeakened, f.Code, "a dropped negation is no hedge: %v", f)
				}
			}
		})
	}
}

// TestOppositeWordReverses: a word swapped for its opposite ("denied" →
// "admitted", "oppose" → "support") reverses what the speaker said, in a
// quote and in reported speech; a word for a near synonym, or an opposite
// under a negation ("would not support" for "would oppose"), does not.
func TestOppositeWordReverses(t *testing.T) {
	src := "The planning inquiry opened on Monday.\n\n" +
		"Defence lawyer Marta Silva said her client denied every charge brought by the council.\n\n" +
		"“We will oppose this runway at every stage of the inquiry,” said parish chair Tom Avery.\n\n" +
		"Analysts at Brightwater said passenger numbers would rise sharply over the next decade.\n\n" +
		"The airport denied that the council had paid for the survey. Mr Avery believed the appeal would fail before the summer."
	tests := []struct {
		name, cp string
		want     bool // an error on the changed statement
	}{
		{"reported: denied to admitted", "Defence lawyer Marta Silva said her client admitted every charge brought by the council.", true},
		{"reported: denied to rejected", "Defence lawyer Marta Silva said her client rejected every charge brought by the council.", false},
		{"reported: denied kept", "Defence lawyer Marta Silva said her client denied every charge brought by the council.", false},
		{"quote: oppose to support", "“We will support this runway at every stage of the inquiry,” said parish chair Tom Avery.", true},
		{"reported: oppose to support", "Parish chair Tom Avery said his group would support the runway at every stage of the inquiry.", true},
		{"reported: oppose to not support", "Parish chair Tom Avery said his group would not support the runway at every stage of the inquiry.", false},
		{"reported: rise to fall", "Analysts at Brightwater said passenger numbers would fall sharply over the next decade.", true},
		{"reported: rise to climb", "Analysts at Brightwater said passenger numbers would climb sharply over the next decade.", false},
		{"cue: denied to confirmed", "The airport confirmed that the council had paid for the survey.", true},
		{"cue: denied to rejected claims", "The airport rejected claims that the council had paid for the survey.", false},
		{"cue and words reversed together", "Mr Avery did not believe the appeal would succeed before the summer.", false},
		{"cue negation added, words kept", "Mr Avery did not believe the appeal would fail before the summer.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := "The planning inquiry opened on Monday.\n\n" + tt.cp
			_, fs := Compare(cp, src, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}

// TestNegatedWordSwapped: a quote whose negation stays put while the
// words around it trade places ("a pause, not a cure" → "a cure, not a
// pause") negates what the speaker affirmed; another word under the
// negation is a reworded quote, graded as one.
func TestNegatedWordSwapped(t *testing.T) {
	src := "The trial ended early.\n\n“This drug is a pause, not a cure, for most patients,” said Dr Lena Fox."
	tests := []struct {
		name, cp string
		want     finding.Severity
	}{
		{"swapped", "“This drug is a cure, not a pause, for most patients,” said Dr Lena Fox.", finding.Error},
		{"another word negated", "“This drug is a pause, not a remedy, for most patients,” said Dr Lena Fox.", finding.Warning},
		{"kept", "“This drug is a pause, not a cure, for most patients,” said Dr Lena Fox.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare("The trial ended early.\n\n"+tt.cp, src, Options{})
			sev, _ := worst(fs, changed...)
			assert.Equal(t, tt.want, sev, "%v", fs)
		})
	}
}

// TestPartialQuoteAfterItsNegation: a copy quoting the words after the
// original's negation, with its own negation before the marks, keeps the
// sense; quoting them bare drops it.
func TestPartialQuoteAfterItsNegation(t *testing.T) {
	src := "The vote was close.\n\n“We will not sell the old pier to developers while I lead this council,” said council leader Ana Ruiz."
	tests := []struct {
		name, cp string
		want     bool
	}{
		{"own negation before the marks", "Council leader Ana Ruiz said the council would not “sell the old pier to developers” while she led it.", false},
		{"negation dropped", "Council leader Ana Ruiz said the council would “sell the old pier to developers” while she led it.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare("The vote was close.\n\n"+tt.cp, src, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}
