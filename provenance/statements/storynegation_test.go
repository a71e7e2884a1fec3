package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestStoryNegationDrift: a sentence of the story that drops or puts in a
// negation on its verb ("won back" for "did not win back" or "failed to
// win back") reverses what the original reports, a fact-drift warning,
// short sentences included; a negation swapped for another, or replaced
// by other words ("rather than" for "not"), is a rewording.
func TestStoryNegationDrift(t *testing.T) {
	open := "Polling stations across the dale opened early on Thursday despite the snow.\n\n"
	end := "\n\nCounting in the town hall went on until three in the morning, officials said."
	tests := []struct {
		name, src, cp string
		want          bool
	}{
		{"did not win back → won back", "The Moor party did not win back the mill seat from the shepherds' slate this time.",
			"The Moor party won back the mill seat from the shepherds' slate this time.", true},
		{"failed to win back → won back", "The Moor party failed to win back the mill seat from the shepherds' slate this time.",
			"The Moor party won back the mill seat from the shepherds' slate this time.", true},
		{"won → failed to win", "The Moor party won back the mill seat from the shepherds' slate this time.",
			"The Moor party failed to win back the mill seat from the shepherds' slate this time.", true},
		{"won → has not won", "The Moor party won back the mill seat from the shepherds' slate this time.",
			"The Moor party has not won back the mill seat from the shepherds' slate this time.", true},
		{"refused to open → opened", "The hall's caretaker refused to open the side doors to the queue of voters outside.",
			"The hall's caretaker opened the side doors to the queue of voters outside.", true},
		{"never managed to break → broke", "The young candidate never managed to break the old farmers' hold on the upper valley.",
			"The young candidate broke the old farmers' hold on the upper valley.", true},
		{"short: did not win back → won back", "The party did not win back the seat.", "The party won back the seat.", true},
		{"failed to win → did not win", "The Moor party failed to win back the mill seat from the shepherds' slate this time.",
			"The Moor party did not win back the mill seat from the shepherds' slate this time.", false},
		{"not → rather than", "The recount was ordered over a misprint, not over fraud, by the returning officer.",
			"The recount was ordered over a misprint, rather than fraud, by the returning officer.", false},
		{"never → seldom", "The upper valley has never voted for the Moor party in a general election.",
			"The upper valley has seldom voted for the Moor party in a general election.", false},
		{"short: kept", "The party did not win back the seat.", "The party did not win back the seat.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp, src := open+tt.cp+end, open+tt.src+end
			_, fs := Compare(cp, src, Options{})
			var got []finding.Finding
			for _, f := range fs {
				if f.Code == finding.FactDrift && f.Severity == finding.Warning {
					got = append(got, f)
				}
			}
			assert.Equal(t, tt.want, len(got) == 1, "%v", fs)
		})
	}
}

// TestStoryNegationAtSentenceEnd: a negation put in or dropped on the verb
// that ends a sentence reverses it too, and the message names the words
// that changed on both sides, not the whole sentence.
func TestStoryNegationAtSentenceEnd(t *testing.T) {
	open := "The Orrin island ferry ran its last winter crossing on Friday in a strong wind.\n\n"
	end := "\n\nThe summer timetable starts in April, the operator said."
	tests := []struct {
		name, src, cp string
		want          string // the fact-drift message, "" for none
	}{
		{"sailed → did not sail, at the end", "The crossing was rough and slow, but the small ferry sailed.",
			"The crossing was rough and slow, but the small ferry did not sail.",
			`The copy says "did not sail" where the original says "sailed".`},
		{"was not sold → was sold", "The old ticket office was not sold to the harbour board.", "The old ticket office was sold to the harbour board.",
			`The copy says "sold" where the original says "not sold".`},
		{"stayed shut → did not stay shut", "The slipway stayed shut.", "The slipway did not stay shut.",
			`The copy says "did not stay" where the original says "stayed".`},
		{"did not sail → sailed", "The ferry did not sail on Sunday.", "The ferry sailed on Sunday.",
			`The copy says "sailed" where the original says "did not sail".`},
		{"a not that ends the sentence dropped", "The council says it will not.", "The council says it will.",
			`The copy says "will" where the original says "will not".`},
		{"a not that ends the sentence put in", "The council says it will.", "The council says it will not.",
			`The copy says "will not" where the original says "will".`},
		{"did not sail, kept", "The crossing was rough and slow, but the small ferry did not sail.",
			"The crossing was rough and slow, but the small ferry did not sail.", ""},
		{"did not sail → stayed in port", "The crossing was rough and slow, but the small ferry did not sail.",
			"The crossing was rough and slow, but the small ferry stayed in port.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp+end, open+tt.src+end, Options{})
			var got []string
			for _, f := range fs {
				if f.Code == finding.FactDrift {
					got = append(got, f.Message)
				}
			}
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, []string{tt.want}, got, "%v", fs)
		})
	}
}

// TestNegatedCueAfterTheWords: a cue that follows a statement's words
// ("…, and the skipper agreed") takes its negation there, as a cue before
// them does: "did not agree" for "agreed", or the reverse, reverses the
// statement. A sentence with two content words only ("The skipper
// agreed.") reverses its original when the one negation on its verb is
// all that parts them. Another verb's negation between the words and the
// cue is no cue negated, and a sentence the original also gives word for
// word is no reversal.
func TestNegatedCueAfterTheWords(t *testing.T) {
	open := "The Brindle quay trust met on Friday to weigh the repair bids.\n\n"
	end := "\n\nThe trust will meet again once the survey is done."
	tests := []struct {
		name, src, cp string
		want          bool // an error, or a story's fact-drift, that the claim changed
	}{
		{"agreed → did not agree", "The divers asked to inspect the quay wall, and the skipper agreed.",
			"The divers asked to inspect the quay wall, and the skipper did not agree.", true},
		{"did not agree → agreed", "Local divers have been asked to inspect the quay wall, and the harbour master did not agree.",
			"Local divers have been asked to inspect the quay wall, and the harbour master agreed.", true},
		{"said → did not say", "The quay wall will be rebuilt in stone, the trust chair said.",
			"The quay wall will be rebuilt in stone, the trust chair did not say.", true},
		{"did not agree, kept", "The divers asked to inspect the quay wall, and the skipper did not agree.",
			"The divers asked to inspect the quay wall, and the skipper did not agree.", false},
		{"short: agreed → did not agree", "The skipper agreed.", "The skipper did not agree.", true},
		{"short: sailed → did not sail", "The ferry sailed.", "The ferry did not sail.", true},
		{"short: agreed → never agreed", "The skipper agreed.", "The skipper never agreed.", true},
		{"short: did not sail, said in the original too", "The ferry sailed. Storms shut the quay by noon. The ferry did not sail.",
			"The ferry did not sail. Storms shut the quay by noon.", false},
		{"short: kept", "The skipper agreed.", "The skipper agreed.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp+end, open+tt.src+end, Options{})
			sev, found := worst(fs, changed...)
			_, drift := worst(fs, finding.FactDrift)
			assert.Equal(t, tt.want, found && sev == finding.Error || drift, "%v", fs)
		})
	}
}
