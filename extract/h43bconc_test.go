package extract

import "testing"

// Stop 43 (second round), h43bconc: concern about a named actor's act is CONDEMNED from the
// speaker to the actor (testdata/README.md, settled in stop 43, convention 7), with or
// without a degree adjective ("expressed concern over", "voiced concerns about", "its concern
// at"); a war, like a crisis or the fighting, is a situation, and the state it is in is no
// target (words.tsv class situation). Every test text is our own wording.
func TestH43bConcernOver(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"expressed concern over, the possessor's act",
			"Brazil expressed concern over Venezuela's troop movements near the border.",
			[]string{"CONDEMNED state:BRA state:VEN"}, nil},
		{"voiced concerns about, plural, the possessor's act",
			"Kenya voiced concerns about Ethiopia's plan to build a naval base on the Red Sea.",
			[]string{"CONDEMNED state:KEN state:ETH"}, nil},
		{"its concern at, present tense",
			"India conveys its concern at Pakistan's latest missile test.",
			[]string{"CONDEMNED state:IND state:PAK"}, nil},
		{"reiterated concern over, a by-agent",
			"Georgia reiterated concern over the seizure of the ferry by Azerbaijan.",
			[]string{"CONDEMNED state:GEO state:AZE"}, nil},
		{"near miss: concern over a war with no actor named",
			"Ghana expressed concern over the war in Sudan.",
			nil, []string{"CONDEMNED state:GHA state:SDN"}},
		{"near miss: concern about the fighting in a place",
			"Peru voiced concern about the continuing fighting in Haiti.",
			nil, []string{"CONDEMNED state:PER state:HTI"}},
		{"near miss: concern for victims",
			"Chile expressed concern for the displaced families of Armenia.",
			nil, []string{"CONDEMNED state:CHL state:ARM"}},
	})
}

// TestH43bWorriedAbout: being concerned, alarmed, troubled, worried or disturbed about, over
// or at a party's act is a stance against the party, as "by" is (convention 7). Near misses:
// worry about a situation with no actor, worry for victims.
func TestH43bWorriedAbout(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"is worried about, the possessor's act",
			"Uruguay is worried about Argentina's decision to close the bridge.",
			[]string{"CONDEMNED state:URY state:ARG"}, nil},
		{"were alarmed at, a by-agent",
			"Bhutan and Nepal were alarmed at the closure of the border crossings by India.",
			[]string{"CONDEMNED state:BTN state:IND", "CONDEMNED state:NPL state:IND"}, nil},
		{"remains deeply disturbed over, the possessor's act",
			"Serbia remains deeply disturbed over Kosovo's seizure of the Gazivode lake.",
			[]string{"CONDEMNED state:SRB state:UNK"}, nil},
		{"near miss: worried about a situation with no actor",
			"Jamaica is worried about the violence in Haiti.",
			nil, []string{"CONDEMNED state:JAM state:HTI"}},
		{"near miss: worried for victims",
			"Djibouti is worried for the refugees from Somalia.",
			nil, []string{"CONDEMNED state:DJI state:SOM"}},
	})
}
