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

// TestR15TheTeam: "the team" is the body the document is about, the Institution it named most
// often (at least twice) before the phrase, not the latest institution named. The sentences
// are our own.
func TestR15TheTeam(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"the team named twice, then condemned as the team",
			"Eleven states launched the Multilateral Sanctions Monitoring Team in Seoul. The Multilateral Sanctions Monitoring Team will publish a report. Russia dismissed the team as illegitimate.",
			[]string{"CONDEMNED state:RUS inst:msmt"}, nil},
		{"the team after a later body: still the salient one",
			"Eleven states launched the Multilateral Sanctions Monitoring Team. The Multilateral Sanctions Monitoring Team cited KCNA. North Korea condemned the team on Friday.",
			[]string{"CONDEMNED state:PRK inst:msmt"}, []string{"CONDEMNED state:PRK inst:kcna"}},
		{"near miss: a body named once is no team the text is about",
			"The International Atomic Energy Agency sent inspectors. Russia criticised the team on Friday.",
			nil, []string{"CONDEMNED state:RUS inst:iaea"}},
	})
}
