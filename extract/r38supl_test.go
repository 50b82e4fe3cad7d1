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
