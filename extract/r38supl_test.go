package extract

import "testing"

// TestR38TransferVerbs: lending, leasing, smuggling, funnelling and pledging goods to a state
// supply it (triggers.tsv SUPPLIED verb-to row "lent|leased|smuggled|...|pledged|promised").
// The recipient follows "to" or stands first in a double object before goods; a route
// ("through Oman") is no recipient, and pledging support is no supply. The texts are our own.
func TestR38TransferVerbs(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"pledged goods to a capital",
			"Belgium has also pledged fighter jets to Kyiv, the minister said.",
			[]string{"SUPPLIED state:BEL state:UKR"}, nil},
		{"smuggled goods to a state",
			"Investigators said Iran smuggled drone components to Russia across the Caspian Sea.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
		{"promised, double object",
			"Last month Sweden promised Ukraine more tanks and ammunition.",
			[]string{"SUPPLIED state:SWE state:UKR"}, nil},
		{"lent goods to a state",
			"In 2023 Japan lent air defence systems to the Philippines for the exercise.",
			[]string{"SUPPLIED state:JPN state:PHL"}, nil},
		{"a route is no recipient",
			"The missiles were smuggled through Oman, officials in Yemen said.",
			nil, []string{"SUPPLIED state:YEM state:OMN"}},
		{"pledged support is no supply",
			"Canada pledged its support to Ukraine on Monday.",
			[]string{"SUPPORTS state:CAN state:UKR"}, []string{"SUPPLIED state:CAN state:UKR"}},
	})
}

// TestR38ShipsNoun: "ships", a troop noun (cues.tsv troops), is the plural noun, no verb,
// unless a state, place, person or body (not a force named by its head noun, "China Coast
// Guard"), a pronoun or a relative word is its subject right before it, past adverbs or a
// closed parenthetical (relations.go troopNounHead). The texts are our own.
func TestR38ShipsNoun(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"coast guard ships as subject",
			"Two days later, China Coast Guard ships blocked Philippine Coast Guard vessel BRP Teresa Magbanua.",
			nil, []string{"SUPPLIED state:CHN state:PHL"}},
		{"coast guard ships after a date",
			"In May, China Coast Guard ships chased Philippine Coast Guard vessel BRP Cabra near the shoal.",
			nil, []string{"SUPPLIED state:CHN state:PHL"}},
		{"a list of vessels",
			"The Eastern Theater Command began a drill, deploying naval vessels, coast guard ships and aircraft to areas surrounding Taiwan.",
			nil, []string{"SUPPLIED inst:eastern-theater-command state:TWN"}},
		{"a state ships, past an adverb",
			"Officials said Belarus regularly ships artillery shells to Russia.",
			[]string{"SUPPLIED state:BLR state:RUS"}, nil},
		{"a state ships, past a parenthetical",
			"Minsk, which denies it, ships artillery shells to Russia by rail.",
			[]string{"SUPPLIED state:BLR state:RUS"}, nil},
	})
}
