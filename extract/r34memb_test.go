package extract

import "testing"

// TestBodyTitleApposition: an apposition after a person's name that opens with a body's name
// right before the title ("X, the PCG spokesperson", "Y, CENTCOM commander") names the body
// served; a title before a capitalised name is that name's.
func TestBodyTitleApposition(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a body's name and its spokesperson after an article",
			"Captain Luis Ramos, the PCG spokesperson for the Sulu Sea, said the crew was safe.",
			[]string{"OFFICIAL_OF person:luis-ramos inst:pcg"}, nil},
		{"a body's name and a title without an article, at the sentence's end",
			"The strike was confirmed by Harold Quinn, CENTCOM commander.",
			[]string{"OFFICIAL_OF person:harold-quinn inst:centcom"}, nil},
		{"with an indefinite article",
			"Oskar Lind, a NATO spokesperson, said the jets returned to base.",
			[]string{"OFFICIAL_OF person:oskar-lind inst:nato"}, nil},
		{"a body's title before the next capitalised name is not the first person's",
			"Present were Foreign Minister Anders Holm, NATO Commander Piet Vos and others.",
			nil, []string{"OFFICIAL_OF person:anders-holm inst:nato"}},
	})
}

// TestAllyNounLinked: a body's "ally" noun makes members only of the names it describes (an
// apposition, a copula, a list closed by "and other" or "and its"), not of a clause subject
// that merely mentions the allies.
func TestAllyNounLinked(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"an apposition",
			"Romania, a NATO ally, scrambled jets.",
			[]string{"MEMBER_OF state:ROU inst:nato"}, nil},
		{"a list closed by and its",
			"The United States and its NATO allies condemned the strike.",
			[]string{"MEMBER_OF state:USA inst:nato"}, nil},
		{"a subject welcoming what the allies decided",
			"Chile and Peru welcomed the decision by the NATO allies to step up patrols.",
			nil, []string{"MEMBER_OF state:CHL inst:nato", "MEMBER_OF state:PER inst:nato"}},
	})
}

// TestPartnersNounLinked: "<Body> partners" makes members only of the names it describes.
func TestPartnersNounLinked(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a body's partners named after the noun",
			"The AUKUS partners Australia and the United Kingdom signed the deal.",
			[]string{"MEMBER_OF state:AUS inst:aukus", "MEMBER_OF state:GBR inst:aukus"}, nil},
		{"partners of an army accused with it are no members of a body",
			"Rights groups and the U.N. have accused Chadian forces and their Russian partners of killing civilians.",
			nil, []string{"MEMBER_OF state:TCD inst:un"}},
	})
}
