package extract

import "testing"

// A group the speakers name as "We, the Governments of A, B and C" is never continued by a
// later third-person "they" or "them": "them" after a thing is the thing, not the speakers.
func TestR40BugsWeGroupNotThem(t *testing.T) {
	checkRelations(t, "2025-05-29", []relCase{
		{"procurement of them after a We list",
			"We, the Governments of Norway, Denmark and Chile, release this report today. " +
				"We condemn this trade. Iran's sale of drones and Russia's purchase of them violate resolution 2231.",
			nil, []string{"SUPPLIED state:NOR state:RUS", "SUPPLIED state:CHL state:RUS"}},
		{"bought them, another order",
			"We, the Governments of Sweden, Poland and Japan, issue this statement. " +
				"North Korea exported shells, and Russia bought them for its war.",
			nil, []string{"SUPPLIED state:SWE state:RUS", "SUPPLIED state:JPN state:RUS"}},
		{"near miss: a named group is still continued",
			"Sweden, Poland and Japan condemned the launch. They sanctioned North Korea on Monday.",
			[]string{"SANCTIONED state:SWE state:PRK"}, nil},
	})
}

// A verb in the third-person singular after the ", and" that closes a relative clause is no
// conjunct of a first-person main verb ("We deplore this trade, which breaks X, and helps Y":
// the trade helps); a plain conjunct of "We" still shares it.
func TestR40BugsRelativeConjunctAgreement(t *testing.T) {
	checkRelations(t, "2025-05-29", []relCase{
		{"supports after a relative with a list",
			"We, the Governments of Norway, Denmark and Chile, issue this statement. " +
				"We condemn this illegal cooperation, which breaches resolutions 1718, 1874 and 2397, and supports Russia's war against Ukraine.",
			nil, []string{"SUPPORTS state:NOR state:RUS", "SUPPORTS state:CHL state:RUS"}},
		{"backs, adverb before it",
			"We, the Governments of Sweden, Poland and Japan, issue this statement. " +
				"We deplore this arms trade, which violates the embargo, including resolution 2270, and directly backs Russia's offensive.",
			nil, []string{"SUPPORTS state:SWE state:RUS", "SUPPORTS state:JPN state:RUS"}},
	})
}

// "it" after an adverbial that opens its sentence, or its clause after ", and", is the
// subject before it, not the name it last sanctioned or designated.
func TestR40BugsSanctionerPronoun(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"same sentence, after ', and in May'",
			"The European Union sanctioned the Wagner Group in 2023, and in 2024 it sanctioned Rosneft and Lukoil.",
			[]string{"SANCTIONED inst:eu inst:rosneft", "SANCTIONED inst:eu inst:lukoil"},
			[]string{"SANCTIONED inst:wagner-group inst:rosneft"}},
		{"next sentence, after 'In February'",
			"Canada sanctioned Rosneft last year. In February it designated Lukoil as well.",
			[]string{"SANCTIONED state:CAN inst:lukoil"}, []string{"SANCTIONED inst:rosneft inst:lukoil"}},
		{"right after ', and', no adverbial",
			"In October the DPRK sent 11,000 soldiers to the Kursk region, where they fought Ukrainian forces, and it sent 3,000 more troops to Russia in January.",
			[]string{"DEPLOYED state:PRK state:RUS"}, []string{"DEPLOYED state:UKR state:RUS"}},
		{"announced sanctions on firms including one, then it",
			"In March, Japan announced sanctions on four companies, including Rosneft, and last week it sanctioned Gazprom.",
			[]string{"SANCTIONED state:JPN inst:gazprom"}, []string{"SANCTIONED inst:rosneft inst:gazprom"}},
	})
}

// An ambassador's post named by a locative and a described place ("in the city", "in the
// Ukrainian capital") is where the envoy serves: the name after the comma is the envoy, an
// official of the state before the role, not of the place.
func TestR40BugsAmbassadorInDescribedPlace(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"in the city",
			"Russian missiles hit Kyiv on Monday. The British Ambassador in the city, Martin Harris, visited the site.",
			[]string{"OFFICIAL_OF person:martin-harris state:GBR"}, []string{"OFFICIAL_OF person:martin-harris place:kyiv"}},
		{"in the Philippine capital, another verb",
			"Chinese vessels fired water cannon near Manila. The U.S. Ambassador in the Philippine capital, MaryKay Carlson, called the action dangerous.",
			[]string{"OFFICIAL_OF person:marykay-carlson state:USA"}, nil},
		{"named city",
			"The Japanese Ambassador in Kyiv, Kuninori Matsuda, condemned Russia.",
			[]string{"OFFICIAL_OF person:kuninori-matsuda state:JPN"}, nil},
	})
}

// Rejecting statements of a stance (concern, condemnation, criticism) from parties is a stance
// against those parties, unlike rejecting a claim; a real denial still denies.
func TestR40BugsRejectedStanceStatements(t *testing.T) {
	checkRelations(t, "2025-04-02", []relCase{
		{"statements of concern from a list",
			"On Thursday, Moscow rejected statements of concern about the exercise from Finland, Sweden and Norway.",
			[]string{"CONDEMNED state:RUS state:FIN", "CONDEMNED state:RUS state:SWE", "CONDEMNED state:RUS state:NOR"}, nil},
		{"remarks of criticism, present tense",
			"Pyongyang rejects the remarks of criticism from Seoul.",
			[]string{"CONDEMNED state:PRK state:KOR"}, nil},
		{"near miss: a real denial",
			"Moscow denied supplying weapons to Iran.",
			[]string{"SUPPLIED state:RUS state:IRN denied"}, nil},
	})
}
