package extract

import "testing"

// TestR14PanelLowercase covers the UN Panel of Experts named in lower case ("the panel of
// experts", "the expert panel") as the mandate a vetoed draft would have renewed: the panel
// is affected as well as the body. Every sentence is our own.
func TestR14PanelLowercase(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"past tense, relative clause with extended",
			"China vetoed a Security Council resolution that would have extended the mandate of the panel of experts.",
			[]string{"VETOED state:CHN inst:un-panel-of-experts"}, nil},
		{"expert panel after a draft resolution, renewed",
			"On Friday Russia vetoed a draft resolution that would have renewed the mandate of the expert panel for a year.",
			[]string{"VETOED state:RUS inst:un-panel-of-experts"}, nil},
		{"near miss: a panel of judges is no panel of experts",
			"Russia vetoed a draft resolution that would have created a panel of judges.",
			nil, []string{"VETOED state:RUS inst:un-panel-of-experts"}},
	})
}

// TestR14GivenHelpModifierList covers a help noun after a give-verb's recipient whose
// modifiers are a list joined by commas and a conjunction ("provide Ukraine with political,
// financial and military support"): the list is inside the noun phrase, so the recipient is
// still the one helped. Every sentence is our own.
func TestR14GivenHelpModifierList(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"future, three modifiers",
			"Canada will continue to provide Moldova with political, economic and military support.",
			[]string{"SUPPORTS state:CAN state:MDA"}, nil},
		{"past double object, two modifiers",
			"Denmark gave Georgia humanitarian and economic aid last winter.",
			[]string{"SUPPORTS state:DNK state:GEO"}, nil},
		{"serial comma",
			"Sweden has given Estonia financial, and military help.",
			[]string{"SUPPORTS state:SWE state:EST"}, nil},
		{"near miss: a second recipient is another clause's",
			"Norway gave Latvia tanks, and Poland financial aid.",
			nil, []string{"SUPPORTS state:NOR state:POL"}},
	})
}

// TestR14ModifierListInObject covers a verb's object whose noun has a list of adjectives
// joined by a conjunction or commas before it ("condemns the illegal and aggressive actions
// of the China Coast Guard"): the list stays inside the noun phrase, so the complement's
// name is the object. Every sentence is our own.
func TestR14ModifierListInObject(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"present, two adjectives, of-complement",
			"Vietnam condemns the illegal and aggressive actions of the China Coast Guard near the reef.",
			[]string{"CONDEMNED state:VNM inst:china-coast-guard"}, nil},
		{"past, three adjectives with commas",
			"Estonia denounced the reckless, dangerous and unprovoked conduct of Russia over the Baltic.",
			[]string{"CONDEMNED state:EST state:RUS"}, nil},
		{"near miss: a coordinated verb phrase is no modifier list",
			"Japan condemned the attack and welcomed the statement of South Korea.",
			nil, []string{"CONDEMNED state:JPN state:KOR"}},
	})
}

// TestR14RepeatedPrepositionAfterArticle covers a list whose members each repeat the
// preposition, the first with an article after it ("the support of the European Union and
// of the UNDP to ..."): the repeated preposition continues the list, as it does without the
// article ("members of NATO and of the European Union"). Every sentence is our own.
func TestR14RepeatedPrepositionAfterArticle(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"support of two bodies, each after of, target after to",
			"Niger welcomed the support of the African Union and of the United Nations to the Accra Initiative.",
			[]string{"SUPPORTS inst:african-union inst:accra-initiative", "SUPPORTS inst:un inst:accra-initiative"}, nil},
		{"sanctions on two states, each after on",
			"Canada imposed sanctions on the Russian Federation and on Belarus last year.",
			[]string{"SANCTIONED state:CAN state:RUS", "SANCTIONED state:CAN state:BLR"}, nil},
		{"near miss: another clause after a comma",
			"Japan pledged the support of the European Union, and of its own navy, to the mission in Somalia.",
			nil, []string{"SUPPORTS state:JPN inst:eu"}},
	})
}

// TestR14ThatClauseCoordinatedVerb covers a speech verb's that-clause, set off from the
// speech verb by a date or adverbial ("said on Tuesday that ..."), whose second coordinated
// verb states the relation ("that they would cancel ... and impose sanctions on Iran Air"):
// the that-clause's subject, or the speaker an unresolved pronoun there stands for, does it.
// Every sentence is our own.
func TestR14ThatClauseCoordinatedVerb(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"pronoun subject, speakers listed, date before that",
			"Canada, Norway and Japan said on Friday that they would recall their envoys from Minsk and impose sanctions on Belarus.",
			[]string{"SANCTIONED state:CAN state:BLR", "SANCTIONED state:NOR state:BLR", "SANCTIONED state:JPN state:BLR"}, nil},
		{"named subject of the that-clause, adverbial before that",
			"Poland announced yesterday that Lithuania had expelled two diplomats and condemned Russia.",
			[]string{"CONDEMNED state:LTU state:RUS"}, []string{"CONDEMNED state:POL state:RUS"}},
		{"near miss: the object of the first verb is no subject",
			"Sweden said on Monday that it would end its agreements with Iran and designate Iran Air.",
			[]string{"SANCTIONED state:SWE inst:iran-air"}, []string{"SANCTIONED state:IRN inst:iran-air"}},
	})
}

// TestR14PronounForAnAct covers a condemning verb whose object is a pronoun standing for an
// act named before it ("Iran's attack was reckless, and the United Kingdom condemns it"):
// the act's possessor, or the doer of the act the previous sentence stated, is the target.
// Every sentence is our own.
func TestR14PronounForAnAct(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"possessor of an attack noun earlier in the sentence",
			"Russia's attack on the port was brutal, and Moldova condemns it in the strongest terms.",
			[]string{"CONDEMNED state:MDA state:RUS"}, nil},
		{"the act of the sentence before",
			"Belarus deployed troops to Poland on Monday. Lithuania strongly condemned it.",
			[]string{"CONDEMNED state:LTU state:BLR"}, nil},
		{"near miss: the pronoun is the subject of another clause",
			"Russia's attack on the port was brutal. Moldova condemned it was not enough.",
			nil, []string{"CONDEMNED state:MDA state:MDA"}},
	})
}

// TestR14BothStates covers "both States" as an anaphor of the two states named before it,
// like "the two states" ("Russia and China have opposed new sanctions since 2022, when both
// States vetoed a draft resolution"). Every sentence is our own.
func TestR14BothStates(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"capitalised, in a when-clause",
			"The Security Council met on Monday. France and the United Kingdom opposed the text in 2019, when both States vetoed a draft resolution.",
			[]string{"VETOED state:FRA inst:unsc", "VETOED state:GBR inst:unsc"}, nil},
		{"lower case, as subject",
			"The Security Council met on Monday. Russia and China objected, and both states vetoed the draft.",
			[]string{"VETOED state:RUS inst:unsc", "VETOED state:CHN inst:unsc"}, nil},
	})
}
