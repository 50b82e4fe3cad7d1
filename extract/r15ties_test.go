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

// TestR15TheyHeldTalks: plural "they" before a light verb of talks or an arrival is the two
// people named last, as before "met" ("where they held talks with X", "They arrived ... for
// talks with X"); before other verbs it stays unresolved. The sentences are our own.
func TestR15TheyHeldTalks(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"where they held talks",
			"Chancellor Hans Weber and Minister Anna Berg flew to Vienna, where they held talks with President Lucia Conti on Tuesday.",
			[]string{"MET_WITH person:hans-weber person:lucia-conti", "MET_WITH person:anna-berg person:lucia-conti"}, nil},
		{"they arrive, in the present, for talks",
			"Minister Anna Berg and Minister Hans Weber leave Oslo tonight. They arrive in Rome on Friday for talks with President Lucia Conti.",
			[]string{"MET_WITH person:anna-berg person:lucia-conti", "VISITED person:hans-weber place:rome"}, nil},
		{"near miss: they before another verb is no pair",
			"Minister Anna Berg and Minister Hans Weber spoke on Monday. They said President Lucia Conti had cancelled the talks.",
			nil, []string{"MET_WITH person:anna-berg person:lucia-conti"}},
	})
}

// TestR15WhomHeMet: in an object relative ("X, whom he met ..."), the pronoun subject is not
// the antecedent but the person before it, and the antecedent is the gap the verb pairs with,
// also past a place phrase. The sentences are our own.
func TestR15WhomHeMet(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"whom he met, with a date",
			"Chancellor Hans Weber thanked President Lucia Conti, whom he met last month.",
			[]string{"MET_WITH person:hans-weber person:lucia-conti"}, nil},
		{"whom she had met, past a place phrase",
			"Minister Anna Berg sent the draft to Foreign Minister Erik Lund, whom she had met at the summit in Vienna in May.",
			[]string{"MET_WITH person:anna-berg person:erik-lund"}, nil},
		{"near miss: a subject relative with a pronoun after a speech verb pairs no one",
			"Chancellor Hans Weber praised President Lucia Conti, who he said in Rome was tired.",
			nil, []string{"MET_WITH person:hans-weber person:lucia-conti"}},
	})
}
