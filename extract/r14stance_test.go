package extract

import "testing"

// TestR14PanelLowercase covers the UN Panel of Experts named in lower case ("the panel of
// experts", "the expert panel") as the mandate a vetoed draft would have renewed: the panel
// is affected as well as the body. Every sentence is our own.
func TestR14PanelLowercase(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"past tense, relative clause with extended",
			"China vetoed a Security Council resolution that would have extended the mandate of the panel of experts.",
			[]string{"VETOED state:CHN inst:un-panel-of-experts"}, nil},
		{"expert panel after a draft resolution, renewed",
			"On Friday Russia vetoed a draft resolution that would have renewed the mandate of the expert panel for a year.",
			[]string{"VETOED state:RUS inst:un-panel-of-experts"}, nil},
		{"near miss: a panel of judges is no panel of experts",
			"Russia vetoed a draft resolution that would have created a panel of judges.",
			nil, []string{"VETOED state:RUS inst:un-panel-of-experts"}},
	})
}
