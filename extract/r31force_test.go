package extract

import "testing"

// TestR31ForceExampleNoun: a noun of a relation opening an example of an earlier noun of the same
// relation ("including the strike on", "such as the attack on") is done by the earlier noun's
// owner, its named possessor before a pronoun (sentences of our own).
func TestR31ForceExampleNoun(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"including, article and modifier before the noun",
			"The ministers deplored Russia's repeated attacks on energy facilities, including the drone strike on a substation in Kharkiv on 3 March.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
		{"such as, after a pronoun-owned example",
			"We denounce Russia's ongoing aggression, including its deliberate strikes on civilians, such as the missile attack on Zaporizhzhia last week.",
			[]string{"ATTACKED state:RUS place:zaporizhzhia"}, nil},
		{"a by-phrase names the example's own doer",
			"Russia's raids on Sumy, including the attack by Belarus on Chernihiv, were condemned.",
			nil, []string{"ATTACKED state:RUS place:chernihiv"}},
		{"near miss: the earlier noun is of another relation",
			"Iran's backing for Russia, including the attack on Kherson in May, was discussed.",
			nil, []string{"ATTACKED state:IRN place:kherson"}},
	})
}

// TestR31ForceCarried: troops carried, ferried or airlifted somewhere are deployed there by
// their owner; a by-phrase or a subject naming the vehicle is no deployer (sentences of our own).
func TestR31ForceCarried(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"passive, by a vehicle, from ... to",
			"Some 800 Belarusian paratroopers were ferried by Russian navy ships from Baltiysk to Kaliningrad on 4 March.",
			[]string{"DEPLOYED state:BLR place:kaliningrad"}, []string{"DEPLOYED state:RUS place:kaliningrad"}},
		{"passive, aboard a vehicle",
			"The Chadian soldiers were airlifted to Niamey aboard French aircraft.",
			[]string{"DEPLOYED state:TCD place:niamey"}, nil},
		{"near miss: a vehicle subject deploys nobody",
			"Russian navy landing ships carried the soldiers from Baltiysk to Kaliningrad.",
			nil, []string{"DEPLOYED state:RUS place:kaliningrad"}},
		{"near miss: goods carried are no troops",
			"Turkish freighters carried grain to Odesa in May.",
			nil, []string{"DEPLOYED state:TUR place:odesa"}},
	})
}

// TestR31ForcePartitiveOf: part of a force whose state is named in the troop noun's
// postmodifier ("soldiers of X", "troops from X") moves for that state, not for the speaker
// (sentences of our own).
func TestR31ForcePartitiveOf(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"soldiers of the state, many had moved",
			"The envoy of France said that some 4,000 soldiers of Belarus were now in Russia, and that many had moved to the Bryansk region.",
			[]string{"DEPLOYED state:BLR place:bryansk"}, []string{"DEPLOYED state:FRA place:bryansk"}},
		{"troops from the state, some of them",
			"Officials said 3,000 troops from Belarus had been sent to Russia, and some of them had moved to Bryansk.",
			[]string{"DEPLOYED state:BLR place:bryansk"}, nil},
		{"near miss: a postmodifier naming no state",
			"The envoy of France said that 4,000 soldiers of the army were in Russia, and that many had moved to the Bryansk region.",
			nil, []string{"DEPLOYED state:FRA place:bryansk"}},
	})
}

// TestR31ForceParentheticalLight: a light verb's subject before a parenthetical opened by a
// preposition ("with the support of A and B") does the act its object noun names; the names
// inside the parenthetical do not (sentences of our own).
func TestR31ForceParentheticalLight(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"with the support of, carried out strikes on",
			"France and Italy, with the support of Greece, Spain and Portugal, carried out precision strikes on radar sites in Libya.",
			[]string{"ATTACKED state:FRA state:LBY", "ATTACKED state:ITA state:LBY"},
			[]string{"ATTACKED state:GRC state:LBY", "ATTACKED state:ESP state:LBY", "ATTACKED state:PRT state:LBY"}},
		{"near miss: no parenthetical, the list's last name before the verb",
			"Greece said France and Italy carried out strikes on radar sites in Libya.",
			[]string{"ATTACKED state:FRA state:LBY"}, []string{"ATTACKED state:GRC state:LBY"}},
	})
}

// TestR31ForcePenaltyReason: an act noun in the reason phrase of a penalty on a named state
// ("sanctions on X after a series of launches") is that state's act, not the act of the
// clause's subject (sentences of our own).
func TestR31ForcePenaltyReason(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"after a string of launches",
			"Moscow blocked a draft that would have tightened sanctions on Iran after a string of ballistic missile launches.",
			[]string{"LAUNCHED state:IRN weapon:ballistic-missile"}, []string{"LAUNCHED state:RUS weapon:ballistic-missile"}},
		{"over the tests",
			"Beijing opposed new sanctions against North Korea over the cruise missile tests.",
			[]string{"LAUNCHED state:PRK weapon:cruise-missile"}, []string{"LAUNCHED state:CHN weapon:cruise-missile"}},
		{"near miss: no penalty noun before the state",
			"Moscow held talks with Iran after a string of ballistic missile launches.",
			nil, []string{"LAUNCHED state:IRN weapon:ballistic-missile"}},
	})
}

// TestR31ForceIdentifiedWeapon: a later sentence naming the model an earlier launch fired ("the
// missile is believed to have been a ...", "it was a new ...") relates the launch's doer to the
// model (frame ident; sentences of our own).
func TestR31ForceIdentifiedWeapon(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"the missile is believed to have been",
			"Iran fired a ballistic missile towards the Gulf on Monday. Analysts said the missile is believed to have been a medium-range ballistic missile of the Shahab-3 class.",
			[]string{"LAUNCHED state:IRN weapon:shahab-3"}, nil},
		{"it was, with a model",
			"Russia fired a missile at Lviv overnight. The air force later said it was a Kinzhal hypersonic missile.",
			[]string{"LAUNCHED state:RUS weapon:kinzhal"}, nil},
		{"near miss: it was, a verb follows",
			"Russia fired a missile at Lviv overnight. The air force said it was studying a Kinzhal fragment.",
			nil, []string{"LAUNCHED state:RUS weapon:kinzhal"}},
		{"a relative clause naming the missile",
			"Russia fired a new missile at Dnipro on Thursday. The missile, which Moscow later named the Oreshnik, struck a factory.",
			[]string{"LAUNCHED state:RUS weapon:oreshnik"}, nil},
		{"described the weapon as",
			"Russia fired a missile at Lviv overnight. The air force described the weapon as a Kinzhal hypersonic missile.",
			[]string{"LAUNCHED state:RUS weapon:kinzhal"}, nil},
		{"near miss: no earlier launch",
			"Iran supplied drones to Russia. Officials said the weapon was a Shahed-136 drone.",
			nil, []string{"LAUNCHED state:IRN weapon:shahed-136", "LAUNCHED state:RUS weapon:shahed-136"}},
	})
}

// TestR31ForceCrimes: crimes or massacres of a state in or against a place or people attack it
// (sentences of our own).
func TestR31ForceCrimes(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"crimes of X in Y",
			"Syria condemned the crimes of Turkey in Afrin.",
			[]string{"ATTACKED state:TUR place:afrin"}, nil},
		{"massacres committed by X against civilians in Y",
			"Sudan condemned the massacres committed by Ethiopian forces against civilians in Tigray.",
			[]string{"ATTACKED state:ETH place:tigray"}, nil},
		{"near miss: crimes of a gerund name no place",
			"Moscow accused Washington of hiding its crimes of supplying weapons to Ukraine.",
			nil, []string{"ATTACKED state:USA state:UKR"}},
	})
}
