package statements

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestSameSpeakerGivenNames: two names of one surname are one person only
// when their first names, or initials, agree; a bare surname may be either.
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
			cp := src
			if tt.from != "" {
				require.Contains(t, src, tt.from)
				cp = strings.Replace(src, tt.from, tt.to, 1)
			}
			_, fs := Compare(cp, src, Options{})
			by := findingsByCode(fs)
			assert.Len(t, by[finding.QuoteMisattributed], tt.misattributed, "%v", fs)
			assert.Len(t, by[finding.SpeakerTitleChanged], tt.titleChanged, "%v", fs)
		})
	}
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

func TestSameSpeakerShortName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
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
