package extract

import "testing"

// TestH43BlameWords: words of blame that judge an act as harming its own doer or as making a
// party to another's wrong, or that call it beyond defence (cues.tsv judgement, h43csrc),
// make a "called"/"described as"/"said ... was" verdict on a party's act condemn the party.
// Sentences written for the test, on other regions than the development documents.
func TestH43BlameWords(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"said the act was a mockery",
			"Malta's ambassador, Vanessa Frazier, said Russia's veto was a mockery of the Charter.",
			[]string{"CONDEMNED person:vanessa-frazier state:RUS asserted/fact"}, nil},
		{"called the act unconscionable",
			"Nairobi called Ethiopia's closure of the border unconscionable.",
			[]string{"CONDEMNED state:KEN state:ETH asserted/fact"}, nil},
		{"described the act as indefensible",
			"Colombia described Venezuela's detention of the journalists as indefensible.",
			[]string{"CONDEMNED state:COL state:VEN asserted/fact"}, nil},
		{"a quotation before its speaker: a dark day",
			"\"Rwanda's incursion is a dark day for the Great Lakes,\" Congolese Foreign Minister Therese Kayikwamba Wagner said.",
			[]string{"CONDEMNED person:therese-kayikwamba-wagner state:RWA asserted/fact"}, nil},
		{"an act of self-harm",
			"Guatemala's delegate, Jose Alberto Sandoval, called Nicaragua's withdrawal from the OAS an act of self-harm.",
			[]string{"CONDEMNED person:jose-alberto-sandoval state:NIC asserted/fact"}, nil},
		{"a message that is no blame condemns nobody",
			"Peru's envoy, Ana Cecilia Gervasi, said Chile's vote was a message of unity.",
			nil, []string{"CONDEMNED person:ana-cecilia-gervasi state:CHL"}},
		{"the noun in narration, with no speaker, condemns nobody",
			"Police in Dhaka arrested an accomplice of the smugglers from Myanmar.",
			nil, []string{"CONDEMNED state:BGD state:MMR"}},
	})
}

// TestH43JoinedIn: "X joined Y in V-ing Z" (frames.go joinedIn): the act of the gerund is done
// by the subject of "join" and by its object, and joining a party in an act is no membership
// of it. Sentences written for the test.
func TestH43JoinedIn(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a state joins a state in condemning",
			"Canada joined the United States in condemning Russia.",
			[]string{"CONDEMNED state:CAN state:RUS asserted/fact", "CONDEMNED state:USA state:RUS asserted/fact"}, nil},
		{"two states join a body in denouncing; no membership",
			"Kenya and Ghana joined the African Union in denouncing Rwanda on Friday.",
			[]string{"CONDEMNED state:KEN state:RWA asserted/fact", "CONDEMNED state:GHA state:RWA asserted/fact", "CONDEMNED inst:african-union state:RWA asserted/fact"},
			[]string{"MEMBER_OF state:KEN inst:african-union", "MEMBER_OF state:GHA inst:african-union"}},
		{"sanctions imposed together",
			"Uruguay joined Brazil in imposing sanctions on Venezuela.",
			[]string{"SANCTIONED state:URY state:VEN asserted/fact", "SANCTIONED state:BRA state:VEN asserted/fact"}, nil},
		{"the joiner after an apposition",
			"Azerbaijan's closest ally, Turkey, has joined Baku in accusing Armenia of sabotage.",
			[]string{"CONDEMNED state:TUR state:ARM asserted/fact", "CONDEMNED state:AZE state:ARM asserted/fact"}, nil},
		{"joining a body in a month is membership",
			"Finland joined NATO in April 2023.",
			[]string{"MEMBER_OF state:FIN inst:nato asserted/fact 2023-04"}, nil},
		{"a refusal to join in an act denies the refuser's, and makes no membership",
			"Serbia refused to join the European Union in sanctioning Russia.",
			[]string{"SANCTIONED state:SRB state:RUS denied"}, []string{"MEMBER_OF state:SRB inst:eu"}},
	})
}

// TestH43TookAim: "took aim at" a party, the journalists' idiom for criticising it
// (triggers.tsv, the harsher verbs of criticism). Sentences written for the test.
func TestH43TookAim(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a leader took aim at a state",
			"Venezuelan President Nicolas Maduro took aim at Guyana on Sunday.",
			[]string{"CONDEMNED person:nicolas-maduro state:GUY asserted/fact 2024-05-26"}, nil},
		{"present tense, a state's act",
			"The Ethiopian prime minister, Abiy Ahmed, takes aim at Egypt's dam diplomacy in his speech.",
			[]string{"CONDEMNED person:abiy-ahmed state:EGY asserted/fact"}, nil},
		{"aiming at an unnamed target condemns nobody",
			"Rebels took aim at a convoy near Goma.",
			nil, []string{"CONDEMNED inst:m23 place:goma"}},
	})
}

// TestH43DismissalWords: words dismissing a party's claims as false or its act as a trespass
// (cues.tsv judgement) in a verdict condemn the party. Sentences written for the test.
func TestH43DismissalWords(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"an encroachment, said",
			"Beijing said Vietnam's island building was an encroachment on Chinese sovereignty.",
			[]string{"CONDEMNED state:CHN state:VNM asserted"}, nil},
		{"a claim dismissed as fake news",
			"Caracas dismissed Guyana's claims as fake news.",
			[]string{"CONDEMNED state:VEN state:GUY asserted/fact"}, nil},
		{"called deception",
			"Yerevan called Azerbaijan's peace offer a deception.",
			[]string{"CONDEMNED state:ARM state:AZE asserted/fact"}, nil},
		{"fake papers in narration condemn nobody",
			"The smugglers carried fake Kenyan passports into Uganda.",
			nil, []string{"CONDEMNED state:KEN state:UGA", "CONDEMNED state:UGA state:KEN"}},
	})
}
