package extract

import "testing"

// TestTriggerNounInCompound: a trigger noun right before a words.tsv compound-head noun only
// modifies it ("launch positions", "test sites"): it names a place, no event (sentences of
// our own).
func TestTriggerNounInCompound(t *testing.T) {
	checkRelations(t, "2024-01-20", []relCase{
		{"launch positions in a relative, a passive by-phrase after it",
			"The raids, which destroyed several missile launch positions near Hodeidah, were backed by Canada and Denmark.",
			nil, []string{"LAUNCHED state:CAN weapon:missile", "LAUNCHED state:DNK weapon:missile"}},
		{"test sites as an object, active subject",
			"Satellite images show that Pakistan has expanded its missile test sites in Balochistan.",
			nil, []string{"LAUNCHED state:PAK weapon:missile"}},
		{"a launch pad after a launch verb: only the verb launches",
			"Iran fired a ballistic missile from a launch pad near Semnan on Monday.",
			[]string{"LAUNCHED state:IRN weapon:ballistic-missile"}, nil},
		{"near miss: the launch noun heads its phrase",
			"Japan condemned the missile launch by North Korea.",
			[]string{"LAUNCHED state:PRK weapon:missile"}, nil},
	})
}

// TestWhereAntecedentOfForces: in a relative clause opened by ", where" whose verb moves or
// keeps forces and names no place of its own, the place is the antecedent, for a relation of
// states as well as a traveller's; forces holding ground or positions somewhere are deployed
// there (sentences of our own).
func TestWhereAntecedentOfForces(t *testing.T) {
	checkRelations(t, "2024-11-05", []relCase{
		{"stationing in a where-clause, past, dated",
			"Poland borders Belarus, where Russia stationed nuclear warheads last year.",
			[]string{"DEPLOYED state:RUS state:BLR"}, []string{"DEPLOYED state:RUS state:POL"}},
		{"forces holding ground, present perfect, possessive owner",
			"Thousands of soldiers have reached the Kursk region, where Ukraine's troops have held ground since August.",
			[]string{"DEPLOYED state:UKR place:kursk"}, nil},
		{"holding positions in a place, present, demonym owner",
			"Polish troops hold positions in Lviv near the border.",
			[]string{"DEPLOYED state:POL place:lviv"}, nil},
		// Was a near miss ("a state holding territory names no force"); since stop 43's
		// convention 4 the aligned gold gives DEPLOYED for a state holding territory in the
		// place (2 of 2 A documents), so the state's own holding now deploys (h43btroops).
		{"a state holding territory keeps forces there (convention 4)",
			"Kursk, where Ukraine has held territory since August, was shelled again.",
			[]string{"DEPLOYED state:UKR place:kursk"}, []string{"DEPLOYED state:UKR state:RUS"}},
		{"near miss: a where-clause with a place of its own",
			"Lavrov flew to Minsk, where Russian troops were deployed to Brest.",
			[]string{"DEPLOYED state:RUS place:brest"}, []string{"DEPLOYED state:RUS place:minsk"}},
	})
}

// TestRelativeSubjectOfAttackNoun: a relative clause after a comma whose verb group opens it
// has its antecedent as the subject, for an attack noun in it as for a verb ("Russia, which
// has used them in strikes against Kharkiv"); a verb of blocking or opposing a measure takes
// its object as another's act, as a reaction does (sentences of our own).
func TestRelativeSubjectOfAttackNoun(t *testing.T) {
	checkRelations(t, "2024-09-12", []relCase{
		{"which + perfect + nominal strikes in a prepositional phrase",
			"Iran has shipped drones to Russia, which has used them in strikes against Odesa since 2022.",
			[]string{"ATTACKED state:RUS place:odesa"}, []string{"ATTACKED state:IRN place:odesa"}},
		{"which + light verb + plural strikes, possessive target",
			"Washington condemned Israel, which carried out strikes on Lebanon's ports last week.",
			[]string{"ATTACKED state:ISR state:LBN"}, []string{"ATTACKED state:USA state:LBN"}},
		{"near miss: which + a reaction verb: the attack is another's",
			"Japan, which has condemned the strikes on Kharkiv, sent aid.",
			nil, []string{"ATTACKED state:JPN place:kharkiv"}},
		{"near miss: blocked sanctions impose none, main clause",
			"Russia and China have blocked new sanctions on Pyongyang since 2022.",
			nil, []string{"SANCTIONED state:RUS state:PRK", "SANCTIONED state:CHN state:PRK"}},
		{"near miss: opposed sanctions in a relative clause",
			"India, which has opposed sanctions on Iran, abstained.",
			nil, []string{"SANCTIONED state:IND state:IRN"}},
	})
}

// TestForUseAgainst: "for use against X" after a move of goods or forces: whoever then holds
// what was moved uses it against X: the recipient of goods, the sender of troops (sentences
// of our own).
func TestForUseAgainst(t *testing.T) {
	checkRelations(t, "2024-09-12", []relCase{
		{"a transfer noun with its recipient after to",
			"The leaders condemned Iran's transfer of drones to Russia for use against Ukraine.",
			[]string{"ATTACKED state:RUS state:UKR", "SUPPLIED state:IRN state:RUS"}, []string{"ATTACKED state:IRN state:UKR"}},
		{"a recipient-side verb in an accusation, past perfect",
			"Seoul accused Moscow of having bought North Korean shells for use against Ukraine.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"ATTACKED state:PRK state:UKR"}},
		{"a double-object supply verb, present tense",
			"Belarus supplies Russia with ammunition for its use against Ukraine.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"ATTACKED state:BLR state:UKR"}},
		{"troops: the sender uses them",
			"Pyongyang sent 3,000 soldiers to Russia for use against Ukraine last month.",
			[]string{"ATTACKED state:PRK state:UKR", "DEPLOYED state:PRK state:RUS"}, []string{"ATTACKED state:RUS state:UKR"}},
		{"near miss: for use in a theatre names no target",
			"Iran denies supplying drones to Russia for use in Ukraine.",
			nil, []string{"ATTACKED state:RUS state:UKR", "SUPPLIED state:IRN state:UKR"}},
		{"near miss: no move before the phrase",
			"Germany bought the land for use against floods near Hamburg.",
			nil, []string{"ATTACKED state:DEU place:hamburg"}},
	})
}

// TestAttackInstrumentLaunched: the weapons named as the instrument of an attack in its clause
// ("using", "involving", "employing") are launched by the clause's subject (sentences of our
// own).
func TestAttackInstrumentLaunched(t *testing.T) {
	checkRelations(t, "2024-11-08", []relCase{
		{"a strike noun with an involving-phrase, past",
			"Overnight Iran launched a large attack on Israel involving Shahed-136 drones.",
			[]string{"LAUNCHED state:IRN weapon:shahed-136"}, []string{"LAUNCHED state:ISR weapon:shahed-136"}},
		{"an attack verb with a using-phrase after its place, present perfect",
			"Russia has struck Odesa using Kinzhal missiles.",
			[]string{"LAUNCHED state:RUS weapon:kinzhal", "ATTACKED state:RUS place:odesa"}, []string{"LAUNCHED state:UKR weapon:kinzhal"}},
		{"near miss: no attack in the clause",
			"Ukraine tracked the drones using radars supplied by Germany.",
			nil, []string{"LAUNCHED state:UKR weapon:drone"}},
	})
}

// TestCapitalNounApposition: a capital's name right after the noun "capital", with no comma, is
// the city, not the government (sentences of our own).
func TestCapitalNounApposition(t *testing.T) {
	checkRelations(t, "2024-07-09", []relCase{
		{"an attack verb, past",
			"Russian missiles struck the capital Kyiv on Monday.",
			[]string{"ATTACKED state:RUS place:kyiv"}, []string{"ATTACKED state:RUS state:UKR"}},
		{"a gerund after a comma, a list-join after the capital",
			"Russia pounded Ukraine's grid, striking the capital Kyiv as well as Odesa and Lviv.",
			[]string{"ATTACKED state:RUS place:kyiv", "ATTACKED state:RUS place:odesa"}, nil},
		{"a demonym before the capital noun, a strike noun",
			"Israel confirmed its strikes on the Yemeni capital Sanaa.",
			[]string{"ATTACKED state:ISR place:sanaa"}, nil},
		{"near miss: a capital without the noun after a speech verb stays the government",
			"Kyiv said the strikes on Lviv killed four people.",
			nil, []string{"ATTACKED place:kyiv place:lviv"}},
	})
}
