package statements

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindLowerCaseTitles reads a job title written in lower case before a
// name as the speaker's title, wherever the attribution stands.
func TestFindLowerCaseTitles(t *testing.T) {
	tests := []struct {
		name, text, speaker, title string
	}{
		{"opening the sentence", "chief executive Marisa Okonkwo-Hale said the plant would close in May.", "Marisa Okonkwo-Hale", "chief executive"},
		{"after an inverted cue", "“We will fight this all the way,” said union organiser Daniel Fitch.", "Daniel Fitch", "union organiser"},
		{"after according to", "The vote was rigged, according to union organiser Daniel Fitch.", "Daniel Fitch", "union organiser"},
		{"with a modifier", "The mill's former site manager Ida Solberg said the roof had leaked for years.", "Ida Solberg", "former site manager"},
		{"capitalised title after an opening phrase", "Earlier, Harbour Safety Secretary Jon Arkwell said the pier was secure.", "Jon Arkwell", "Harbour Safety Secretary"},
		{"later mention keeps the title", "union organiser Daniel Fitch spoke first. “The vote was rigged,” Fitch said.", "Daniel Fitch", "union organiser"},
		{"a verb before the name is no title", "The board met Daniel Fitch on Monday. Fitch said the vote was rigged.", "Daniel Fitch", ""},
		{"a plain noun before the name is no title", "A letter from Ida Solberg said the roof had leaked for years.", "", ""},
		{"a noun modifier", "The pier closed on Monday.\n\nHarbour branch secretary Ida Solberg said the roof had leaked for years.", "Ida Solberg", "Harbour branch secretary"},
		{"a capital that opens the sentence", "The pier closed on Monday.\n\nOpposition leader Tom Reyes said the roof had leaked for years.", "Tom Reyes", "Opposition leader"},
		{"a day that opens the sentence is no title", "The pier closed on Monday.\n\nYesterday union organiser Daniel Fitch said the vote was rigged.", "Daniel Fitch", "union organiser"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := lastStatement(t, tt.text)
			if tt.speaker == "" {
				if s.Speaker != nil {
					assert.Empty(t, s.Speaker.Title)
				}
				return
			}
			require.NotNil(t, s.Speaker)
			assert.Equal(t, tt.speaker, s.Speaker.Name)
			assert.Equal(t, tt.title, s.Speaker.Title)
		})
	}
}

// TestFindOrganisations types names by organisation cues, so "the company",
// "the firm" and "it" resolve to the business named before them.
func TestFindOrganisations(t *testing.T) {
	tests := []struct {
		name, text, speaker, kind string
	}{
		{"industry word ends the name", "The plant is run by Tolvane Batteries. The company said it would hire 200 workers.", "Tolvane Batteries", "organization"},
		{"it after a business", "Harbor Foods opened a depot in Kelby. It said wages would rise next year.", "Harbor Foods", "organization"},
		{"corporate suffix", "Vessa Analytics Ltd said profits fell. The firm said costs rose in every quarter.", "Vessa Analytics Ltd", "organization"},
		{"business appositive", "Orvik, a battery maker, opened a plant in Kelby. The company said it would hire 200 workers.", "Orvik", "organization"},
		{"acronym", "The KPWA issued new rules on Monday. The agency said ferries would run late.", "KPWA", "organization"},
		{"the X company", "The Tolvane company closed the plant. It said demand had fallen for two years.", "Tolvane", "organization"},
		{"the agency is not the paper that reported on it", "The State Security Service is watching the hub, as first reported by the Financial Times. The agency said the hub was at risk.", "State Security Service", "organization"},
		{"the paper is not the agency it reported on", "The State Security Service is watching the hub, the Financial Times reported. The newspaper said the hub was at risk.", "Financial Times", "organization"},
		{"the company is not the ministry", "Vessa Analytics Ltd sued the Ministry of Transport. The company said the rules were unlawful.", "Vessa Analytics Ltd", "organization"},
		{"of in the name", "Dana Hill toured the Royal College of Nursing. The Bank of England said rates would stay.", "Bank of England", "organization"},
		{"a poll is no person", "A Morning Consult Poll found that the race was tied.", "Morning Consult Poll", "organization"},
		{"a person is still a person", "Marisa Okonkwo-Hale toured the plant. She said demand had fallen for two years.", "Marisa Okonkwo-Hale", "person"},
		{"a surname like a word is still a person", "Tom Waters toured the plant. He said demand had fallen for two years.", "Tom Waters", "person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := lastStatement(t, tt.text)
			require.NotNil(t, s.Speaker)
			assert.Equal(t, tt.speaker, s.Speaker.Name)
			assert.Equal(t, tt.kind, s.Speaker.Kind)
		})
	}
}

func TestRelativeClauseSpeaker(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The agency banned the devices, which the regulator said posed a risk to national security.", "the regulator"},
		{"The council approved the plan that the mayor said would cut traffic.", "the mayor"},
	}
	for _, tt := range tests {
		var speakers []string
		for _, st := range Find(tt.text, Options{}) {
			if st.Speaker != nil {
				speakers = append(speakers, st.Speaker.Name)
			}
		}
		assert.Contains(t, speakers, tt.want, tt.text)
	}
}

// TestDescribedSpeakerAfterTheCue reads a speaker described rather than
// named after an inverted cue: "“…,” said a longtime data expert who …",
// "…, said one GOP source in the room".
func TestDescribedSpeakerAfterTheCue(t *testing.T) {
	tests := []struct{ text, speaker string }{
		{"“It is hard to do,” said a longtime data expert.", "a longtime data expert"},
		{"“It is hard to do,” said a longtime GOP data expert who has worked for one of his rivals.", "a longtime GOP data expert"},
		{"“It is hard,” said a prominent Republican National Committee member who supports Trump.", "a prominent Republican National Committee member"},
		{"“It went badly,” said one GOP source in the room.", "one GOP source"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			st := Find(tt.text, Options{})[0]
			assert.Equal(t, Direct, st.Kind)
			require.NotNil(t, st.Speaker)
			assert.Equal(t, tt.speaker, st.Speaker.Name)
		})
	}
}

// TestNewspaperIsNoOtherSector: "the newspaper" refers back only to the
// press; with none named, it stays unresolved.
func TestNewspaperIsNoOtherSector(t *testing.T) {
	s := lastStatement(t, "The State Security Service is watching the hub. The newspaper said the hub was at risk.")
	require.NotNil(t, s.Speaker)
	assert.Equal(t, "The newspaper", s.Speaker.Name)
}

// TestTitleCaseHeadlineSpeaker: in a Title Case headline the run of
// capitals goes on over the cue; the speaker is the phrase before it.
func TestTitleCaseHeadlineSpeaker(t *testing.T) {
	sts := Find("Harbour Pilots Back Ada Brook.\n\nKELBY — The pilots' union said on Monday it would back Ada Brook.", Options{})
	require.NotEmpty(t, sts)
	require.NotNil(t, sts[0].Speaker)
	assert.Equal(t, "Harbour Pilots", sts[0].Speaker.Name)
}

// TestNounInLyIsNoAdverb: "family" before a cue is the speaker's noun, not
// an adverb of manner like "sharply".
func TestNounInLyIsNoAdverb(t *testing.T) {
	s := lastStatement(t, "Ada Brook's relatives watched it on Thursday, attorneys for the family said.")
	require.NotNil(t, s.Speaker)
	assert.Contains(t, s.Speaker.Name, "family")
}

// TestSentenceAdverbIsNoSpeaker skips an adverb that opens the sentence
// before a comma when a participle looks for the sentence's subject.
func TestSentenceAdverbIsNoSpeaker(t *testing.T) {
	for _, opener := range []string{"However", "Still", "Indeed", "Also, when the vote came"} {
		t.Run(opener, func(t *testing.T) {
			s := lastStatement(t, opener+", Ada Brook held her fire on the council, calling the vote “a fair start.”")
			require.NotNil(t, s.Speaker)
			assert.Equal(t, "Ada Brook", s.Speaker.Name)
		})
	}
}

// TestSpeakerOpeningTheSentence reads "A spokeswoman, NAME, said the
// company …" as NAME saying what follows, not as words said by "the
// company"; a clause before an inverted cue is still the words.
func TestSpeakerOpeningTheSentence(t *testing.T) {
	tests := []struct{ text, content, speaker string }{
		{"A spokeswoman for the ferry line, Ruth Okafor, said the company welcomes the support.", "the company welcomes the support", "Ruth Okafor"},
		{"A spokeswoman, Ruth Okafor, said the company welcomes the support.", "the company welcomes the support", "Ruth Okafor"},
		{"The plan, which was costly, is dead, said the company.", "The plan, which was costly, is dead", "the company"},
		{"The operator, Northline Ferries, had said in October that fuel prices might force a rise.", "fuel prices might force a rise", "Northline Ferries"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, st := range Find(tt.text, Options{}) {
				if st.Kind == Reported && st.Cue == "said" {
					require.NotNil(t, st.Speaker)
					got = append(got, st.Content.Text+" | "+st.Speaker.Name)
				}
			}
			assert.Equal(t, []string{tt.content + " | " + tt.speaker}, got)
		})
	}
}

// TestPersonOfAnInstitution credits "X of the Y" to the person X, and
// reads the words after the one told and its short name in parentheses.
func TestPersonOfAnInstitution(t *testing.T) {
	sts := Find("However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Kelby told the Harbour Press (HP), “We have suffered the same fate.”", Options{})
	require.Len(t, sts, 1)
	require.NotNil(t, sts[0].Speaker)
	assert.Equal(t, "Archbishop Aris Shirvanian", sts[0].Speaker.Name)
	assert.Equal(t, "We have suffered the same fate.", sts[0].Content.Text)
	sts = Find("Ada Brook told the Harbour Press (HP), “We have suffered the same fate.”", Options{})
	for _, st := range sts {
		assert.NotContains(t, st.Content.Text, "HP)", "the short name of the one told is no words")
	}
}

// TestNameAfterADescribedSpeaker takes the name that follows a described
// speaker after an inverted cue as the speaker.
func TestNameAfterADescribedSpeaker(t *testing.T) {
	for _, tt := range []struct{ text, speaker string }{
		{"“The fight is not over,” said the group's chair, Iris Holm.", "Iris Holm"},
		{"“The fight is not over,” said the chair of the group, Iris Holm, on Monday.", "Iris Holm"},
		{"“It works,” said the report, which was published on Monday.", "the report"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			s := lastStatement(t, tt.text)
			require.NotNil(t, s.Speaker)
			assert.Equal(t, tt.speaker, s.Speaker.Name)
		})
	}
}

// TestSpeakerAfterAStraightSingleQuote reads "'…' Ada Brook said." as the
// curly-quoted form is read.
func TestSpeakerAfterAStraightSingleQuote(t *testing.T) {
	s := lastStatement(t, "'The ferry will run all winter.' Ada Brook said.")
	require.NotNil(t, s.Speaker)
	assert.Equal(t, "Ada Brook", s.Speaker.Name)
}

// TestDescribedOrganisationNamedNowhere leaves "the agency" or "the board"
// unresolved when no organisation of its kind acted in the story before
// it, rather than taking a river or the employer of someone quoted.
func TestDescribedOrganisationNamedNowhere(t *testing.T) {
	tests := []struct{ name, text, speaker string }{
		{"a river is no agency", "A software fault stopped a flood barrier on the River Tane. \"The gates were in working order,\" the agency said.", "the agency"},
		{"an affiliation is no board", "Tom Eldridge, regional secretary of the Royal College of Nursing, welcomed the plan. The board said waiting times would fall.", "The board"},
		{"an organisation that acted is", "The Kelby Port Authority issued new rules on Monday. The agency said ferries would run late.", "Kelby Port Authority"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			last := lastStatement(t, tt.text)
			require.NotNil(t, last.Speaker)
			assert.Equal(t, tt.speaker, last.Speaker.Name)
		})
	}
}

// TestFoldKeyAsEqualFold checks that two strings share a foldKey exactly
// when strings.EqualFold takes them for one another, on random strings of
// runes whose case folds are tricky (long s, Kelvin sign, sigmas, sharp s).
func TestFoldKeyAsEqualFold(t *testing.T) {
	runes := []rune("sSſkKKσςΣßẞ\u00b5\u03bcaÅåÅ\xff")
	r := rand.New(rand.NewSource(1))
	word := func() string {
		var b strings.Builder
		for range r.Intn(3) {
			b.WriteRune(runes[r.Intn(len(runes))])
		}
		return b.String()
	}
	for range 20000 {
		a, b := word(), word()
		if (foldKey(a) == foldKey(b)) != strings.EqualFold(a, b) {
			t.Fatalf("foldKey(%q) = %q, foldKey(%q) = %q, EqualFold %v", a, foldKey(a), b, foldKey(b), strings.EqualFold(a, b))
		}
	}
}
