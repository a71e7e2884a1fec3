package statements

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindQuoteStyles(t *testing.T) {
	tests := []struct {
		name, text, want, speaker string
	}{
		{"curly", `“The bridge will open in May,” said Ada Brook.`, "The bridge will open in May", "Ada Brook"},
		{"straight", `"The bridge will open in May," Ada Brook said.`, "The bridge will open in May", "Ada Brook"},
		{"guillemets", `Ada Brook said: «The bridge will open in May.»`, "The bridge will open in May.", "Ada Brook"},
		{"german", `Ada Brook sagte: „Die Brücke öffnet im Mai und nicht früher.“`, "Die Brücke öffnet im Mai und nicht früher.", ""},
		{"corner", `Ada Brook said 「the bridge will open in May」 to reporters.`, "the bridge will open in May", "Ada Brook"},
		{"single", `‘The bridge will open in May,’ said Ada Brook.`, "The bridge will open in May", "Ada Brook"},
		{"typewriter", `''The bridge will open in May,'' said Ada Brook.`, "The bridge will open in May", "Ada Brook"},
		{"nested", `“She told me ‘never again’ and left the room,” Ada Brook said.`, "She told me ‘never again’ and left the room", "Ada Brook"},
		{"apostrophes", `“Brook’s plan doesn’t work for anyone here,” said Ada Brook.`, "Brook’s plan doesn’t work for anyone here", "Ada Brook"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *Statement
			for _, s := range Find(tt.text, Options{}) {
				if s.Kind == Direct {
					got = &s
					break
				}
			}
			require.NotNil(t, got, "no direct quote in %q", tt.text)
			assert.Equal(t, tt.want, got.Content.Text)
			assert.Equal(t, tt.want, string([]rune(tt.text)[got.Content.Start:got.Content.End]), "code-point offsets")
			if tt.speaker != "" {
				require.NotNil(t, got.Speaker)
				assert.Equal(t, tt.speaker, got.Speaker.Name)
			}
		})
	}
}

func TestFindMultiParagraphAndSplitQuotes(t *testing.T) {
	txt := "Ada Brook, the mayor of Eastwick, spoke on Friday.\n\n" +
		"“The bridge will open in May,” she said. “It will carry 4,000 cars a day.”\n\n" +
		"“We planned it for ten years.\n\n“Nobody will pay a toll,” Brook added."
	sts := Find(txt, Options{})
	var direct []Statement
	for _, s := range sts {
		if s.Kind == Direct {
			direct = append(direct, s)
		}
	}
	require.Len(t, direct, 3)
	assert.Equal(t, "The bridge will open in May", direct[0].Content.Text)
	assert.Equal(t, "It will carry 4,000 cars a day.", direct[1].Content.Text)
	assert.True(t, direct[1].Linked, "second half of a split quote links to the first")
	assert.Contains(t, direct[2].Content.Text, "ten years.")
	assert.Contains(t, direct[2].Content.Text, "Nobody will pay a toll")
	for _, d := range direct {
		require.NotNil(t, d.Speaker, d.Content.Text)
		assert.Equal(t, "Ada Brook", d.Speaker.Name)
		assert.Equal(t, "mayor", d.Speaker.Title)
		assert.Equal(t, "Eastwick", d.Speaker.Affiliation)
	}
}

func TestFindReported(t *testing.T) {
	tests := []struct {
		name, text, content, speaker, kind string
		hedges                             []string
	}{
		{"according to", "According to Ada Brook, the director of the Eastwick Port Office, the port could close by June.", "the port could close by June", "Ada Brook", "person", []string{"could"}},
		{"according to end", "The port may close by June, according to the Eastwick Port Office.", "The port may close by June", "Eastwick Port Office", "organization", []string{"may"}},
		{"says that", "Ada Brook says that the port will close by June.", "the port will close by June", "Ada Brook", "person", nil},
		{"told", "Ada Brook told reporters the port will close by June.", "the port will close by June", "Ada Brook", "person", nil},
		{"trailing", "The port will close by June, Ada Brook said.", "The port will close by June", "Ada Brook", "person", nil},
		{"inverted", "The port will close by June, said Ada Brook.", "The port will close by June", "Ada Brook", "person", nil},
		{"highlights", "Ada Brook highlights the possibility of the port closing by June.", "the possibility of the port closing by June", "Ada Brook", "person", nil},
		{"view", "In Ada Brook's view, the port might close by June.", "the port might close by June", "Ada Brook", "person", []string{"might"}},
		{"organisation", "The Eastwick Port Office opened in 1990. The company said it would allegedly close by June.", "it would allegedly close by June", "Eastwick Port Office", "organization", []string{"allegedly"}},
		{"no source", "It is suspected that the port may close by June.", "the port may close by June", "", "", []string{"may"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := lastStatement(t, tt.text)
			assert.Equal(t, Reported, s.Kind)
			assert.Equal(t, tt.content, s.Content.Text)
			assert.Equal(t, tt.hedges, s.Hedges)
			if tt.speaker == "" {
				assert.Nil(t, s.Speaker)
				return
			}
			require.NotNil(t, s.Speaker)
			assert.Equal(t, tt.speaker, s.Speaker.Name)
			assert.Equal(t, tt.kind, s.Speaker.Kind)
		})
	}
}

func TestFindPronounsAndSurnames(t *testing.T) {
	txt := "Ada Brook, the mayor of Eastwick, met Tom Reyes, a lawyer for the harbour union. " +
		"Reyes said the union would strike. Brook warns that the port needs calm. She said talks go on."
	sts := Find(txt, Options{})
	require.Len(t, sts, 3)
	names := []string{}
	for _, s := range sts {
		require.NotNil(t, s.Speaker)
		names = append(names, s.Speaker.Name)
	}
	assert.Equal(t, []string{"Tom Reyes", "Ada Brook", "Ada Brook"}, names)
	assert.Equal(t, "lawyer", sts[0].Speaker.Title)
	assert.Equal(t, "the harbour union", sts[0].Speaker.Affiliation)
}

func TestFindSeed(t *testing.T) {
	b, err := os.ReadFile("../../../shared/seed/000_490919048cbff9f2.txt")
	if err != nil {
		t.Skip("seed article absent")
	}
	sts := Find(string(b), Options{})
	byCue := map[string]*Speaker{}
	for _, s := range sts {
		if s.Speaker != nil {
			byCue[strings.ToLower(s.Cue)] = s.Speaker
		}
	}
	perez := byCue["according to"]
	require.NotNil(t, perez)
	assert.Equal(t, "Carlos Perez", perez.Name)
	assert.Equal(t, "research practice lead", perez.Title)
	assert.Equal(t, "TrustedSec", perez.Affiliation)
	for _, cue := range []string{"highlights", "explains", "warns"} {
		sp := byCue[cue]
		require.NotNil(t, sp, cue)
		assert.Equal(t, "John Vecchi", sp.Name, cue)
		assert.Equal(t, "chief marketing officer", sp.Title, cue)
		assert.Equal(t, "Phosphorus Cybersecurity", sp.Affiliation, cue)
	}
}

func TestFindBounded(t *testing.T) {
	big := strings.Repeat("“Ada Brook said the port will close ", 150000) // 5 MB, one paragraph, unbalanced
	sts := Find(big, Options{})
	for _, s := range sts {
		assert.LessOrEqual(t, s.Content.End, len([]rune(big)))
	}
	assert.Empty(t, Find("", Options{}))
	assert.NotPanics(t, func() { Find("\"", Options{}); Find("” „ « 「", Options{}) })
}

func TestFindSpeakerConventions(t *testing.T) {
	tests := []struct {
		name, text, content, speaker, title string
	}{
		{"colon introduction", "The harbour office of Eastwick said in a statement:\n\n“The cranes will stay idle until the inspection ends.”", "The cranes will stay idle until the inspection ends.", "", ""},
		{"transcript label", "Ada Brook met Tom Reyes on the radio.\n\n“REYES: The strike will start on Monday and last a week.”", "REYES: The strike will start on Monday and last a week.", "Tom Reyes", ""},
		{"participle", "Ada Brook closed the meeting, asking, “Who will pay for the new cranes?”", "Who will pay for the new cranes?", "Ada Brook", ""},
		{"descriptor", "Harbour Secretary Ada Brook said the cranes will stay idle until June.", "the cranes will stay idle until June", "Ada Brook", "Harbour Secretary"},
		{"party", "Republican Tom Reyes said the strike will last a week.", "the strike will last a week", "Tom Reyes", "Republican"},
		{"title case headline", "Harbour Chief Ada Brook Says Cranes Will Stay Idle Until June\n\nThe port is quiet.", "Cranes Will Stay Idle Until June", "Ada Brook", "Harbour Chief"},
		{"adverb before cue", "Ada Brook sharply criticized the harbour board for the delays.", "the harbour board for the delays", "Ada Brook", ""},
		{"name between commas", "A lawyer for the dockers, Tom Reyes, said no decision had been made about an appeal.", "no decision had been made about an appeal", "Tom Reyes", "A lawyer for the dockers"},
		{"a possessive description is no title", "The union met on Monday. Its general secretary, Tom Reyes, said no decision had been made.", "no decision had been made", "Tom Reyes", ""},
		{"relative clause", "Ada Brook, who ran the harbour office until 2019, said the cranes will stay idle.", "the cranes will stay idle", "Ada Brook", "who ran the harbour office until 2019"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := lastStatement(t, tt.text)
			assert.Equal(t, tt.content, s.Content.Text)
			require.NotNil(t, s.Speaker)
			if tt.speaker != "" {
				assert.Equal(t, tt.speaker, s.Speaker.Name)
			}
			assert.Equal(t, tt.title, s.Speaker.Title)
		})
	}
}

// TestFindCompoundSurnames keeps hyphens and particles inside a surname,
// and resolves a later mention of the whole surname to the person.
func TestFindCompoundSurnames(t *testing.T) {
	tests := []struct {
		name, text string
		speakers   []string
	}{
		{"hyphenated", "“We grow,” chief executive Marisa Okonkwo-Hale said. “We shrink,” Okonkwo-Hale said.",
			[]string{"Marisa Okonkwo-Hale", "Marisa Okonkwo-Hale"}},
		{"particles", "Ursula von der Leyen said the plan works. “It fails,” von der Leyen said.",
			[]string{"Ursula von der Leyen", "Ursula von der Leyen"}},
		{"two particles", "Bob de la Cruz, a farmer, said the rain came late. De la Cruz said the harvest is lost.",
			[]string{"Bob de la Cruz", "Bob de la Cruz"}},
		{"apostrophe", "Sean O’Neill said the rain came late. “The harvest is lost,” O’Neill said.",
			[]string{"Sean O’Neill", "Sean O’Neill"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Find(tt.text, Options{}) {
				require.NotNil(t, s.Speaker, s.Content.Text)
				got = append(got, s.Speaker.Name)
			}
			assert.Equal(t, tt.speakers, got)
		})
	}
}

// TestFindCommaSubjectLimits keeps clauses and quotes before a comma from
// being read as the speaker of "said".
func TestFindCommaSubjectLimits(t *testing.T) {
	tests := []struct{ name, text string }{
		{"quote before", "“It is an invasion,” Tom Reyes, the attorney general of Eastwick, said at a harbour event this month."},
		{"clause before", "The refusal did not go over well with the board, and the meeting soured from there, said one source in the room."},
		{"said and did", "Would you vote for a candidate, man or woman, who said and did the same things as Reyes?"},
		{"label before colon", "Correction: An earlier version of this article misstated the harbour's opening date."},
		{"when and where", "Ada Brook said at the harbour gala in Eastwick on Saturday night."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, s := range Find(tt.text, Options{}) {
				assert.NotContains(t, []string{"at a harbour event this month", "one source in the room", "and did the same things as Reyes",
					"at the harbour gala in Eastwick on Saturday night", "An earlier version of this article misstated the harbour's opening date"}, s.Content.Text)
			}
		})
	}
}

// TestFindShowNames keeps the quoted name of a programme out of the quotes,
// and a quoted phrase in the same shape elsewhere in.
func TestFindShowNames(t *testing.T) {
	sts := Find("Ada Brook told NBC’s “Meet the Press” that the harbour will reopen in June. "+
		"“The Harbour Will Reopen,” Brook said. She was praised by the star of the reality show “Cake Boss.” "+
		"“It was a fine day,” said Tom Reyes, the author of “The Long Pier,” a history of the town.", Options{})
	var quotes []string
	for _, s := range sts {
		if s.Kind == Direct {
			quotes = append(quotes, s.Content.Text)
		}
	}
	assert.Equal(t, []string{"The Harbour Will Reopen", "It was a fine day"}, quotes)
}

// TestReportAdverbsCreditNoOneNamed: in "X has reportedly been doing Y" the
// clause is reported by unnamed others; X is what the report is about.
func TestReportAdverbsCreditNoOneNamed(t *testing.T) {
	tests := []cueCase{
		{"reportedly", "The agency has reportedly been watching the airport for two years.", "The agency has reportedly been watching the airport for two years", "", "reportedly"},
		{"allegedly", "The firm allegedly hid its losses from the board.", "The firm allegedly hid its losses from the board", "", "allegedly"},
		{"ends with its clause", "With the mayor reportedly weighing a run, a poll found that he would split the vote.", "With the mayor reportedly weighing a run", "", "reportedly"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := checkCue(t, tt)
			assert.Equal(t, Reported, st.Kind)
			assert.Contains(t, st.Hedges, tt.cue)
		})
	}
}

// TestObserveWatchesOrSays: "observe" says when words follow it and
// watches when a thing does.
func TestObserveWatchesOrSays(t *testing.T) {
	tests := []struct {
		text string
		kind Kind
	}{
		{"The service has been observing Alibaba's operations at the hub.", Stance},
		{"Ms. Lee observed that the hub was busier than ever.", Reported},
		{"Ms. Lee observed: the hub was busier than ever.", Reported},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got *Statement
			for _, s := range Find(tt.text, Options{}) {
				if strings.HasPrefix(s.Cue, "observ") {
					got = &s
				}
			}
			require.NotNil(t, got)
			assert.Equal(t, tt.kind, got.Kind)
		})
	}
}

// TestWordsAfterAQuotesAttribution: after "“…,” X said", where, when, how
// and of what it was said are no statement of their own; a participle
// after them is its own cue.
func TestWordsAfterAQuotesAttribution(t *testing.T) {
	tests := []struct {
		text     string
		reported string // the reported statement's words; "" for none
	}{
		{`"We need to join together," Clinton said in an interview with The Post, the first of her campaign.`, ""},
		{`"Why would you cozy up to Bush?" Lichtman said about McCain's effort to distance himself.`, ""},
		{`"I didn't come here to pander," Trump said carefully, as the words rolled across the screen.`, ""},
		{`Still, golf clubs are "just scratching out a profit," Mr. Hedge said from his office in Orlando.`, `Still, golf clubs are "just scratching out a profit`},
		{`"We will win," she said to reporters at the rally.`, ""},
		{`"We will win," she told an audience of academics and policy makers.`, ""},
		{`"We will win," she told CNN in an interview taped on Wednesday.`, ""},
		{`"I am going to be the nominee," he said aboard his campaign plane on Monday as he crossed Nevada.`, ""},
		{`"We lost the vote. We will not lose the pier," Ada Brook told reporters after the meeting.`, ""},
		{"Tom Reyes reported from Kelby.", ""},
		{`"They have a global strategy," he said of the group, adding the country must match it.`, "the country must match it"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, s := range Find(tt.text, Options{}) {
				if s.Kind == Reported {
					got = append(got, s.Content.Text)
				}
			}
			if tt.reported == "" {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, []string{tt.reported}, got)
		})
	}
}

// TestNameInsideAQuoteIsNoSpeaker: in "“… Donald …,” said X" the speaker
// follows the cue.
func TestNameInsideAQuoteIsNoSpeaker(t *testing.T) {
	sts := Find("“There’s a passion for Donald, and his wife knocked it out of the park,” said Robert Antonacci of the New York delegation.", Options{})
	require.Len(t, sts, 1)
	require.NotNil(t, sts[0].Speaker)
	assert.Equal(t, "Robert Antonacci", sts[0].Speaker.Name)
	assert.Equal(t, Direct, sts[0].Kind)
}

// TestWithoutADelimitedSubject reads a verb of saying, believing or
// announcing followed by a clause even when its subject is no plain noun
// phrase, crediting the sentence's subject. A verb whose speaker follows a
// quote, a noun or a phrasal verb with the same spelling, and a subject
// that is only a possessor or the capital of a longer phrase give no such
// statement.
func TestWithoutADelimitedSubject(t *testing.T) {
	checkCues(t, []cueCase{
		{"reflexive", "Ford itself said the deal was on.", "the deal was on", "Ford", "said"},
		{"age and title", "Ada Brook, 60, a doctor, said she was elated but still feared the storm.", "she was elated but still feared the storm", "Ada Brook", "said"},
		{"after a conjunction", "But Tom Reyes, who is running to be an alternate, added that he, too, wants a new pier.", "he, too, wants a new pier", "Tom Reyes", "added"},
		{"believing, age and title", "Ada Brook, 60, a doctor, believes the pier will close.", "the pier will close", "Ada Brook", "believes"},
		{"a relative clause", "The Kelby Herald, which backed the plan, claimed the vote was rigged.", "the vote was rigged", "Kelby Herald", "claimed"},
		{"a described subject", "Yet many officials on the island believe the debt relief is possible.", "the debt relief is possible", "many officials", "believe"},
		{"a possessor's group, not the possessor", "Trump's inner circle believes that the nominee has earned the right.", "the nominee has earned the right", "Trump's inner circle", "believes"},
	})
	for _, text := range []string{
		"“It is hard to do,” said a longtime data expert who has worked for one of his rivals.",
		"The row over her use of a private email account and server took a toll.",
		"Hundreds more showed up to hear Ada Brook address the crowd.",
		"Economic espionage describes the targeting or theft of sensitive information regarding trade.",
	} {
		for _, s := range Find(text, Options{}) {
			assert.False(t, s.Kind == Reported && (strings.HasPrefix(s.Content.Text, "a longtime") || s.Cue != "said"), "%s: %q (%s)", text, s.Content.Text, s.Cue)
		}
	}
}

// TestOpeningPhraseIsNotWhatWasSaid: in "As a phone rang, the announcer
// said, “…”" the opening phrase tells when; the words follow the cue, and
// a quote after the cue is no inverted speaker.
func TestOpeningPhraseIsNotWhatWasSaid(t *testing.T) {
	tests := []struct{ text, speaker, content string }{
		{"As a phone rang, the announcer said, “It’s 3 a.m., and your children are asleep.”", "the announcer", "It’s 3 a.m., and your children are asleep."},
		{"Holding open a book, Beck said, “I just want to ask you something.”", "Beck", "I just want to ask you something."},
		{"In a statement for this story, a State Department official said, \"We are not going to comment.\"", "State Department official", "We are not going to comment."},
		{"During his years in office, Mr. Obama said, a majority of Americans have come to accept the science.", "Obama", "a majority of Americans have come to accept the science"},
		{"Ada Brook, president of the harbour union, which represents pilots, said, “We want a new pier.”", "Ada Brook", "We want a new pier."},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var said []Statement
			for _, s := range Find(tt.text, Options{}) {
				if s.Cue == "said" {
					said = append(said, s)
				}
			}
			require.Len(t, said, 1)
			assert.Equal(t, tt.content, said[0].Content.Text)
			require.NotNil(t, said[0].Speaker)
			assert.Contains(t, said[0].Speaker.Name, strings.TrimPrefix(tt.speaker, "Mr. "))
		})
	}
}

// TestReviewedEdges holds cases a review of the rules above found: a quote
// after a phrase of place is still the speaker's, a report a speaker makes
// is that speaker's, "observe" says past a day or before a clause, a noun
// in -ly is no manner adverb, "adding that" after a comma is its own and
// the one who just spoke adds it, a clause is no opening phrase but a
// phrase with a participle is, a title in quotes is no speech, a test
// indicates as a record shows, a clause after "told" is what was told,
// and a participle after a noun's frame is the subject's.
func TestReviewedEdges(t *testing.T) {
	tests := []struct {
		text, kind, cue, speaker, content string
	}{
		{`She said at the rally "never again".`, "direct", "said", "She", "never again"},
		{"The agency has reportedly been watching the airport for two years, Ada Brook said.", "reported", "said", "Ada Brook", "The agency has reportedly been watching the airport for two years"},
		{"Ms. Lee observed on Monday that the hub was busier than ever.", "reported", "observed", "Lee", "the hub was busier than ever"},
		{"Ms. Lee observed the hub was busier than ever.", "reported", "observed", "Lee", "the hub was busier than ever"},
		{`"It hurts," she said family members had been told.`, "reported", "said", "she", "family members had been told"},
		{`"We are ready," she said in a statement, adding that the plan would go ahead.`, "reported", "adding", "she", "the plan would go ahead"},
		{"Spending helped the harbour grow, a council official said, adding that the pier would reopen.", "reported", "said", "council official", "Spending helped the harbour grow"},
		{"Spending helped the harbour grow, a council official said, adding that the pier would reopen.", "reported", "adding", "council official", "the pier would reopen"},
		{"Later on ''Harbour Week,'' Senator Ada Brook questioned the mayor's figures.", "reported", "questioned", "Ada Brook", "the mayor's figures"},
		{"A preliminary field test indicated the water was safe.", "reported", "indicated", "A preliminary field test", "the water was safe"},
		{"“We lost,” she told reporters that the pier would close in May.", "reported", "told", "she", "the pier would close in May"},
		{"Ada Brook seemed unhappy with Tom Reyes’ remarks on Monday, telling reporters, “We are not done with this pier yet.”", "direct", "telling", "Ada Brook", "We are not done with this pier yet."},
		{"In a letter sent to members on Friday, the union said as much.", "reported", "said", "the union", "as much"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := summaries(tt.text)
			assert.Contains(t, got, summary(tt.kind, tt.cue, tt.speaker, tt.content))
			for _, g := range got {
				assert.False(t, strings.HasPrefix(g, "reported|reportedly|"), "a named speaker's report: %v", got)
				assert.False(t, strings.HasPrefix(g, "reported|said|she|in a statement"), "what follows the quote's attribution: %v", got)
			}
		})
	}
}

// TestReviewedNonStatements holds what a second review found read as
// statements: "asked Mook if" names its asker, a relative clause is no
// question, a noun object is no clause, and "appeared" somewhere is no
// seeming.
func TestReviewedNonStatements(t *testing.T) {
	for _, tt := range []struct{ text, cue string }{
		{"Neera Tanden, a Clinton supporter, asked former Attorney General Eric Holder whether he had thoughts on the pier.", "asked former Attorney General Eric Holder whether"},
		{"When asked by a reporter who had covered the pier for years, Ada Brook smiled.", "asked"},
		{"Ada Brook, who in the past has voiced the desire to run for mayor, told the Herald she would still consider doing so.", "voiced"},
	} {
		assertNoCue(t, tt.text, tt.cue)
	}
	for _, text := range []string{"The mayor appeared briefly at the pier on Monday.", "The mayor appeared live on Kelby Radio."} {
		for _, s := range Find(text, Options{}) {
			assert.False(t, strings.HasPrefix(s.Content.Text, "The mayor appeared"), "%s: read as seeming", text)
		}
	}
}
