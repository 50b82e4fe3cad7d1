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
		// SIGNED: instrument of accession / ratification
		{"a state deposits its instrument of accession to a treaty",
			"On Thursday Sweden deposited its instrument of accession to the North Atlantic Treaty in Washington.",
			[]string{"SIGNED state:SWE agr:north-atlantic-treaty"}, nil},
		{"the possessor's instrument of ratification, handed over",
			"The foreign minister handed over Finland's instrument of ratification to the North Atlantic Treaty.",
			[]string{"SIGNED state:FIN agr:north-atlantic-treaty"}, nil},
		{"lodged in a subordinate clause, plural possessive",
			"The ministers met in Oslo a day after Denmark and Norway lodged their instruments of ratification to the Ottawa Convention.",
			[]string{"SIGNED state:DNK agr:ottawa-convention", "SIGNED state:NOR agr:ottawa-convention"}, nil},
		{"the minister who hands it over signs nothing himself",
			"Prime Minister Ulf Kristersson handed over our instrument of accession to the North Atlantic Treaty.",
			nil, []string{"SIGNED person:ulf-kristersson agr:north-atlantic-treaty"}},
		{"the depositary's of-complement is no target",
			"The minister deposited Sweden's instrument of accession with the United States Government, the depositary of the North Atlantic Treaty.",
			nil, []string{"SIGNED state:SWE agr:north-atlantic-treaty"}},
		{"the person it is handed to is no agreement and no signatory",
			"Norway's ambassador handed Norway's instrument of accession to Secretary of State Antony Blinken.",
			nil, []string{"SIGNED person:antony-blinken state:NOR"}},
		// VISITED / DEPLOYED: reach a place
		{"troops reach a region: a deployment",
			"Several thousand North Korean troops have reached the Kursk region, Kyiv said.",
			[]string{"DEPLOYED state:PRK place:kursk"}, nil},
		{"a leader reaches a capital: a journey",
			"Prime Minister Narendra Modi reached Moscow on Monday evening.",
			[]string{"VISITED person:narendra-modi place:moscow"}, nil},
		{"a ship reaches a port: its state deploys it",
			"The British patrol ship HMS Trent reached Georgetown on Friday.",
			[]string{"DEPLOYED state:GBR place:georgetown"}, nil},
		{"missiles reaching a state are goods, not a deployment",
			"Iranian missiles have reached Russia, officials said.",
			nil, []string{"DEPLOYED state:IRN state:RUS"}},
		{"reaching an agreement or a figure is no journey",
			"Japan and Australia reached an agreement on Monday, and the number of troops could reach 5,000.",
			nil, []string{"VISITED state:JPN state:AUS"}},
	})
}
