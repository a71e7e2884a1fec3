package statements

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/provcheck/provcheck/provenance/finding"
)

// TestNegativeVerbsBalanceImplicatives: a verb that says its act was not
// done ("missed", "skipped", "held off", "passed up") put in where a
// "failed to" or "stopped short of" was dropped keeps the claim, as "did
// not" does; put in or dropped against a plain verb ("met" for "missed")
// it reverses the claim. "Missed" of longing, kept, changes nothing.
func TestNegativeVerbsBalanceImplicatives(t *testing.T) {
	open := "The Fenwick ferry board met on Tuesday to review the winter timetable.\n\n"
	end := "\n\nThe board will meet again in the spring to set next year's fares."
	tests := []struct {
		name, src, cp string
		want          bool // an error or warning that the claim changed
	}{
		{"failed to meet → missed", "Board secretary Rhea Moss said the yard had failed to meet the June deadline for the hull survey.",
			"Board secretary Rhea Moss said the yard had missed the June deadline for the hull survey.", false},
		{"stopped short of naming → held off naming", "The board stopped short of naming a new ferry operator, Moss said.",
			"The board held off naming a new ferry operator, Moss said.", false},
		{"failed to attend → skipped", "Moss said the yard's owner failed to attend the safety hearing in March.",
			"Moss said the yard's owner skipped the safety hearing in March.", false},
		{"refused to discuss → avoided discussing", "Moss said the union refused to discuss the proposed pay offer for deckhands.",
			"Moss said the union avoided discussing the proposed pay offer for deckhands.", false},
		{"failed to mention → omitted", "Moss said the first report failed to mention the cracked rudder on the older ferry.",
			"Moss said the first report omitted the cracked rudder on the older ferry.", false},
		{"did not have → lacked", "Moss said the older ferry did not have enough life rafts for a full crossing.",
			"Moss said the older ferry lacked enough life rafts for a full crossing.", false},
		{"failed to take up → passed up", "Moss said the council failed to take up the offer of a second hull survey.",
			"Moss said the council passed up the offer of a second hull survey.", false},
		{"stopped short of backing → shied away from backing", "The board stopped short of backing the fare rise for islanders, Moss said.",
			"The board shied away from backing the fare rise for islanders, Moss said.", false},
		{"missed → met", "Board secretary Rhea Moss said the yard had missed the June deadline for the hull survey.",
			"Board secretary Rhea Moss said the yard had met the June deadline for the hull survey.", true},
		{"met → missed", "Board secretary Rhea Moss said the yard had met the June deadline for the hull survey.",
			"Board secretary Rhea Moss said the yard had missed the June deadline for the hull survey.", true},
		{"met → failed to meet", "Board secretary Rhea Moss said the yard had met the June deadline for the hull survey.",
			"Board secretary Rhea Moss said the yard had failed to meet the June deadline for the hull survey.", true},
		{"refused to sign → signed", "Moss said the union refused to sign the new crewing agreement for the winter.",
			"Moss said the union signed the new crewing agreement for the winter.", true},
		{"missed her family, kept, reordered", "Deckhand Ola Brandt said she missed her family on the mainland during the long winter rota.",
			"During the long winter rota, deckhand Ola Brandt said, she missed her family on the mainland.", false},
		{"missed her family, kept", "Deckhand Ola Brandt said she missed her family on the mainland during the long winter rota.",
			"Deckhand Ola Brandt said she missed her family on the mainland during the long winter rota.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := Compare(open+tt.cp+end, open+tt.src+end, Options{})
			sev, found := worst(fs, changed...)
			assert.Equal(t, tt.want, found && sev != finding.Info, "%v", fs)
		})
	}
}
