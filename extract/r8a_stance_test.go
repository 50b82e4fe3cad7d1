package extract

import "testing"

// TestSanctionsImposedByOnPassive covers a penalty noun modified by a passive participle
// whose agent list and target come in either order ("the sanctions imposed by A and B (AB) on
// C", "the sanctions imposed on C by A, B and D"). Every sentence is our own.
func TestSanctionsImposedByOnPassive(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"agents with an acronym in brackets, then the target",
			"The summit denounced the sanctions imposed by ECOWAS and the African Union (AU) on Niger last year.",
			[]string{"SANCTIONED inst:ecowas state:NER", "SANCTIONED inst:african-union state:NER"}, nil},
		{"the target first, then a list of agents",
			"Cuba has weathered the sanctions imposed on Cuba by the United States, Britain and Japan.",
			[]string{"SANCTIONED state:USA state:CUB", "SANCTIONED state:GBR state:CUB", "SANCTIONED state:JPN state:CUB"}, nil},
		{"a pronoun target pointing back to the subject",
			"Venezuela still faces the penalties imposed on it by Canada.",
			[]string{"SANCTIONED state:CAN state:VEN"}, nil},
		{"a non-penalty noun is no sanction",
			"Cuba welcomed the tariff cuts proposed on Monday by Canada and Japan.",
			nil, []string{"SANCTIONED state:CAN state:CUB", "SANCTIONED state:JPN state:CUB"}},
		{"a means of transport after by is no agent",
			"The restrictions imposed on Cuba by ship inspections ended.",
			nil, []string{"SANCTIONED state:CUB state:CUB"}},
	})
}
