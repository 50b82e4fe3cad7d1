package extract

import "testing"

// TestR15Args covers the argument-finding mechanisms of round 15, shared by every relation
// type: a possessive pronoun that continues the noun phrase before it (an example after
// "including", "notably", "such as") owns its noun as the anaphor resolved it, not the
// clause's subject; so does one before a control noun and "to" + verb ("its attempts to
// place"). Each case is our own sentence, with near misses that must not fire.
func TestR15Args(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'including its' + a launch noun is the possessor before, not the speaker",
			"Chile is alarmed by Iran's expanding missile programme, including its launches of ballistic missiles.",
			[]string{"LAUNCHED state:IRN weapon:ballistic-missile"}, []string{"LAUNCHED state:CHL weapon:ballistic-missile"}},
		{"'notably its' + an attack noun, past tense, another relation",
			"Norway condemned Russia's aggression, notably its strikes on Ukraine.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"ATTACKED state:NOR state:UKR"}},
		{"'such as its' + a supply noun",
			"Peru criticised China's policy, such as its deliveries of drones to Russia.",
			[]string{"SUPPLIED state:CHN state:RUS"}, []string{"SUPPLIED state:PER state:RUS"}},
		{"a joint statement's 'we' does not own 'its' after 'including'",
			"Joint Statement\n\nWe, the governments of Chile, Peru and Norway, condemn the attack.\n\nWe are concerned by Iran's conduct, including its launches of ballistic missiles.",
			[]string{"LAUNCHED state:IRN weapon:ballistic-missile"}, []string{"LAUNCHED state:CHL weapon:ballistic-missile", "LAUNCHED state:NOR weapon:ballistic-missile"}},
		{"after a verb, 'its' is still the clause subject's (near miss: no example word)",
			"Russia condemned Ukraine and renewed its strikes on Kharkiv.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, []string{"ATTACKED state:UKR place:kharkiv"}},
		{"'its attempts to place' satellites: the pronoun's owner places them",
			"Japan is alarmed by Iran's programme and its attempts to place spy satellites into orbit.",
			[]string{"LAUNCHED state:IRN weapon:spy-satellite"}, []string{"LAUNCHED state:JPN weapon:spy-satellite"}},
		{"'its decision to supply', present perfect, another relation",
			"Poland has protested against Belarus and its decision to supply drones to Russia.",
			[]string{"SUPPLIED state:BLR state:RUS"}, []string{"SUPPLIED state:POL state:RUS"}},
		{"'its plan to' after an object control verb: the pronoun's owner, not the urging subject",
			"Norway urged Iran to drop its plan to supply drones to Russia.",
			[]string{"SUPPLIED state:IRN state:RUS"}, []string{"SUPPLIED state:NOR state:RUS"}},
		{"a control noun with no possessor leaves the clause subject (near miss)",
			"Belarus announced a decision to supply drones to Russia.",
			[]string{"SUPPLIED state:BLR state:RUS"}, nil},
	})
}

// TestR15ArgsPassiveRelative: a passive relative clause after a comma ("X, which was
// invaded by Y", "X, who are supported by Y") has its antecedent, the name before the
// comma, as the passive's subject, whatever the relation; "who" never stands for a state.
func TestR15ArgsPassiveRelative(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'which was invaded by', past, an attack",
			"Georgia, which was invaded by Russia in 2008, still seeks NATO membership.",
			[]string{"ATTACKED state:RUS state:GEO"}, nil},
		{"'who are supported by', present, a body as antecedent",
			"The Houthis, who are supported by Iran, have threatened shipping.",
			[]string{"SUPPORTS state:IRN inst:houthis"}, nil},
		{"'which has been sanctioned by', present perfect, a sanction",
			"Rosneft, which has been sanctioned by the European Union, signed a deal on Monday.",
			[]string{"SANCTIONED inst:eu inst:rosneft"}, nil},
		{"'which was signed by' + a coordinated agent list, an agreement",
			"The Treaty of Lima, which was signed by Chile and Peru in 1929, settled the border.",
			[]string{"SIGNED state:CHL agr:treaty-of-lima", "SIGNED state:PER agr:treaty-of-lima"}, nil},
		{"'who' after a state does not stand for the state (near miss)",
			"He thanked Poland, who was praised by Germany for its help.",
			nil, []string{"SUPPORTS state:DEU state:POL", "CONDEMNED state:DEU state:POL"}},
		{"an antecedent that is no name gives the passive no subject (near miss)",
			"The convoy, which was attacked by Russia on Monday, reached Kharkiv.",
			nil, []string{"ATTACKED state:RUS place:kharkiv"}},
	})
}

// TestR15ArgsRelativeNotSubject: a name inside a relative clause set off by commas before
// the main verb (", which is backed by Iran,", ", backed by Iran,") is not the main verb's
// subject; the antecedent is, or nobody when it is of the wrong kind.
func TestR15ArgsRelativeNotSubject(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"a relative clause's agent does not attack for a group the relation refuses",
			"Hamas, which is backed by Iran, attacked Israel on Monday.",
			[]string{"SUPPORTS state:IRN inst:hamas"}, []string{"ATTACKED state:IRN state:ISR"}},
		{"a reduced relative's agent does not fire for the group",
			"The Houthis, armed by Iran, have fired missiles at Israel.",
			[]string{"SUPPORTS state:IRN inst:houthis"}, []string{"ATTACKED state:IRN state:ISR", "LAUNCHED state:IRN weapon:missile"}},
		{"a state antecedent still acts (near miss)",
			"Russia, which is supplied by Iran, struck Ukraine overnight.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"ATTACKED state:IRN state:UKR"}},
		{"a relative clause without an agent leaves the antecedent acting (near miss)",
			"Poland, which borders Belarus, condemned Russia.",
			[]string{"CONDEMNED state:POL state:RUS"}, []string{"CONDEMNED state:BLR state:RUS"}},
	})
}

// TestR15ArgsIncludedWeaponsOfNoun: a launch noun's weapon class followed by ", including"
// and models launches those models too, as a verb does.
func TestR15ArgsIncludedWeaponsOfNoun(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'launches of X, including Y' after a participle",
			"Pakistan continued its programme, conducting launches of ballistic missiles, including intercontinental ballistic missiles, last year.",
			[]string{"LAUNCHED state:PAK weapon:ballistic-missile", "LAUNCHED state:PAK weapon:icbm"}, nil},
		{"a possessor's tests, present perfect",
			"Iran's tests of missiles, including cruise missiles, have alarmed Israel.",
			[]string{"LAUNCHED state:IRN weapon:cruise-missile"}, nil},
		{"', including' + a place is no weapon (near miss)",
			"North Korea conducted launches of ballistic missiles near Japan, including Hokkaido.",
			[]string{"LAUNCHED state:PRK weapon:ballistic-missile"}, []string{"LAUNCHED state:PRK place:hokkaido"}},
	})
}

// TestR15ArgsGappedSources: a recipient verb's objects with their "from" sources listed after
// a bare comma, the verb left out ("receiving troops from North Korea, drones from Iran"),
// name every source; a name after ", and" that a lower-case word follows opens a new clause.
func TestR15ArgsGappedSources(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"a supply: objects and sources after a bare comma, progressive",
			"Russia is receiving shells from North Korea, drones and missiles from Iran.",
			[]string{"SUPPLIED state:PRK state:RUS", "SUPPLIED state:IRN state:RUS"}, nil},
		{"a supply: three conjuncts, past tense",
			"Russia bought shells from North Korea, drones from Iran and rifles from Belarus.",
			[]string{"SUPPLIED state:PRK state:RUS", "SUPPLIED state:IRN state:RUS", "SUPPLIED state:BLR state:RUS"}, nil},
		{"support received: a second conjunct with a coordinated source",
			"Ukraine received financial support from Japan, military support from Poland and Lithuania.",
			[]string{"SUPPORTS state:JPN state:UKR", "SUPPORTS state:POL state:UKR", "SUPPORTS state:LTU state:UKR"}, nil},
		{"', and' + a name + a verb is another clause's subject (near miss)",
			"Russia is receiving drones from Iran, shells from North Korea, and China remains its main partner.",
			[]string{"SUPPLIED state:IRN state:RUS", "SUPPLIED state:PRK state:RUS"}, []string{"SUPPLIED state:CHN state:RUS"}},
		{"a bare comma before a name opens no conjunct (near miss)",
			"Russia receives drones from Iran, Ukraine gets aid from Poland.",
			[]string{"SUPPLIED state:IRN state:RUS"}, []string{"SUPPLIED state:POL state:RUS"}},
	})
}
