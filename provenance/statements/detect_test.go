package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNoActBeforeItsVerb keeps an act's verb that closes a relative clause
// or a noun phrase from taking the words before it: in "…, the loose style
// she prefers" nothing before "prefers" is what she prefers.
func TestNoActBeforeItsVerb(t *testing.T) {
	tests := []struct{ name, text, cue string }{
		{"a relative clause without 'that'", "On Monday, she read a speech from notes rather than the loose style she prefers.", "prefers"},
		{"a progressive in a relative clause", "With two days left before the vote, Ada Brook went to meet the man she is seeking to replace.", "seeking"},
		{"a noun after a noun", "Just click here, enter your email address, and press send.", "address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, st := range Find(tt.text, Options{}) {
				assert.NotEqual(t, tt.cue, st.Cue, "%q: %q", tt.text, st.Content.Text)
			}
		})
	}
}

// TestQuantitySubject reads a share or a count of people as the speaker of
// a poll's findings, and leaves ages, sums and a verb's object alone.
func TestQuantitySubject(t *testing.T) {
	tests := []struct{ name, text, cue, content, speaker string }{
		{"a percentage", "Among riders, 61 percent say the ferry is too slow.", "say", "the ferry is too slow", "61 percent"},
		{"a share in words", "About two-thirds of harbour voters in all five towns support closing the pier.",
			"support", "closing the pier", "About two-thirds of harbour voters in all five towns"},
		{"so many in ten", "Only about 4 in 10 riders in each town want the ferry to stop.",
			"want", "the ferry to stop", "Only about 4 in 10 riders in each town"},
		{"after a conjunction", "Most pilots back the plan, while 30 percent believe it will fail.",
			"believe", "it will fail", "30 percent"},
		{"a number in words", "Twelve percent indicated that they were not sure.", "indicated", "they were not sure", "Twelve percent"},
		{"no one in particular", "Nobody believes the pier will close.", "believes", "the pier will close", "Nobody"},
		{"not everyone", "Not everyone agrees on the plan for the pier.", "agrees", "the plan for the pier", "Not everyone"},
		{"others", "Some call it a pier. Others call it the harbour's heart.", "call", "it the harbour's heart", "Others"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *Statement
			for _, st := range Find(tt.text, Options{}) {
				if st.Cue == tt.cue {
					got = &st
				}
			}
			if assert.NotNil(t, got, tt.text) {
				assert.Equal(t, tt.content, got.Content.Text)
				if assert.NotNil(t, got.SpeakerSpan) {
					assert.Equal(t, tt.speaker, got.SpeakerSpan.Text)
				}
			}
		})
	}
	for _, text := range []string{
		"Ada Brook, who leads about 900 crews, said the pier would close.", // the count is a verb's object
		"Ada Brook, 69, told the crowd the pier would close.",              // an age
		"About $58 million in ferry fares support the harbour fund.",       // a sum is no one
	} {
		for _, st := range Find(text, Options{}) {
			if st.SpeakerSpan != nil {
				assert.NotRegexp(t, `\d`, st.SpeakerSpan.Text, text)
			}
		}
	}
}

// TestOneNameObject keeps the one name that a verb of stance takes as its
// whole object ("supported Reyes"), but not the one word after a verb of
// speech ("said Monday").
func TestOneNameObject(t *testing.T) {
	checkOnlyStatements(t, []spanCase{
		{"Ada Brook supported Reyes.", "supported", "Reyes", ""},
		{"Tom Reyes praised her.", "praised", "her", ""},
		{"The pilots' union endorsed Brook.", "endorsed", "Brook", ""},
	}, "Ada Brook said Monday.", "Ada Brook told Reyes.")
}

// TestRelativeClauseOfAnyNoun reads "X, who …" and "X, which …" as X's
// words or stance, past a phrase of time, whatever X is called, and ends
// them where the main clause resumes.
func TestRelativeClauseOfAnyNoun(t *testing.T) {
	for _, tt := range []struct{ text, cue, content, speaker string }{
		{"The pilots' guild, which endorsed Ada Brook in November, is large.", "endorsed", "Ada Brook in November", "guild"},
		{"Tom Reyes, who on Tuesday endorsed Brook, said he was tired.", "endorsed", "Brook", "Tom Reyes"},
		{"Black voters, who overwhelmingly rejected the pier plan, stayed home.", "rejected", "the pier plan", "Black voters"},
	} {
		var got *Statement
		for _, st := range Find(tt.text, Options{}) {
			if st.Cue == tt.cue {
				got = &st
			}
		}
		if assert.NotNil(t, got, tt.text) {
			assert.Equal(t, tt.content, got.Content.Text, tt.text)
			if assert.NotNil(t, got.Speaker, tt.text) {
				assert.Contains(t, got.Speaker.Name, tt.speaker, tt.text)
			}
		}
	}
}

// TestCoordinatedVerbSubject gives a verb joined to an earlier one by
// "and", "but" or ", then" the subject of its clause.
func TestCoordinatedVerbSubject(t *testing.T) {
	checkNamedCases(t, []spanCase{
		{"Ada Brook paused, then revealed why the pier mattered.", "revealed", "why the pier mattered", "Ada Brook"},
		{"Tom Reyes came to Kelby on Monday and recounted his life at sea.", "recounted", "his life at sea", "Tom Reyes"},
		{"Ada Brook cast the blame on the council, and emphasized the threat to the pier.", "emphasized", "the threat to the pier", "Ada Brook"},
	})
	// a plural noun after "and" is no verb: "and plans came together"
	for _, st := range Find("Ada Brook left the pier early, and plans for the ferry fell apart.", Options{}) {
		assert.NotEqual(t, "plans", st.Cue)
	}
}

// TestHeadlineAttributions reads the first line of a story as a headline:
// a name and a verb of saying or stance in sentence case ("Brook calls
// …", "Brook to press …"), and a Title Case cue verb, where capitals mark
// no name ("…, Tom Reyes Says").
func TestHeadlineAttributions(t *testing.T) {
	body := "\n\nMayor Ada Brook spoke on Monday. Later, Tom Reyes met with Brook and Reyes said little."
	checkSpanCases(t, []spanCase{
		{"Brook calls Reyes a risk to harbour safety" + body, "calls", "Reyes a risk to harbour safety", "Brook"},
		{"Brook to press council on ferry fares" + body, "to press", "council on ferry fares", "Brook"},
		{"Ferry Fares Are Far Too High, Tom Reyes Says." + body, "Says", "Ferry Fares Are Far Too High", "Tom Reyes"},
	})
	// an adjective opening a headline names no one
	for _, st := range Find("Angry words fill the harbour hall"+body, Options{}) {
		assert.NotEqual(t, "words", st.Cue)
	}
}

// TestParticleIsNoReducedRelative reads "voted for" and "refused to" as a
// verb with its own preposition or infinitive, not as a participle that
// modifies the noun before it ("the data related to the pier").
func TestParticleIsNoReducedRelative(t *testing.T) {
	checkOnlyStatements(t, []spanCase{
		{"The council voted for a two-year delay.", "voted", "a two-year delay", ""},
		{"Sen. Ada Brook (D-KB) refused to entertain the idea of a new pier.", "refused", "to entertain the idea of a new pier", ""},
		{"The harbour council voted to pay the pilots.", "voted", "to pay the pilots", ""},
	}, "The data related to the pier was lost.", "A plan voted on in May was dropped.")
}

// TestReflexiveBeforeVerb steps over an intensive reflexive between the
// subject and its verb ("The council itself rejected …"), and keeps a
// "that" after a second verb for that verb.
func TestReflexiveBeforeVerb(t *testing.T) {
	checkNamedCases(t, []spanCase{
		{"The council itself rejected the plan.", "rejected", "the plan", "The council"},
		{"Ada Brook herself has said the pier would close.", "said", "the pier would close", "Ada Brook"},
		{"Tom Reyes has been making this point and claiming that the pier is safe.", "making",
			"this point and claiming that the pier is safe", "Tom Reyes"},
	})
}

// TestDescribedSubject credits a verb of saying or stance to a subject of
// common nouns ("The inquiry found that …"), but not a noun that ends
// such a subject ("A simple question elicits …").
func TestDescribedSubject(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"The newspaper reported that the mayor met privately with pilots.", "reported", "the mayor met privately with pilots", "The newspaper"},
		{"The inquiry found that the harbour office never searched its own records.", "found", "the harbour office never searched its own records", "The inquiry"},
		{"The state admitted it made a mistake.", "admitted", "it made a mistake", "The state"},
	})
	for _, text := range []string{"A simple question elicits a long answer about the pier.", "The new plan is still tilted toward the rich."} {
		assert.Empty(t, Find(text, Options{}), text)
	}
}

// TestNounsOfBelief reads a noun of accusing, fearing or doubting with its
// preposition or "that" as a stance on what follows.
func TestNounsOfBelief(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"The mayor resigned after accusations of favouritism toward ferry donors.", "accusations of", "favouritism toward ferry donors", ""},
		{"Her doubts that the pier could be saved grew.", "doubts that", "the pier could be saved grew", ""},
		{"Fears of a ferry strike were rising.", "Fears of", "a ferry strike", ""},
	})
}

// TestDayThenSubordinate reads "…, X said Friday afternoon, as …" as an
// attribution closing its words, and "X reports that …" after a name as a
// verb, not as the noun of "the Kelby Herald reports".
func TestDayThenSubordinate(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"The pier will close in May, harbour officials said Friday afternoon, as they left the hall.", "said", "The pier will close in May", ""},
		{"Ada Brook said Monday night that the pier will close.", "said", "the pier will close", ""},
		{"The Kelby Herald reports that the pier will close.", "reports", "the pier will close", ""},
	})
}

// TestStanceAdjectiveSubjects reads a stance after "be" past several
// modifiers, and credits it to a quantified or described subject too.
func TestStanceAdjectiveSubjects(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"Ada Brook has been a consistent and outspoken supporter of the pier.", "supporter", "the pier", "Ada Brook"},
		{"Some pilots were willing to go forward with a smaller plan.", "willing", "go forward with a smaller plan", "Some pilots"},
		{"The union is opposed to the new ferry timetable.", "opposed", "the new ferry timetable", "The union"},
	})
}

// TestEvidenceSubject credits what a record shows to the record, wherever
// the evidence noun stands in its phrase.
func TestEvidenceSubject(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"Recent polling shows that the pier is popular.", "shows", "the pier is popular", "Recent polling"},
		{"A video of the episode shows her clutching her phone.", "shows", "her clutching her phone", "A video of the episode"},
		{"New polls released Sunday showed Brook taking a lead.", "showed", "Brook taking a lead", "New polls released Sunday"},
	})
}

// TestAccordingToAfterOpening reads the words after "according to X," when
// only an opening phrase stands before it.
func TestAccordingToAfterOpening(t *testing.T) {
	for _, tt := range []struct{ text, content string }{
		{"In addition, according to the harbour office, nine ferries will be retired.", "nine ferries will be retired"},
		{"One Sunday in May, according to the harbour log, Ada Brook sailed alone.", "Ada Brook sailed alone"},
		{"The pier will close, according to the mayor.", "The pier will close"},
	} {
		var got *Statement
		for _, st := range Find(tt.text, Options{}) {
			if st.Cue == "according to" {
				got = &st
			}
		}
		if assert.NotNil(t, got, tt.text) {
			assert.Equal(t, tt.content, got.Content.Text, tt.text)
		}
	}
}

// TestPassiveWithCountedAgent reads a passive whose agent after "by" is
// counted or described ("by some of her rivals"), past an adverb before
// the participle, and leaves the auxiliary out of the words.
func TestPassiveWithCountedAgent(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"Ada Brook has been criticized by some of her rivals for skipping the vote.", "criticized", "Ada Brook", "some of her rivals"},
		{"The mayor has been endorsed by dozens of papers ranging from the Herald to the Times.", "endorsed", "The mayor", "dozens of papers"},
		{"The ferry plan was jointly written by the two pilots.", "written", "The ferry plan", "the two pilots"},
	})
}

// TestAgentNounSpeakers reads a plural that names people by what they do
// as a speaker, and a particle closing "…, as critics point out".
func TestAgentNounSpeakers(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"Harbour economists warn that the pier will lose money.", "warn", "the pier will lose money", "Harbour economists"},
		{"Local historians believe the pier is older than the town.", "believe", "the pier is older than the town", "Local historians"},
		{"The pier carries risks, as critics point out.", "point", "The pier carries risks", "critics"},
	})
}

// TestInvertedRoleModifier reads a speaker named after the cue behind a
// modifier of the role ("said former mayor Ada Brook") or an "of" phrase
// ("said the head of the harbour board").
func TestInvertedRoleModifier(t *testing.T) {
	for _, tt := range []struct{ text, speaker string }{
		{"The pier will close in May, said former mayor Ada Brook.", "Ada Brook"},
		{"The pier will close in May, says political scientist Tom Black in Kelby.", "Tom Black"},
	} {
		var got *Statement
		for _, st := range Find(tt.text, Options{}) {
			if st.Cue == "said" || st.Cue == "says" {
				got = &st
			}
		}
		if assert.NotNil(t, got, tt.text) {
			assert.Equal(t, "The pier will close in May", got.Content.Text, tt.text)
			if assert.NotNil(t, got.Speaker, tt.text) {
				assert.Equal(t, tt.speaker, got.Speaker.Name, tt.text)
			}
		}
	}
}

// TestStanceNounAbout reads a stance noun joined by "about" to what it is
// about: "concerns about the pier".
func TestStanceNounAbout(t *testing.T) {
	var got *Statement
	text := "Her concerns about the pier were ignored."
	for _, st := range Find(text, Options{}) {
		if st.Cue == "concerns about" {
			got = &st
		}
	}
	if assert.NotNil(t, got, text) {
		assert.Equal(t, "the pier", got.Content.Text)
	}
}

// TestOneWordTitles reads a one-word quotation named as a title ("star of
// television's “Harbour”") or followed by its maker ("the “Harbour” star")
// as no one's words.
func TestOneWordTitles(t *testing.T) {
	for _, text := range []string{
		"Ada Brook, star of television’s “Harbour,” thanked the pilots on Monday.",
		"The “Harbour” star posted a long message about the pier.",
		"“Kelby Nights” host Tom Reyes toured the pier on Thursday.",
	} {
		for _, st := range Find(text, Options{}) {
			assert.NotEqual(t, Direct, st.Kind, "%s: %q", text, st.Content.Text)
		}
	}
}

// TestNounsOfDeciding reads a noun of deciding or refusing with its
// infinitive or preposition as a stance: "her decision to close the pier".
func TestNounsOfDeciding(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"Her decision to close the pier was a mistake.", "decision to", "close the pier", ""},
		{"The council's refusal to meet the pilots was criticized.", "refusal to", "meet the pilots", ""},
		{"The two towns reached an agreement on ferry fares.", "agreement on", "ferry fares", ""},
	})
}

// TestNounsOfClaiming reads "claims of", "pledges to", "skepticism about"
// as stances on what follows.
func TestNounsOfClaiming(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"Her claims of a cover-up at the pier were denied.", "claims of", "a cover-up at the pier", ""},
		{"His pledge to rebuild the pier won votes.", "pledge to", "rebuild the pier won votes", ""},
		{"There is skepticism about the new ferry timetable.", "skepticism about", "the new ferry timetable", ""},
	})
}

// spanCase is a sentence, the cue of the statement to look at, and the words
// and speaker that statement should have ("" speaker: not checked).
type spanCase struct{ text, cue, content, speaker string }

// checkSpanCases finds, in each case's sentence, the statement with its cue
// and checks its words and the speaker as written.
func checkSpanCases(t *testing.T, cases []spanCase) {
	t.Helper()
	for _, tt := range cases {
		if got := statementWithCue(t, tt); got != nil && tt.speaker != "" && assert.NotNil(t, got.SpeakerSpan, tt.text) {
			assert.Equal(t, tt.speaker, got.SpeakerSpan.Text, tt.text)
		}
	}
}

// checkNamedCases is checkSpanCases for the speaker as resolved: the name
// of the person or body the words are credited to.
func checkNamedCases(t *testing.T, cases []spanCase) {
	t.Helper()
	for _, tt := range cases {
		if got := statementWithCue(t, tt); got != nil && assert.NotNil(t, got.Speaker, tt.text) {
			assert.Equal(t, tt.speaker, got.Speaker.Name, tt.text)
		}
	}
}

// statementWithCue is the statement of tt.text with cue tt.cue, its words
// checked, or nil.
func statementWithCue(t *testing.T, tt spanCase) *Statement {
	t.Helper()
	var got *Statement
	for _, st := range Find(tt.text, Options{}) {
		if st.Cue == tt.cue {
			got = &st
		}
	}
	if assert.NotNil(t, got, tt.text) {
		assert.Equal(t, tt.content, got.Content.Text, tt.text)
	}
	return got
}

// checkOnlyStatements checks that each case's sentence holds one statement,
// with the case's cue and words, and that each of none holds none.
func checkOnlyStatements(t *testing.T, cases []spanCase, none ...string) {
	t.Helper()
	for _, tt := range cases {
		sts := Find(tt.text, Options{})
		if assert.Len(t, sts, 1, tt.text) {
			assert.Equal(t, tt.cue, sts[0].Cue)
			assert.Equal(t, tt.content, sts[0].Content.Text)
		}
	}
	for _, text := range none {
		assert.Empty(t, Find(text, Options{}), text)
	}
}
