package extract

import "testing"

// TestR16ArgsAppositionRelative: a relative clause on the head noun of an apposition ("X, a
// country which has attacked Y", "X, the group that has supplied Y") describes the name
// before the apposition's comma: it is the relative's subject, whatever the relation. Our
// own sentences; near misses must not fire.
func TestR16ArgsAppositionRelative(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'which has' + an attack verb, sentence-initial apposition",
			"Eritrea, a country which has attacked Ethiopia repeatedly, remains defiant.",
			[]string{"ATTACKED state:ERI state:ETH"}, nil},
		{"'that' + a deployment, past, the apposition as object of a main verb",
			"Officials discussed Belarus, a close ally that deployed troops to Russia in 2022.",
			[]string{"DEPLOYED state:BLR state:RUS"}, nil},
		{"'who' + a meeting verb, a person",
			"The talks were led by Sergei Lavrov, the veteran diplomat who met Wang Yi in Beijing.",
			[]string{"MET_WITH person:sergey-lavrov person:wang-yi"}, nil},
		{"'which has' + a supply verb, a firm in a listing",
			"The Council listed Xinyuan Electronics Ltd, a trading company which has supplied drone engines to Russia.",
			[]string{"SUPPLIED inst:xinyuan-electronics-ltd state:RUS"}, nil},
		{"'that' + a sanction verb, present, a body",
			"Ministers praised the European Union, the bloc that has sanctioned Belarus every year since 2020.",
			[]string{"SANCTIONED inst:eu state:BLR"}, nil},
		{"an act noun in apposition stands for the clause, not the name before it (near miss)",
			"North Korea sent troops to Russia, a move that attacked nobody.",
			nil, []string{"ATTACKED state:RUS"}},
		{"a passive relative is not the head's subject (near miss)",
			"Eritrea, a country which was attacked by Ethiopia, remains defiant.",
			nil, []string{"ATTACKED state:ERI state:ETH"}},
		{"a name inside the apposition blocks it (near miss)",
			"Peru praised Chile, a neighbour of Bolivia that supplied grain to Ukraine.",
			nil, []string{"SUPPLIED state:CHL state:UKR"}},
	})
}

// TestR16ArgsActAgent: a verb's object that is an act noun with a complement ("the provision
// of military assistance to Russia by Iran") has its agent after "by" as the object, not the
// name after another preposition (the act's recipient or target), with the agent's list;
// whatever the relation. A "by" with no name ("by sea") leaves the first name.
func TestR16ArgsActAgent(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"a stance verb, past, one agent",
			"Chile condemned the provision of military assistance to Russia by Iran.",
			[]string{"CONDEMNED state:CHL state:IRN"}, []string{"CONDEMNED state:CHL state:RUS"}},
		{"a stance verb, present, a coordinated agent list",
			"Peru denounces the provision of fuel to Russia by Iran and Belarus.",
			[]string{"CONDEMNED state:PER state:IRN", "CONDEMNED state:PER state:BLR"}, []string{"CONDEMNED state:PER state:RUS"}},
		{"'against' + a target, then the agent",
			"Chile condemned the use of cluster munitions against Ukraine by Russia.",
			[]string{"CONDEMNED state:CHL state:RUS"}, []string{"CONDEMNED state:CHL state:UKR"}},
		{"a sanction verb",
			"Japan sanctioned the sale of attack drones to Russia by Iran.",
			[]string{"SANCTIONED state:JPN state:IRN"}, []string{"SANCTIONED state:JPN state:RUS"}},
		{"'by' + no name keeps the first name (near miss)",
			"Chile condemned the shipment of heavy arms to Russia by sea.",
			[]string{"CONDEMNED state:CHL state:RUS"}, nil},
	})
}

// TestR16ArgsRelativeList: an object relative after a comma whose antecedent is a list ("A
// and B, which X verb") makes every name of the list the verb's object, whatever the relation;
// a name that another verb took is no member of it.
func TestR16ArgsRelativeList(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"weapons modifying one head, a launch, present perfect",
			"Iran has shipped Kinzhal and Iskander missiles, which Belarus has fired at Ukraine.",
			[]string{"LAUNCHED state:BLR weapon:kinzhal", "LAUNCHED state:BLR weapon:iskander"}, nil},
		{"two states, a visit, past",
			"The ministers praised Chile and Peru, which Bolivia visited last year.",
			[]string{"VISITED state:BOL state:CHL", "VISITED state:BOL state:PER"}, nil},
		{"'whom', support, present",
			"He named Chile and Peru, whom Bolivia supports.",
			[]string{"SUPPORTS state:BOL state:CHL", "SUPPORTS state:BOL state:PER"}, nil},
		{"a name before another verb is no conjunct (near miss)",
			"Chile thanked Peru and praised Bolivia, which Argentina visited last year.",
			[]string{"VISITED state:ARG state:BOL"}, []string{"VISITED state:ARG state:PER"}},
	})
}

// TestR16ArgsQuantifiedConjunct: a list's next member after "and" may open with a quantifier
// or a number word ("an ICBM and several cruise missiles", "and two drones"), as with an
// article; whatever the verb. A quantified noun that names nothing is no member.
func TestR16ArgsQuantifiedConjunct(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'several', past, a launch verb",
			"In March, Iran test-fired a hypersonic ballistic missile and several cruise missiles.",
			[]string{"LAUNCHED state:IRN weapon:cruise-missile", "LAUNCHED state:IRN weapon:ballistic-missile"}, nil},
		{"a number word, present perfect, with a target",
			"Russia has launched a Kinzhal missile and two drones at Odesa.",
			[]string{"LAUNCHED state:RUS weapon:drone", "LAUNCHED state:RUS weapon:kinzhal", "ATTACKED state:RUS place:odesa"}, nil},
		{"'many', a noun-led attack sentence",
			"Belarus fired artillery shells and many rockets at Poland.",
			[]string{"LAUNCHED state:BLR weapon:rocket"}, nil},
		{"a quantified noun naming nothing adds nothing (near miss)",
			"Iran launched a ballistic missile and several other projectiles.",
			[]string{"LAUNCHED state:IRN weapon:ballistic-missile"}, nil},
	})
}
