package extract

import "testing"

// TestCondemnerIsNoAttacker: a state that condemns, denounces or protests another's strikes on
// sites near or in named towns is no attacker of those towns; the possessor of the strike noun
// is. A word in -s right after a plural determiner ("several targets", "many attacks") is a
// noun, no verb whose subject is the condemner (sentences of our own).
func TestCondemnerIsNoAttacker(t *testing.T) {
	checkRelations(t, "2024-09-20", []relCase{
		{"condemned, possessor's strikes on depots near two towns",
			"Lebanon condemned Israel's strikes on weapons depots near Tyre and Sidon.",
			[]string{"ATTACKED state:ISR place:tyre", "ATTACKED state:ISR place:sidon"},
			[]string{"ATTACKED state:LBN place:tyre", "ATTACKED state:LBN place:sidon"}},
		{"denounced, the attack on a named airport in a city",
			"Syria denounced the Israeli air strike on the Mezzeh military airport in Damascus on Sunday.",
			[]string{"ATTACKED state:ISR place:damascus"},
			[]string{"ATTACKED state:SYR place:damascus"}},
		{"protested, raids by a state on bases in a region",
			"Iraq protested against Turkey's raids on militant camps in Sinjar and Makhmour this week.",
			[]string{"ATTACKED state:TUR place:sinjar"},
			[]string{"ATTACKED state:IRQ place:sinjar", "ATTACKED state:IRQ place:makhmour"}},
		{"condemned, targets in the condemner, including depots near towns",
			"Lebanon condemned Israel's strikes on several targets in Lebanon, including weapons depots near Tyre and Sidon.",
			[]string{"ATTACKED state:ISR place:tyre", "ATTACKED state:ISR place:sidon"},
			[]string{"ATTACKED state:LBN place:tyre", "ATTACKED state:LBN place:sidon"}},
		{"denounced, raids across a country, including camps in towns",
			"Baghdad strongly denounced the Turkish air raids on positions across northern Iraq, including camps near Sinjar and Makhmour.",
			[]string{"ATTACKED state:TUR place:sinjar"},
			[]string{"ATTACKED state:IRQ place:sinjar", "ATTACKED state:IRQ place:makhmour"}},
		{"criticised, bombardment of sites, among them an airport in a city",
			"Damascus criticised the Israeli bombardment of military sites in Syria, including an air base near Homs.",
			[]string{"ATTACKED state:ISR place:homs"},
			[]string{"ATTACKED state:SYR place:homs"}},
		{"a plural determiner, no possessor, places after the noun",
			"Jordan denounced the shelling of many targets around Irbid and Mafraq overnight.",
			nil,
			[]string{"ATTACKED state:JOR place:irbid", "ATTACKED state:JOR place:mafraq"}},
		{"positive control: the verb after a singular subject",
			"Israel targets several depots near Tyre every week, Lebanese officials said.",
			[]string{"ATTACKED state:ISR place:tyre"}, nil},
	})
}

// TestCoordinatedAgentSubject: a subject of two coordinated unnamed nouns, the first an agent
// noun or weapon class a demonym or state name modifies ("Russian bombers and warships"), acts
// as one: the state of the first conjunct does what the verb says, whether the second conjunct
// is a weapon, a plain noun or opened by an article; a second conjunct with a demonym of its
// own is not read so (sentences of our own).
func TestCoordinatedAgentSubject(t *testing.T) {
	checkRelations(t, "2024-06-22", []relCase{
		{"state name, weapon class, article before the second conjunct",
			"United States bombers and a destroyer struck the military sites at Isfahan and Natanz overnight.",
			[]string{"ATTACKED state:USA place:isfahan", "ATTACKED state:USA place:natanz"}, nil},
		{"demonym, agent noun, plural weapon conjunct",
			"Russian troops and tanks attacked Kharkiv again on Tuesday.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
		{"demonym, agent noun, article and a plain noun",
			"British warplanes and a destroyer bombarded Sanaa on Friday.",
			[]string{"ATTACKED state:GBR place:sanaa"}, nil},
		{"near miss: the second conjunct has its own demonym",
			"Israeli officials and Iranian diplomats visited Oman last week.",
			nil, []string{"VISITED state:ISR place:oman", "VISITED state:ISR state:OMN"}},
	})
}

// TestSpentTimeThere: a person who spends a stretch of time in or at a place has visited it;
// a state spending money there has not (sentences of our own).
func TestSpentTimeThere(t *testing.T) {
	checkRelations(t, "2024-09-05", []relCase{
		{"a count of days in a state",
			"Modi spent three days in Russia before flying on to Austria.",
			[]string{"VISITED person:narendra-modi state:RUS"}, nil},
		{"a weekday at a named building",
			"Emmanuel Macron spent Tuesday at the White House, aides said.",
			[]string{"VISITED person:emmanuel-macron place:white-house"}, nil},
		{"the present, the week in a capital",
			"Lavrov spends the week in Pyongyang.",
			[]string{"VISITED person:sergey-lavrov place:pyongyang"}, nil},
		{"near miss: a state spends money there",
			"Russia spent billions of dollars in Syria.",
			nil, []string{"VISITED state:RUS state:SYR"}},
	})
}

// TestUsedToStrike: "X used Y to strike Z": the user strikes, not the state a demonym before
// the weapon names (sentences of our own).
func TestUsedToStrike(t *testing.T) {
	checkRelations(t, "2024-06-22", []relCase{
		{"used, demonym weapon, to strike",
			"Russia used Iranian drones to strike Odesa overnight.",
			[]string{"ATTACKED state:RUS place:odesa"}, []string{"ATTACKED state:IRN place:odesa"}},
		{"has employed, demonym missiles, to hit",
			"Moscow has employed North Korean missiles to hit Kharkiv.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, []string{"ATTACKED state:PRK place:kharkiv"}},
	})
}

// TestPastVerbEndsEventNoun: a past verb with its own object right after an event noun opens
// the predicate, so the names in that object's complements are not the noun's (sentences of
// our own).
func TestPastVerbEndsEventNoun(t *testing.T) {
	checkRelations(t, "2024-06-22", []relCase{
		{"visit posed no threat to",
			"The Russian visit posed no threat to the United States, the Pentagon said.",
			nil, []string{"VISITED state:RUS state:USA"}},
		{"deployment drew a warning from",
			"The Chinese deployment drew a protest from Japan.",
			nil, []string{"DEPLOYED state:CHN state:JPN"}},
		{"control: visit to a place still read",
			"The Russian visit to Pyongyang lasted two days.",
			[]string{"VISITED state:RUS place:pyongyang"}, nil},
	})
}
