package extract

import "testing"

// Help joined by "together with" or "along with" to the goods of a verb of giving is more of
// what the giver gives the recipient, not help the recipient lends the giver.
func TestR39BugsTogetherWithHelp(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"together with, after a comma",
			"Norway has provided Moldova with generators, together with humanitarian assistance.",
			[]string{"SUPPORTS state:NOR state:MDA"}, []string{"SUPPORTS state:MDA state:NOR"}},
		{"along with, no comma, another verb",
			"Poland gave Ukraine ammunition along with military aid.",
			[]string{"SUPPORTS state:POL state:UKR"}, []string{"SUPPORTS state:UKR state:POL"}},
		{"near miss: help with which the subject works",
			"Russia built the plant together with Iranian help.",
			[]string{"SUPPORTS state:IRN state:RUS"}, nil},
	})
}

// A body's possessive before a document noun ("The SCO's declaration condemned X") makes the
// body the speaker, as the bare modifier does ("The SCO declaration condemned X").
func TestR39BugsBodyPossessiveDocument(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"possessive before declaration",
			"The SCO's declaration condemned India's strike on Pakistan.",
			[]string{"CONDEMNED inst:sco state:IND"}, nil},
		{"possessive before statement, another verb",
			"NATO's final statement denounced Russia's attacks on Ukraine.",
			[]string{"CONDEMNED inst:nato state:RUS"}, nil},
	})
}

// "several countries, including X" names the targets, as "several states, including X" does.
func TestR39BugsCountriesIncluding(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"criticised several countries, including Finland",
			"Russia criticised several countries, including Finland.",
			[]string{"CONDEMNED state:RUS state:FIN"}, nil},
		{"condemned some countries, including Estonia and Latvia",
			"Belarus condemned some countries, including Estonia and Latvia.",
			[]string{"CONDEMNED state:BLR state:EST", "CONDEMNED state:BLR state:LVA"}, nil},
	})
}

// A name between commas after "Ambassador in <city>" is the ambassador, who is the critic.
func TestR39BugsAmbassadorInCity(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"the U.S. Ambassador in Manila",
			"The U.S. Ambassador in Manila, MaryKay Carlson, criticised China.",
			[]string{"CONDEMNED person:marykay-carlson state:CHN"}, []string{"CONDEMNED state:USA state:CHN"}},
		{"the British Ambassador in Kyiv, another verb",
			"The British Ambassador in Kyiv, Martin Harris, condemned Russia.",
			[]string{"CONDEMNED person:martin-harris state:RUS"}, []string{"CONDEMNED state:GBR state:RUS"}},
	})
}
