package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestNegativeVerbsBalanceImplicatives: a verb that says its act was not
// done ("missed", "skipped", "held off", "passed up") put in where a
// "failed to" or "stopped short of" was dropped keeps the claim, as "did
// not" does; put in or dropped against a plain verb ("met" for "missed")
// it reverses the claim. "Missed" of longing, kept, changes nothing.
func TestNegativeVerbsBalanceImplicatives(t *testing.T) {
	open := "The Fenwick ferry board met on Tuesday to review the winter timetable.\n\n"
	end := "\n\nThe board will meet again in the spring to set next year's fares."
	tests := []struct {
		name, src, cp string
		want          bool // an error or warning that the claim changed
	}{
		{"failed to meet → missed", "Board secretary Rhea Moss said the yard had failed to meet the June deadline for the hull survey.",
			"Board secretary Rhea Moss said the yard had missed the June deadline for the hull survey.", false},
		{"stopped short of naming → held off naming", "The board stopped short of naming a new ferry operator, Moss said.",
			"The board held off naming a new ferry operator, Moss said.", false},
		{"failed to attend → skipped", "Moss said the yard's owner failed to attend the safety hearing in March.",
			"Moss said the yard's owner skipped the safety hearing in March.", false},
		{"refused to discuss → avoided discussing", "Moss said the union refused to discuss the proposed pay offer for deckhands.",
			"Moss said the union avoided discussing the proposed pay offer for deckhands.", false},
		{"failed to mention → omitted", "Moss said the first report failed to mention the cracked rudder on the older ferry.",
			"Moss said the first report omitted the cracked rudder on the older ferry.", false},
		{"did not have → lacked", "Moss said the older ferry did not have enough life rafts for a full crossing.",
			"Moss said the older ferry lacked enough life rafts for a full crossing.", false},
		{"failed to take up → passed up", "Moss said the council failed to take up the offer of a second hull survey.",
			"Moss said the council passed up the offer of a second hull survey.", false},
		{"stopped short of backing → shied away from backing", "The board stopped short of backing the fare rise for islanders, Moss said.",
			"The board shied away from backing the fare rise for islanders, Moss said.", false},
		{"missed → met", "Board secretary Rhea Moss said the yard had missed the June deadline for the hull survey.",
			"Board secretary Rhea Moss said the yard had met the June deadline for the hull survey.", true},
		{"met → missed", "Board secretary Rhea Moss said the yard had met the June deadline for the hull survey.",
			"Board secretary Rhea Moss said the yard had missed the June deadline for the hull survey.", true},
		{"met → failed to meet", "Board secretary Rhea Moss said the yard had met the June deadline for the hull survey.",
			"Board secretary Rhea Moss said the yard had failed to meet the June deadline for the hull survey.", true},
		{"refused to sign → signed", "Moss said the union refused to sign the new crewing agreement for the winter.",
			"Moss said the union signed the new crewing agreement for the winter.", true},
		{"missed her family, kept, reordered", "Deckhand Ola Brandt said she missed her family on the mainland during the long winter rota.",
			"During the long winter rota, deckhand Ola Brandt said, she missed her family on the mainland.", false},
		{"missed her family, kept", "Deckhand Ola Brandt said she missed her family on the mainland during the long winter rota.",
			"Deckhand Ola Brandt said she missed her family on the mainland during the long winter rota.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp+end, open+tt.src+end, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev != finding.Info, "%v", fs)
		})
	}
}

// TestKeptNegativeVerbBalancesNothing: a negative verb the original has
// too ("skipped" … "did not skip") is no rewording of a negation; only the
// negation around it changes, and that reverses the claim. Put in for a
// dropped "failed to" or "did not", it still keeps the claim.
func TestKeptNegativeVerbBalancesNothing(t *testing.T) {
	open := "The Lindqvist lighthouse society met on Monday to plan the summer open days.\n\n"
	end := "\n\nThe society will publish the open-day dates in May."
	tests := []struct {
		name, src, cp string
		want          bool // an error that the claim changed
	}{
		{"skipped → did not skip", "Society treasurer Anton Vale said the keeper skipped the spring inspection.",
			"Society treasurer Anton Vale said the keeper did not skip the spring inspection.", true},
		{"did not skip → skipped", "Society treasurer Anton Vale said the keeper did not skip the spring inspection.",
			"Society treasurer Anton Vale said the keeper skipped the spring inspection.", true},
		{"dodged → failed to dodge", "Society treasurer Anton Vale said the society dodged a costly repair bill.",
			"Society treasurer Anton Vale said the society failed to dodge a costly repair bill.", true},
		{"did not dodge → dodged", "Society treasurer Anton Vale said the society did not dodge a costly repair bill.",
			"Society treasurer Anton Vale said the society dodged a costly repair bill.", true},
		{"lacked → never lacked", "Vale said the lamp room lacked a working fire alarm.",
			"Vale said the lamp room never lacked a working fire alarm.", true},
		{"did not attend → skipped", "Society treasurer Anton Vale said the keeper did not attend the spring inspection.",
			"Society treasurer Anton Vale said the keeper skipped the spring inspection.", false},
		{"failed to pay → withheld", "Society treasurer Anton Vale said the council failed to pay the lamp grant.",
			"Society treasurer Anton Vale said the council withheld the lamp grant.", false},
		{"skipped, kept", "Society treasurer Anton Vale said the keeper skipped the spring inspection.",
			"Society treasurer Anton Vale said the keeper had skipped the spring inspection.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp+end, open+tt.src+end, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}

// TestNegatedNegativeVerbDroppedBalances: "did not miss the inspection"
// written plainly ("made the inspection") keeps the claim even when the
// statement keeps another "missed" elsewhere; the negation goes with the
// negative verb it governs. The same verb kept plain on the same object
// still reverses the claim.
func TestNegatedNegativeVerbDroppedBalances(t *testing.T) {
	open := "The Lindqvist lighthouse society met on Monday to plan the summer open days.\n\n"
	end := "\n\nThe society will publish the open-day dates in May."
	tests := []struct {
		name, src, cp string
		want          bool // an error that the claim changed
	}{
		{"made, though", "Society treasurer Anton Vale said the keeper did not miss the inspection, though he missed the deadline.",
			"Society treasurer Anton Vale said the keeper missed the deadline, though he made the inspection.", false},
		{"made, but", "Society treasurer Anton Vale said the keeper did not miss the inspection but missed the deadline.",
			"Society treasurer Anton Vale said the keeper missed the deadline but made the inspection.", false},
		{"kept every crossing", "Society treasurer Anton Vale said the ferry did not miss a crossing in April but missed three in July.",
			"Society treasurer Anton Vale said the ferry kept every crossing in April but missed three in July.", false},
		{"faced, though", "Society treasurer Anton Vale said the board did not avoid the reporters, though it avoided the ballot.",
			"Society treasurer Anton Vale said the board avoided the ballot, though it faced the reporters.", false},
		{"attended, though", "Society treasurer Anton Vale said the keeper did not skip the survey, though he skipped the meeting.",
			"Society treasurer Anton Vale said the keeper skipped the meeting, though he attended the survey.", false},
		{"attribution at the end", "The keeper did not miss the inspection, though he missed the deadline, the society said.",
			"The keeper missed the deadline, though he made the inspection, the society said.", false},
		{"missed both", "Society treasurer Anton Vale said the keeper did not miss the inspection, though he missed the deadline.",
			"Society treasurer Anton Vale said the keeper missed the inspection, though he also missed the deadline.", true},
		{"did not miss → missed", "Society treasurer Anton Vale said the keeper did not miss the inspection.",
			"Society treasurer Anton Vale said the keeper missed the inspection.", true},
		{"both claims reversed, the object shortened", "Society treasurer Anton Vale said the keeper did not miss the spring inspection, though he missed the deadline.",
			"Society treasurer Anton Vale said the keeper missed the inspection, though he met the deadline.", true},
		{"both claims reversed, a pronoun object", "Society treasurer Anton Vale said the keeper did not miss it, though he missed the deadline.",
			"Society treasurer Anton Vale said the keeper missed it, though he met the deadline.", true},
		{"the negated claim left out, the other kept", "Society treasurer Anton Vale said the keeper did not miss the spring survey, but he missed the autumn survey.",
			"Society treasurer Anton Vale said the keeper missed the autumn survey.", false},
		{"both claims reversed, the object in other words", "Society treasurer Anton Vale said the keeper did not miss the annual inspection, though he missed the deadline.",
			"Society treasurer Anton Vale said the keeper missed the yearly inspection, though he met the deadline.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp+end, open+tt.src+end, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}

// TestNegativeVerbLeadingToAnAct: a negative verb that leads to an act
// ("held off paying", "refrained from paying", "avoided paying", "shied
// away from naming") says the act was not done, as "failed to pay" does:
// dropped for the plain verb, or put in for it, it reverses the claim, in
// a quote, in reported speech and in a sentence of the story. Swapped for
// another negation, kept under a negation undone ("did not avoid paying"
// → "paid"), or followed by the same act ("delayed paying") it keeps it.
func TestNegativeVerbLeadingToAnAct(t *testing.T) {
	open := "The Marlow canal trust met on Wednesday to go over the lock repairs.\n\n"
	end := "\n\nThe trust will publish its accounts in the autumn."
	tests := []struct {
		name, src, cp string
		want          bool // an error, or a story's fact-drift, that the claim changed
	}{
		{"reported: held off paying → paid", "Trust chair Nell Ashby said the council held off paying the lock contractors.",
			"Trust chair Nell Ashby said the council paid the lock contractors.", true},
		{"quote: held off paying → paid", "“The council held off paying the lock contractors,” said trust chair Nell Ashby.",
			"“The council paid the lock contractors,” said trust chair Nell Ashby.", true},
		{"reported: refrained from paying → paid", "Trust chair Nell Ashby said the council refrained from paying the lock contractors.",
			"Trust chair Nell Ashby said the council paid the lock contractors.", true},
		{"reported: avoided paying → paid", "Trust chair Nell Ashby said the council avoided paying the lock contractors.",
			"Trust chair Nell Ashby said the council paid the lock contractors.", true},
		{"reported: shied away from naming → named", "Trust chair Nell Ashby said the council shied away from naming the lock contractors.",
			"Trust chair Nell Ashby said the council named the lock contractors.", true},
		{"reported: resisted paying → paid", "Trust chair Nell Ashby said the council resisted paying the lock contractors.",
			"Trust chair Nell Ashby said the council paid the lock contractors.", true},
		{"reported: kept from paying → paid", "Trust chair Nell Ashby said the council kept from paying the lock contractors.",
			"Trust chair Nell Ashby said the council paid the lock contractors.", true},
		{"resisted paying → refused to pay", "Trust chair Nell Ashby said the council resisted paying the lock contractors.",
			"Trust chair Nell Ashby said the council refused to pay the lock contractors.", false},
		{"kept on → kept, no negation", "Trust chair Nell Ashby said the council kept the lock contractors on.",
			"Trust chair Nell Ashby said the council kept the lock contractors.", false},
		{"reported: abstained from voting → voted", "Trust chair Nell Ashby said the council abstained from voting on the lock budget.",
			"Trust chair Nell Ashby said the council voted on the lock budget.", true},
		{"reported: paid → held off paying", "Trust chair Nell Ashby said the council paid the lock contractors.",
			"Trust chair Nell Ashby said the council held off paying the lock contractors.", true},
		{"reported: paid → avoided paying", "Trust chair Nell Ashby said the council paid the lock contractors.",
			"Trust chair Nell Ashby said the council avoided paying the lock contractors.", true},
		{"story: held off paying → paid", "The council held off paying the lock contractors in the spring.",
			"The council paid the lock contractors in the spring.", true},
		{"story, short: held off paying → paid", "The council held off paying the contractors.",
			"The council paid the contractors.", true},
		{"story, short: kept from paying → paid", "The council kept from paying the contractors.",
			"The council paid the contractors.", true},
		{"story: shied away from paying → paid", "The council shied away from paying the lock contractors in the spring.",
			"The council paid the lock contractors in the spring.", true},
		{"one claim of two: did not pay, did not hire → held off paying, hired", "Trust chair Nell Ashby said the council did not pay the lock contractors and did not hire the dredgers.",
			"Trust chair Nell Ashby said the council held off paying the lock contractors and hired the dredgers.", true},
		{"held off paying → did not pay", "Trust chair Nell Ashby said the council held off paying the lock contractors.",
			"Trust chair Nell Ashby said the council did not pay the lock contractors.", false},
		{"held off paying → failed to pay", "Trust chair Nell Ashby said the council held off paying the lock contractors.",
			"Trust chair Nell Ashby said the council failed to pay the lock contractors.", false},
		{"refused to pay → avoided paying", "Trust chair Nell Ashby said the council refused to pay the lock contractors.",
			"Trust chair Nell Ashby said the council avoided paying the lock contractors.", false},
		{"held off paying → delayed paying", "Trust chair Nell Ashby said the council held off paying the lock contractors.",
			"Trust chair Nell Ashby said the council delayed paying the lock contractors.", false},
		{"did not avoid paying → paid", "Trust chair Nell Ashby said the council did not avoid paying the lock contractors.",
			"Trust chair Nell Ashby said the council paid the lock contractors.", false},
		{"never failed to pay → paid", "Trust chair Nell Ashby said the council never failed to pay the lock contractors.",
			"Trust chair Nell Ashby said the council paid the lock contractors.", false},
		{"did not pay, did not hire → held off paying, did not hire", "Trust chair Nell Ashby said the council did not pay the lock contractors and did not hire the dredgers.",
			"Trust chair Nell Ashby said the council held off paying the lock contractors and did not hire the dredgers.", false},
		{"avoided the press, kept", "Trust chair Nell Ashby said the council avoided the press after the vote.",
			"After the vote, trust chair Nell Ashby said, the council avoided the press.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp+end, open+tt.src+end, Options{})
			assert.Equal(t, tt.want, claimReversed(fs), "%v", fs)
		})
	}
}

// TestNegativeVerbOnAnObjectReworded: the negative verb kept plain on its
// object reverses "did not avoid the press" however the object is
// reworded, a synonym included ("avoided the reporters"); put on the
// other claim's object instead ("avoided the ballot, though it faced the
// reporters") it reverses nothing.
func TestNegativeVerbOnAnObjectReworded(t *testing.T) {
	open := "The Lindqvist lighthouse society met on Monday to plan the summer open days.\n\n"
	end := "\n\nThe society will publish the open-day dates in May."
	src := "Society treasurer Anton Vale said the board did not avoid the press, though it avoided the ballot."
	tests := []struct {
		name, cp string
		want     bool // an error that the claim changed
	}{
		{"both claims reversed, the object a synonym", "Society treasurer Anton Vale said the board avoided the reporters, though it faced the ballot.", true},
		{"both claims reversed, the object kept", "Society treasurer Anton Vale said the board avoided the press, though it faced the ballot.", true},
		{"kept, clauses turned round, the object a synonym", "Society treasurer Anton Vale said the board avoided the ballot, though it faced the reporters.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp+end, open+src+end, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}

// TestNegativeVerbBoundedByATime: a verb of delay whose act a time or
// event bounds ("held off paying until March", "for two weeks", "pending
// the audit") says the act was done later, not that it was not: "paid in
// March" for it keeps the claim, in reported speech, a quote and a
// sentence of the story. A verb of not doing is not bounded so ("avoided
// paying until the audit", "refrained from voting pending the audit" may
// never have paid or voted), "before" bounds nothing after it ("held off
// paying before the deadline" → "paid before the deadline" reverses it),
// and neither does a "for" or "pending" of the object.
func TestNegativeVerbBoundedByATime(t *testing.T) {
	open := "The Dunmore lock keepers met on Monday to go over the spring repairs.\n\n"
	end := "\n\nThe keepers will publish a report on the sluices in June."
	tests := []struct {
		name, src, cp string
		want          bool // an error, or a story's fact-drift, that the claim changed
	}{
		{"reported: held off paying until March → paid in March", "Keeper Ivo Marsh said the board held off paying the dredging firm until March.",
			"Keeper Ivo Marsh said the board paid the dredging firm in March.", false},
		{"reported: held off paying until the survey was done → once", "Keeper Ivo Marsh said the board held off paying the dredging firm until the survey was done.",
			"Keeper Ivo Marsh said the board paid the dredging firm once the survey was done.", false},
		{"reported: avoided paying for months before settling → after months", "Keeper Ivo Marsh said the board avoided paying the dredging firm for months before settling the bill.",
			"Keeper Ivo Marsh said the board eventually paid the dredging firm after months of delay.", true},
		{"reported: held off paying for two weeks → paid", "Keeper Ivo Marsh said the board held off paying the dredging firm for two weeks.",
			"Keeper Ivo Marsh said the board paid the dredging firm after two weeks.", false},
		{"reported: refrained from voting pending the audit → voted after", "Keeper Ivo Marsh said the board refrained from voting on the budget pending the audit.",
			"Keeper Ivo Marsh said the board voted on the budget after the audit.", true},
		{"quote: held off paying till March → paid in March", "“The board held off paying the dredging firm till March,” said keeper Ivo Marsh.",
			"“The board paid the dredging firm in March,” said keeper Ivo Marsh.", false},
		{"story: held off paying until March → paid in March", "The board held off paying the dredging firm until March.",
			"The board paid the dredging firm in March.", false},
		{"story: avoided paying for months before settling → after months", "The board avoided paying the dredging firm for months before settling the bill.",
			"The board eventually paid the dredging firm after months of delay.", false},
		{"reported: avoided paying for months → paid", "Keeper Ivo Marsh said the board avoided paying the dredging firm for months.",
			"Keeper Ivo Marsh said the board paid the dredging firm.", true},
		{"reported: avoided paying for the repairs → paid for them", "Keeper Ivo Marsh said the board avoided paying for the sluice repairs.",
			"Keeper Ivo Marsh said the board paid for the sluice repairs.", true},
		{"reported: held off paying before the deadline → paid before it", "Keeper Ivo Marsh said the board held off paying the dredging firm before the deadline.",
			"Keeper Ivo Marsh said the board paid the dredging firm before the deadline.", true},
		{"reported: avoided paying until the audit → paid", "Keeper Ivo Marsh said the board avoided paying the dredging firm until the audit.",
			"Keeper Ivo Marsh said the board paid the dredging firm until the audit.", true},
		{"reported: held off paying the pending bill → paid it", "Keeper Ivo Marsh said the board held off paying the pending bill.",
			"Keeper Ivo Marsh said the board paid the pending bill.", true},
		{"reported: held off paying for two weeks of overtime → paid", "Keeper Ivo Marsh said the board held off paying for two weeks of overtime.",
			"Keeper Ivo Marsh said the board paid for two weeks of overtime.", true},
		{"reported: held off paying, said before the vote → paid", "The board held off paying the dredging firm, Keeper Ivo Marsh said before the vote.",
			"The board paid the dredging firm, Keeper Ivo Marsh said before the vote.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp+end, open+tt.src+end, Options{})
			assert.Equal(t, tt.want, claimReversed(fs), "%v", fs)
		})
	}
}

// TestDelayVerbsForOneAnother: a verb of delay put in for another before
// the same act ("put off paying", "postponed paying", "deferred paying",
// "delayed paying" for "held off paying", or the other way) keeps the
// claim, with no warning; one of not doing for it ("stopped paying") is
// still weighed.
func TestDelayVerbsForOneAnother(t *testing.T) {
	open := "The Dunmore lock keepers met on Monday to go over the spring repairs.\n\n"
	end := "\n\nThe keepers will publish a report on the sluices in June."
	src := "Keeper Ivo Marsh said the board held off paying the dredging firm."
	tests := []struct {
		name, src, cp string
	}{
		{"held off → put off", src, "Keeper Ivo Marsh said the board put off paying the dredging firm."},
		{"held off → postponed", src, "Keeper Ivo Marsh said the board postponed paying the dredging firm."},
		{"held off → deferred", src, "Keeper Ivo Marsh said the board deferred paying the dredging firm."},
		{"held off → delayed", src, "Keeper Ivo Marsh said the board delayed paying the dredging firm."},
		{"postponed → held off", "Keeper Ivo Marsh said the board postponed paying the dredging firm.", src},
		{"quote: held off → put off", "“The board held off paying the dredging firm,” said keeper Ivo Marsh.",
			"“The board put off paying the dredging firm,” said keeper Ivo Marsh."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp+end, open+tt.src+end, Options{})
			_, found := worst(fs, finding.StatementAltered)
			assert.False(t, found, "%v", fs)
		})
	}
}

// claimReversed reports whether fs hold an error that a statement's claim
// changed, or a fact-drift on a sentence of the story.
func claimReversed(fs []finding.Finding) bool {
	sev, found := worst(fs, changed...)
	_, drift := worst(fs, finding.FactDrift)
	return found && sev == finding.Error || drift
}
