package extract

import "testing"

// TestR30Issuer covers stop 30's issuer and office anaphora: a definite title ("the
// Secretary", "the Prime Minister") in an official text is the first person the document
// gave that title, its own official, not a foreign holder named in between; a definite body
// ("the Ministry") is the body the document named with that head. Sentences of our own,
// across relation types, with near misses.
func TestR30Issuer(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"the Secretary after another Secretary named in between (MET_WITH)",
			"Secretary of State Mary Quinn spoke today with Chilean Foreign Minister Jorge Vidal. " +
				"Secretary of Defense Paul Hart will host Foreign Minister Vidal in Washington next week. " +
				"The Secretary also spoke with Peruvian President Luis Soto.",
			[]string{"MET_WITH person:luis-soto person:mary-quinn"},
			[]string{"MET_WITH person:luis-soto person:paul-hart", "MET_WITH person:paul-hart person:luis-soto"}},
		{"the Prime Minister after a foreign Prime Minister named in between (CONDEMNED)",
			"Prime Minister Ana Ruiz will travel to Washington on Monday for the summit. " +
				"Prime Minister Kenji Sato of Japan will also attend the summit.\n\n" +
				"The Prime Minister condemned North Korea's latest missile launch.",
			[]string{"CONDEMNED person:ana-ruiz state:PRK"},
			[]string{"CONDEMNED person:kenji-sato state:PRK"}},
		{"the Prime Minister in a later paragraph, with a foreign visitor between (MET_WITH)",
			"Prime Minister Ana Ruiz received Prime Minister Kenji Sato of Japan in Madrid on Tuesday.\n\n" +
				"On Wednesday the Prime Minister met President Luis Soto of Peru.",
			[]string{"MET_WITH person:ana-ruiz person:luis-soto"},
			[]string{"MET_WITH person:kenji-sato person:luis-soto"}},
		{"the Foreign Minister after two foreign ministers (SUPPORTS)",
			"Foreign Minister Jorge Vidal held talks with Foreign Minister Olena Marchenko of Ukraine in Santiago. " +
				"The Foreign Minister reaffirmed his support for Ukraine.",
			[]string{"SUPPORTS person:jorge-vidal state:UKR"},
			[]string{"SUPPORTS person:olena-marchenko state:UKR"}},
		{"near miss: a former holder named first is not the office's holder",
			"Former Prime Minister Jan Berg attended the ceremony. Prime Minister Ana Ruiz opened it. " +
				"The Prime Minister condemned Russia's attack on Ukraine.",
			[]string{"CONDEMNED person:ana-ruiz state:RUS"},
			[]string{"CONDEMNED person:jan-berg state:RUS"}},
		{"the Ministry named in the heading (SANCTIONED)",
			"Statement by the Ministry of Foreign Affairs of Japan\n\n" +
				"The Ministry today imposed sanctions on North Korea over its missile launches.",
			[]string{"SANCTIONED inst:"},
			nil},
		{"near miss: an indefinite ministry is no issuer",
			"A ministry condemned North Korea's missile launches on Monday.",
			nil,
			[]string{"CONDEMNED state:JPN state:PRK"}},
		{"near miss: a generic Council in a text that names no council",
			"Japan and Chile held talks in Tokyo.\n\nThe Council condemned North Korea's missile launches.",
			nil,
			[]string{"CONDEMNED state:JPN state:PRK", "CONDEMNED state:CHL state:PRK"}},
	})
}
