package extract

import "testing"

// TestSpeechColonQuotation covers a verb of saying followed by a colon and a quotation on the
// same line ('X said: "..."'): the colon opens the verb's complement, as a bare quotation does,
// so a verdict in it ('"Y's act is reckless"') condemns Y; a colon that opens no quotation
// still ends the verb's phrase. Every sentence is our own.
func TestSpeechColonQuotation(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"a verdict quoted after said and a colon",
			`Foreign Minister Penny Wong said: "China's detention of the writer is unacceptable."`,
			[]string{"CONDEMNED person:penny-wong state:CHN"}, nil},
		{"stated, a colon and a noun verdict",
			`Foreign Minister Luis Gilberto Murillo stated: "Venezuela's seizure of the tanker is a dangerous provocation."`,
			[]string{"CONDEMNED person:luis-gilberto-murillo state:VEN"}, nil},
		{"a quotation with no verdict condemns nobody",
			`President William Ruto said: "Ethiopia's delegation arrived in Nairobi on Monday."`,
			nil, []string{"CONDEMNED person:william-ruto state:ETH"}},
	})
}

// TestRelativeChargeVerb covers a verb of charging (words.tsv charge-verb) before "of" in a
// relative clause whose subject follows the relative pronoun ("X, which Kinshasa accuses of
// ...", "whom the bloc has accused of ...", "which they accuse of ..."): a verb whose object is
// the antecedent, which it condemns, not a noun before "of"; a reduced participle after a
// name ("traders from Uganda accused of smuggling") stays one. Every sentence is our own.
func TestRelativeChargeVerb(t *testing.T) {
	checkRelations(t, "2025-02-10", []relCase{
		{"a state subject after which",
			"The ministers discussed the Wagner Group, which Kyiv accuses of executing prisoners in Mali.",
			[]string{"CONDEMNED state:UKR inst:wagner-group"}, nil},
		{"a group named in the antecedent",
			"The talks in Doha excluded the M23, which Kinshasa accuses of killing civilians in Goma.",
			[]string{"CONDEMNED state:COD inst:m23"}, nil},
		{"a pronoun subject with coordinated antecedents",
			"Somalia and Eritrea said they would leave IGAD, which they accuse of siding with Ethiopia.",
			[]string{"CONDEMNED state:SOM inst:igad", "CONDEMNED state:ERI inst:igad"}, nil},
		{"a reduced participle after a name is no relative verb",
			"Kenya detained three traders from Uganda and Tanzania accused of smuggling rifles to Somalia.",
			nil, []string{"CONDEMNED state:TZA state:KEN", "CONDEMNED state:UGA state:KEN", "CONDEMNED state:TZA state:SOM"}},
	})
}

// TestQuotedParagraphSpeaker covers the press-release layout that sets a minister's words
// apart: a line ending "X said:" (or "stated:") and then a paragraph in quotation marks. The
// paragraph is X's speech, so a verdict opening one of its sentences on a named party's act
// ("Y's transfer of missiles is a dangerous escalation") or a word of blame on a party's war
// condemns that party; a later paragraph that is not quoted is the narrator's again, and a
// line with a verb of saying whose quotation goes on in the same line introduces no paragraph.
// Every sentence is our own.
func TestQuotedParagraphSpeaker(t *testing.T) {
	checkRelations(t, "2025-06-02", []relCase{
		{"a verdict opening the quoted paragraph",
			"Canada has imposed sanctions on Iranian officials.\n\nForeign Minister Anita Anand said:\n\n\"Iran's transfer of drones to Russia is a reckless escalation. Canada will not stand by.\"",
			[]string{"CONDEMNED person:anita-anand state:IRN"}, nil},
		{"a verdict in the paragraph's second sentence, with the speaker in a parenthetical line",
			"The Minister for Foreign Affairs, Tanaka Aiko, speaking in Manila, stated:\n\n\"We stand with the Philippines. China's harassment of Filipino fishermen is unlawful.\"",
			[]string{"CONDEMNED person:tanaka-aiko state:CHN"}, nil},
		{"blame on a party's war, one name in the sentence",
			"Defence Secretary John Healey said:\n\n\"Today we are sending more air defence to Kyiv. Putin's war is illegal.\"",
			[]string{"CONDEMNED person:john-healey person:vladimir-putin"}, nil},
		{"the narrator's paragraph after the quotation",
			"Foreign Minister Anita Anand said:\n\n\"We will keep working with our partners.\"\n\nRussia's strikes on Kharkiv were brutal, according to the report.",
			nil, []string{"CONDEMNED person:anita-anand state:RUS"}},
		{"a quotation that goes on in the line of its verb introduces no paragraph",
			"Foreign Minister Anita Anand said: \"We will keep working with our partners.\" Officials met in Ottawa.\n\nRussia's strikes on Kharkiv are reckless, the report found.",
			nil, []string{"CONDEMNED person:anita-anand state:RUS"}},
		{"no verdict in the quoted paragraph",
			"Foreign Minister Anita Anand said:\n\n\"Brazil's support for the talks is welcome. We will meet again in June.\"",
			nil, []string{"CONDEMNED person:anita-anand state:BRA"}},
	})
}
