package extract

import "testing"

// TestH43Supp covers stop 43's SUPPORTS precision rules (h43supp). Every sentence is our own.
//
// A member's backing of its own body (extractor.go memberOwnBody): when the document makes a
// party a member of a body, a SUPPORTS from that party to the body is membership, not support.
//
// The thanker is never the helper (frames.go thankingVerb, thankedFor, isThanker,
// thankedRightAfter): a help noun in the "for" phrase of a thanking verb, whose source came
// out as the one who thanks, goes to the one thanked right after the verb, or states nothing.
//
// Backing what was said or voted on (triggers.tsv after=no-text on the stance verbs, cues.tsv
// text, relations.go objectHeadIn): "backed claims by X", "backed the text" support no party.
func TestH43Supp(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"members reaffirming their commitment to their own body support no one",
			"Zambia, Malawi and Botswana are members of SADC. Zambia, Malawi and Botswana reaffirmed their commitment to SADC.",
			[]string{"MEMBER_OF state:ZMB inst:sadc"},
			[]string{"SUPPORTS state:ZMB inst:sadc", "SUPPORTS state:MWI inst:sadc", "SUPPORTS state:BWA inst:sadc"}},
		{"a member's support for its own body is membership",
			"Poland is a member of NATO. Poland supported NATO at the summit.",
			[]string{"MEMBER_OF state:POL inst:nato"},
			[]string{"SUPPORTS state:POL inst:nato"}},
		{"negative: a non-member supporting the body still supports it",
			"Poland is a member of NATO. Ukraine supported NATO at the summit.",
			[]string{"SUPPORTS state:UKR inst:nato"}, nil},
		{"negative: a member supporting another party still supports it",
			"Estonia is a member of the European Union. Estonia supports Moldova.",
			[]string{"SUPPORTS state:EST state:MDA"}, nil},
		{"the envoy who thanks for a 'principled stand in support of his country' is helped, not helping",
			"Armenia's envoy, Anna Petrosyan, thanked France for what she called its principled stand in support of her country.",
			[]string{"SUPPORTS state:FRA state:ARM"},
			[]string{"SUPPORTS person:anna-petrosyan state:ARM"}},
		{"the thanking official is no supporter of the third party",
			"Mr. Guterres thanked Norway for its generous assistance to Somalia.",
			[]string{"SUPPORTS state:NOR state:SOM"},
			[]string{"SUPPORTS person:antonio-guterres state:SOM"}},
		{"an anaphor that took the thanker gives way to the thanked state",
			"President Lula thanked Chile for its help to Bolivia.",
			[]string{"SUPPORTS state:CHL state:BOL"},
			[]string{"SUPPORTS person:luiz-inacio-lula-da-silva state:BOL"}},
		{"a thanked name the gazetteer does not know leaves no relation rather than the thanker's",
			"Secretary Rubio thanked Korea for its help to Ukraine.",
			nil, []string{"SUPPORTS person:marco-rubio state:UKR"}},
		{"'what he described as its' support goes from the thanked state",
			"Zelensky thanked Lithuania for what he described as its steadfast support for Ukraine.",
			[]string{"SUPPORTS state:LTU state:UKR"}, nil},
		{"negative: a named possessor after the verb stays the helper",
			"Serbian President Aleksandar Vucic thanked him for Hungary's support for Belgrade.",
			[]string{"SUPPORTS state:HUN state:SRB"}, nil},
		{"negative: gratitude to a helper for help to the speaker's own country",
			"Georgia's foreign minister expressed his gratitude to the European Union for its support.",
			[]string{"SUPPORTS inst:eu state:GEO"}, nil},
		{"backing claims made by two states is agreement, not support of them",
			"Canberra has now endorsed the findings, and Wellington backed claims by Fiji and Samoa that the vessel had been seized.",
			nil, []string{"SUPPORTS state:NZL state:FJI", "SUPPORTS state:NZL state:WSM"}},
		{"backing the text is a vote",
			"Ecuador's envoy said Quito backed the text and welcomed the sanctions announced by Peru.",
			nil, []string{"SUPPORTS state:ECU state:PER"}},
		{"supporting a meeting of a body is no support of the body",
			"Will Indonesia support a Security Council meeting on Myanmar?",
			nil, []string{"SUPPORTS state:IDN inst:unsc"}},
		{"supporting the revised draft on a country supports no party",
			"Ghana supported the revised draft on Sudan.",
			nil, []string{"SUPPORTS state:GHA state:SDN"}},
		{"negative: a party's request or bid is backed with the party",
			"Algeria supported the request of Niger's authorities. Spain backed Morocco's bid to host the talks.",
			[]string{"SUPPORTS state:DZA state:NER", "SUPPORTS state:ESP state:MAR"}, nil},
		{"negative: a report in another verb's object does not undo the support",
			"Cuba supported Venezuela and criticised the report.",
			[]string{"SUPPORTS state:CUB state:VEN"}, nil},
		{"negative: the verbs of help keep a drafting object",
			"Kenya helped Somalia draft a resolution.",
			[]string{"SUPPORTS state:KEN state:SOM"}, nil},
	})
}
