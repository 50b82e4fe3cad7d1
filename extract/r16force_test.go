package extract

import "testing"

// TestCompoundModifierInTargetList: a trigger noun that only modifies a compound head
// (words.tsv compound-head: "launch sites", "test ranges") is no act of its own, so the target
// scan of an attack noun goes on past it to the locative that places the whole list, and to
// the places of targets included after ", including" (sentences of our own).
func TestCompoundModifierInTargetList(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"light verb, list ending in launch sites, a state as locative",
			"Britain conducted strikes on radar sites, drone depots and launch sites in Yemen on Tuesday.",
			[]string{"ATTACKED state:GBR state:YEM"}, nil},
		{"two coordinated subjects, against, launch positions first",
			"France and Italy carried out air strikes against launch positions and weapons depots in Syria.",
			[]string{"ATTACKED state:FRA state:SYR", "ATTACKED state:ITA state:SYR"}, nil},
		{"noun frame, included targets at named places",
			"Washington joined the strikes on Houthi targets in Yemen, including launch sites at Sanaa and Saada.",
			[]string{"ATTACKED state:USA state:YEM", "ATTACKED state:USA place:sanaa", "ATTACKED state:USA place:saada"}, nil},
		{"near miss: a launch site visited is no attack",
			"Putin toured the launch sites in Russia's Amur region with Kim.",
			nil, []string{"ATTACKED state:RUS place:amur-region", "LAUNCHED state:RUS"}},
	})
}

// TestTargetSiteAfterPreposition: a use or firing verb whose target preposition takes an
// unnamed site ("against targets in Ukraine", "at a factory in Dnipro") attacks the place its
// locative names, as a direct object's locative does ("struck targets in Kyiv"). A complement
// ("at the city from Belgorod"), an event ("launched at the summit in Washington"), forces
// ("against troops inside Russia") or an infinitive ("sent a ship to guard the cable in ...")
// gives no place (sentences of our own).
func TestTargetSiteAfterPreposition(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"used against plural targets, a state",
			"Russia has used North Korean missiles against targets in Ukraine since January.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"fired at an article phrase, a city",
			"On Friday Iran fired two rockets at an air base near Erbil.",
			[]string{"ATTACKED state:IRN place:erbil"}, nil},
		{"launched at a list of sites across a region",
			"Israel launched missiles at depots, airfields and radars across southern Lebanon.",
			[]string{"ATTACKED state:ISR state:LBN"}, []string{"ATTACKED state:ISR place:southern-lebanon"}},
		{"near miss: a complement names where it came from",
			"Russia fired the missile at the city from Belgorod.",
			nil, []string{"ATTACKED state:RUS place:belgorod"}},
		{"near miss: an event at a place",
			"The partnership, launched at the summit in Washington last April, has grown.",
			nil, []string{"ATTACKED state:USA place:washington"}},
		{"near miss: forces located in a state",
			"Ukraine fired drones at Russian troops inside Belarus.",
			nil, []string{"ATTACKED state:UKR state:BLR"}},
	})
}

// TestCountedWeaponConjunct: a weapon list goes on past a count word after the conjunction
// ("an ICBM and several cruise missiles", "drones and two Kh-101 missiles"), as past an
// article (words.tsv plural; shared list mechanism, weapon members only) (sentences of our own).
func TestCountedWeaponConjunct(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"test-fired, several after and",
			"Last month North Korea test-fired a hypersonic missile and several cruise missiles.",
			[]string{"LAUNCHED state:PRK weapon:hypersonic-missile", "LAUNCHED state:PRK weapon:cruise-missile"}, nil},
		{"launched, a number word, a named model",
			"Russia launched dozens of drones and two Kinzhal missiles at Lviv overnight.",
			[]string{"LAUNCHED state:RUS weapon:drone", "LAUNCHED state:RUS weapon:kinzhal"}, nil},
		{"near miss: a count after and opens another clause's subject",
			"China fired a ballistic missile and several ministers protested.",
			[]string{"LAUNCHED state:CHN weapon:ballistic-missile"}, nil},
	})
}
