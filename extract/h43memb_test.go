package extract

import "testing"

// TestH43ParticipantNouns: a body's participants are its members (SCHEMA.md, stop 21), in
// apposition, in a copula, before the body and in a fronted "of which" clause; participants
// in something that is no Institution ("the talks") are no members of anything.
func TestH43ParticipantNouns(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"apposition with 'participants in'",
			"Colombia and Ecuador, participants in the Pacific Alliance, met in Quito.",
			[]string{"MEMBER_OF state:COL inst:pacific-alliance", "MEMBER_OF state:ECU inst:pacific-alliance"}, nil},
		{"fronted 'of which' with a participant noun",
			"The Organization of American States, of which Belize is a participant, met in Lima.",
			[]string{"MEMBER_OF state:BLZ inst:organization-of-american-states"}, nil},
		{"the body's name before 'participating State'",
			"Armenia, an OSCE participating State, objected.",
			[]string{"MEMBER_OF state:ARM inst:osce"}, nil},
		{"participants in talks are members of nothing",
			"Participants in the talks included Qatar and Egypt, which hosted the Arab League envoy.",
			nil, []string{"MEMBER_OF state:QAT inst:arab-league", "MEMBER_OF state:EGY inst:arab-league"}},
	})
}

// TestH43EnumeratedMembers: a words.tsv enumerator ("namely") after an agent noun's comma opens
// the full list of its members; an item of another kind in the list is passed over.
func TestH43EnumeratedMembers(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"members, namely a list",
			"The communique was welcomed by all SADC members, namely Angola, Zambia and Malawi.",
			[]string{"MEMBER_OF state:AGO inst:sadc", "MEMBER_OF state:ZMB inst:sadc", "MEMBER_OF state:MWI inst:sadc"}, nil},
		{"a list led by a body",
			"The session was attended by all IGAD participants, namely the African Union, Kenya, Somalia and Djibouti.",
			[]string{"MEMBER_OF state:KEN inst:igad", "MEMBER_OF state:SOM inst:igad", "MEMBER_OF state:DJI inst:igad"},
			[]string{"MEMBER_OF inst:african-union inst:igad"}},
		{"'namely' after a body with no member noun lists no members",
			"The ministers of the CSTO, namely of Armenia and Kazakhstan, met.",
			nil, []string{"MEMBER_OF state:ARM inst:csto", "MEMBER_OF state:KAZ inst:csto"}},
	})
}

// TestH43FrontedMembershipVerbs: the membership verbs read a target preposition fronted with
// "which" ("the Arab League, to which Algeria belongs", "CARICOM, in which Haiti takes part");
// "take part in" needs the body to head its object.
func TestH43FrontedMembershipVerbs(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"'to which' with 'belong'",
			"The Arab League, to which Algeria and Tunisia belong, met in Cairo.",
			[]string{"MEMBER_OF state:DZA inst:arab-league", "MEMBER_OF state:TUN inst:arab-league"}, nil},
		{"'in which' with 'takes part' and companions",
			"The Caribbean Community, in which Haiti takes part alongside Jamaica and Barbados, met.",
			[]string{"MEMBER_OF state:HTI inst:caricom", "MEMBER_OF state:JAM inst:caricom", "MEMBER_OF state:BRB inst:caricom"}, nil},
		{"'takes part in' a body",
			"Somalia takes part in IGAD.",
			[]string{"MEMBER_OF state:SOM inst:igad"}, nil},
		{"a debate of the council is no membership",
			"Rwanda took part in the UN Security Council debate.",
			nil, []string{"MEMBER_OF state:RWA inst:unsc"}},
		{"an unnamed subject of the fronted clause names no member",
			"A statement by the Governments of Kenya and Uganda\n\nWe reaffirm our support for IGAD, in which eight states take part.",
			nil, []string{"MEMBER_OF state:KEN inst:igad", "MEMBER_OF state:UGA inst:igad"}},
		{"a meeting taken part in is no body",
			"Kenya hosted the IGAD envoy at the meeting, in which Uganda took part.",
			nil, []string{"MEMBER_OF state:UGA inst:igad"}},
	})
}

// TestH43ChairsAndLeads: a state that chairs, leads or coordinates a named body holds a place
// in it; a person so titled holds an office (no MEMBER_OF), and a title before a person's name
// is no role of a state named earlier.
func TestH43ChairsAndLeads(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"apposition with a chair",
			"Kenya, the current chair of IGAD, called for calm in Juba.",
			[]string{"MEMBER_OF state:KEN inst:igad"}, nil},
		{"'as' with plural leads",
			"Senegal and Ghana, as co-leads of ECOWAS, briefed the Council.",
			[]string{"MEMBER_OF state:SEN inst:ecowas", "MEMBER_OF state:GHA inst:ecowas"}, nil},
		{"a copula with a coordinator",
			"Barbados is the coordinator of the Caribbean Community this year.",
			[]string{"MEMBER_OF state:BRB inst:caricom"}, nil},
		{"a person chair holds no membership",
			"President Ruto, chair of IGAD, spoke in Nairobi.",
			nil, []string{"MEMBER_OF person:william-ruto inst:igad"}},
		{"the chair's title before a person is not the state's role",
			"Suriname has been informed and has written to the Chair of the Caribbean Community, Prime Minister Mia Mottley, about the incident.",
			nil, []string{"MEMBER_OF state:SUR inst:caricom"}},
	})
}
