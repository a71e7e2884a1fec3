package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestHeadlineRewordedFaithfully: a headline that changes no name,
// number, date, negation, hedge or plan and asserts nothing new is no
// drift, however reworded (made-up titles).
func TestHeadlineRewordedFaithfully(t *testing.T) {
	tests := []struct{ name, copy, source string }{
		{"headline synonyms", "Tarnby council to recruit 40 teachers in bid to shrink class sizes", "Tarnby council plans to hire 40 teachers to cut class sizes"},
		{"a number in words and another notation", "Marlow to build seven bus shelters in £1.4m plan", "Marlow council to spend £1.4 million on 7 new bus shelters"},
		{"British and American spelling", "Kelby harbor reopens after storm damage is repaired", "Kelby harbour reopens after repairs to storm damage"},
		{"spelling of a verb", "Dunmore mayor apologizes over remarks", "Dunmore's mayor apologises over comments"},
		{"shut for close, a detail dropped", "Tarnby library shut for three weeks", "Tarnby library to close for three weeks for roof repairs"},
		{"a noun for its verb, a cause turned round", "Software glitch, not vandals, behind Ashby signal failure", "Ashby signals failed because of a software glitch, inquiry finds"},
		{"a scale word written out", "Port upgrade to cost £8m", "Port upgrade will cost £8 million"},
		{"per cent", "Harbour workers accept 5% pay offer", "Harbour staff accept 5 per cent pay offer"},
		{"a duration in days", "Bridge closed for seven days", "Bridge closed for a week"},
		{"a date dropped", "Tram line to reach Orley", "Tram line to reach Orley by 2029"},
		{"a site name after each title", "Tarnby library shut for three weeks — Daily Digest", "Tarnby library to close for three weeks | Tarnby Echo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Empty(t, HeadlineDrift(tt.copy, tt.source, "", ""))
		})
	}
}

// TestHeadlineChangesMeaning: each change of meaning is one pair of the
// detail, and the evidence spans are the changed words of each title.
func TestHeadlineChangesMeaning(t *testing.T) {
	tests := []struct {
		name, copy, source string
		copySpan, srcSpan  string
		detail             string
	}{
		{"a word of another meaning", "Ashby signals failed because of a power fault", "Ashby signals failed because of a software fault", "power", "software", "power ← software"},
		{"a plan stated as done", "Tarnby council hires 40 teachers and ends large classes", "Tarnby council plans to hire 40 teachers to cut class sizes",
			"hires 40 teachers and ends large", "plans to hire 40 teachers to cut", "hires ← plans to hire; ends large ← cut"},
		{"charged made guilty", "Former Marlow treasurer guilty of stealing club funds", "Former Marlow treasurer charged over missing club funds",
			"guilty of stealing", "charged over missing", "guilty of stealing ← charged over missing"},
		{"a hedge added", "Former Marlow treasurer may face charges over club funds", "Former Marlow treasurer charged over missing club funds",
			"may face charges", "charged", "may face charges ← charged"},
		{"a qualifier added", "Record crowds flock to Kelby fair", "Crowds flock to Kelby fair", "Record crowds", "Crowds", "Record crowds ← Crowds"},
		{"a claim added to a rebuilt title", "Ex-treasurer of Marlow rowing club charged over stolen funds", "Former Marlow treasurer charged over missing club funds",
			"stolen funds", "funds", "stolen funds ← funds"},
		{"never for not", "Mayor vows ferry fares will never rise", "Mayor says ferry fares will not rise this year", "vows ferry fares will never", "says ferry fares will not",
			"vows ← says; never ← not"},
		{"a number of another value", "Storm leaves 50,000 homes without power", "Storm leaves 5,000 homes without power", "50,000 homes", "5,000 homes", "50,000 homes ← 5,000 homes"},
		{"an antonym", "Shipyard loses £30m navy contract", "Shipyard wins £30m navy contract", "loses", "wins", "loses ← wins"},
		{"a site name is no part of the title", "Ashby signals failed because of a power fault — Daily Digest", "Ashby signals failed because of a software fault - Ashby Echo", "power", "software", "power ← software"},
	}
	body := "A former treasurer of Marlow Rowing Club was charged on Monday after £6,000 went missing from its accounts."
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := HeadlineDrift(tt.copy, tt.source, body, "")
			require.Len(t, fs, 1)
			f := fs[0]
			assert.Equal(t, "rule=headline-drift: "+tt.detail, f.Evidence.Detail)
			assert.Equal(t, tt.copySpan, f.Evidence.Copy.Text)
			assert.Equal(t, tt.srcSpan, f.Evidence.Source.Text)
			assert.Equal(t, tt.copySpan, string([]rune(tt.copy)[f.Evidence.Copy.Start:f.Evidence.Copy.End]))
			assert.Equal(t, tt.srcSpan, string([]rune(tt.source)[f.Evidence.Source.Start:f.Evidence.Source.End]))
		})
	}
}

// TestHeadlineQualifierFromTheStory: a qualifier the original's text gives
// is no new claim; one it does not give is.
func TestHeadlineQualifierFromTheStory(t *testing.T) {
	body := "The Kelby fair drew record crowds on Saturday, organisers said."
	assert.Empty(t, HeadlineDrift("Record crowds flock to Kelby fair", "Crowds flock to Kelby fair", body, ""))
	fs := HeadlineDrift("Angry crowds flock to Kelby fair", "Crowds flock to Kelby fair", body, "")
	require.Len(t, fs, 1)
	assert.Equal(t, "rule=headline-drift: Angry crowds ← Crowds", fs[0].Evidence.Detail)
}

// TestHeadlineOutsideEnglish: outside English only numbers are compared,
// the word lists being English.
func TestHeadlineOutsideEnglish(t *testing.T) {
	assert.Empty(t, HeadlineDrift("Le tram prolongé jusqu'à Orley : le projet voté", "Orley : la ligne de tram prolongée d'ici 2029", "", "fr"))
	fs := HeadlineDrift("Le tram coûtera 30 millions", "Le tram coûtera 20 millions", "", "fr")
	require.Len(t, fs, 1)
	assert.Equal(t, "rule=headline-drift: 30 ← 20", fs[0].Evidence.Detail)
}

func TestWithoutSiteName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Bridge to close — Tarnby Echo", "Bridge to close"},
		{"Bridge to close | The Daily Digest", "Bridge to close"},
		{"Bridge to close - Echo", "Bridge to close"},
		{"Bridge to close — 3 dead", "Bridge to close — 3 dead"},
		{"Brexit - what it means for you and your family", "Brexit - what it means for you and your family"},
		{"Storm Hale: 30,000 homes left without power", "Storm Hale: 30,000 homes left without power"},
		{"— Tarnby Echo", "— Tarnby Echo"},
		{"Pool closing for repairs - Aggreg8 — Aggreg8", "Pool closing for repairs"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, withoutSiteName(tt.title), tt.title)
	}
}

func TestAmericanStem(t *testing.T) {
	same := [][2]string{{"centres", "centers"}, {"colour", "color"}, {"harbour", "harbor"}, {"behaviour", "behavior"},
		{"apologise", "apologize"}, {"organisation", "organization"}, {"analyse", "analyze"}, {"travelled", "traveled"},
		{"defence", "defense"}, {"licence", "license"}, {"catalogue", "catalog"}, {"programme", "program"}, {"metre", "meter"}}
	for _, p := range same {
		assert.Equal(t, americanStem(p[1]), americanStem(p[0]), p[0])
	}
	apart := [][2]string{{"four", "for"}, {"hour", "her"}, {"court", "cort"}, {"filled", "filed"}, {"prise", "prize"}}
	for _, p := range apart {
		assert.NotEqual(t, americanStem(p[1]), americanStem(p[0]), p[0])
	}
}

// TestHeadlineWordSwapIsInfo shows a headline that only puts other words
// in place of the original's as info: rewriters reword every headline.
// A changed fact, negation, hedge, an added claim, a word of opposite
// sense or a grave event changed still warns.
func TestHeadlineWordSwapIsInfo(t *testing.T) {
	tests := []struct {
		copy, source string
		want         finding.Severity
	}{
		{"Council backs keeping Elm Ward clinic open", "Council votes to keep Elm Ward clinic open", finding.Info},
		{"Ferry grounded by mechanical fault", "Ferry grounded by software fault", finding.Info},
		{"Council votes to keep 12 clinics open", "Council votes to keep 21 clinics open", finding.Warning},
		{"Council will not keep Elm Ward clinic open", "Council votes to keep Elm Ward clinic open", finding.Warning},
		{"Surging profits for harbour firm", "Gains for harbour firm", finding.Warning},
		{"Council rejects new ferry timetable", "Council approves new ferry timetable", finding.Warning},
		{"Mayor opposes harbour plan", "Mayor backs harbour plan", finding.Warning},
		{"Fares fall for third month", "Fares rise for third month", finding.Warning},
		{"Swimmer injured off Kelby pier", "Swimmer dies off Kelby pier", finding.Warning},
	}
	for _, tt := range tests {
		fs := HeadlineDrift(tt.copy, tt.source, "", "en")
		require.Len(t, fs, 1, tt.copy)
		assert.Equal(t, tt.want, fs[0].Severity, tt.copy)
	}
}
