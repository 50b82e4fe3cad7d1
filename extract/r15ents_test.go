package extract

import "testing"

// TestR15Resolutions: a resolution cited with its year in brackets is also named without it,
// as writers cite it elsewhere (checkEntities is in r12ents_test.go).
func TestR15Resolutions(t *testing.T) {
	checkEntities(t, []entCase{
		{"number and year, lower case, after a participle",
			"The panel was set up under resolution 2150 (2014) and reports to the committee.",
			[]string{"agr:unscr-2150|resolution 2150 (2014)", "agr:unscr-2150|resolution 2150"}, nil},
		{"capitalised, with the Council before it, passive",
			"Sanctions were imposed by Security Council Resolution 1903 (2009) on the network.",
			[]string{"agr:unscr-1903|Security Council Resolution 1903"}, nil},
		{"near miss: a paragraph number in brackets is no year",
			"The Council recalled resolution 2150 (paragraph 4).",
			[]string{"agr:unscr-2150|resolution 2150"}, []string{"agr:unscr-2150|resolution 2150 (paragraph 4)"}},
	})
}

// TestR15Aircraft: military aircraft are Weapons, bare or qualified; civil aircraft are not
// (testdata README, stop 21).
func TestR15Aircraft(t *testing.T) {
	checkEntities(t, []entCase{
		{"a count of a force's aircraft, present perfect",
			"The defence ministry has tracked 38 PLA aircraft and nine warships near the island.",
			[]string{"weapon:aircraft|aircraft", "weapon:warship"}, nil},
		{"bare plural in a list, passive",
			"The drones were shot down by British ships and aircraft over the Red Sea.",
			[]string{"weapon:aircraft|aircraft"}, nil},
		{"a demonym before it, as the subject",
			"Reports claimed that Egyptian aircraft had struck a convoy near the border.",
			[]string{"weapon:aircraft|aircraft"}, nil},
		{"a longer class keeps its own entity",
			"Hungary will buy four Gripen fighter aircraft and an aircraft carrier is not on offer.",
			nil, []string{"weapon:aircraft|aircraft"}},
		{"near miss: inside a hyphenated class",
			"Kyiv asked for more anti-aircraft missiles and anti-aircraft guns.",
			nil, []string{"weapon:aircraft"}},
		{"near miss: a civil modifier shared across a coordination",
			"The pact covers attacks on its armed forces, public vessels, or aircraft. Commercial ships and aircraft were warned.",
			nil, []string{"weapon:aircraft"}},
		{"near miss: a design is no weapon",
			"Moscow sold submarine and aircraft designs for cash.",
			nil, []string{"weapon:aircraft"}},
		{"near miss: civil aircraft",
			"Commercial aircraft were diverted, and two civilian aircraft landed in Darwin.",
			nil, []string{"weapon:aircraft"}},
	})
}

// TestR15Monarchs: a title's one-word name takes the regnal number after it.
func TestR15Monarchs(t *testing.T) {
	checkEntities(t, []entCase{
		{"a monarch after honorific and title, as the object",
			"The minister conveyed the greetings of His Majesty King Hamid III to the delegation.",
			[]string{"person:hamid-iii|Hamid III"}, []string{"person:hamid"}},
		{"a queen as the subject, after a date",
			"On Monday, Queen Ingrid IV received the envoy in Oslo.",
			[]string{"person:ingrid-iv|Ingrid IV"}, nil},
		{"near miss: a roman numeral that opens the next clause is no part of the name",
			"The report of Ambassador Lind. II. Findings of the panel follow.",
			nil, []string{"person:lind-ii"}},
	})
}

// TestR15CourtesyApposition: a courtesy word opening an apposition after a title is no word of
// the name; inside a name it still is.
func TestR15CourtesyApposition(t *testing.T) {
	checkEntities(t, []entCase{
		{"an emir in apposition, passive",
			"The envoy was received by the Emir, Sheikh Rashid bin Khalifa Al Nuaimi, in the capital.",
			[]string{"person:rashid-bin-khalifa-al-nuaimi|Rashid bin Khalifa Al Nuaimi"}, []string{"person:sheikh-rashid-bin-khalifa-al-nuaimi"}},
		{"a minister in apposition, speech verb",
			"Bahrain's foreign minister, Sheikh Salman bin Rashid Al Khalifa, said the talks would resume.",
			[]string{"person:salman-bin-rashid-al-khalifa"}, []string{"person:sheikh-salman-bin-rashid-al-khalifa"}},
		{"near miss: a courtesy word inside a name",
			"President Abdi Sheikh Warsame said the talks would resume.",
			[]string{"person:abdi-sheikh-warsame"}, nil},
	})
}

// TestR15Designators: a model's name in capitals before a code of digits and letters, and a
// production block after a designator.
func TestR15Designators(t *testing.T) {
	checkEntities(t, []entCase{
		{"capitals before a mixed code, with a class noun",
			"Washington approved the sale of 120 KESTREL-300B loitering munitions to Taipei.",
			[]string{"weapon:kestrel-300b"}, nil},
		{"capitals before a mixed code, bare, as the subject",
			"The VIPER-12X was tested on Tuesday, the agency said.",
			[]string{"weapon:viper-12x"}, nil},
		{"a production block, plural class noun",
			"Ankara will buy 40 F-16 Block 70 fighters and Athens ordered Su-35 Block 2 jets.",
			[]string{"weapon:f-16-block-70|F-16 Block 70", "weapon:su-35-block-2"}, nil},
		{"near miss: a disease code in capitals",
			"The COVID-19 pandemic delayed the contract.",
			nil, []string{"weapon:covid-19"}},
	})
}

// TestR15DesignatorNickname: a capitalised name right after a designator and before a weapon
// noun belongs to the model's name.
func TestR15DesignatorNickname(t *testing.T) {
	checkEntities(t, []entCase{
		{"a patrol aircraft, as an object after a demonym",
			"A Chinese fighter released flares near an Australian P-8A Poseidon surveillance aircraft.",
			[]string{"weapon:p-8a-poseidon"}, []string{"weapon:poseidon"}},
		{"a transport, passive",
			"The missiles were flown in by a C-17 Globemaster transport aircraft on Friday.",
			[]string{"weapon:c-17-globemaster"}, []string{"weapon:globemaster"}},
		{"a drone the gazetteer knows, plural",
			"Niger asked Washington to withdraw the MQ-9 Reaper drones based at Agadez.",
			[]string{"weapon:mq-9-reaper"}, []string{"weapon:reaper"}},
		{"near miss: a state after the designator",
			"Kyiv received F-16 Norway fighters, the minister said.",
			nil, []string{"weapon:f-16-norway"}},
	})
}

// TestR15IslandAnaphor: "the island" refers to an island state, not to the latest state
// named.
func TestR15IslandAnaphor(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a possessive title after another state speaks",
			"Chinese ships circled Taiwan on Friday in drills that Beijing called punishment for the island's new president, Chen Mei-ling.",
			[]string{"OFFICIAL_OF person:chen-mei-ling state:TWN"}, []string{"OFFICIAL_OF person:chen-mei-ling state:CHN"}},
		{"an island state named before another, passive",
			"Cuba was visited by Russian warships, and Moscow praised the island's leader, Rafael Ortega Diaz.",
			[]string{"OFFICIAL_OF person:rafael-ortega-diaz state:CUB"}, []string{"OFFICIAL_OF person:rafael-ortega-diaz state:RUS"}},
	})
}
