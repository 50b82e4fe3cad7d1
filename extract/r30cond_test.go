package extract

import "testing"

// Round 30, CONDEMNED and SANCTIONED. Every test text is our own wording. The miss classes of
// heldout24-31, corpus and dev3 are in testdata/cond-misses-r30.md.

// TestR30CallToCease: a call on a named party to stop, cease, halt, withdraw or refrain
// (cues.tsv class cessation at the object's first "to") and "holds X responsible" (class onus)
// are stances against that party. Near misses: a call to do something else, a call on all
// parties, "held talks", a call someone else reports.
func TestR30CallToCease(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"call on, two addressees, adverb before the verb",
			"Canada called on Iran and Belarus to immediately cease their transfers of drones.",
			[]string{"CONDEMNED state:CAN state:IRN", "CONDEMNED state:CAN state:BLR"}, nil},
		{"urge, present tense, refrain from",
			"Australia urges China to refrain from unsafe intercepts over the Yellow Sea.",
			[]string{"CONDEMNED state:AUS state:CHN"}, nil},
		{"pressed, withdraw",
			"Poland pressed Belarus to withdraw the units it had moved to the border.",
			[]string{"CONDEMNED state:POL state:BLR"}, nil},
		{"holds fully responsible, coordinated objects",
			"Ukraine holds Russia and Iran fully responsible for the attack on the power plant.",
			[]string{"CONDEMNED state:UKR state:RUS", "CONDEMNED state:UKR state:IRN"}, nil},
		{"held accountable, past tense",
			"The Philippines held China accountable for the injuries to its sailors.",
			[]string{"CONDEMNED state:PHL state:CHN"}, nil},
		{"near miss: a call to use influence asks for help",
			"Germany called on China to use its influence on Moscow.",
			nil, []string{"CONDEMNED state:DEU state:CHN"}},
		{"near miss: a call on all parties names no target",
			"Norway called on all parties to cease hostilities in Sudan.",
			nil, []string{"CONDEMNED state:NOR state:SDN"}},
		{"near miss: the call is another speaker's, reported",
			"Seoul said Tokyo had urged Beijing to stop the drills near Okinawa.",
			[]string{"CONDEMNED state:JPN state:CHN"}, []string{"CONDEMNED state:KOR state:CHN"}},
		{"near miss: held talks",
			"Japan held talks with India on maritime security.",
			nil, []string{"CONDEMNED state:JPN state:IND"}},
	})
}

// TestR30ConcernedBy: being concerned or alarmed by a party's act is a stance against the
// party (the settled block of testdata/README.md). Near misses: concern about a hypothetical
// act, concern over a situation with no actor, concern for victims.
func TestR30ConcernedBy(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"is deeply concerned by, the possessor's act",
			"New Zealand is deeply concerned by China's live-fire drills in the Tasman Sea.",
			[]string{"CONDEMNED state:NZL state:CHN"}, nil},
		{"remained gravely alarmed by, the act's by-agent",
			"Norway remained gravely alarmed by the shelling of Kharkiv by Russia.",
			[]string{"CONDEMNED state:NOR state:RUS"}, nil},
		{"were troubled by, past tense",
			"Ghana and Kenya were troubled by Mali's expulsion of the French ambassador.",
			[]string{"CONDEMNED state:GHA state:MLI", "CONDEMNED state:KEN state:MLI"}, nil},
		// h43bconc: convention 7 (settled in stop 43) counts concern about a feared act of a
		// named party ("concerned that Russia may transfer technology") as CONDEMNED.
		{"concern about a feared act of a named party",
			"Canada is deeply concerned about any sale of fighter jets by Russia to Iran.",
			[]string{"CONDEMNED state:CAN state:RUS"}, nil},
		{"near miss: concern over a situation with no actor",
			"Indonesia is concerned by the humanitarian crisis in Myanmar.",
			nil, []string{"CONDEMNED state:IDN state:MMR"}},
		{"near miss: concern for victims",
			"Chile expressed concern for the civilians of Gaza.",
			nil, []string{"CONDEMNED state:CHL state:PSE"}},
	})
}

// TestR30ThatClauseSpeakerReach: an "it" or "they" opening a speech verb's that-clause is the
// speaker even when adjuncts stand between the verb and "that" ("said in a joint statement
// the same day that they would impose sanctions"); a mechanism for any relation (chunks.go
// thatClauseSpeaker, reach 7 -> 12 tokens, still stopped by a comma or a name). Near miss: a
// name between the speech verb and "that" is no adjunct.
func TestR30ThatClauseSpeakerReach(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"sanctions, coordinated speakers, two adjuncts",
			"Norway and Denmark stated in a joint communique on Friday that they had imposed sanctions on Rosneft.",
			[]string{"SANCTIONED state:NOR inst:rosneft", "SANCTIONED state:DNK inst:rosneft"}, nil},
		{"supply, three speakers, two adjuncts",
			"Poland, Latvia and Lithuania announced at a joint press conference the same morning that they were sending howitzers to Ukraine.",
			[]string{"SUPPLIED state:POL state:UKR", "SUPPLIED state:LVA state:UKR", "SUPPLIED state:LTU state:UKR"}, nil},
		{"near miss: a name between the verb and that",
			"Officials told Estonia in a meeting on Friday that they had imposed sanctions on Rosneft.",
			nil, []string{"SANCTIONED state:EST inst:rosneft"}},
	})
}
