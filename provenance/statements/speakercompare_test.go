package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestSameSpeakerGivenNames: two names of one surname are one person only
// when their first names, or initials, agree; a bare surname may be either;
// an organisation's initials or short form name it.
func TestSameSpeakerGivenNames(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Elin Varga", "Tomas Varga", false},
		{"E. Varga", "Tomas Varga", false},
		{"E. Varga", "Elin Varga", true},
		{"Varga", "Tomas Varga", true},
		{"Dr Elin Varga", "Elin Varga", true},
		{"Elin M. Varga", "Elin Varga", true},
		{"Elin Varga", "elin varga", true},
		{"the Bank", "Bank of England", true},
		// an organisation by its initials or a short form
		{"FT", "Financial Times", true},
		{"the FT", "the Financial Times", true},
		{"WaPo", "Washington Post", true},
		{"WSJ", "Financial Times", false},
		{"US", "Union Star", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, sameSpeaker(tt.a, tt.b))
			assert.Equal(t, tt.want, sameSpeaker(tt.b, tt.a))
		})
	}
}

// TestQuoteGivenToNamesake: a quote moved from one person to another of the
// same surname is misattributed, not a changed title; a bare surname that
// may mean either of them misattributes nothing.
func TestQuoteGivenToNamesake(t *testing.T) {
	src := "“We will keep the ferry running through the winter,” said harbour master Elin Varga, who chairs the port board.\n\n" +
		"Opposition councillor Tomas Varga, her cousin, said the plan was \"wishful\" and that fares would rise by a fifth.\n\n" +
		"“We have the money for one more season,” Elin Varga said."
	tests := []struct {
		name, from, to string
		misattributed  int
		titleChanged   int
	}{
		{"faithful", "", "", 0, 0},
		{"given to the namesake", "” Elin Varga said", "” Tomas Varga said", 1, 0},
		{"bare surname after both", "” Elin Varga said", "” Varga said", 0, 0},
		{"an initial", "” Elin Varga said", "” E. Varga said", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(edited(t, src, tt.from, tt.to), src, Options{})
			by := findingsByCode(fs)
			assert.Len(t, by[finding.QuoteMisattributed], tt.misattributed, "%v", fs)
			assert.Len(t, by[finding.SpeakerTitleChanged], tt.titleChanged, "%v", fs)
		})
	}
}

// TestSpeakerByGivenName: a copy that names a speaker by a given name
// alone ("Maria said") names the original's speaker of that given name,
// unless either text gives the name to another person too. A first name
// introduced as "a" someone ("a resident", "a grandmother", "a glazier")
// after a person of that first name with a role she holds now is a
// newcomer, as is one given another occupation by "the"; her own role, one
// a doctor may hold after "Dr", none known or only a past one, or a
// definite appositive that is no occupation ("the grandmother of six")
// names that person again; the same role in another body ("the head of
// the rowing club" after the head of the dockers' union) is another
// person.
func TestSpeakerByGivenName(t *testing.T) {
	bakery := "Maria Lopez has run the bakery on Mill Street for twenty years, and her son Tom Lopez now keeps its books.\n\n" +
		"“We bake before dawn every day, even at Christmas,” Maria Lopez said."
	withNewcomer := func(who string) string {
		return strings.Replace(bakery, "Maria Lopez has run", "Mayor Maria Lopez has run", 1) +
			"\n\nMaria, " + who + ", buys bread there daily. “It is the best rye in town,” Maria said."
	}
	profile := "Retired nurse Maria Lopez, 72, has swum off the pier every morning for fifty years.\n\n" +
		"Maria, a former nurse at the harbour clinic, said: “The water wakes you up better than coffee.”"
	doctorWith := func(who string) string {
		return "Dr Maria Lopez has run the harbour clinic for twenty years.\n\n" +
			"Maria, " + who + " since 1999, said: “The winters are the hardest.”"
	}
	doctor := doctorWith("a doctor at the clinic")
	withKnown := func(known, who string) string {
		return "Maria Lopez, " + known + ", opened the new hall on Mill Street on Friday.\n\n“We built it in a year,” Maria Lopez said.\n\n" +
			"Maria, " + who + ", watched from the door. “It is the best hall in town,” Maria said."
	}
	mayorAfter := withNewcomer("a volunteer at the shelter") + "\n\n“The ovens stay lit all winter,” Lopez said."
	checkQuotesMoved(t, "", []movedQuote{
		{"faithful", bakery, "", "", 0},
		{"her given name", bakery, "” Maria Lopez said", "” Maria said", 0},
		{"her given name, accented", bakery, "” Maria Lopez said", "” María said", 0},
		{"another's given name", bakery, "” Maria Lopez said", "” Tom said", 1},
		{"the name given to another too", bakery, "her son Tom Lopez", "her son Tom Lopez and her friend Maria Gomez", 0},
		{"a newcomer with an occupation, faithful", withNewcomer("a retired nurse who asked that her surname not be used"), "", "", 0},
		{"a newcomer's quote given to the mayor", withNewcomer("a retired nurse who asked that her surname not be used"), "” Maria said.", "” Lopez said.", 1},
		{"a profile naming its subject again, in full in the copy", profile, "Maria, a former", "Maria Lopez, a former", 0},
		{"a profile naming its subject again, by surname in the copy", profile, "Maria, a former", "Lopez, a former", 0},
		{"a nationality introduces a namesake", withNewcomer("an Italian by birth"), "” Maria said.", "” Lopez said.", 1},
		{"Dr is a doctor", doctor, "Maria, a doctor", "Lopez, a doctor", 0},
		{"a volunteer, faithful", withNewcomer("a volunteer at the shelter"), "", "", 0},
		{"a volunteer's quote given to the mayor", withNewcomer("a volunteer at the shelter"), "” Maria said.", "” Lopez said.", 1},
		{"a fisherman's quote given to the mayor", withNewcomer("a fisherman at the pier"), "” Maria said.", "” Lopez said.", 1},
		{"a pensioner's quote given to the mayor", withNewcomer("a pensioner from Mill Street"), "” Maria said.", "” Lopez said.", 1},
		{"the mayor's quote given to the volunteer", mayorAfter, "winter,” Lopez said.", "winter,” Maria said.", 1},
		{"a relation introduces a namesake", withNewcomer("a grandmother of six"), "” Maria said.", "” Lopez said.", 1},
		{"a pastime introduces a namesake", withNewcomer("a keen swimmer from the harbour club"), "” Maria said.", "” Lopez said.", 1},
		{"a faith introduces a namesake", withNewcomer("a Christian from the chapel choir"), "” Maria said.", "” Lopez said.", 1},
		{"Dr may be a dentist", doctorWith("a dentist at the clinic"), "Maria, a dentist", "Lopez, a dentist", 0},
		{"Dr may be a biologist", doctorWith("a biologist at the marine institute"), "Maria, a biologist", "Lopez, a biologist", 0},
		{"Dr is no fisherman", doctorWith("a fisherman at the pier"), "Maria, a fisherman", "Lopez, a fisherman", 1},
		{"a retired nurse may now volunteer", profile + "\n\nMaria, a volunteer at the lifeboat station, said: “I go out twice a week.”",
			"Maria, a volunteer", "Lopez, a volunteer", 0},
		{"a fisherman with a relative clause", withNewcomer("a fisherman who has worked from the pier for forty years"), "” Maria said.", "” Lopez said.", 1},
		{"a council member introduces a namesake", withNewcomer("a member of the council for ten years"), "” Maria said.", "” Lopez said.", 1},
		{"a tenant's quote given to the mayor", withNewcomer("a tenant on Mill Street"), "” Maria said.", "” Lopez said.", 1},
		{"a local tenant's quote given to the mayor", withNewcomer("a local tenant"), "” Maria said.", "” Lopez said.", 1},
		{"a tenant with a relative clause", withNewcomer("a tenant who has lived above the shop since 2004"), "” Maria said.", "” Lopez said.", 1},
		{"a father of two's quote given to the mayor", strings.ReplaceAll(withNewcomer("a father of two"), "Maria", "Tom"), "” Tom said.", "” Lopez said.", 1},
		{"a bus driver's quote given to the mayor", withNewcomer("a bus driver"), "” Maria said.", "” Lopez said.", 1},
		{"a glazier's quote given to the mayor", withNewcomer("a glazier"), "” Maria said.", "” Lopez said.", 1},
		{"the mayor's quote given to a bystander", withNewcomer("a bystander") + "\n\n“The ovens stay lit all winter,” Lopez said.",
			"winter,” Lopez said.", "winter,” Maria said.", 1},
		{"the mayor, named again by her title", withNewcomer("the mayor"), "” Maria said.", "” Lopez said.", 0},
		{"the mayor, named again as a mayor", withNewcomer("a mayor for six years"), "” Maria said.", "” Lopez said.", 0},
		{"the mayor, named again by a clause that restates her role", withNewcomer("a mother of two who became mayor in 2019"), "” Maria said.", "” Lopez said.", 0},
		{"a definite relation names the mayor again", withNewcomer("the grandmother of six"), "” Maria said.", "” Lopez said.", 0},
		{"a time, not a person", withNewcomer("a week later"), "” Maria said.", "” Lopez said.", 0},
		{"no role known: anyone she may be", bakery + "\n\nMaria, a grandmother of six, said: “The rye is the best in town.”",
			"Maria, a grandmother", "Lopez, a grandmother", 0},
		{"an age before the introduction", withNewcomer("41, a glazier"), "” Maria said.", "” Lopez said.", 1},
		{"an age before an occupation", withNewcomer("41, a fisherman at the pier"), "” Maria said.", "” Lopez said.", 1},
		{"who works as a glazier", withNewcomer("who works as a glazier"), "” Maria said.", "” Lopez said.", 1},
		{"who is a tenant", withNewcomer("who is a tenant on Mill Street"), "” Maria said.", "” Lopez said.", 1},
		{"who serves as the mayor", withNewcomer("who serves as the town's mayor"), "” Maria said.", "” Lopez said.", 0},
		{"an age alone names the mayor again", withNewcomer("41"), "” Maria said.", "” Lopez said.", 0},
		{"a chair is a chairwoman", withKnown("chairwoman of the rowing club", "the chair of the rowing club"), "” Maria said.", "” Lopez said.", 0},
		{"the head of another body", withKnown("head of the dockers' union", "the head of the rowing club"), "” Maria said.", "” Lopez said.", 1},
		{"the head of the same body", withKnown("head of the dockers' union", "the head of the union"), "” Maria said.", "” Lopez said.", 0},
		{"a body by name and by description", withKnown("head of Unite", "the head of the dockers' union"), "” Maria said.", "” Lopez said.", 0},
		{"Mrs gives no role", strings.Replace(withNewcomer("a volunteer at the shelter"), "Mayor Maria", "Mrs Maria", 1), "” Maria said.", "” Lopez said.", 0},
	})
}

// TestAmbiguousSurnameInTheOriginal: an original whose bare surname may
// mean either of two namesakes credits no one the copy can contradict by
// naming one of them.
func TestAmbiguousSurnameInTheOriginal(t *testing.T) {
	src := "Harbour master Elin Varga and councillor Tomas Varga met the ferry operator on Monday.\n\n" +
		"“We have the money for one more season,” Varga said."
	cp := "Harbour master Elin Varga and councillor Tomas Varga met the ferry operator on Monday.\n\n" +
		"“We have the money for one more season,” Elin Varga said."
	_, fs := Compare(cp, src, Options{})
	assert.Empty(t, findingsByCode(fs)[finding.QuoteMisattributed], "%v", fs)
}

// TestOrganisationByShortName: an organisation named by its initials or
// a known short name is the one the original names in full.
func TestOrganisationByShortName(t *testing.T) {
	src := "Harbor Foods plans to close two of its bakeries in Calder and cut about 300 jobs, the Financial Times reported on Tuesday.\n\n" +
		"The company declined to comment."
	tests := []struct {
		name, credit  string
		misattributed int
	}{
		{"in full", "the Financial Times reported", 0},
		{"initials", "the FT reported", 0},
		{"initials without the article", "FT reported", 0},
		{"another outlet", "the Wall Street Journal reported", 1},
		{"another outlet's initials", "the WSJ reported", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := strings.Replace(src, "the Financial Times reported", tt.credit, 1)
			_, fs := Compare(cp, src, Options{})
			assert.Len(t, findingsByCode(fs)[finding.StatementMisattributed], tt.misattributed, "%v", fs)
		})
	}
}

// TestTitleRelativeClauseReworded: a title is judged by its role words
// and affiliation, not by how a "who" clause tells what the person did;
// a clause that states a role ("who is the harbour master") is a title,
// and a real change is named on its own in the message.
func TestTitleRelativeClauseReworded(t *testing.T) {
	src := "“We will keep the ferry running,” said council chair Elin Varga, who drafted the rescue plan.\n\n" +
		"“The money lasts one season,” said Tomas Brandt, who is the harbour master.\n\n" +
		"“Fares must not rise,” Varga said."
	tests := []struct {
		name, from, to string
		want           int
		message        string
	}{
		{"faithful", "", "", 0, ""},
		{"clause reworded", "who drafted the rescue plan", "who wrote the rescue plan", 0, ""},
		{"clause reworded, no comma", ", who drafted the rescue plan", " who drew up the plan", 0, ""},
		{"clause dropped", ", who drafted the rescue plan", "", 0, ""},
		{"role changed, clause reworded", "council chair Elin Varga, who drafted", "deputy council chair Elin Varga, who wrote", 1, `"deputy council chair" in the copy but "council chair" in the original`},
		{"role stated by a clause changed", "who is the harbour master", "who is the port treasurer", 1, `"the port treasurer" in the copy but "the harbour master" in the original`},
		{"role stated by a clause reworded", "who is the harbour master", "who serves as harbour master", 0, ""},
		{"clause turned into a role", "who drafted the rescue plan", "who is the mayor", 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(edited(t, src, tt.from, tt.to), src, Options{})
			got := findingsByCode(fs)[finding.SpeakerTitleChanged]
			require.Len(t, got, tt.want, "%v", fs)
			if tt.message != "" {
				assert.Contains(t, got[0].Message, tt.message)
			}
		})
	}
}

// TestOneNameWrittenTwoWays keeps a name written with or without its
// accent, as a nickname, or with its hyphen dropped from reading as
// another person of the same surname, unless the original names that
// other person too.
func TestOneNameWrittenTwoWays(t *testing.T) {
	tests := []struct{ name, srcName, copyName string }{
		{"accent", "José Marín", "Jose Marín"},
		{"nickname", "Robert Hale", "Bob Hale"},
		{"hyphen", "Mary-Ann Hale", "Mary Ann Hale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "The council will open a library in the old market.\n\n“We have waited years for this,” said " + tt.srcName + ", who runs the residents' group."
			cp := "The council will open a library in the old market.\n\n“We have waited years for this,” said " + tt.copyName + ", who runs the residents' group."
			_, fs := Compare(cp, src, Options{})
			assert.Empty(t, findingsByCode(fs)[finding.QuoteMisattributed], "%v", fs)
		})
	}
	// the original names both: a swap
	src := "Robert Hale and Bob Hale, his cousin, spoke at the meeting.\n\n“We have waited years for this,” said Robert Hale."
	cp := "Robert Hale and Bob Hale, his cousin, spoke at the meeting.\n\n“We have waited years for this,” said Bob Hale."
	_, fs := Compare(cp, src, Options{})
	assert.Len(t, findingsByCode(fs)[finding.QuoteMisattributed], 1, "%v", fs)
}

// TestRoleStatedByAVerb reads "who chairs the housing committee" as a role
// (head of the housing committee), so a copy naming another committee
// changes the speaker's title, while "chairs" for "heads" does not.
func TestRoleStatedByAVerb(t *testing.T) {
	src := "The council met on Monday.\n\n“Nobody saw this coming,” said Ruth Okafor, who chairs the housing committee."
	tests := []struct {
		name, clause string
		want         int
	}{
		{"another committee", "who chairs the finance committee", 1},
		{"another verb for heading it", "who heads the housing committee", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := "The council met on Monday.\n\n“Nobody saw this coming,” said Ruth Okafor, " + tt.clause + "."
			_, fs := Compare(cp, src, Options{})
			got := findingsByCode(fs)[finding.SpeakerTitleChanged]
			require.Len(t, got, tt.want, "%v", fs)
			if tt.want > 0 {
				assert.Contains(t, got[0].Message, "head of the finance committee")
			}
		})
	}
}

// movedQuote is a copy made from base (or the test's source) by putting
// to in place of from, and the quote-misattributed findings it must get.
type movedQuote struct {
	name, base, from, to string
	misattributed        int
}

// checkQuotesMoved compares each row's copy with its original.
func checkQuotesMoved(t *testing.T, src string, rows []movedQuote) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			base := tt.base
			if base == "" {
				base = src
			}
			_, fs := Compare(edited(t, base, tt.from, tt.to), base, Options{})
			assert.Len(t, findingsByCode(fs)[finding.QuoteMisattributed], tt.misattributed, "%v", fs)
		})
	}
}

// edited is src with its first from made to, or src itself when from is
// empty: a copy that changes one place of the original.
func edited(t *testing.T, src, from, to string) string {
	t.Helper()
	if from == "" {
		return src
	}
	require.Contains(t, src, from)
	return strings.Replace(src, from, to, 1)
}

// TestModalFirstName: "Will" before a surname, and then alone as the
// subject of "said", names a person, so a quote moved from him to another
// is seen; "Will" opening a question stays the modal.
func TestModalFirstName(t *testing.T) {
	src := "The club named a new coach on Monday after a poor season.\n\n" +
		"Will Harper, the coach, said the squad was young. Ann Brook, the captain, said the fans had been patient.\n\n" +
		"Will the council pay for the new pitch? “We start training next week,” Will said.\n\n" +
		"“Nobody in the league expected us to get this far,” said Will Harper."
	checkQuotesMoved(t, src, []movedQuote{
		{"faithful", "", "", "", 0},
		{"alone, moved to another", "", "” Will said.", "” Brook said.", 1},
		{"in full, moved to another", "", "said Will Harper.", "said Ann Brook.", 1},
		{"alone, named by surname", "", "” Will said.", "” Harper said.", 0},
		{"in full, named by first name", "", "said Will Harper.", "said Will.", 0},
	})
	for _, q := range []string{"Will the council pay for the pitch?", "Will Congress act before the summer?", "Will Harper stay on as coach?"} {
		for _, st := range Find(q+" “We hope so,” Ann Brook said.", Options{}) {
			if st.Speaker != nil {
				assert.False(t, strings.HasPrefix(st.Speaker.Name, "Will"), "%q: %+v", q, st.Speaker)
			}
		}
	}
}

// TestShortQuoteMoved: a quote too short for the speaker comparison is
// still checked when it is a sentence said once in each text, word for
// word, and the copy gives it to another person named in full; a short
// quote several people say, or a phrase the writer quotes, is not.
func TestShortQuoteMoved(t *testing.T) {
	src := "The harbour trust unveiled a plan on Tuesday to restore the old ferry pier.\n\n" +
		"Mayor Maria Lopez said the town would pay half the cost. Harbour master Tom Reyes said the pier would stay open.\n\n" +
		"“Nobody asked us,” Reyes said. “Yes,” Lopez said. The trust called the old plan a “costly mistake” in its report.\n\n" +
		"“We will see,” Reyes said of the vote. “We will see,” Lopez said."
	checkQuotesMoved(t, src, []movedQuote{
		{"faithful", "", "", "", 0},
		{"moved to another", "", "“Nobody asked us,” Reyes said.", "“Nobody asked us,” Lopez said.", 1},
		{"named in full", "", "“Nobody asked us,” Reyes said.", "“Nobody asked us,” Tom Reyes said.", 0},
		{"one word", "", "“Yes,” Lopez said.", "“Yes,” Reyes said.", 0},
		{"said by two", "", "“We will see,” Reyes said of", "“We will see,” Lopez said of", 0},
		{"a phrase the writer quotes", "", "The trust called the old plan", "Lopez called the old plan", 0},
	})
}
