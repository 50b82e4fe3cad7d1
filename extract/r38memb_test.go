package extract

import "testing"

// TestCapitalisedAllies: NATO's own capitalised "Ally"/"Allies" inside an ordinary sentence
// names NATO members when the document names NATO: the names it titles ("Allies such as") or
// describes through "as" ("welcomed Norway and Denmark as Allies"). A lower-case ally, a
// sentence-opening one, one in a Title Case line and a copula ("X and Y are Allies", said of
// each other) name no member.
func TestCapitalisedAllies(t *testing.T) {
	checkRelations(t, "2025-02-01", []relCase{
		{"the names after a capitalised Allies and such as",
			"NATO ministers met in Brussels. The plan relies on patrols by Allies such as Norway, Poland and Lithuania in the Baltic Sea.",
			[]string{"MEMBER_OF state:NOR inst:nato", "MEMBER_OF state:POL inst:nato", "MEMBER_OF state:LTU inst:nato"}, nil},
		{"a list described as Allies with a determiner and modifier between",
			"NATO leaders gathered in The Hague. The Secretary General greeted Portugal and Greece as our steadfast Allies.",
			[]string{"MEMBER_OF state:PRT inst:nato", "MEMBER_OF state:GRC inst:nato"}, nil},
		{"an aside as Allies after a comma",
			"NATO held its summit in Vilnius. Latvia and Estonia, as Allies, pledged to protect the undersea cables.",
			[]string{"MEMBER_OF state:LVA inst:nato", "MEMBER_OF state:EST inst:nato"}, nil},
		{"lower-case allies are no NATO members",
			"NATO met in Madrid. Japan and Australia, as close allies, signed a defence pact.",
			nil, []string{"MEMBER_OF state:JPN inst:nato", "MEMBER_OF state:AUS inst:nato"}},
		{"a copula of two states says they are allies of each other",
			"NATO opened its summit. Norway and Denmark are now Allies in every sense.",
			nil, []string{"MEMBER_OF state:NOR inst:nato", "MEMBER_OF state:DNK inst:nato"}},
		{"no NATO in the document: no NATO membership",
			"The Secretary greeted Portugal and Greece as our steadfast Allies.",
			nil, []string{"MEMBER_OF state:PRT inst:nato", "MEMBER_OF state:GRC inst:nato"}},
	})
}
