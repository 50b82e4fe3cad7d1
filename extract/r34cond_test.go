package extract

import "testing"

// TestR34RejectedAct covers "rejected" as a stance: rejecting a party's act condemns the party
// (the act's doer named in its object, or the imposer of measures stated before), while
// rejecting what was said or proposed (cues.tsv class said: a claim, an accusation, a draft)
// condemns nobody. Every sentence is our own.
func TestR34RejectedAct(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"an act of a named state's forces",
			"Venezuela rejected the deployment of Colombian troops to the border on Monday.",
			[]string{"CONDEMNED state:VEN state:COL"}, nil},
		{"measures stated before: their imposer",
			"Japan imposed sanctions on Belarus on Friday. Belarus rejected the measures.",
			[]string{"CONDEMNED state:BLR state:JPN"}, nil},
		{"near miss: rejecting an accusation denies it",
			"Hanoi rejected the accusation by Beijing as baseless.",
			nil, []string{"CONDEMNED state:VNM state:CHN"}},
		{"near miss: rejecting a draft is a vote",
			"Russia rejected the draft tabled by France on Monday.",
			nil, []string{"CONDEMNED state:RUS state:FRA"}},
	})
}

// TestR34BaseFormStance covers the base form of a stance verb after "to" or a modal ("tried to
// blame Kyiv for the blast", "will object to Lima's plan"): the row lists every inflected form.
// Every sentence is our own.
func TestR34BaseFormStance(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"blame after tried to",
			"Belarus has tried to blame Lithuania for the border incident.",
			[]string{"CONDEMNED state:BLR state:LTU"}, nil},
		{"object to after a modal",
			"Chile will object to Peru's plan to close the border.",
			[]string{"CONDEMNED state:CHL state:PER"}, nil},
		{"near miss: blaming nobody named",
			"Chile said it was too early to blame anyone for the blast.",
			nil, []string{"CONDEMNED state:CHL state:PER"}},
	})
}
