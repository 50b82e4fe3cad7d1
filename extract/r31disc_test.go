package extract

import "testing"

// TestR31Disc covers stop 31's arguments supplied from outside the clause: a definite event
// noun with a weapon as modifier ("the missile launch") stands for the latest event of its
// relation stated before, whose doer is the target of a stance; a name after a speech verb
// that follows an event noun is the subject of the report, not the noun's doer. Sentences of
// our own, with near misses.
func TestR31Disc(t *testing.T) {
	checkRelations(t, "2024-11-04", []relCase{
		{"the missile launch after the launch sentence (CONDEMNED)",
			"The Council met after Iran launched a ballistic missile on Sunday.\n\n" +
				"The envoy of Chile, Ana Ruiz, spoke first. She condemned the missile launch.",
			[]string{"CONDEMNED person:ana-ruiz state:IRN"},
			nil},
		{"the rocket test after the test sentence (CONDEMNED)",
			"Pakistan test-fired a cruise missile on Monday. Japan condemned the missile test on Tuesday.",
			[]string{"CONDEMNED state:JPN state:PAK"},
			nil},
		{"near miss: a possessor before the weapon is the doer, not the latest launcher",
			"Iran launched a ballistic missile on Sunday. Japan condemned Pakistan's missile test.",
			[]string{"CONDEMNED state:JPN state:PAK"},
			[]string{"CONDEMNED state:JPN state:IRN"}},
		{"a name after a speech verb is not the noun's doer (LAUNCHED)",
			"The Council met after Iran launched a ballistic missile on Sunday.\n\n" +
				"Chile condemned the missile launch and said Syria was likely providing Tehran with parts.",
			[]string{"CONDEMNED state:CHL state:IRN"},
			[]string{"LAUNCHED state:SYR weapon:ballistic-missile", "CONDEMNED state:CHL state:SYR"}},
		{"near miss: the agent after the noun with 'by' is still its doer",
			"Japan condemned the missile launch by Iran on Sunday.",
			[]string{"CONDEMNED state:JPN state:IRN"},
			nil},
	})
}

// TestR31Kingdom: "the Kingdom" of a kingdom's own statement is the issuer its first body
// sentence names, not the latest kingdom named.
func TestR31Kingdom(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"the Kingdom after another kingdom named later (SUPPORTS)",
			"Amman, 1 June 2024\n\n" +
				"The Ministry of Foreign Affairs expresses the Hashemite Kingdom of Jordan's condemnation of the strikes.\n\n" +
				"The Kingdom welcomes the decision of the Kingdom of Norway to recognise the State of Palestine.\n\n" +
				"The Kingdom reaffirms its full support for Lebanon.",
			[]string{"SUPPORTS state:JOR state:LBN"},
			[]string{"SUPPORTS state:NOR state:LBN"}},
		{"near miss: a kingdom named only later is no issuer",
			"Amman, 1 June 2024\n\n" +
				"The Cabinet met on Monday.\n\n" +
				"The Cabinet welcomed the decision of the Kingdom of Norway to recognise the State of Palestine.\n\n" +
				"The Kingdom reaffirms its full support for Lebanon.",
			nil,
			[]string{"SUPPORTS state:NOR state:LBN"}},
	})
}

// TestR31FederalGovernment: "The Federal Government" of a federal state's release is the state
// its issuer speaks for, like "the Government"; written in lower case in a report it is none.
func TestR31FederalGovernment(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"The Federal Government of a foreign ministry's statement (CONDEMNED)",
			"Statement by a Federal Foreign Office spokesperson on the situation in Sudan\n\n" +
				"Berlin, 1 June 2024\n\n" +
				"Overnight, the Rapid Support Forces attacked the city of El Fasher.\n\n" +
				"The Federal Government condemns Russia's support for the militia in the strongest terms.",
			[]string{"CONDEMNED state:DEU state:RUS"},
			[]string{"CONDEMNED inst:federal-foreign-office state:RUS"}},
		{"near miss: lower-case federal government in a report",
			"Kenya hosted talks in Nairobi on Monday. Officials said the federal government condemned Russia's attack on Ukraine.",
			nil,
			[]string{"CONDEMNED state:KEN state:RUS"}},
	})
}

// TestR31MinisterFor: "the Minister for Defence" (a title of the form "Minister for/of X") as a
// description is the person the document gave that title, like "the Defence Minister".
func TestR31MinisterFor(t *testing.T) {
	checkRelations(t, "2025-01-28", []relCase{
		{"the Minister for Defence after his by-line title (MET_WITH)",
			"\"We will protect our cables,\" says Minister for Defence Lars Berg.\n\n" +
				"The Minister for Defence spoke by telephone with his Estonian counterpart, Hanno Pevkur, on Monday.",
			[]string{"MET_WITH person:hanno-pevkur person:lars-berg"},
			nil},
		{"near miss: the Minister for Foreign Affairs of another state is a name's title, no anaphor",
			"Minister for Defence Lars Berg met the press. " +
				"The Minister for Foreign Affairs of Estonia condemned Russia's strikes on Ukraine.",
			nil,
			[]string{"CONDEMNED person:lars-berg state:RUS"}},
	})
}

// TestR31HeadOfState: "the Head of State" of a president's own readout is the first person it
// names, not the foreign leader named last.
func TestR31HeadOfState(t *testing.T) {
	checkRelations(t, "2025-02-24", []relCase{
		{"the Head of State after the visitor (SUPPORTS)",
			"President of Moldova Maia Sandu met with Prime Minister of Estonia Kristen Michal in Chisinau.\n\n" +
				"The Head of State thanked Estonia for its support for Ukraine.",
			[]string{"SUPPORTS state:EST state:UKR"},
			nil},
		{"the Head of State is the first person, not the latest (MET_WITH)",
			"President of Moldova Maia Sandu met with Prime Minister of Estonia Kristen Michal in Chisinau.\n\n" +
				"The Head of State also spoke with President of Latvia Edgars Rinkevics.",
			[]string{"MET_WITH person:edgars-rinkevics person:maia-sandu"},
			[]string{"MET_WITH person:edgars-rinkevics person:kristen-michal"}},
		{"near miss: a head of state of a named state is no anaphor",
			"President of Moldova Maia Sandu met with Prime Minister of Estonia Kristen Michal. " +
				"The Head of State of Latvia condemned Russia's attacks on Ukraine.",
			nil,
			[]string{"CONDEMNED person:maia-sandu state:RUS"}},
	})
}
