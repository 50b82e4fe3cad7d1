package extract

import "testing"

// TestAttackTargetsAndLeaders covers who attacks what when the text names facilities by a
// demonym ("Ukrainian ports") and attacks by a leader's possessive ("Putin's war"). Every
// sentence is our own.
func TestAttackTargetsAndLeaders(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a demonym before a facility noun is the state attacked",
			"Russian drones struck Ukrainian ports on the Danube overnight.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"the facility noun after an attack noun",
			"Israel's air strikes on Syrian airfields resumed in March.",
			[]string{"ATTACKED state:ISR state:SYR"}, nil},
		{"refineries, with an adjective between",
			"Ukraine's repeated drone attacks on Russian refineries cut fuel exports.",
			[]string{"ATTACKED state:UKR state:RUS"}, nil},
		{"a facility noun makes no state a recipient of other relations",
			"Kazakhstan shipped weapons through Georgian ports last year.",
			nil, []string{"SUPPLIED state:KAZ state:GEO"}},
		{"a head of state's attack is the state's",
			"Putin's invasion of Ukraine in February 2022 changed Europe.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"a head of state's offensive, another wording",
			"Erdogan's offensive against Syria began in October.",
			[]string{"ATTACKED state:TUR state:SYR"}, nil},
		{"a minister's attacks are words, not the state's",
			"Lavrov's attacks on Ukraine in his speech drew applause.",
			nil, []string{"ATTACKED state:RUS state:UKR"}},
		{"a possessor of an earlier noun is no doer of a later one",
			"Blinken's visit follows three trips to Kyiv this year by Lloyd Austin.",
			[]string{"VISITED person:lloyd-austin place:kyiv"}, []string{"VISITED person:antony-blinken place:kyiv"}},
		{"a possessor right before a compound trigger still owns it",
			"Russia's drone strikes on Kyiv continued overnight.",
			[]string{"ATTACKED state:RUS place:kyiv"}, nil},
		{"a leader's own journey stays the person's",
			"Putin's visit to Beijing in May was his first abroad.",
			[]string{"VISITED person:vladimir-putin place:beijing"}, []string{"VISITED state:RUS place:beijing"}},
		{"an article before a state modifying a strike noun makes it a noun, not a verb",
			"Egypt, which is a neighbour, criticised the Israeli strikes as a violation of law.",
			[]string{"CONDEMNED state:EGY state:ISR"}, []string{"ATTACKED state:ISR state:EGY"}},
		{"states joined by a hyphen before an event noun all did it",
			"Iran criticised the U.S.-British strikes on Yemen on Friday.",
			[]string{"CONDEMNED state:IRN state:USA", "CONDEMNED state:IRN state:GBR",
				"ATTACKED state:USA state:YEM", "ATTACKED state:GBR state:YEM"}, nil},
		{"a demonym modifying a weapon noun is no doer of an event",
			"Moscow blamed a Ukrainian air defence missile for the damage.",
			nil, []string{"CONDEMNED state:RUS state:UKR"}},
		{"a state inside a hyphenated modifier is no doer of an attack noun",
			"Russian troops fired Iranian-made missiles at Ukrainian towns, including an attack on Sumy in May.",
			[]string{"ATTACKED state:RUS place:sumy"}, []string{"ATTACKED state:IRN place:sumy"}},
		{"a speaker is no doer of an attack named in the clause it reports",
			"Ahmed Fathy of Egypt said the plan would have allowed further attacks on Rafah.",
			nil, []string{"ATTACKED state:EGY place:rafah"}},
		{"a speech verb whose object the attack noun heads leaves its subject the doer",
			"Israel announced strikes on Hezbollah positions in Lebanon on Monday.",
			[]string{"ATTACKED state:ISR state:LBN"}, nil},
	})
}

// TestAttackByUsingWeapons covers the family "X used WEAPONS against Y": using arms against a
// target attacks it, in any tense and in relative clauses whose head is the weapon. Every
// sentence is our own.
func TestAttackByUsingWeapons(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"an active verb with a weapon object",
			"Azerbaijan used Israeli-made drones against Armenian positions in 2020.",
			[]string{"ATTACKED state:AZE state:ARM"}, nil},
		{"the present tense and a capital for its state",
			"Moscow uses glide bombs against Kharkiv almost every night.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
		{"a relative clause whose head is the weapon",
			"The shells that Russia has used against Ukraine were made in North Korea.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"a relative clause after a comma",
			"Iran built the drones, which Russia has employed against Ukrainian cities.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"a war of aggression against a state, by its possessor",
			"Ministers discussed Russia's war of aggression against Ukraine on Monday.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"a war of aggression in a state",
			"The package answers Moscow's war of aggression in Georgia.",
			[]string{"ATTACKED state:RUS state:GEO"}, nil},
		{"a plural noun after a preposition and a demonym is no verb",
			"The drones will be fired at Ukrainian targets, freeing Russia's own missiles.",
			nil, []string{"ATTACKED state:UKR state:RUS"}},
		{"the same noun with its attacker still attacks",
			"Russia fired drones at Ukrainian targets overnight.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"ATTACKED state:UKR state:RUS"}},
		{"a veto used against a draft attacks nothing",
			"China used its veto against the draft resolution on Myanmar.",
			nil, []string{"ATTACKED state:CHN state:MMR"}},
		{"pressure used against a state attacks nothing",
			"Beijing has used trade pressure against Lithuania since 2021.",
			nil, []string{"ATTACKED state:CHN state:LTU"}},
	})
}
