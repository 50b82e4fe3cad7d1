package extract

import "testing"

// TestR16PassiveAdverb covers a passive whose auxiliary and participle are parted by a
// words.tsv adverb that does not end in -ly ("was also sanctioned by", "were later condemned
// by", "has already been designated by"): the by-phrase is the doer, not the object, for every
// verb relation. Before, only -ly adverbs were skipped, and "X was also sanctioned by Y" read
// X as the doer. Every sentence is our own.
func TestR16PassiveAdverb(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"sanction, also, date after the agent",
			"The Reconnaissance General Bureau was also sanctioned by the United States in 2019.",
			[]string{"SANCTIONED state:USA inst:reconnaissance-general-bureau"},
			[]string{"SANCTIONED inst:reconnaissance-general-bureau state:USA"}},
		{"condemnation, later",
			"Belarus was later condemned by Lithuania for the incursion.",
			[]string{"CONDEMNED state:LTU state:BLR"},
			[]string{"CONDEMNED state:BLR state:LTU"}},
		{"support, again",
			"Moldova was again backed by Romania at the summit.",
			[]string{"SUPPORTS state:ROU state:MDA"},
			[]string{"SUPPORTS state:MDA state:ROU"}},
		{"supply, already, perfect passive",
			"The drones have already been supplied by Iran to Russia.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
		{"near miss: an active verb after an adverb keeps its subject",
			"Japan also sanctioned the Reconnaissance General Bureau.",
			[]string{"SANCTIONED state:JPN inst:reconnaissance-general-bureau"}, nil},
	})
}

// TestR16BetweenArticle covers the parties of an unnamed act after "between" when the first
// party has an article ("condemned the military cooperation between the DPRK and Russia"):
// both parties are the objects, for a verb and a noun trigger of condemnation and for a
// support verb. Before,
// the article hid the first name and nothing was found. Every sentence is our own.
func TestR16BetweenArticle(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"verb, present, two adjectives",
			"Canada condemns the growing military cooperation between the DPRK and Russia.",
			[]string{"CONDEMNED state:CAN state:PRK", "CONDEMNED state:CAN state:RUS"}, nil},
		{"noun, possessive source, article before both",
			"Australia repeated its firm condemnation of the arms trade between the Russian Federation and the Islamic Republic of Iran.",
			[]string{"CONDEMNED state:AUS state:RUS", "CONDEMNED state:AUS state:IRN"}, nil},
		{"past, three parties",
			"Poland denounced the exercises between the Russian Federation, Belarus and Iran last week.",
			[]string{"CONDEMNED state:POL state:RUS", "CONDEMNED state:POL state:BLR", "CONDEMNED state:POL state:IRN"}, nil},
		{"support verb, same shape",
			"Belarus backs the growing cooperation between the DPRK and Russia.",
			[]string{"SUPPORTS state:BLR state:PRK", "SUPPORTS state:BLR state:RUS"}, nil},
		{"near miss: a place after between is no party",
			"Finland condemned the flights between the Baltic Sea and Karelia.",
			nil, []string{"CONDEMNED state:FIN place:baltic-sea"}},
	})
}

// TestR16DiplomatAgent covers a demonym before the singular "diplomat" as the object of a
// summons ("summoned a Chinese diplomat to protest"): like "diplomats", "envoy" and
// "ambassador" (words.tsv agent-head), the noun stands for its state, which the summoning
// state condemns. Every sentence is our own.
func TestR16DiplomatAgent(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"indefinite, date after the object",
			"Hanoi summoned a Chinese diplomat on Friday to protest the collision.",
			[]string{"CONDEMNED state:VNM state:CHN"}, nil},
		{"perfect, adjective before the demonym",
			"Oslo has summoned a senior Russian diplomat over the drone flights.",
			[]string{"CONDEMNED state:NOR state:RUS"}, nil},
		{"near miss: a diplomat with no demonym is nobody's, a later demonym another noun's",
			"Vietnam summoned the diplomat who had met Chinese officials in Hanoi.",
			nil, []string{"CONDEMNED state:VNM state:CHN"}},
	})
}
