package provenance

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/statements"
)

// Made-up stories of one publisher for the declared-source tests: ferryFares
// is the original of the briefs below; ferryBreakdown is another story on the
// same route quoting the same man, and quarryFine one on another topic.
var (
	ferryFares = []string{
		`Return fares on the ferry between Portlenn and the island of Skerra will rise by 12% from 1 April, the operator Westway Shipping confirmed on Monday, the second increase in a year.`,
		`The company blamed higher fuel costs and the cost of repairs to its older vessel, the Mary Kettle, which spent seven weeks in dry dock last winter. A standard adult return will go up from £18.50 to £20.70.`,
		`Islanders reacted angrily. "People here cannot get to hospital, to work or to school without that boat," said Donald MacRae, who runs the Skerra community council. "Every rise comes straight out of their pockets."`,
		`Westway's managing director, Iona Bell, said the company had held fares down for as long as it could. "We are not making money on this route, and we have not done for three years," she said.`,
		`The regional transport partnership said it would ask the government to consider extending the road-equivalent tariff, which caps fares on other island routes, to Skerra. Residents will be able to buy discounted books of ten tickets, which are not affected by the rise.`,
	}
	ferryBreakdown = []string{
		`Dozens of people were stranded on the island of Skerra over the weekend after the ferry's only vessel broke down on Friday evening, the operator Westway Shipping said.`,
		`An engine fault on the Mary Kettle meant three sailings were cancelled on Saturday and two more on Sunday. A replacement vessel chartered from a neighbouring route arrived on Monday morning.`,
		`"We had a woman who missed a cancer appointment in Portlenn because of this," said Donald MacRae, of the Skerra community council. "It is not good enough to have one old boat and no plan."`,
		`Westway apologised for the disruption and said engineers had worked through the night. The company said it was in talks about leasing a second vessel for the summer timetable.`,
	}
	quarryFine = []string{
		`The owner of the Dunmore limestone quarry has been fined £45,000 after admitting breaching the dust limits in its permit on eleven occasions last year.`,
		`Harlow Aggregates pleaded guilty at Kingsford magistrates' court to failing to control emissions from its crushing plant, the court heard.`,
		`Moira Cavendish, of the Dunmore Residents' Association, said the fine was too small to change anything. "Our children come home from school with grit in their hair," she said.`,
		`A spokesman for the company said new sprinklers had been installed. The Environment Agency said it would carry out unannounced inspections of the site this year.`,
	}
)

// ferryBrief is a short reworded brief of ferryFares keeping one quote word
// for word, with quote standing in for it.
func ferryBrief(quote string) []string {
	return []string{
		`Anyone travelling to and from Skerra will soon be paying more, after the shipping firm that runs the service announced its second price hike in twelve months.`,
		`The head of the island's community council, Donald MacRae, was blunt: "` + quote + `"`,
		`Westway says fuel and repair bills left it no choice.`,
	}
}

// TestDeclaredSourceRelatedByStatement: a declared source the matcher finds
// the copy shares too little with is still the copy's original when a
// statement of the copy is found in it (a short reworded brief keeping one
// quote, faithfully or not); a story that only names the same people is not.
func TestDeclaredSourceRelatedByStatement(t *testing.T) {
	const kept = `People here cannot get to hospital, to work or to school without that boat.`
	bellBrief := []string{
		`The boss of the company that runs the Skerra ferry has defended raising prices again, saying costs left her no option.`,
		`"We are not making money on this route, and we have not done for four years," Iona Bell said.`,
		`Season ticket books are not affected.`,
	}
	// a story on another matter of the same council, ending on the same
	// stock line about another thing: a paraphrase, no evidence
	parking := []string{
		`Parking in Ashby town centre will cost twice as much from June after the borough council approved new charges on Tuesday night by five votes to four.`,
		`"This will be the final nail in the coffin for the high street," said Kevin Doyle, who chairs the Ashby Traders' Association.`,
		`The council's finance chief, Sarah Quinn, said the charges had not risen for nine years. The council said it would review the charges after twelve months.`,
	}
	toilets := []string{
		`Two public toilets in Ashby will shut in the spring, the borough council has agreed, as it looks for savings of £2m over the next two years.`,
		`The facilities on Bridge Street and in Victoria Park cost around £60,000 a year to clean, according to a report to the cabinet. Cafes and shops will be invited to open their own toilets to the public in return for a small annual payment.`,
		`"Older people and families rely on these facilities when they come into town," said a spokesman for the Ashby Civic Society, which collected 1,200 signatures against the plan.`,
		`Disability campaigners said the nearest accessible toilet would now be more than half a mile from the bus station. The cabinet member for environment, Raj Patel, said the decision had been difficult but unavoidable.`,
		`The council said it would review the closures after twelve months.`,
	}
	tests := []struct {
		name      string
		source    []string
		copy      []string
		unrelated bool
		wantQuote statements.Verdict // the verdict of the copy's one quote when compared
		wantCode  finding.Code       // a finding the comparison must raise
	}{
		{"another story, same route and speaker", ferryBreakdown, ferryBrief(kept), true, "", ""},
		{"another topic of the same publisher", quarryFine, ferryBrief(kept), true, "", ""},
		{"another matter, one stock line alike", parking, toilets, true, "", ""},
		{"brief keeping one quote", ferryFares, ferryBrief(kept), false, statements.Verbatim, ""},
		{"brief with the quote cut", ferryFares, ferryBrief(`People here cannot get to hospital or to work without that boat.`), false, statements.Altered, finding.QuoteAltered},
		{"brief with a number changed in the quote", ferryFares, bellBrief, false, statements.Altered, finding.QuoteAltered},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const srcURL = "http://www.skerranews.example/news/story"
			c := serveWeb(t, map[string]string{"www.skerranews.example/news/story": newsPage("Skerra News", "2025-03-03T08:00:00Z", tt.source, "")})
			post := filepath.Join(t.TempDir(), "post.html")
			require.NoError(t, os.WriteFile(post, []byte(newsPage("Agg Daily", "2025-03-04T10:00:00Z", tt.copy, "")), 0o600))
			r := NewChecker(c, Options{Source: srcURL}).Check(context.Background(), post)
			if tt.unrelated {
				assert.Equal(t, Errored, r.Verdict)
				assert.Equal(t, []finding.Code{finding.SourceUnrelated}, codesOf(r))
				assert.Contains(t, r.Error, "is unrelated to the copy: it shares ")
				assert.Contains(t, r.Error, "none of the copy's ")
				assert.Contains(t, r.Error, "quotes and attributed statements has its words in it; nothing was compared")
				assert.Nil(t, r.Original)
				return
			}
			assert.NotEqual(t, Errored, r.Verdict, r.Error)
			require.NotNil(t, r.Original)
			var quotes []statements.Verdict
			for _, s := range r.Statements {
				if s.Kind == statements.Direct {
					quotes = append(quotes, s.Verdict)
				}
			}
			assert.Equal(t, []statements.Verdict{tt.wantQuote}, quotes)
			if tt.wantCode != "" {
				assert.Contains(t, codesOf(r), tt.wantCode)
				assert.Equal(t, Fail, r.Verdict)
			}
			assert.NotContains(t, codesOf(r), finding.SourceUnrelated)
		})
	}
}
