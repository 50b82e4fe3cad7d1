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

// TestR29BracketList: a body's members listed right after its name, in brackets or after a
// member-group noun and "of", are MEMBER_OF it; a bracketed list after a noun that is no body,
// or a list that runs on into other words, names no member. The sentences are our own.
func TestR29BracketList(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"members in brackets after the body",
			"On Monday the Quad (India, Japan, Australia and the United States) issued a statement on shipping.",
			[]string{"MEMBER_OF state:IND inst:quad asserted/fact", "MEMBER_OF state:JPN inst:quad", "MEMBER_OF state:AUS inst:quad", "MEMBER_OF state:USA inst:quad"}, nil},
		{"a group noun and of before the members",
			"Speaking for the A3 Plus group of Kenya, Ghana and Guyana, the ambassador of Kenya thanked the Council.",
			[]string{"MEMBER_OF state:KEN inst:a3-plus", "MEMBER_OF state:GHA inst:a3-plus", "MEMBER_OF state:GUY inst:a3-plus"}, nil},
		{"near miss: states in brackets after a vote count",
			"The text was adopted with 4 abstentions (Denmark, France, Greece and Malta) at the Security Council on Friday.",
			nil, []string{"MEMBER_OF state:DNK inst:unsc", "MEMBER_OF state:FRA inst:unsc"}},
		{"near miss: a bracketed list that goes on past the states",
			"The European Union (France and Germany in particular) condemned the strike.",
			nil, []string{"MEMBER_OF state:FRA inst:eu", "MEMBER_OF state:DEU inst:eu"}},
	})
}
