package extract

import "testing"

// TestR29BracketedAntecedent: a reduced relative (a participle with its "by" agent) after a
// name and its short form in brackets ("the Arctic Coast Guard Forum (ACGF), founded by ...")
// describes the name before the brackets, for every relation a participle states. The
// sentences are our own.
func TestR29BracketedAntecedent(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a body founded by a list, after its short form",
			"Diplomats praised the Multilateral Sanctions Monitoring Team (MSMT), established in 2024 by Japan, Canada and Australia.",
			[]string{"MEMBER_OF state:JPN inst:msmt", "MEMBER_OF state:CAN inst:msmt", "MEMBER_OF state:AUS inst:msmt"}, nil},
		{"an armed group backed by a state, after its other name",
			"The Houthis (Ansar Allah), armed by Iran, fired on a tanker on Sunday.",
			[]string{"SUPPORTS state:IRN inst:houthis"}, nil},
		{"a corps sanctioned by a state, after its short form",
			"Officials from the Islamic Revolutionary Guard Corps (IRGC), sanctioned by Canada last year, declined to comment.",
			[]string{"SANCTIONED state:CAN inst:irgc"}, nil},
		{"near miss: an active verb after the brackets is no reduced relative",
			"The Multilateral Sanctions Monitoring Team (MSMT), which Russia condemned, was praised by Japan.",
			nil, []string{"MEMBER_OF state:RUS inst:msmt", "MEMBER_OF state:JPN inst:msmt"}},
	})
}
