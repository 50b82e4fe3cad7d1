package extract

import "testing"

// TestEndorsedSigns: endorsing a text its makers agreed is signing it (triggers.tsv SIGNED
// "endorsed"); a body that endorses one is no signer, and endorsing no agreement signs nothing.
func TestEndorsedSigns(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"two leaders endorse a declaration",
			"In Nairobi, President William Ruto and President Yoweri Museveni endorsed the Lake Victoria Declaration.",
			[]string{"SIGNED person:william-ruto agr:lake-victoria-declaration", "SIGNED person:yoweri-museveni agr:lake-victoria-declaration"}, nil},
		{"a state endorses an accord",
			"Paraguay endorses the Asuncion Accord, the foreign ministry said.",
			[]string{"SIGNED state:PRY agr:asuncion-accord"}, nil},
		{"a body that endorses a declaration signs nothing",
			"The European Union endorsed the Lake Victoria Declaration.",
			nil, []string{"SIGNED inst:eu agr:lake-victoria-declaration"}},
		{"endorsing a candidate signs nothing",
			"Kenya endorsed the candidate of Uganda for the post.",
			nil, []string{"SIGNED state:KEN state:UGA"}},
	})
}

// TestStayingOutside: staying or remaining outside a body states the membership denied
// (triggers.tsv MEMBER_OF "stayed outside", flag ends); staying outside a city or talks is none.
func TestStayingOutside(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"stayed outside a bloc",
			"Norway has stayed outside the European Union since 1994.",
			[]string{"MEMBER_OF state:NOR inst:eu denied"}, nil},
		{"remains outside an alliance",
			"Austria remains outside NATO.",
			[]string{"MEMBER_OF state:AUT inst:nato denied"}, nil},
		{"kept out of a body",
			"Georgia has kept out of the Collective Security Treaty Organization.",
			[]string{"MEMBER_OF state:GEO inst:csto denied"}, nil},
		{"staying outside a city is no membership",
			"Troops from Chad remained outside N'Djamena.",
			nil, []string{"MEMBER_OF state:TCD place:ndjamena"}},
	})
}

// TestTheCourt: "the court" after a named court is that court (coref.tsv named=1); with no
// court named before it, it is no body.
func TestTheCourt(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"the court after the International Criminal Court",
			"The International Criminal Court issued a warrant last year.\n\nRussia is not a member of the court.",
			[]string{"MEMBER_OF state:RUS inst:icc denied"}, nil},
		{"the court with no court named before",
			"Nigeria joined the African Union long ago.\n\nBenin is not a member of the court.",
			nil, []string{"MEMBER_OF state:BEN inst:au"}},
	})
}

// TestPronounLinkedMember: a pronoun is the doer of a linked member noun only through a copula
// or an apposition, as a name is (frames.go pronounLinked).
func TestPronounLinkedMember(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a copula links the pronoun",
			"Foreign Minister Ahmed Saleh arrived in Cairo on Monday. He is a member of the Arab League council.",
			[]string{"MEMBER_OF person:ahmed-saleh inst:arab-league"}, nil},
		{"a pronoun that speaks to members is none",
			"Foreign Minister Ahmed Saleh arrived in Cairo on Monday. He urged members of the Arab League to act.",
			nil, []string{"MEMBER_OF person:ahmed-saleh inst:arab-league"}},
	})
}

// TestCompanionMembers: an agent noun that a comitative governs ("together with participating
// EU member states") names companions of the names before it, not what they are
// (frames.go companionAgent); an apposition still describes them.
func TestCompanionMembers(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"together with member states",
			"Georgia, Moldova and Ukraine were represented by their foreign ministers, together with several EU member states.",
			nil, []string{"MEMBER_OF state:GEO inst:eu", "MEMBER_OF state:MDA inst:eu", "MEMBER_OF state:UKR inst:eu"}},
		{"alongside other members",
			"Armenia was represented at the summit alongside other CSTO members.",
			nil, []string{"MEMBER_OF state:ARM inst:csto"}},
		{"an apposition still names members",
			"Estonia, Latvia and Lithuania, all EU member states, were represented at the meeting.",
			[]string{"MEMBER_OF state:EST inst:eu", "MEMBER_OF state:LVA inst:eu"}, nil},
	})
}

// TestRapporteur: a UN special rapporteur is a title and a role (titles.txt), held for the body
// named before it; the name in apposition after "the ... special rapporteur on X," is its
// holder, a place after the comma is nobody, and the plural names no one. The texts are our own.
func TestRapporteur(t *testing.T) {
	checkEntities(t, []entCase{
		{"a name in apposition after the special rapporteur",
			"The United Nations special rapporteur on Eritrea, Helga Morström, said the report was ready.",
			[]string{"person:helga-morstrom|Helga Morström"}, nil},
		{"a place after the comma is no holder",
			"The special rapporteur on Eritrea, in Geneva, said the report was ready.",
			nil, []string{"person:geneva"}},
	})
	checkRelations(t, "2024-06-01", []relCase{
		{"the rapporteur serves the body named before the role",
			"The United Nations special rapporteur on Eritrea, Helga Morström, said the report was ready.",
			[]string{"OFFICIAL_OF person:helga-morstrom inst:un"}, nil},
		{"an apposition after the body's role",
			"Arms kept flowing, the United Nations special rapporteur on Eritrea, Maria Lopez, said on Monday.",
			[]string{"OFFICIAL_OF person:maria-lopez inst:un"}, nil},
		{"a title before the name",
			"UN Special Rapporteur Maria Lopez visited Asmara on Monday.",
			[]string{"OFFICIAL_OF person:maria-lopez inst:un"}, nil},
		{"plural rapporteurs name no office",
			"The UN rapporteurs met Maria Lopez in Asmara on Monday.",
			nil, []string{"OFFICIAL_OF person:maria-lopez inst:un"}},
	})
}

// TestActingOffice: an apposition's state or body may follow its article past words.tsv
// role-modifier words ("the acting U.S. envoy", "the interim EU representative"): the acting
// office is held for it as the plain one is (officials.go appositionOpen).
func TestActingOffice(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"an acting envoy",
			"Laura Bennett, the acting U.S. envoy, said Washington backed the text.",
			[]string{"OFFICIAL_OF person:laura-bennett state:USA"}, nil},
		{"an interim representative of a body",
			"Pieter Vos, the interim EU representative, said the bloc would respond.",
			[]string{"OFFICIAL_OF person:pieter-vos inst:eu"}, nil},
		{"a person whose apposition is no office",
			"Laura Bennett, a critic of the acting U.S. envoy, said the text was weak.",
			nil, []string{"OFFICIAL_OF person:laura-bennett state:USA"}},
	})
}
