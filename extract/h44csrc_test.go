package extract

import "testing"

// TestH44OwnVoice: a minister, spokesperson or envoy saying that the state or body they serve
// condemns is that state's condemnation, a fact (ownvoice.go speaksForSource; SCHEMA.md
// Modality rule 1); a person of another state saying so reports it. Sentences written for
// the test, on other regions than the development documents.
func TestH44OwnVoice(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a possessive title before the speaker",
			"Armenia's Foreign Minister Ararat Mirzoyan told reporters that Armenia strongly condemns Azerbaijan.",
			[]string{"CONDEMNED state:ARM state:AZE asserted/fact"}, nil},
		{"an envoy in apposition, the capital as subject of the speech",
			"Ghana's ambassador, Harold Agyeman, said Accra condemned Mali.",
			[]string{"CONDEMNED state:GHA state:MLI asserted/fact"}, nil},
		{"the office of a state before the name",
			"The representative of Guyana, Carolyn Rodrigues-Birkett, said that Georgetown condemns Venezuela.",
			[]string{"CONDEMNED state:GUY state:VEN asserted/fact"}, nil},
		{"name of state",
			"Ahmed Attaf of Algeria said Algeria was deeply concerned by Morocco.",
			[]string{"CONDEMNED state:DZA state:MAR asserted/fact"}, nil},
		{"an office the document stated before",
			"Sri Lankan Foreign Minister Ali Sabry spoke to reporters in Colombo on Monday. Sabry said that Sri Lanka condemns India.",
			[]string{"CONDEMNED state:LKA state:IND asserted/fact"}, nil},
		{"the state's own ministry",
			"Kenya's foreign ministry said in a statement that Kenya condemns Ethiopia.",
			[]string{"CONDEMNED state:KEN state:ETH asserted/fact"}, nil},
		{"an official's account of an earlier act reports it",
			"Ghana's ambassador, Harold Agyeman, said Accra had condemned Mali.",
			[]string{"CONDEMNED state:GHA state:MLI asserted/reported"}, nil},
		{"a speaker of another state reports",
			"Kenyan President William Ruto said Uganda condemned Sudan.",
			[]string{"CONDEMNED state:UGA state:SDN asserted/reported"}, nil},
		{"an unnamed source reports",
			"Officials said Uganda condemned Sudan.",
			[]string{"CONDEMNED state:UGA state:SDN asserted/reported"}, nil},
	})
}

// TestH44OwnSideTargets: those who voice one condemnation together are not its targets
// (relations.go dropCoSourceTargets), unless a reciprocal phrase says they blame each other.
// Sentences written for the test.
func TestH44OwnSideTargets(t *testing.T) {
	checkRelations(t, "2024-07-09", []relCase{
		{"a group's verdict does not target its own members",
			"Chile, Peru and Colombia condemned the seizure of the tanker by Venezuela and Nicaragua. The three governments described the seizure as \"a dangerous escalation\" by both countries.",
			[]string{"CONDEMNED state:CHL state:VEN asserted/fact", "CONDEMNED state:PER state:NIC asserted/fact"},
			[]string{"CONDEMNED state:CHL state:PER", "CONDEMNED state:PER state:CHL", "CONDEMNED state:COL state:CHL"}},
		{"the names inside the object are the speakers' own",
			"Serbia and Croatia criticised the closure of the crossing between Serbia and Croatia.",
			nil, []string{"CONDEMNED state:SRB state:HRV", "CONDEMNED state:HRV state:SRB"}},
		{"a reciprocal keeps both",
			"Armenia and Azerbaijan accused each other of shelling the border.",
			[]string{"CONDEMNED state:ARM state:AZE asserted/fact", "CONDEMNED state:AZE state:ARM asserted/fact"}, nil},
		{"the other targets are kept",
			"Kenya and Ethiopia condemned Somalia and Eritrea.",
			[]string{"CONDEMNED state:KEN state:SOM asserted/fact", "CONDEMNED state:ETH state:ERI asserted/fact"}, nil},
	})
}
