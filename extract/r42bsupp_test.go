package extract

import "testing"

// TestJointProcessPartyNoTarget covers a party named after "with", "between" or "among" and a
// noun of a process done jointly (words.tsv joint-process: "coordination with Korea",
// "negotiations between Armenia and Azerbaijan"): backing the process backs none of its
// parties; backing a party by name still does. Every sentence is our own.
func TestJointProcessPartyNoTarget(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"commitment to coordination with a state",
			"Norway reaffirmed its commitment to closer coordination with Japan on maritime security.",
			nil, []string{"SUPPORTS state:NOR state:JPN"}},
		{"support verb, negotiations between two states",
			"Canada will continue to support direct negotiations between Serbia and Kosovo.",
			nil, []string{"SUPPORTS state:CAN state:SRB", "SUPPORTS state:CAN state:UNK"}},
		{"support noun, dialogue among three states",
			"Chile voiced its support for a regional dialogue among Peru, Bolivia and Ecuador.",
			nil, []string{"SUPPORTS state:CHL state:PER", "SUPPORTS state:CHL state:BOL", "SUPPORTS state:CHL state:ECU"}},
		{"a party backed by name stays a target",
			"Norway reaffirmed its support for Japan.",
			[]string{"SUPPORTS state:NOR state:JPN"}, nil},
		{"a partner of the supporter itself is not a process party",
			"Working with Japan, Norway pledged its support for Ukraine.",
			[]string{"SUPPORTS state:NOR state:UKR"}, nil},
	})
}

// TestDatelineCountryNoParty covers the country a news dateline names after its upper-case
// city ("SEOUL, South Korea —"): like the city, it says where the story was filed and is no
// party of a reciprocal pledge ("commits each country to come to the other's aid") the
// sentence reports. A country after a comma in ordinary prose is still one. Every sentence is
// our own.
func TestDatelineCountryNoParty(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"city, country, em dash",
			"TOKYO, Japan — Russia and Belarus signed a pact on Monday that commits each country to come to the other's aid if it is attacked.",
			[]string{"SUPPORTS state:RUS state:BLR", "SUPPORTS state:BLR state:RUS"},
			[]string{"SUPPORTS state:JPN state:RUS", "SUPPORTS state:RUS state:JPN", "SUPPORTS state:BLR state:JPN"}},
		{"city, country, hyphen",
			"ASTANA, Kazakhstan - Russia and Belarus signed a pact that commits each country to come to the other's aid.",
			[]string{"SUPPORTS state:RUS state:BLR"},
			[]string{"SUPPORTS state:KAZ state:RUS", "SUPPORTS state:RUS state:KAZ"}},
		{"no dateline: a listed country stays a party",
			"Russia and Belarus, Kazakhstan — all three of them — signed a pact that commits each country to come to the other's aid.",
			[]string{"SUPPORTS state:KAZ state:RUS"}, nil},
	})
}

// TestSupplyWithHelpNoun covers a supply verb whose recipient stands right after it and whose
// "with" phrase is a help noun ("has supplied Ukraine with humanitarian aid"): like "provided
// Ukraine with", the subject helps the recipient (words.tsv give-verb); the recipient helps no
// one. Every sentence is our own.
func TestSupplyWithHelpNoun(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"supplied X with aid",
			"Norway has supplied Moldova with emergency aid since the winter.",
			[]string{"SUPPORTS state:NOR state:MDA"}, []string{"SUPPORTS state:MDA state:NOR"}},
		{"furnished X with assistance, apposition on the subject",
			"Ireland, a neutral state, furnished Jordan with medical assistance.",
			[]string{"SUPPORTS state:IRL state:JOR"}, []string{"SUPPORTS state:JOR state:IRL"}},
		{"a with-adjunct of help on an ordinary verb still helps the subject",
			"Armenia rebuilt the bridge with French assistance.",
			[]string{"SUPPORTS state:FRA state:ARM"}, []string{"SUPPORTS state:ARM state:FRA"}},
	})
}
