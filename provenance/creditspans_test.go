package provenance

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
	"github.com/provcheck/provcheck/provenance/text"
)

// TestCopyCredits finds the copy's credit lines, upstream credits and
// credited reports, and nothing of the story around them.
func TestCopyCredits(t *testing.T) {
	orig := &candidate{doc: doc("https://www.brenmoorcourier.example/depot", "Brenmoor Courier", "By Ana Ruiz", "The depot will close."),
		align: match.Result{Relation: match.Rewritten}}
	upstream := []Credit{{Name: "Coastal Morning Post", Kept: true}}
	tests := []struct {
		body      string
		credits   []string // stretches found, from the label to the name
		notCredit []string // words of the story left alone
	}{
		{"The depot will close.\n\nOriginally reported by Ana Ruiz for Brenmoor Courier.",
			[]string{"Originally reported by Ana Ruiz for Brenmoor Courier"}, []string{"The depot will close"}},
		{"The depot will close.\n\nThis article first appeared in the Brenmoor Courier.",
			[]string{"first appeared in the Brenmoor Courier"}, nil},
		{"The depot will close.\n\nSource: Brenmoor Courier", []string{"Source: Brenmoor Courier"}, nil},
		{"The depot will close, the authority said, confirming an earlier CMP report.",
			[]string{"an earlier CMP report"}, []string{"The depot will close"}},
		{"The authority denied a report in the Coastal Morning Post that the depot will close.",
			[]string{"a report in the Coastal Morning Post"}, []string{"that the depot will close"}},
		{"The depot will close, as first reported by the Coastal Morning Post.",
			[]string{"first reported by the Coastal Morning Post"}, []string{"The depot will close"}},
		// a credit line naming a source the original does not name, in
		// any language extract reads labels in: no statement of "Fuente"
		{"The depot will close.\n\nFuente: Diario del Puerto (https://puerto.example/a)", []string{"Fuente: Diario del Puerto (https://puerto.example/a)"}, nil},
		{"The depot will close.\n\nFonte: Jornal do Cais", []string{"Fonte: Jornal do Cais"}, nil},
		{"The depot will close.\n\nQuelle: Hafenblatt Brenmoor", []string{"Quelle: Hafenblatt Brenmoor"}, nil},
		{"The depot will close.\n\nSource : Le Journal du Port", []string{"Source : Le Journal du Port"}, nil},
		// a label with a sentence after it is a statement's business
		{"The depot will close.\n\nSource: the depot will close in March, a manager said.", nil, []string{"the depot will close in March"}},
		// no label before the name: the publisher is a party to the story
		{"Ana Ruiz said the Brenmoor Courier will move.", nil, []string{"Ana Ruiz said"}},
		// an outlet the original never credits is a fact of the copy's own
		{"The depot will close, confirming an earlier Harbour Gazette report.", nil, []string{"Harbour Gazette"}},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			cd := doc("http://agg.example/a", "Agg", "", tt.body)
			rs := copyCredits(cd, orig, upstream)
			var got []string
			for _, r := range rs {
				got = append(got, tt.body[r.Start:r.End])
			}
			for _, w := range tt.credits {
				assert.Contains(t, got, w) // the longest of overlapping credits is enough
			}
			if len(tt.credits) == 0 {
				assert.Empty(t, got)
			}
			for _, w := range tt.notCredit {
				i := strings.Index(tt.body, w)
				require.GreaterOrEqual(t, i, 0)
				assert.False(t, covered(rs, i, i+len(w)), "%q is no credit", w)
			}
		})
	}
}

// TestCreditLinesWordEdges finds names that open with a letter outside
// ASCII, and no name inside a longer word.
func TestCreditLinesWordEdges(t *testing.T) {
	body := "The depot will close.\n\nSource: Élise Roux, Brenmoor Courier.\n\nVia Courierland"
	var got []string
	for _, r := range creditLines(body, []string{"Élise Roux", "Courier", "Courier"}) {
		got = append(got, body[r.Start:r.End])
	}
	assert.Equal(t, []string{"Source: Élise Roux"}, got)
}

func covered(rs []text.Range, start, end int) bool {
	for _, r := range rs {
		if r.Start < end && start < r.End {
			return true
		}
	}
	return false
}

// TestCreditLineIsNoStatement checks whole pages: a copy that credits its
// original properly, in a credit line and by an upstream outlet's short
// name, earns no statement or drift finding for its credits.
func TestCreditLineIsNoStatement(t *testing.T) {
	const origBody = `The harbour authority of Brenmoor will close the old tram depot by March, its board said on Tuesday, confirming a report first published by the Coastal Morning Post.
The depot employs 214 people and handles repairs for the city's 46 trams. Councillor Ada Brook, who chairs the transport committee, said the site would become housing.
Unions have asked for a transition plan and for retraining money before any closure. The authority said it would publish the plan in January and hold two public meetings before the final vote.`
	const copyBody = `The harbour authority of Brenmoor will shut the old tram depot by March, its board said on Tuesday, confirming an earlier CMP report.
The depot employs 214 people and handles repairs for the city's 46 trams. Councillor Ada Brook, who chairs the transport committee, said the site would become housing.
Unions have asked for a transition plan and for retraining money before any closure. The authority said it would publish the plan in January and hold two public meetings before the final vote.`
	page := func(site, byline, body, credit string) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><title>Depot to close</title><meta property="og:type" content="article"><meta property="og:site_name" content="%s"><meta name="author" content="%s"></head><body><article><h1>Depot to close</h1>`, site, byline)
		for _, p := range strings.Split(body, "\n") {
			fmt.Fprintf(&b, "<p>%s</p>", p)
		}
		b.WriteString(credit + `</article></body></html>`)
		return b.String()
	}
	w := &web{pages: map[string]string{
		"http://agg.example/s": page("Agg Daily", "", copyBody,
			`<p>Originally reported by Ana Ruiz for <a href="http://courier.example/s">Brenmoor Courier</a>.</p>`),
		"http://courier.example/s": page("Brenmoor Courier", "Ana Ruiz", origBody, ""),
	}}
	r := check(t, w, "http://agg.example/s", Options{})
	require.NotNil(t, r.Original)
	assert.Equal(t, Credited, r.Attribution.Verdict)
	assert.Equal(t, []Credit{{Name: "Coastal Morning Post", Kept: true}}, r.Attribution.UpstreamCredits)
	for _, st := range r.Statements {
		assert.NotContains(t, st.Text, "Ana Ruiz", "a credit line is no statement")
		assert.NotContains(t, st.Text, "CMP", "a credited report is no statement")
	}
	for _, f := range r.Findings {
		switch f.Code {
		case finding.StatementNotFound, finding.UpstreamCreditDropped, finding.LeadDrift, finding.FactDrift:
			t.Errorf("false alarm %s: %s", f.Code, f.Message)
		}
	}
}
