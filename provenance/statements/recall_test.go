package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindRecallRules covers the attribution patterns added for recall:
// a speech participle after a comma, an inverted cue that is not
// inverted, and an opening phrase before the speaker. Stances are left
// out here; TestFindStances covers them.
func TestFindRecallRules(t *testing.T) {
	tests := []struct {
		name, text, content, speaker, cue string
	}{
		{"participle after an act", "The harbour council rejected the ferry plan on Monday, arguing that it would cost too much.",
			"it would cost too much", "The harbour council", "arguing"},
		{"participle after a person", "Ada Brook left the meeting early, saying the vote had been rigged from the start.",
			"the vote had been rigged from the start", "Ada Brook", "saying"},
		{"participle inside reported words is not split", "Tom Reyes warned that the pier was unsafe, saying the council had ignored the warnings.",
			"the pier was unsafe, saying the council had ignored the warnings", "Tom Reyes", "warned"},
		{"cue with its own clause is not inverted", "Jan Ode, a harbour pilot who has worked the strait for twenty years, said he did not see the ferry.",
			"he did not see the ferry", "Jan Ode", "said"},
		{"a subject after the cue names the speaker", "The pier will close in May, said Ada Brook.",
			"The pier will close in May", "Ada Brook", "said"},
		{"a group and its members before the cue are its subject", "Several residents, including Tom Reyes, say they have seen the cracks for years.",
			"they have seen the cracks for years", "Several residents", "say"},
		{"a name and its role before the cue are its subject", "Jan Ode, now head of the harbour board, said he would close the pier.",
			"he would close the pier", "Jan Ode", "said"},
		{"a present tense before an inverted cue is a clause", "The council also lacks in money, said Ada Brook.",
			"The council also lacks in money", "Ada Brook", "said"},
		{"an inverted cue that interrupts its words", "The pier closed in May.\n\nThe trust, said harbour master Jan Ode, had ignored the warnings.",
			"The trust", "Jan Ode", "said"},
		{"a record shows", "New harbour filings show the ferry fund has less than a million in cash.",
			"the ferry fund has less than a million in cash", "New harbour filings", "show"},
		{"participle speaker is the subject, not the object", "Ada Brook left the hall after Tom Reyes spoke, calling the pier plan a total waste.",
			"the pier plan a total waste", "Ada Brook", "calling"},
		{"an age before the role", "Jill Chase, 27, a ferry pilot in Kelby, said the crossing was rough.",
			"the crossing was rough", "Jill Chase", "said"},
		{"a relative clause after the role", "Jan Ode, an official at the harbour authority, which has a backlog of repairs, said the pier would close.",
			"the pier would close", "Jan Ode", "said"},
		{"referring to", "Ada Brook spoke for an hour, referring to the pier as a relic of the old port.",
			"the pier as a relic of the old port", "Ada Brook", "referring"},
		{"in a poll", "In a Kelby Herald poll released Monday, 52 percent of riders backed the new ferry timetable.",
			"52 percent of riders backed the new ferry timetable", "a Kelby Herald poll released Monday", "In"},
		{"an opening phrase is not the words of a short object", "Shortly after the storm, Ada Brook announced her resignation.",
			"her resignation", "Ada Brook", "announced"},
		{"according to after its clause without a comma", "Entering the final week, Ada Brook leads by 40 votes according to a count by the Kelby Herald.",
			"Ada Brook leads by 40 votes", "Kelby Herald", "according to"},
		{"a party and state after the name", "Sen. Ada Brook (D-KB) said the pier bill was dead.",
			"the pier bill was dead", "Ada Brook", "said"},
		{"a participle's subject after an opening phrase", "Speaking at a rally in Kelby, Ada Brook left early, calling the plan a waste.",
			"the plan a waste", "Ada Brook", "calling"},
		{"a name after 'told' is whom they told", "The pier will close in May, the harbour master, Ada Brook, told the Kelby Herald.",
			"The pier will close in May", "Ada Brook", "told"},
		{"the words before 'he said in an interview'", "The pier will close in May, Ada Brook said in an interview with the Kelby Herald.",
			"The pier will close in May", "Ada Brook", "said"},
		{"a present perfect contracted", "She's said the pier would close in May.", "the pier would close in May", "She", "said"},
		{"a first person progressive contracted", "I'm warning that the pier will close.", "the pier will close", "I", "warning"},
		{"opening phrase before the speaker", "Earlier, Harbour Secretary Jon Arkwell said the pier was secure.",
			"the pier was secure", "Jon Arkwell", "said"},
		{"a day between the subject and its verb", "The harbour master on Tuesday warned that the pier was unsafe.",
			"the pier was unsafe", "The harbour master", "warned"},
		{"a week between the subject and its verb", "Ada Brook earlier this week said the ferry fund was empty.",
			"the ferry fund was empty", "Ada Brook", "said"},
		{"'yet' among the auxiliaries", "Ada Brook has not yet said whether the pier will close.",
			"whether the pier will close", "Ada Brook", "said"},
		{"a floating 'all' before the verb", "The three pilots all said the crossing was rough.",
			"the crossing was rough", "The three pilots", "said"},
		{"a participle after its speaker", "The Kelby Herald ran a new poll showing Ada Brook ahead by ten points.",
			"Ada Brook ahead by ten points", "new poll", "showing"},
		{"a gerund after an active verb and 'by'", "Ada Brook succeeded by proposing a flat ferry fare.",
			"a flat ferry fare", "Ada Brook", "proposing"},
		{"a participle's speaker after an opening phrase of time", "Hours later, Tom Reyes returned the compliment, calling Ada Brook a fine pilot.",
			"Ada Brook a fine pilot", "Tom Reyes", "calling"},
		{"a telling participle skips whom it told", "Hours later, Tom Reyes returned the call, telling reporters that the pier was safe.",
			"the pier was safe", "Tom Reyes", "telling"},
		{"a participle's speaker after a place with commas", "At a harbour event in Kelby, Northshire, Ada Brook went after the council, calling it a disgrace.",
			"it a disgrace", "Ada Brook", "calling"},
		{"a title, then the name between commas, then a day", "A harbour spokesman, Tom Reyes, said on Saturday that the pier was closed.",
			"the pier was closed", "Tom Reyes", "said"},
		{"a cue word as a noun inside an aside", "Ada Brook, facing a stiff challenge, noted that the pier was closed.",
			"the pier was closed", "Ada Brook", "noted"},
		{"a subject before an aside, cue in -s", "The harbour official, in a statement, claims the pier is safe.",
			"the pier is safe", "The harbour official", "claims"},
		{"a day that is the words' subject", "Ada Brook said Friday was the deadline for the pier.",
			"Friday was the deadline for the pier", "Ada Brook", "said"},
		{"a gerund after a preposition", "Ada Brook left the hall without saying whether the pier would close.",
			"whether the pier would close", "Ada Brook", "saying"},
		{"a phrase between commas before the verb", "Judge Jan Ode, in her dissent, said the pier ruling was wrong.",
			"the pier ruling was wrong", "Jan Ode", "said"},
		{"a role without an article", "Ada Brook, dean of the Kelby Law School, said the pier lease was void.",
			"the pier lease was void", "Ada Brook", "said"},
		{"a role and a relative clause", "Tom Reyes, a former pilot, whose roots are in Kelby, said the crossing was rough.",
			"the crossing was rough", "Tom Reyes", "said"},
		{"'to' before a noun is no infinitive", "Ada Brook points to the possibility that the pier will close.",
			"the pier will close", "Ada Brook", "points"},
		{"a day after the cue", "The harbour board vowed Tuesday to keep the pier open.",
			"to keep the pier open", "The harbour board", "vowed"},
		{"a verb's own preposition", "The harbour board commented on the proposed ferry rules.",
			"the proposed ferry rules", "The harbour board", "commented"},
		{"a stance adjective used as a verb", "Ada Brook opposed the ferry timetable.",
			"the ferry timetable", "Ada Brook", "opposed"},
		{"an infinitive is no 'that' clause", "Ada Brook declined to concur with that assessment.",
			"to concur with that assessment", "Ada Brook", "declined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertOnlyStatement(t, tt.text, []Kind{Direct, Reported}, tt.cue, tt.content, tt.speaker)
		})
	}
}

// assertOnlyStatement checks that text holds exactly one statement of the
// given kinds, with this cue, content and speaker ("" for none).
func assertOnlyStatement(t *testing.T, text string, kinds []Kind, cue, content, speaker string) {
	t.Helper()
	sts := ofKinds(Find(text, Options{}), kinds)
	require.Len(t, sts, 1, "%+v", Find(text, Options{}))
	s := sts[0]
	assert.Equal(t, cue, s.Cue)
	assert.Equal(t, content, s.Content.Text)
	if speaker == "" {
		assert.Nil(t, s.Speaker)
		return
	}
	require.NotNil(t, s.Speaker)
	assert.Equal(t, speaker, s.Speaker.Name)
}

// TestFindStances covers acts and attitudes credited to someone: Find
// reports them as stances, with the subject as speaker, and an act yields
// the rest of its sentence to a participle of saying.
func TestFindStances(t *testing.T) {
	tests := []struct {
		name, text, cue, content, speaker string
	}{
		{"an act verb", "The harbour council rejected the ferry plan on Monday, arguing that it would cost too much.",
			"rejected", "the ferry plan on Monday", "The harbour council"},
		{"a verb the lexicon lacks", "Ada Brook eschewed the pier debate entirely.", "eschewed", "the pier debate entirely", "Ada Brook"},
		{"a bare verb after a plural group", "Harbour residents resent the new ferry timetable.", "resent", "the new ferry timetable", "Harbour residents"},
		{"'that' as a determiner after an act", "Ada Brook rejected that idea on Monday.", "rejected", "that idea on Monday", "Ada Brook"},
		{"a vote is an act", "The harbour officials voted against the pier bill.", "voted", "the pier bill", "The harbour officials"},
		{"seeing someone as something", "Riders see Ada Brook as a strong leader.", "see", "Ada Brook as a strong leader", "Riders"},
		{"a group of people as speaker", "The crowd cheered the new ferry timetable.", "cheered", "the new ferry timetable", "The crowd"},
		{"a verb after a modal", "Ada Brook will accept the council's offer.", "accept", "the council's offer", "Ada Brook"},
		{"a stance adjective", "Tom Reyes was sharply critical of the pier plan.", "critical", "the pier plan", "Tom Reyes"},
		{"a negated verb", "Ada Brook didn't attend the council meeting.", "attend", "the council meeting", "Ada Brook"},
		{"a passive with its agent", "The pier plan was backed by the harbour council.", "backed", "The pier plan", "the harbour council"},
		{"a passive view held by no one named", "The pier plan is considered a danger to the harbour.", "considered",
			"The pier plan is considered a danger to the harbour", ""},
		{"seeing is no saying", "Ada Brook saw the council close the pier.", "saw", "the council close the pier", "Ada Brook"},
		{"an -ee verb's progressive", "Ada Brook is disagreeing with the harbour council.", "disagreeing", "the harbour council", "Ada Brook"},
		{"a stance noun with its holder", "Her criticism of the pier plan was loud.", "criticism of", "the pier plan", "Her"},
		{"a stance noun after be", "Ada Brook is a vocal supporter of the ferry union.", "supporter", "the ferry union", "Ada Brook"},
		{"a passive cue with no agent names no speaker", "Tom Reyes was accused of leaking the pier report.", "accused",
			"Tom Reyes was accused of leaking the pier report", ""},
		{"a passive after an adverb", "The pier plan was roundly criticized at the meeting.", "criticized",
			"The pier plan was roundly criticized at the meeting", ""},
		{"an infinitive after an object is the object's", "The mayor got the harbour council to approve the budget.", "approve",
			"the budget", "the harbour council"},
		{"an infinitive after a plain object stays the subject's", "Ada Brook took the opportunity to praise the ferry crews.", "praise",
			"the ferry crews", "Ada Brook"},
		{"an infinitive's subject stops at its verb", "Ada Brook travelled Monday to Kelby to criticize the pier plan.", "criticize",
			"the pier plan", "Ada Brook"},
		{"a relative clause inside the object", "Ada Brook gathered her crews to criticize the plan that the council passed last week.", "criticize",
			"the plan that the council passed last week", "Ada Brook"},
		{"an infinitive's object ends at a comma", "Critics waited in the snow to heckle the mayor, and the police arrived at noon.", "heckle",
			"the mayor", "Critics"},
		{"an infinitive of saying takes its clause", "Harbour residents are quick to point out that the new ferries are Kelby-built and slow.", "point",
			"the new ferries are Kelby-built and slow", "Harbour residents"},
		{"an infinitive of purpose", "The harbour council met on Monday to discuss the ferry timetable.", "discuss",
			"the ferry timetable", "The harbour council"},
		{"a passive of saying", "Two pilots are said to be furious with the harbour board.", "said",
			"Two pilots are said to be furious with the harbour board", ""},
		{"an evidential about a thing", "The ferry dispute seemed to be over by the end of the week.", "seemed", "The ferry dispute seemed to be over by the end of the week", ""},
		{"an evidential with a named subject", "The Kelby Ferry Company is expected to raise its fares again in spring.",
			"expected", "The Kelby Ferry Company is expected to raise its fares again in spring", "Kelby Ferry Company"},
		{"an evidential past an adverb", "The ferry vote is widely expected to fail in spring.",
			"expected", "The ferry vote is widely expected to fail in spring", ""},
		{"an evidential with a complement", "The harbour race appears closer in Kelby this year.",
			"appears", "The harbour race appears closer in Kelby this year", ""},
		{"seeming as a thing", "The ferry dispute seemed an insult to the crews.",
			"seemed", "The ferry dispute seemed an insult to the crews", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertOnlyStatement(t, tt.text, []Kind{Stance}, tt.cue, tt.content, tt.speaker)
		})
	}
}

// TestFindNoStance keeps nouns, modifiers and circumstances from reading as
// attributions.
func TestFindNoStance(t *testing.T) {
	for _, text := range []string{
		"In a Kelby Herald poll released Monday, most riders backed the timetable.",        // "released" modifies the poll
		"Iowa caucuses are held in winter.",                                                // a plural noun after a name
		"The ferry fund has less than a million in cash.",                                  // "has" as a main verb
		"Ada Brook spoke, and the hall fell silent.",                                       // no object after the act
		"Ada Brook won the seat by forty votes.",                                           // an event, no stance
		"The Rust Belt states have suffered from the loss of jobs.",                        // a noun after a name
		"Ada Brook said in her office, as interns worked the phones.",                      // where, not what
		"The Kelby Rovers trounced the Harbour Kings on Saturday.",                         // an outcome, no stance
		"Tom Reyes founded the ferry company in 1998.",                                     // an event, no stance
		"Ada Brook appearances drew big crowds across the harbour.",                        // a plural noun after a name
		"It is hard to believe the pier will close so soon.",                               // "it" credits no one
		"The Kelby Herald's reporting team won an award.",                                  // a participle as a modifier
		"Additional reporting by Ada Brook in Kelby.",                                      // a credit line
		"Tickets were released on Monday at the box office.",                               // an act's passive with only when and where
		"Nevertheless, despite such steps, questions persist about the ferry fund.",        // a plural noun after asides, no speaker
		"Before responding, Ada Brook paused for a long time.",                             // a gerund with no object
		"Ada Brook was defeated by opposing forces in the primary.",                        // an agent, not a gerund
		"The harbour master appeared on Kelby Radio on Monday.",                            // appearing somewhere, not seeming
		"Jan Ode, an official of the Danish rail union, described the delay as a scandal.", // "rail" a noun after a name
		"The White House press secretary, Ada Brook, took questions.",                      // "press" a noun after a name
	} {
		for _, st := range Find(text, Options{}) {
			assert.NotContains(t, []string{"released", "caucuses", "less", "spoke", "won", "states", "said", "trounced", "founded", "appearances", "believe", "reporting", "released", "responding", "opposing", "questions", "rail", "press"}, st.Cue, text)
		}
	}
}

// TestCompareSkipsEvidentials keeps hedged sentences ("seemed to") out of
// the checks: they put no words in a mouth.
func TestCompareSkipsEvidentials(t *testing.T) {
	src := "The ferry dispute seemed to be over by the end of the week. Ada Brook said the pier will close in May."
	checks, fs := Compare(src, src, Options{})
	require.Len(t, checks, 1)
	assert.Equal(t, "the pier will close in May", checks[0].Text)
	assert.Empty(t, fs)
}

// TestNestedWordsEndBeforeTheirAttribution: in "A says B, C said", B ends
// before ", C said", so C is no part of what A is reported to say.
// TestWhenThenParticiple keeps the clause before ", X said on Monday,
// easing …" as the words: the day and the participle after the cue are no
// words of the speaker.
func TestWhenThenParticiple(t *testing.T) {
	sts := Find("Fares on the ferry will stay at four pounds, Mayor Jonas Albrecht said on Monday, easing fears of a rise.", Options{})
	var said []string
	for _, st := range sts {
		if st.Cue == "said" {
			said = append(said, st.Content.Text)
		}
	}
	assert.Equal(t, []string{"Fares on the ferry will stay at four pounds"}, said)
}

func TestNestedWordsEndBeforeTheirAttribution(t *testing.T) {
	sts := Find("He says the pier was never safe, Ada Brook said.", Options{})
	got := map[string]string{}
	for _, st := range sts {
		got[st.Cue] = st.Content.Text
	}
	assert.Equal(t, "He says the pier was never safe", got["said"])
	assert.Equal(t, "the pier was never safe", got["says"])
}

// TestStanceNounWithoutHolder names no speaker when the phrase after
// "from" is empty.
func TestStanceNounWithoutHolder(t *testing.T) {
	for _, st := range Find("Her criticism From that the plan failed was loud.", Options{}) {
		if st.Speaker != nil {
			assert.NotEqual(t, "From", st.Speaker.Name)
		}
	}
}

// TestGerundInOpeningPhrase gives a gerund that opens the sentence to the
// subject after its comma, and ends its words at that comma.
func TestGerundInOpeningPhrase(t *testing.T) {
	sts := Find("While discussing the ferry budget, the harbour official admitted the fund was empty.", Options{})
	got := map[string]Statement{}
	for _, st := range sts {
		got[st.Cue] = st
	}
	require.Contains(t, got, "discussing")
	assert.Equal(t, "the ferry budget", got["discussing"].Content.Text)
	require.NotNil(t, got["discussing"].Speaker)
	assert.Equal(t, "the harbour official", strings.ToLower(got["discussing"].Speaker.Name))
	assert.Equal(t, "the fund was empty", got["admitted"].Content.Text)
}

// TestFindNoWordsSaid keeps verbs of saying used for other things out of
// the statements: an amount added, a letter replied to; and reads a
// subject with a relative clause as the speaker, not as words said.
func TestFindNoWordsSaid(t *testing.T) {
	tests := []struct{ name, text, speaker, content string }{
		{"an amount added", "The closure will add as much as 20 minutes to trips.", "", ""},
		{"a share added", "Sales added 4% in the quarter.", "", ""},
		{"a clause after a number", "He added 20 people had been hurt.", "He", "20 people had been hurt"},
		{"replied to a letter", "It would reply to the council's letter within 28 days.", "", ""},
		{"a role before an inverted name", "The harbour is too shallow, said harbour pilot Tom Reyes.", "Tom Reyes", "The harbour is too shallow"},
		{"a role at the end of the text", "The harbour is too shallow, said Tuesday pilot", "", ""},
		{"a subject with a relative clause", "Gareth Pryce, whose home was flooded, said an engineer told him the gates were shut.", "Gareth Pryce", "an engineer told him the gates were shut"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Statement
			for _, st := range Find(tt.text, Options{}) {
				if st.Kind != Stance {
					got = append(got, st)
				}
			}
			if tt.content == "" {
				assert.Empty(t, got)
				return
			}
			require.NotEmpty(t, got)
			require.NotNil(t, got[0].Speaker)
			assert.Equal(t, tt.speaker, got[0].Speaker.Name)
			assert.Equal(t, tt.content, got[0].Content.Text)
		})
	}
}
