package extract

import "testing"

// TestVetoedNamedDraft covers a draft that a document names by its UN document symbol: the
// symbol is an Agreement, and a veto whose target stands for the Council's unnamed draft
// goes to it; with no symbol, or two, the Council stays the target. Every sentence is our own.
func TestVetoedNamedDraft(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"symbol in the same sentence as a negative vote",
			"The Security Council on Monday failed to adopt a draft resolution (document S/2025/118) on Haiti, owing to a negative vote by China, a permanent member.",
			[]string{"VETOED state:CHN agr:s-2025-118"}, []string{"VETOED state:CHN inst:unsc"}},
		{"symbol in the next sentence, two vetoes",
			"The Security Council failed to adopt a draft resolution on Syria, as France and the United Kingdom cast negative votes. The draft (document S/2023/77) received 11 votes in favour.",
			[]string{"VETOED state:FRA agr:s-2023-77", "VETOED state:GBR agr:s-2023-77"}, []string{"VETOED state:FRA inst:unsc"}},
		{"a plain veto of a draft before the symbol",
			"Russia vetoed a Security Council draft resolution on Mali. The text, S/2024/501, had been tabled by Britain.",
			[]string{"VETOED state:RUS agr:s-2024-501"}, nil},
		{"no symbol: the Council is the target",
			"Russia vetoed a Security Council draft resolution on Mali on Friday.",
			[]string{"VETOED state:RUS inst:unsc"}, nil},
		{"two symbols: neither is chosen",
			"Russia vetoed a Security Council draft resolution on Mali. Drafts S/2024/501 and S/2024/502 were tabled.",
			[]string{"VETOED state:RUS inst:unsc"}, []string{"VETOED state:RUS agr:s-2024-501"}},
		{"a report's own symbol on its cover line names no draft",
			"S/2025/310\n\nFinal report of the Panel of Experts\n\nThe Panel recalls that in May 2022 Russia and China vetoed a draft resolution in the Security Council that would have tightened the measures.",
			[]string{"VETOED state:RUS inst:unsc", "VETOED state:CHN inst:unsc"}, []string{"VETOED state:RUS agr:s-2025-310"}},
		{"a symbol cited as a report, not as a draft",
			"Russia vetoed a Security Council draft resolution on Mali. The Secretary-General's report S/2024/77 was noted by members.",
			[]string{"VETOED state:RUS inst:unsc"}, []string{"VETOED state:RUS agr:s-2024-77"}},
		{"a named mandate keeps its body",
			"Russia vetoed a draft resolution (document S/2024/90) that would have renewed the mandate of the Panel of Experts.",
			[]string{"VETOED state:RUS agr:s-2024-90", "VETOED state:RUS inst:un-panel-of-experts"}, nil},
	})
}

// TestWhichCopulaRelative covers a relative clause on a name opened by "which" and a copula
// ("Chile, which is not a member of NATO,"): its subject is the name before the comma, as it
// already was for "who". Every sentence is our own.
func TestWhichCopulaRelative(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"negated membership of one state",
			"Serbia, which is not a member of NATO, sent observers.",
			[]string{"MEMBER_OF state:SRB inst:nato denied/fact"}, nil},
		{"a coordinated antecedent, plural copula",
			"The Security Council met on Monday. Chile and Peru, which are not members of the Security Council, spoke under rule 37.",
			[]string{"MEMBER_OF state:CHL inst:unsc denied/fact", "MEMBER_OF state:PER inst:unsc denied/fact"}, nil},
		{"an asserted membership, past tense",
			"Estonia, which was already a member of the European Union, joined the alliance later.",
			[]string{"MEMBER_OF state:EST inst:eu asserted/fact"}, nil},
		{"which after a thing that is no name makes no subject",
			"Sweden welcomed the new framework, which is not a member of NATO in any sense.",
			nil, []string{"MEMBER_OF state:SWE inst:nato"}},
	})
}

// TestMembershipAntecedents covers two readings of a membership's body: a fronted "of which"
// relative after a name with its acronym in brackets ("the African Union (AU), of which Chad
// is a member"), and "permanent members of the Council" after another council was named later
// than the Security Council (the short form is the row's body's). Every sentence is our own.
func TestMembershipAntecedents(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"fronted relative after an acronym",
			"The Gulf Cooperation Council (GCC), of which Kuwait is a member, also met.",
			[]string{"MEMBER_OF state:KWT inst:gcc"}, nil},
		{"fronted relative with no acronym, as before",
			"The Shanghai Cooperation Organisation, of which Belarus became a member, met.",
			[]string{"MEMBER_OF state:BLR inst:sco"}, nil},
		{"permanent members of the Council after another council",
			"The Security Council met. The Gulf Cooperation Council also met. France and Britain, both permanent members of the Council, spoke.",
			[]string{"MEMBER_OF state:FRA inst:unsc", "MEMBER_OF state:GBR inst:unsc"},
			[]string{"MEMBER_OF state:FRA inst:gcc"}},
		{"plain members of the Council keep the latest council",
			"The Security Council met. The Gulf Cooperation Council also met. Oman, a member of the Council, spoke.",
			[]string{"MEMBER_OF state:OMN inst:gcc"}, []string{"MEMBER_OF state:OMN inst:unsc"}},
	})
}

// TestNumberedPartners covers "the three partners" as a numbered group of states, like "the
// three countries": the latest list of exactly that many states. Every sentence is our own.
func TestNumberedPartners(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"three partners sign",
			"Japan, Australia and India launched a supply chain initiative in 2021. The three partners later signed the Tokyo Accord.",
			[]string{"SIGNED state:JPN agr:tokyo-accord", "SIGNED state:AUS agr:tokyo-accord", "SIGNED state:IND agr:tokyo-accord"}, nil},
		{"four partners condemn",
			"Japan, Australia, India and the United States met in Delhi. All four partners condemned North Korea's launch.",
			[]string{"CONDEMNED state:JPN state:PRK", "CONDEMNED state:IND state:PRK", "CONDEMNED state:USA state:PRK", "CONDEMNED state:AUS state:PRK"}, nil},
		{"a list of two is not three partners",
			"Japan and Australia met in Delhi. The three partners condemned the launch by North Korea.",
			nil, []string{"CONDEMNED state:JPN state:PRK"}},
	})
}

// TestMemberTitleExamples covers a body's member noun before the members it names after "such
// as", "like" or "including" ("EU members such as Sweden"), as it already read "NATO member
// Finland". Every sentence is our own.
func TestMemberTitleExamples(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"such as",
			"The plan may later take in EU members such as Austria and Ireland.",
			[]string{"MEMBER_OF state:AUT inst:eu", "MEMBER_OF state:IRL inst:eu"}, nil},
		{"like, allies",
			"NATO allies like Portugal sent frigates.",
			[]string{"MEMBER_OF state:PRT inst:nato"}, nil},
		{"including",
			"Madrid invited NATO members including Greece.",
			[]string{"MEMBER_OF state:GRC inst:nato"}, nil},
		{"a plain noun before such as names no body",
			"Spain said countries such as Morocco should act.",
			nil, []string{"MEMBER_OF state:MAR state:ESP"}},
	})
}

// TestLodgedProtestWith covers a protest lodged or filed with a party under an adjective of
// degree ("had lodged a strong protest with Pyongyang"), as "a formal protest" already was.
// Every sentence is our own.
func TestLodgedProtestWith(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"strong protest, pluperfect, reported",
			"A spokesman said Seoul had lodged a strong protest with Beijing on Friday.",
			[]string{"CONDEMNED state:KOR state:CHN"}, nil},
		{"stern protest, present",
			"Vietnam files a stern protest with China over the seizure.",
			[]string{"CONDEMNED state:VNM state:CHN"}, nil},
		{"protests, plural",
			"Manila lodged strong protests with Beijing.",
			[]string{"CONDEMNED state:PHL state:CHN"}, nil},
		{"a protest march is no protest with a party",
			"Crowds in Manila held a protest march with banners about Beijing.",
			nil, []string{"CONDEMNED place:manila state:CHN", "CONDEMNED state:PHL state:CHN"}},
	})
}
