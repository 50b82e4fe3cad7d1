package extract

import "testing"

// TestForceAgainstVessels covers the convention "Force against vessels" (testdata/README.md,
// settled in stop 43): water cannon turned on a state's vessel, with or without an article
// ("used a water cannon against", "fired its water cannon at"), and boarding a state's vessel
// (cues.tsv vessel must complete the object) are ATTACKED from the acting force's state to the
// vessel's state. Boarding a plane is travel, and a boarding to detain or inspect a ship
// (cues.tsv enforcement) enforces the law: neither attacks. Every sentence is our own.
func TestForceAgainstVessels(t *testing.T) {
	checkRelations(t, "2025-04-08", []relCase{
		{"used a water cannon, with an article",
			"Manila said a Chinese coast guard cutter used a water cannon against a Philippine research vessel on Sunday.",
			[]string{"ATTACKED state:CHN state:PHL"}, nil},
		{"fired its water cannon at a fishing boat",
			"Hanoi said a Chinese maritime militia ship fired its water cannon at a Vietnamese fishing boat near the Paracels.",
			[]string{"ATTACKED state:CHN state:VNM"}, nil},
		{"coast guard personnel boarded navy boats",
			"Chinese coast guard personnel armed with machetes boarded Philippine navy boats and wounded two sailors.",
			[]string{"ATTACKED state:CHN state:PHL"}, nil},
		{"commandos boarding a patrol boat",
			"Turkish commandos boarded a Greek patrol boat near the islet on Friday.",
			[]string{"ATTACKED state:TUR state:GRC"}, nil},
		{"sailors boarded a fishing vessel",
			"Venezuelan navy sailors boarded a Guyanese fishing vessel in the disputed waters.",
			[]string{"ATTACKED state:VEN state:GUY"}, nil},
		{"boarding an aircraft is travel",
			"The Indian foreign minister boarded a Russian aircraft in Moscow after the talks.",
			nil, []string{"ATTACKED state:IND state:RUS"}},
		{"boarding to detain a tanker enforces the law",
			"Estonian border guards boarded and detained the tanker Vega, registered in Gabon, on Monday.",
			nil, []string{"ATTACKED state:EST state:GAB"}},
	})
}

// TestForceAgainstCrews covers the people aboard a state's vessels as the target of force
// (words.tsv place-head: personnel, crew, crews, servicemen): a demonym before them names the
// target state, as before "sailors"; shadowing or blocking them is no force (no contact).
// Every sentence is our own.
func TestForceAgainstCrews(t *testing.T) {
	checkRelations(t, "2025-05-20", []relCase{
		{"bladed weapons against personnel, in a list of means",
			"The coast guard of China has used water cannon, blocking manoeuvres and bladed weapons against Philippine personnel near the shoal.",
			[]string{"ATTACKED state:CHN state:PHL"}, nil},
		{"water cannon at a crew",
			"Jakarta said a Chinese coast guard cutter turned its water cannon on Indonesian crews near the Natuna Islands.",
			[]string{"ATTACKED state:CHN state:IDN"}, nil},
		{"a threat to target personnel",
			"Washington warned that Iran could target American personnel in the region.",
			[]string{"ATTACKED state:IRN state:USA"}, nil},
		{"shadowing a crew is no contact",
			"Chinese ships shadowed and blocked Philippine personnel on a resupply run to the shoal.",
			nil, []string{"ATTACKED state:CHN state:PHL"}},
	})
}
