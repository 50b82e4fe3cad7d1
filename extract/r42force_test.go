package extract

import "testing"

// TestR42FiredIntoState: firing into a state strikes it across its border (triggers.tsv row
// "fired ... to=into;dst=State"); a sea, a zone or waters around a state that a missile falls
// into are struck by nobody, and the noun "fire" ("live-fire drills ... moved into") fires
// nothing. The texts are our own.
func TestR42FiredIntoState(t *testing.T) {
	checkRelations(t, "2025-03-10", []relCase{
		{"rockets fired into a neighbour",
			"Eritrean troops fired rockets into Ethiopia overnight, officials said.",
			[]string{"ATTACKED state:ERI state:ETH"}, nil},
		{"missiles fired into a state, past a participle",
			"A week after Armenia launched drones into Azerbaijan for the first time, talks resumed.",
			[]string{"ATTACKED state:ARM state:AZE"}, nil},
		{"into a sea: no target",
			"North Korea fired two ballistic missiles into the East Sea on Monday.",
			nil, []string{"ATTACKED state:PRK place:sea-of-japan"}},
		{"into waters around a state: no target",
			"In 2022 China fired missiles into waters around Taiwan.",
			nil, []string{"ATTACKED state:CHN state:TWN"}},
		{"a live-fire noun fires nothing",
			"Troops from Kenya and Uganda held live-fire drills as the exercise moved into Tanzania.",
			nil, []string{"ATTACKED state:KEN state:TZA", "ATTACKED state:UGA state:TZA"}},
	})
}

// TestR42TownOfTarget: a strike at an unnamed site near or in "the town of X" strikes X
// (frames.go targetSite skips a lower-case place noun and "of"; words.tsv site-head
// "arsenal"); a site named with no place after it strikes nothing. The texts are our own.
func TestR42TownOfTarget(t *testing.T) {
	checkRelations(t, "2025-03-10", []relCase{
		{"an arsenal near the town of",
			"On Monday, Ukrainian forces fired four missiles at an arsenal near the town of Toropets, officials said.",
			[]string{"ATTACKED state:UKR place:toropets"}, nil},
		{"a depot in the city of",
			"Israeli jets fired missiles at a depot in the city of Homs.",
			[]string{"ATTACKED state:ISR place:homs"}, nil},
		{"an arsenal with no place",
			"Ukrainian forces fired four missiles at an arsenal overnight.",
			nil, []string{"ATTACKED state:UKR state:RUS"}},
	})
}

// TestR42SiteInPossessedPlace: a verb's unnamed object site whose locative names a place after
// its state's possessive ("struck a depot in Russia's Belgorod region") strikes the place
// (chunks.go objectOf), not nothing; the possessor of a plain noun in a complement still
// suffers no act of its own. The texts are our own.
func TestR42SiteInPossessedPlace(t *testing.T) {
	checkRelations(t, "2025-03-10", []relCase{
		{"a facility in a state's region",
			"Ukraine struck an oil depot in Russia's Belgorod region early on Monday.",
			[]string{"ATTACKED state:UKR place:belgorod-region"}, nil},
		{"plural sites in a state's region",
			"Russian forces shelled villages in Ukraine's Kharkiv region overnight.",
			[]string{"ATTACKED state:RUS place:kharkiv-region"}, nil},
		{"a complement's possessor of a plain noun",
			"Seoul condemned the obstruction of the Philippines' freedom of navigation.",
			nil, []string{"CONDEMNED state:KOR state:PHL"}},
	})
}
