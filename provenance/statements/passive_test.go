package statements

import "testing"

// TestFindPassiveCues covers "was asked about/whether", whose asker is
// not written, and "quoted … as saying", the quoting outlet's or the
// quoted person's report.
func TestFindPassiveCues(t *testing.T) {
	tests := []cueCase{
		{"was asked whether", "Ada Brook was asked whether the pier would close.",
			"the pier would close", "", "asked whether"},
		{"when asked about, clause ends at the comma", "Tom Reyes, when asked about the ferry fares, shrugged and left.",
			"the ferry fares", "", "asked about"},
		{"sentence-opening Asked about", "Asked about the night crossings, the harbour master laughed.",
			"the night crossings", "", "Asked about"},
		{"a question after Asked", "Asked which crossing was the roughest, the harbour master laughed.",
			"which crossing was the roughest", "", "Asked"},
		{"a question past when and where", "Asked on Kelby Radio who runs the harbour, the master laughed.",
			"who runs the harbour", "", "Asked"},
		{"whom", "When asked whom she supported, Ada Brook smiled.",
			"whom she supported", "", "asked"},
		{"outlet quoted someone as saying", "The Kelby Herald quoted one of the pilots as saying the ferry was unsafe.",
			"the ferry was unsafe", "Kelby Herald", "quoted"},
		{"was quoted as saying", "Tom Reyes was quoted as saying that the ferry was unsafe.",
			"the ferry was unsafe", "Tom Reyes", "quoted"},
	}
	checkCues(t, tests)
}

// TestActiveAskKeepsItsSpeaker: "X asked about" names the asker, so the
// passive reading must not take it.
func TestActiveAskKeepsItsSpeaker(t *testing.T) {
	assertNoCue(t, "Ada Brook asked about the ferry fares.", "asked about")
}
