package extract

import "testing"

// TestForcesLocated: a troop noun of a state with "in" + a place right after it, or after a
// copula chain, states where the state's forces are; a place that belongs to another
// predicate, or a target after another preposition, states nothing (sentences of our own).
func TestForcesLocated(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"troop noun with its place right after",
			"Officials say 2,000 Belarusian soldiers in the Bryansk region are on alert.",
			[]string{"DEPLOYED state:BLR place:bryansk"}, nil},
		{"copula and hedge before the place",
			"Thousands of Iranian troops are believed to be in Syria, the report said.",
			[]string{"DEPLOYED state:IRN state:SYR"}, nil},
		{"copula verb before the place",
			"Turkish forces remain in Iraq despite the protests.",
			[]string{"DEPLOYED state:TUR state:IRQ"}, nil},
		{"captured soldiers: the object noun still has its place",
			"Kyiv said its units had captured two Chinese soldiers in the Donetsk region.",
			[]string{"DEPLOYED state:CHN place:donetsk"}, nil},
		{"near miss: the place belongs to the attack verb",
			"Chinese troops attacked an Indian patrol in the Galwan Valley.",
			nil, []string{"DEPLOYED state:CHN place:galwan-valley"}},
		{"near miss: the place belongs to the strike verb",
			"Russian forces struck port facilities in Odesa overnight.",
			nil, []string{"DEPLOYED state:RUS place:odesa"}},
		{"near miss: a troop noun inside another noun's object keeps that noun's target",
			"Seoul condemned North Korea's dispatch of troops to Russia.",
			[]string{"DEPLOYED state:PRK state:RUS"}, nil},
	})
}

// TestPartOfMembership: "part of" a bloc, said with a copula or in apposition, is membership;
// "as part of" an operation or a whole that is no institution states none (sentences of our
// own).
func TestPartOfMembership(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"copula subject is part of a bloc",
			"Moscow is part of the Collective Security Treaty Organization.",
			[]string{"MEMBER_OF state:RUS inst:csto"}, nil},
		{"apposition names the part",
			"Armenia, part of the Eurasian Economic Union, signed the deal.",
			[]string{"MEMBER_OF state:ARM inst:eurasian-economic-union"}, nil},
		{"copula verb and modifier",
			"Norway remains an integral part of NATO.",
			[]string{"MEMBER_OF state:NOR inst:nato"}, nil},
		{"near miss: as part of a mission",
			"Poland sent engineers as part of the EU mission.",
			nil, []string{"MEMBER_OF state:POL inst:eu"}},
	})
}

// TestRestrictiveRelativeOnName: "which" with no comma after a name inside a prepositional
// phrase restricts the head noun before it, so the name is not the relative verb's subject;
// after a comma, or as a clause's own subject, the name still acts (sentences of our own).
func TestRestrictiveRelativeOnName(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"near miss: a sanctions package against a state which targets officials",
			"Canada adopted new measures against Iran which target Syrian officials.",
			nil, []string{"ATTACKED state:IRN state:SYR"}},
		{"near miss: a report on a state which blames another",
			"The panel published a report on Russia which accuses Georgia of shelling.",
			nil, []string{"ATTACKED state:RUS state:GEO"}},
		{"a non-restrictive relative keeps the name",
			"Kyiv thanked Poland, which supplied Ukraine with tanks.",
			[]string{"SUPPLIED state:POL state:UKR"}, nil},
		{"a name as the clause's own subject still acts",
			"Iran has supplied drones to Russia.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
	})
}

// TestPluralNounAfterModifiedPreposition: a plural "-s" trigger word after "on"/"against"/
// "at" and a lower-case modifier is the noun ("attacks on key targets"), so its verb frame
// states nothing; a verb in the present after a subject still does (sentences of our own).
func TestPluralNounAfterModifiedPreposition(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"near miss: simulated attacks on key targets, then a move to a province",
			"The ministry notes that the Chinese side has rehearsed strikes on key targets and blockade of harbours, and that Beijing has moved rocket units to Fujian Province.",
			nil, []string{"ATTACKED state:CHN place:fujian-province"}},
		{"near miss: fire at enemy targets in a sea",
			"The Indian side said Chinese gunners fired at enemy targets and a blockade of the bay near Hainan.",
			nil, []string{"ATTACKED state:CHN place:hainan"}},
		{"a present verb after its subject still states the attack",
			"Israel targets Hezbollah positions in Lebanon almost daily.",
			[]string{"ATTACKED state:ISR state:LBN"}, nil},
	})
}

// TestPartnersOfABloc: a bloc's "partners of" are outside it; named right before the noun
// its partners are its members (sentences of our own).
func TestPartnersOfABloc(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"near miss: partners of NATO are no members",
			"The minister met Australia and New Zealand, partners of NATO in the Pacific.",
			nil, []string{"MEMBER_OF state:AUS inst:nato", "MEMBER_OF state:NZL inst:nato"}},
		{"near miss: an apposition of NATO partners after a verb",
			"Berlin invited Japan, a partner of NATO, to the summit.",
			nil, []string{"MEMBER_OF state:JPN inst:nato"}},
		{"the bloc before the noun names its members",
			"Australia, Britain and the United States, the three AUKUS partners, met in Canberra.",
			[]string{"MEMBER_OF state:AUS inst:aukus"}, nil},
	})
}
