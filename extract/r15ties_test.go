package extract

import "testing"

// TestR15DescribedPossessor: "the Polish leader's visit" is the visit of the latest person the
// document tied to that state with such a title, not of the state; before a capitalised word
// the "'s" goes on into a title, which is no description. The sentences are our own.
func TestR15DescribedPossessor(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a described leader owns the visit",
			"Polish President Adam Nowak spoke on Monday. The accord was initialled in Madrid during the Polish leader's first visit to Spain in a decade.",
			[]string{"VISITED person:adam-nowak state:ESP"}, []string{"VISITED state:POL state:ESP"}},
		{"a described minister's trip, in the past and later in the paragraph",
			"Chilean Foreign Minister Rosa Vidal met reporters in Lima. Officials said the Chilean minister's trip to Argentina had been planned for months.",
			[]string{"VISITED person:rosa-vidal state:ARG"}, []string{"VISITED state:CHL state:ARG"}},
		{"near miss: 's before a capitalised title is no description",
			"Polish President Adam Nowak spoke on Monday. The Polish President's Special Envoy travelled to Spain.",
			nil, []string{"VISITED person:adam-nowak state:ESP"}},
	})
}
