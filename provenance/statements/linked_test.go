package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestLinkedQuoteMisattributed: a follow-on quote takes its speaker from
// the quote before it, so a wrong speaker there is wrong for both.
func TestLinkedQuoteMisattributed(t *testing.T) {
	intro := "Priya Raman, a nurse at Kelby Hospital, spoke to the board on Tuesday. Tom Greaves, a porter, also attended.\n\n"
	tests := []struct {
		name, src, cp string
		want          []Verdict // per quote of the copy, in order
	}{
		{
			name: "anchor swapped, follow-on inherits",
			src:  intro + "“The night shifts are far too long for our staff,” Raman said. “We have asked for two more nurses on every ward.”",
			cp:   intro + "“The night shifts are far too long for our staff,” Greaves said. “We have asked for two more nurses on every ward.”",
			want: []Verdict{Misattributed, Misattributed},
		},
		{
			name: "two follow-ons in one paragraph",
			src:  intro + "“The night shifts are far too long for our staff,” Raman said. “We have asked for two more nurses on every ward.” “Nobody has answered our letters since the spring.”",
			cp:   intro + "“The night shifts are far too long for our staff,” Greaves said. “We have asked for two more nurses on every ward.” “Nobody has answered our letters since the spring.”",
			want: []Verdict{Misattributed, Misattributed, Misattributed},
		},
		{
			name: "faithful copy stays verbatim",
			src:  intro + "“The night shifts are far too long for our staff,” Raman said. “We have asked for two more nurses on every ward.”",
			cp:   intro + "“The night shifts are far too long for our staff,” Raman said. “We have asked for two more nurses on every ward.”",
			want: []Verdict{Verbatim, Verbatim},
		},
		{
			name: "follow-on the original gives to someone else is not inherited",
			src:  intro + "“The night shifts are far too long for our staff,” Raman said.\n\n“We have asked for two more nurses on every ward,” Greaves said.",
			cp:   intro + "“The night shifts are far too long for our staff,” Greaves said. “We have asked for two more nurses on every ward.”",
			want: []Verdict{Misattributed, Verbatim},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checks, fs := Compare(tt.cp, tt.src, Options{})
			var got []Verdict
			for _, c := range checks {
				if c.Kind == Direct {
					got = append(got, c.Verdict)
				}
			}
			require.Equal(t, tt.want, got)
			n := 0
			for _, f := range fs {
				if f.Code != finding.QuoteMisattributed {
					continue
				}
				n++
				require.NotNil(t, f.Evidence.Copy)
				require.NotNil(t, f.Evidence.Source)
				assert.Equal(t, f.Evidence.Source.Text, string([]rune(tt.src)[f.Evidence.Source.Start:f.Evidence.Source.End]))
				assert.Equal(t, f.Evidence.Copy.Text, string([]rune(tt.cp)[f.Evidence.Copy.Start:f.Evidence.Copy.End]))
			}
			want := 0
			for _, v := range tt.want {
				if v == Misattributed {
					want++
				}
			}
			assert.Equal(t, want, n)
		})
	}
}
