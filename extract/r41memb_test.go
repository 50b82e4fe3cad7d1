package extract

import "testing"

// TestSignedAgreementFounders: a participle of founding right after the object of a signing
// verb ("signed a charter establishing X") has the signers as its subject: they found X and
// are its members.
func TestSignedAgreementFounders(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"an unnamed charter, a list of signers",
			"In 1981 Saudi Arabia, Kuwait and Oman signed a charter establishing the Gulf Cooperation Council.",
			[]string{"MEMBER_OF state:SAU inst:gcc", "MEMBER_OF state:KWT inst:gcc", "MEMBER_OF state:OMN inst:gcc"}, nil},
		{"concluded, a comma before the participle",
			"Armenia, Belarus and Kazakhstan concluded a treaty, creating the Collective Security Treaty Organization, in 2002.",
			[]string{"MEMBER_OF state:ARM inst:csto", "MEMBER_OF state:KAZ inst:csto"}, nil},
		{"the signers of the later clause only",
			"Bahrain hosted the talks, and Kuwait and Oman signed a charter establishing the Gulf Cooperation Council.",
			[]string{"MEMBER_OF state:KWT inst:gcc", "MEMBER_OF state:OMN inst:gcc"}, []string{"MEMBER_OF state:BHR inst:gcc"}},
	})
}

// TestParticipationIn: a state's participation in a named body or mission, its possessor or
// its "of" phrase, is membership in that body.
func TestParticipationIn(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"a possessor",
			"Officials in Nairobi confirmed Kenya's participation in the African Union Transition Mission in Somalia.",
			[]string{"MEMBER_OF state:KEN inst:"}, nil},
		{"an of phrase",
			"The summit welcomed the participation of Mongolia in the ASEAN Regional Forum.",
			[]string{"MEMBER_OF state:MNG inst:"}, nil},
		{"no participation, no membership",
			"Mongolia hosted a seminar on the ASEAN Regional Forum.",
			nil, []string{"MEMBER_OF state:MNG inst:asean-regional-forum", "MEMBER_OF state:MNG inst:arf"}},
	})
}

// TestLeadershipIn: a state's leadership in a named body, its possessor or its "of" phrase, is
// a place in that body; leadership "of" a body, or in a region, is none.
func TestLeadershipIn(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"an of phrase, then in",
			"The minister thanked him for the leadership of Canada in the Group of Seven this year.",
			[]string{"MEMBER_OF state:CAN inst:g7"}, nil},
		{"a possessor",
			"Analysts in Oslo praised Norway's leadership in the Nordic Council.",
			[]string{"MEMBER_OF state:NOR inst:nordic-council"}, nil},
		{"leadership in a region names no body",
			"Japan's leadership in Southeast Asia was discussed at the ASEAN meeting.",
			nil, []string{"MEMBER_OF state:JPN inst:asean"}},
	})
}
