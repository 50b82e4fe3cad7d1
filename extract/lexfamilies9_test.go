package extract

import "testing"

// TestLexFamilies9 covers the trigger wording families of round 9 (anal16 class b): each
// family is written as news and official writers word the fact, in several inflections and
// voices, with a near miss the family must leave alone. The sentences are our own.
func TestLexFamilies9(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// CONDEMNED: regret
		{"a state deeply regrets another's act",
			"Japan deeply regrets Russia's veto of the draft resolution.",
			[]string{"CONDEMNED state:JPN state:RUS"}, nil},
		{"regretted, past tense, with a named object",
			"On Tuesday Canada regretted the decision of Iran to expel the inspectors.",
			[]string{"CONDEMNED state:CAN state:IRN"}, nil},
		{"the noun: regret over a party's act",
			"The Philippines expressed strong regret over China's actions at Second Thomas Shoal.",
			[]string{"CONDEMNED state:PHL state:CHN"}, nil},
		{"a person regretting, present participle",
			"Australian Foreign Minister Penny Wong, regretting Beijing's decision to detain the writer, summoned the ambassador.",
			[]string{"CONDEMNED person:penny-wong state:CHN"}, nil},
		{"regret over an outcome with no party names nobody",
			"Britain regretted that the draft was not adopted and noted with regret the failure of the talks.",
			nil, []string{"CONDEMNED state:GBR inst:unsc"}},
		// SANCTIONED: punish/penalise with a penalty, penalties on, put sanctions on
		{"punished with sanctions, coordinated subjects",
			"Britain and France punished Iran with new sanctions on Monday.",
			[]string{"SANCTIONED state:GBR state:IRN", "SANCTIONED state:FRA state:IRN"}, nil},
		{"penalised with an asset freeze, future",
			"Canada will penalize Venezuela with an asset freeze, the minister said.",
			[]string{"SANCTIONED state:CAN state:VEN"}, nil},
		{"penalties on a party",
			"The European Union approved fresh penalties on Belarus in June.",
			[]string{"SANCTIONED inst:eu state:BLR"}, nil},
		{"the light verb: put sanctions on",
			"In March, Australia put sanctions on Myanmar.",
			[]string{"SANCTIONED state:AUS state:MMR"}, nil},
		{"punishing by force is no sanction",
			"China staged the drills to punish Taiwan for the president's speech.",
			nil, []string{"SANCTIONED state:CHN state:TWN"}},
	})
}
