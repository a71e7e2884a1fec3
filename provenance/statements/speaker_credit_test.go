package statements

import (
	"slices"
	"testing"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quoteSpeakers maps each direct quote Find reports in txt to the name of
// its speaker ("" for none).
func quoteSpeakers(txt string) map[string]string {
	out := map[string]string{}
	for _, st := range Find(txt, Options{}) {
		if st.Kind != Direct {
			continue
		}
		out[st.Content.Text] = ""
		if st.Speaker != nil {
			out[st.Content.Text] = st.Speaker.Name
		}
	}
	return out
}

// TestQuoteSpeakers covers the ways a quotation names its speaker other
// than a verb of saying beside it: a credit line after a dash, "as X put
// it", and a quote that continues the last speaker's words.
func TestQuoteSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"dash credits in a run of readers' words",
			"Readers wrote in after the vote. “The pier should stay open for everyone.” ― Ana Ruiz “I am tired of the delays and the fares.” ― Tom Reyes, a fisherman",
			map[string]string{"The pier should stay open for everyone.": "Ana Ruiz", "I am tired of the delays and the fares.": "Tom Reyes"}},
		{"a dash credit on its own line",
			"Readers wrote in after the vote.\n“We deserve better.” — Carla Mendes\nThe council said it would reply.",
			map[string]string{"We deserve better.": "Carla Mendes"}},
		{"a dash before a clause is no credit",
			"Tom Reyes spoke to the crowd. “We waited too long,” he said. “Far too long.” - Then the ferry came.",
			map[string]string{"Far too long.": "Tom Reyes"}},
		{"as X put it, before the words",
			"The fares rose again. As Ana Ruiz, a councillor for the harbour ward, put it last week, “the pier is the town’s front door.”",
			map[string]string{"the pier is the town’s front door.": "Ana Ruiz"}},
		{"as X put it, between the claim and the words",
			"The levy is a tax on visitors, as Tom Reyes put it, “a charge nobody voted for.”",
			map[string]string{"a charge nobody voted for.": "Tom Reyes"}},
		{"a title compound is no verb",
			"“We have been waiting for a long time,” Harbor Council press secretary Dana Kell said at a briefing Monday. “And we will keep pushing.”",
			map[string]string{"We have been waiting for a long time": "Dana Kell", "And we will keep pushing.": "Dana Kell"}},
		{"a stance in between does not take the next quote",
			`"These are strange days," said Peter Morgan, a lawyer for the Fenwick Trust, who has challenged the council for years. "I am skeptical."`,
			map[string]string{"These are strange days": "Peter Morgan", "I am skeptical.": "Peter Morgan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quoteSpeakers(tt.text)
			for q, who := range tt.want {
				require.Contains(t, got, q)
				assert.Equal(t, who, got[q], q)
			}
		})
	}
}

// TestWhoAfterADescription reads "who" after "X, a lawyer for Y," as X,
// not the organisation that ends X's description.
func TestWhoAfterADescription(t *testing.T) {
	checkCues(t, []cueCase{
		{"a person's own relative clause", "Tom Reyes, who has long opposed the toll, said the plan was unlawful.",
			"the plan was unlawful", "Tom Reyes", "said"},
	})
	var st *Statement
	for _, s := range Find(`"These are strange days," said Peter Morgan, a lawyer for the Fenwick Trust, who has challenged the council for years.`, Options{}) {
		if s.Cue == "challenged" {
			st = &s
		}
	}
	require.NotNil(t, st)
	require.NotNil(t, st.Speaker)
	assert.Equal(t, "Peter Morgan", st.Speaker.Name)
}

// TestCreditedQuoteMovedToAnother flags a quote the copy credits, after a
// dash or with "as X put it", to someone other than the original's speaker.
func TestCreditedQuoteMovedToAnother(t *testing.T) {
	orig := "The council met on Monday. “This plan is a disgrace to the whole harbour,” Tom Reyes said. Ana Brook, the mayor, defended the plan."
	tests := []struct{ name, copy string }{
		{"dash credit", "The council met on Monday.\n“This plan is a disgrace to the whole harbour.” — Ana Brook\nThe vote is next week."},
		{"as X put it", "The council met on Monday. As Ana Brook put it, “this plan is a disgrace to the whole harbour.”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(tt.copy, orig, Options{})
			assert.True(t, slices.ContainsFunc(fs, func(f finding.Finding) bool { return f.Code == finding.QuoteMisattributed }), "%v", fs)
		})
	}
}

// TestNoCreditInRunningProse keeps a quote's own cue when a dash in the
// sentence runs on into a clause, and keeps verbs and "put it" that say
// nothing from naming speakers.
func TestNoCreditInRunningProse(t *testing.T) {
	got := quoteSpeakers("Councillor Tom Reyes said the plan was “a disgrace to the whole harbour” — Mayor Ana Brook, the council leader, defended it.")
	assert.Contains(t, got["a disgrace to the whole harbour"], "Tom Reyes")
	sts := Find("The officials deny minister Tom Reyes took any money from the fund.", Options{})
	assert.True(t, slices.ContainsFunc(sts, func(s Statement) bool { return s.Cue == "deny" }), "%v", sts)
	for _, s := range Find("Sales of the old model rose, as Tesla put it on sale in 2020 at a lower price.", Options{}) {
		assert.NotEqual(t, "put it", s.Cue)
	}
}
