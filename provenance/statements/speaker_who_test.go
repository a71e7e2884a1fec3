package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindRelativeWho gives a cue inside "X, who said …" to X, read
// through the relative pronoun, with the words after the cue up to the
// comma that closes the clause.
func TestFindRelativeWho(t *testing.T) {
	tests := []cueCase{
		{"object of the main clause", "The mayor praised Tom Reyes, who said the ferry was safe.",
			"the ferry was safe", "Tom Reyes", "said"},
		{"subject of the main clause", "Ada Brook, who warned that the pier would close, left the hall early.",
			"the pier would close", "Ada Brook", "warned"}, // the comma closes the relative clause
		{"later surname mention resolves", "Ada Brook runs the harbour board. The council thanked Brook, who said the repairs were done.",
			"the repairs were done", "Ada Brook", "said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkCue(t, tt)
			require.NotNil(t, got.SpeakerSpan)
			assert.Equal(t, "who", got.SpeakerSpan.Text)
		})
	}
}

// TestClauseEndsWhereMainClauseResumes ends the words reported in a
// subordinate clause ("when", "after", "because") or a relative one ("X,
// who said …,") at the comma where the main clause resumes, not at a
// comma of a list or an aside; "As X reported, …" keeps the main clause,
// which is its words.
func TestClauseEndsWhereMainClauseResumes(t *testing.T) {
	tests := []cueCase{
		{"when", "When Ada Brook said the pier would close, riders were angry.", "the pier would close", "Ada Brook", "said"},
		{"after, with 'that'", "After Tom Reyes warned that the ferry was unsafe, the council met.", "the ferry was unsafe", "Tom Reyes", "warned"},
		{"as keeps the main clause", "As Ada Brook noted, the pier has been closed since May.", "the pier has been closed since May", "Ada Brook", "noted"},
		{"a pronoun opens the main clause", "When Ada Brook said the deal was dead, she meant it.", "the deal was dead", "Ada Brook", "said"},
		{"a group and a bare verb open it", "When Ada Brook says the pier will close, voters get angry.", "the pier will close", "Ada Brook", "says"},
		{"a list is no main clause", "Because Ada Brook said the pier, the port and the bridge would close, riders were angry.",
			"the pier, the port and the bridge would close", "Ada Brook", "said"},
		{"relative: a list at the end", "The mayor praised Tom Reyes, who said the ferry was safe, cheap and fast.", "the ferry was safe, cheap and fast", "Tom Reyes", "said"},
		{"relative: an aside inside", "The council thanked Ada Brook, who said that, if funds allow, the pier would reopen.", "if funds allow, the pier would reopen", "Ada Brook", "said"},
		{"relative: a phrase of time in an aside", "Ada Brook, who resigned last week, said the pier would close.", "the pier would close", "Ada Brook", "said"},
		{"relative: an adverb before the main verb", "Ada Brook, who said the pier would close, later resigned.", "the pier would close", "Ada Brook", "said"},
	}
	checkCues(t, tests)
}

// TestRelativeClauseInAnAppositive ends the words of "a nurse who asked
// that …" at the comma that closes the appositive, where the main verb
// follows, as a relative clause opened by a comma ends.
func TestRelativeClauseInAnAppositive(t *testing.T) {
	const txt = "Ada Brook, a retired nurse who asked that her name not be used, said the pier was unsafe."
	var got []string
	for _, s := range Find(txt, Options{}) {
		got = append(got, s.Content.Text)
	}
	assert.Equal(t, []string{"her name not be used", "the pier was unsafe"}, got)
}

// TestWhoWithoutCommaIsNoSpeaker keeps a restrictive "who" ("people who
// said") from borrowing a name: only a comma opens the clause about X.
func TestWhoWithoutCommaIsNoSpeaker(t *testing.T) {
	for _, s := range Find("Ada Brook met riders who said the ferry was late.", Options{}) {
		if s.Speaker != nil {
			assert.NotEqual(t, "Ada Brook", s.Speaker.Name)
		}
	}
}

// TestRelativeClauseOfAnyAntecedent reads "X, who said …" whatever noun X
// is, since "who" says it is a person, and "the Harbour Trust, which said
// …" as the trust's words though "trust" is a verb too.
func TestRelativeClauseOfAnyAntecedent(t *testing.T) {
	tests := []cueCase{
		{"a noun no list knows", "The harbour master, who runs the port, said the dredging would start soon.",
			"the dredging would start soon", "The harbour master", "said"},
		{"an aside with its own verb", "The lock keeper, who has worked the canal for ten years, said the water was low.",
			"the water was low", "The lock keeper", "said"},
		{"a name whose head is a verb", "Mr Kell thanked the Harbour Trust, which said the channel was safe.",
			"the channel was safe", "Harbour Trust", "said"},
		{"after another verb", "The mayor met the Ferry Guild, which said the fares would rise.",
			"the fares would rise", "Ferry Guild", "said"},
	}
	checkCues(t, tests)
}

// TestMonthIsNoHedge keeps the month May out of a statement's hedges.
func TestMonthIsNoHedge(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ada Brook said the dredging would start in May.", nil},
		{"Ada Brook said the dredging would start on May 4.", nil},
		{"Ada Brook said the dredging may start soon.", []string{"may"}},
	}
	for _, tt := range tests {
		sts := Find(tt.text, Options{})
		require.Len(t, sts, 1, tt.text)
		assert.Equal(t, tt.want, sts[0].Hedges, tt.text)
	}
}

// TestRoleOfAPlaceSpeaks gives "the mayor of Kelby said" and "the police
// in Ulm said" to the mayor and the police, descriptions, not to the place
// that ends the phrase; a person in a place is the person, and a role of
// an organisation speaks for it.
func TestRoleOfAPlaceSpeaks(t *testing.T) {
	checkCues(t, []cueCase{
		{"a role of a place", "The mayor of Kelby said the road would stay closed.", "the road would stay closed", "The mayor of Kelby", "said"},
		{"a body in a place", "The police in Ulm said the road would stay closed.", "the road would stay closed", "The police in Ulm", "said"},
		{"a group opening the sentence", "Officials in Kelby said the road would stay closed.", "the road would stay closed", "Officials in Kelby", "said"},
		{"a person in a place", "Tom Reyes in Kelby said the road would stay closed.", "the road would stay closed", "Tom Reyes", "said"},
		{"a role of an organisation", "The chief executive of Nordvik Semiconductors said the cuts were needed.", "the cuts were needed", "Nordvik Semiconductors", "said"},
		{"a named body keeps its name", "The Bank of England said rates would rise.", "rates would rise", "Bank of England", "said"},
	})
}

// TestAppositiveWithRelativeClause reads "X, a fisherman who has worked
// …, said" as one appositive whatever the role noun: the role is the noun
// before "who", the speaker is X and the words are what X said.
func TestAppositiveWithRelativeClause(t *testing.T) {
	tests := []struct{ name, role string }{
		{"a title noun", "a teacher who has worked at the school for 20 years"},
		{"a trade", "a fisherman who has worked from the pier for forty years"},
		{"unpaid work", "a volunteer who has run the shelter since 2010"},
	}
	for _, tt := range tests {
		for _, name := range []string{"Ana Ruiz", "Ana"} {
			t.Run(tt.name+", "+name, func(t *testing.T) {
				sts := Find("The school will close in June.\n\n"+name+", "+tt.role+", said: “We were told nothing until the letters came home.”", Options{})
				require.Len(t, sts, 1)
				require.NotNil(t, sts[0].Speaker)
				assert.Equal(t, name, sts[0].Speaker.Name)
				assert.Equal(t, "person", sts[0].Speaker.Kind)
				assert.Equal(t, strings.Fields(tt.role)[1], sts[0].Speaker.Title)
				assert.Equal(t, "We were told nothing until the letters came home.", sts[0].Content.Text)
			})
		}
	}
}
