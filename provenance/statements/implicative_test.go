package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestImplicativeVerbsNegate: "failed to", "refused to", "was unable to",
// "never managed to", "fell short of" say their complement did not
// happen, as "did not" does: the copy that drops them ("won back the
// seat" for "failed to win back the seat") or puts them in reverses the
// claim, in a quote, in reported speech and in a sentence of the story.
// "managed to win" is "won"; two such verbs for each other, or one for
// the word of opposite sense ("failed to win" → "lost"), keep the claim.
func TestImplicativeVerbsNegate(t *testing.T) {
	src := "Voters in the valley went to the polls on Thursday.\n\n" +
		"Party agent Mira Holt said the Greens had failed to win back the river seat from the farmers' list.\n\n" +
		"“The council refused to publish the audit of the bridge accounts,” said campaigner Jon Weir.\n\n" +
		"Harbour chief Lea Marsh said the port was unable to clear the backlog of grain ships before winter.\n\n" +
		"Coach Sam Ortiz said his side never managed to break down the visitors' defence in the second half.\n\n" +
		"Treasurer Ana Cole said the appeal fell short of its target for the new lifeboat station.\n\n" +
		"Mayor Ivo Lind said the town had managed to reopen the old ferry pier after the floods.\n\n" +
		"Ranger Tove Berg said the park service won funding for the new visitor trail last spring.\n\n" +
		"Grocer Eli Park said his sales of river fish had declined to a trickle since the spring."
	tests := []struct {
		name, cp string
		want     bool // an error on the changed statement
	}{
		{"reported: failed to win back → won back", "Party agent Mira Holt said the Greens had won back the river seat from the farmers' list.", true},
		{"reported: failed to win back → won back, reworded", "According to party agent Mira Holt, the Greens won back the river seat that the farmers' list had held.", true},
		{"quote: refused to publish → published", "“The council published the audit of the bridge accounts,” said campaigner Jon Weir.", true},
		{"reported: was unable to clear → cleared", "Harbour chief Lea Marsh said the port cleared the backlog of grain ships before winter.", true},
		{"reported: never managed to break down → broke down", "Coach Sam Ortiz said his side broke down the visitors' defence in the second half.", true},
		{"reported: fell short of its target → met its target", "Treasurer Ana Cole said the appeal met its target for the new lifeboat station.", true},
		{"reported: won funding → failed to win funding", "Ranger Tove Berg said the park service failed to win funding for the new visitor trail last spring.", true},
		{"reported: won funding → did not manage to win funding", "Ranger Tove Berg said the park service did not manage to win funding for the new visitor trail last spring.", true},
		{"reported: managed to reopen → reopened", "Mayor Ivo Lind said the town had reopened the old ferry pier after the floods.", false},
		{"reported: failed to → did not manage to", "Party agent Mira Holt said the Greens had not managed to win back the river seat from the farmers' list.", false},
		{"reported: failed to → did not win", "Party agent Mira Holt said the Greens did not win back the river seat from the farmers' list.", false},
		{"reported: failed to win back → lost", "Party agent Mira Holt said the Greens had lost the river seat to the farmers' list.", false},
		{"quote: refused to → declined to", "“The council declined to publish the audit of the bridge accounts,” said campaigner Jon Weir.", false},
		{"reported: was unable to → could not", "Harbour chief Lea Marsh said the port could not clear the backlog of grain ships before winter.", false},
		{"reported: was unable to → was powerless to", "Harbour chief Lea Marsh said the port was powerless to clear the backlog of grain ships before winter.", false},
		{"reported: declined to a trickle → fell to a trickle", "Grocer Eli Park said his sales of river fish had fallen to a trickle since the spring.", false},
		{"reported: never managed to → failed to", "Coach Sam Ortiz said his side failed to break down the visitors' defence in the second half.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp := "Voters in the valley went to the polls on Thursday.\n\n" + tt.cp
			_, fs := Compare(cp, src, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev == finding.Error, "%v", fs)
		})
	}
}
