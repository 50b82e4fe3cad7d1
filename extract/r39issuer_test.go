package extract

import "testing"

// TestR39IssuerTrailingGroup: a first-person apposition that lists its states first and then
// names the group they form ("We, the Defence Ministers of A, B and C, the three members of
// X,") speaks as the listed states; the group after them describes them and does not speak,
// and each listed state is its member.
func TestR39IssuerTrailingGroup(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"a numbered group of members after the list",
			"Joint Statement\n\nWe, the Defence Ministers of Australia, the United Kingdom and the United States, the three members of AUKUS, met in Canberra.\n\nWe condemn Russia's attacks on Ukrainian ports.",
			[]string{"CONDEMNED state:AUS state:RUS", "CONDEMNED state:USA state:RUS", "MEMBER_OF state:GBR inst:aukus"},
			[]string{"CONDEMNED inst:aukus state:RUS"}},
		{"governments listed, then the participating states of a team, another verb",
			"Joint Statement\n\nWe, the Governments of Canada, Japan, Australia and the United Kingdom, the participating states of the Combined Maritime Forces, today reaffirm our resolve.\n\nWe support the Philippines.",
			[]string{"SUPPORTS state:CAN state:PHL", "SUPPORTS state:GBR state:PHL", "MEMBER_OF state:JPN inst:combined-maritime-forces"},
			[]string{"SUPPORTS inst:combined-maritime-forces state:PHL"}},
		{"an unnumbered group of countries after ministers with a lower-case head",
			"Joint Statement\n\nWe, the Ministers responsible for foreign affairs of Sweden, Norway and Denmark, the countries of the Nordic Council, gathered in Oslo.\n\nWe strongly condemn Iran's transfer of drones to Russia.",
			[]string{"CONDEMNED state:SWE state:IRN", "CONDEMNED state:DNK state:IRN", "MEMBER_OF state:NOR inst:nordic-council"},
			[]string{"CONDEMNED inst:nordic-council state:IRN"}},
		{"a body after the list that is no group of the states still speaks with them",
			"Joint Statement\n\nWe, the Foreign Ministers of France, Germany and Italy, and the High Representative of the European Union, met in Rome.\n\nWe condemn Russia's strikes on Ukraine.",
			[]string{"CONDEMNED state:FRA state:RUS", "CONDEMNED state:ITA state:RUS"},
			[]string{"MEMBER_OF state:FRA inst:eu"}},
	})
}

// TestR39IssuerQuotedNotListed: a "we" inside a quotation is its quoted speaker's, not the
// states a list after "leaders of" or "ministers of" names earlier in the text.
func TestR39IssuerQuotedNotListed(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"a minister quoted after a meeting with listed leaders",
			"Press release\n\nThe Prime Minister will meet the leaders of Denmark, Norway and Finland in Oslo.\n\nForeign Secretary David Lammy said:\n\n\"We will continue to support Ukraine for as long as it takes.\"",
			nil,
			[]string{"SUPPORTS state:DNK state:UKR", "SUPPORTS state:NOR state:UKR"}},
		{"another list head and verb",
			"News release\n\nThe Chancellor hosted the ministers of Poland, Czechia and Slovakia on Monday.\n\nThe German spokesman added:\n\n\"We condemn Iran's transfer of missiles to Russia.\"",
			nil,
			[]string{"CONDEMNED state:POL state:IRN", "CONDEMNED state:SVK state:IRN"}},
	})
}

// TestR39IssuerOpeningOur: "Our" opening a sentence of a text that declared its speakers in a
// "We," apposition is those speakers ("Our support for Ukraine remains unwavering").
func TestR39IssuerOpeningOur(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"our support opening a sentence",
			"Joint Statement\n\nWe, the Foreign Ministers of Estonia, Latvia and Lithuania, met in Vilnius.\n\nOur support for Ukraine remains unwavering.",
			[]string{"SUPPORTS state:EST state:UKR", "SUPPORTS state:LTU state:UKR"}, nil},
		{"our condemnation opening a sentence, another noun",
			"Joint Statement\n\nWe, the Defence Ministers of Poland, Romania and Bulgaria, met in Sofia.\n\nOur condemnation of Russia's strikes on Odesa is unanimous.",
			[]string{"CONDEMNED state:POL state:RUS", "CONDEMNED state:BGR state:RUS"}, nil},
	})
}
