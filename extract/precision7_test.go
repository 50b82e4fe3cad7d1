package extract

import "testing"

// TestPrecisionRound7 covers false relations found across every development set in the
// seventh round, one class at a time: sentences of our own in the family of the false
// reading, each beside a true reading of the same family that must still fire.
func TestPrecisionRound7(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// A buyer's source without "from" is named inside the bought object only; a name in a
		// later phrase of the clause ("to use them against X", "for use against X", "among
		// them X") is no seller.
		{"a name after 'against' in a later phrase sells nothing",
			"Armenia has received shipments of howitzers and intends to use them against Azerbaijan.",
			nil, []string{"SUPPLIED state:AZE state:ARM"}},
		{"a name after 'for use against' sells nothing",
			"Serbia's purchase of those drones for use against Kosovo alarmed its neighbours.",
			nil, []string{"SUPPLIED state:XKX state:SRB"}},
		{"a name in an 'among them' list after the object sells nothing",
			"Analysts said Venezuela has been buying parts since 2019, relying on a few partners, among them Cuba and Belarus.",
			nil, []string{"SUPPLIED state:CUB state:VEN", "SUPPLIED state:BLR state:VEN"}},
		{"a demonym inside the bought object still sells",
			"Armenia has bought Indian howitzers and intends to use them against Azerbaijan.",
			[]string{"SUPPLIED state:IND state:ARM"}, []string{"SUPPLIED state:AZE state:ARM"}},
		{"a seller after 'from' still sells",
			"Caracas obtained spare parts for its jets from Belarus last year.",
			[]string{"SUPPLIED state:BLR state:VEN"}, nil},
		{"a demonym in a relative clause's antecedent sells to the clause's buyer",
			"The Iranian drones that Moscow has been buying since 2022 were used against Kyiv.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
	})
}
