package extract

import "testing"

// TestH44SpeakerLists: a list of named delegates, each given with their state (after "of", in
// brackets, as a possessive, or after the state's office), takes a stance together: every
// person of the list is a source and OFFICIAL_OF their state; the states are not sources
// (testdata/README.md, delegates in UN meeting coverage). relations.go leftGroup
// (holderBeforeOf, pairedConjunct, describedConjunct), frames.go subjectOf
// (bracketedStateHolder) and relations.go dropBracketedOwnState. Sentences written for the
// test, on the AU, OAS, OSCE and Security Council.
func TestH44SpeakerLists(t *testing.T) {
	checkRelations(t, "2024-06-03", []relCase{
		{"names with 'of' and their states",
			"At the Peace and Security Council, Martin Kimani of Kenya and Harold Agyeman of Ghana denounced Sudan.",
			[]string{"CONDEMNED person:martin-kimani state:SDN asserted/fact", "CONDEMNED person:harold-agyeman state:SDN asserted/fact",
				"OFFICIAL_OF person:martin-kimani state:KEN", "OFFICIAL_OF person:harold-agyeman state:GHA"},
			[]string{"CONDEMNED state:KEN state:SDN", "CONDEMNED state:GHA state:SDN"}},
		{"three names with 'of', a serial list",
			"At the OAS Permanent Council, Martin Kimani of Kenya, Harold Agyeman of Ghana and Vanessa Frazier of Malta condemned Venezuela.",
			[]string{"CONDEMNED person:martin-kimani state:VEN", "CONDEMNED person:harold-agyeman state:VEN", "CONDEMNED person:vanessa-frazier state:VEN"},
			[]string{"CONDEMNED state:KEN state:VEN", "CONDEMNED state:GHA state:VEN"}},
		{"a state's possessive office and the holder in apposition",
			"Kenya's ambassador, Martin Kimani, and Ghana's envoy, Harold Agyeman, condemned Sudan.",
			[]string{"CONDEMNED person:martin-kimani state:SDN", "CONDEMNED person:harold-agyeman state:SDN",
				"OFFICIAL_OF person:martin-kimani state:KEN", "OFFICIAL_OF person:harold-agyeman state:GHA"}, nil},
		{"a plural office of states, each with its holder",
			"At the OSCE, the delegates of Armenia, Vahe Gevorgyan, and Georgia, Nino Kalandadze, criticised Azerbaijan.",
			[]string{"CONDEMNED person:vahe-gevorgyan state:AZE", "CONDEMNED person:nino-kalandadze state:AZE",
				"OFFICIAL_OF person:vahe-gevorgyan state:ARM", "OFFICIAL_OF person:nino-kalandadze state:GEO"},
			[]string{"CONDEMNED state:ARM state:AZE", "CONDEMNED state:GEO state:AZE"}},
		{"two described offices, each with its holder",
			"The Foreign Minister of Armenia, Ararat Mirzoyan, and the Foreign Minister of Georgia, Ilia Darchiashvili, criticised Azerbaijan.",
			[]string{"CONDEMNED person:ararat-mirzoyan state:AZE", "CONDEMNED person:ilia-darchiashvili state:AZE"},
			[]string{"CONDEMNED state:ARM state:AZE", "CONDEMNED state:GEO state:AZE"}},
		{"possessive states before the names",
			"Kenya's Ambassador Martin Kimani and Ghana's Ambassador Harold Agyeman expressed support for Somalia.",
			[]string{"SUPPORTS person:martin-kimani state:SOM", "SUPPORTS person:harold-agyeman state:SOM"}, nil},
		{"bracketed states, as meeting coverage names speakers",
			"Martin Kimani (Kenya) and Harold Agyeman (Ghana) condemned Sudan.",
			[]string{"CONDEMNED person:martin-kimani state:SDN", "CONDEMNED person:harold-agyeman state:SDN"},
			[]string{"CONDEMNED state:KEN state:SDN", "CONDEMNED state:GHA state:SDN"}},
		{"one bracketed speaker",
			"Vanessa Frazier (Malta) criticised Sudan for blocking aid.",
			[]string{"CONDEMNED person:vanessa-frazier state:SDN"}, []string{"CONDEMNED state:MLT state:SDN"}},
		{"the speaker's own bracketed state is no target",
			"Martin Kimani (Kenya) denounced the vetoes cast by Kenya and Ghana last month.",
			[]string{"CONDEMNED person:martin-kimani state:GHA"}, []string{"CONDEMNED person:martin-kimani state:KEN"}},
		// Negative cases: a list of states after a person's "of", and an unnamed office holder,
		// stay with the states.
		{"a person of one state and another state",
			"Martin Kimani of Kenya and Ghana condemned Sudan.",
			[]string{"CONDEMNED state:GHA state:SDN"}, nil},
		{"an unnamed office before the list is the state",
			"The ambassador of Kenya and Ambassador Harold Agyeman condemned Sudan.",
			[]string{"CONDEMNED state:KEN state:SDN", "CONDEMNED person:harold-agyeman state:SDN"}, nil},
		{"states and holders in a plain list of places are not paired",
			"In Nairobi, Martin Kimani met Harold Agyeman, and Ghana condemned Sudan.",
			nil, []string{"CONDEMNED person:harold-agyeman state:SDN", "CONDEMNED person:martin-kimani state:SDN"}},
	})
}
