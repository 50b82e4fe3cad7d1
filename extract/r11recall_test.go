package extract

import "testing"

// TestR11Recall covers the constructions of round 11's missed relations (heldout14 and
// heldout15), each with varied subjects, tenses and voice and a near miss it must leave
// alone. The sentences are our own.
func TestR11Recall(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// An act noun with its "by" agent fronted before the "of" object: "the use by X of
		// its veto" (a veto cast; the act's doer is what a reaction blames).
		{"fronted agent of a veto, with regret",
			"Saudi Arabia voiced its deep regret at the use by the United States of the veto in the Security Council.",
			[]string{"VETOED state:USA inst:unsc", "CONDEMNED state:SAU state:USA"}, nil},
		{"fronted agent, possessive determiner, past tense",
			"The Gulf states expressed regret over the use by Russia of its veto in the Security Council on Friday.",
			[]string{"VETOED state:RUS inst:unsc"}, nil},
		{"the exercise by a state of its veto, criticised",
			"Britain criticised the exercise by China of its veto in the Security Council.",
			[]string{"VETOED state:CHN inst:unsc", "CONDEMNED state:GBR state:CHN"}, nil},
		{"an act noun with its agent after by, the reaction's target",
			"Japan condemned the use by Russia of cluster munitions in Kharkiv.",
			[]string{"CONDEMNED state:JPN state:RUS"}, nil},
		{"use of the veto with no agent names no vetoing state",
			"France noted the use of the veto in the Security Council.",
			nil, []string{"VETOED state:FRA inst:unsc"}},
		// SUPPORTS: a pledge or duty to defend a state.
		{"object control: a pact commits one state to defend another",
			"The pact commits Paris to defend Estonia against any attack.",
			[]string{"SUPPORTS state:FRA state:EST"}, nil},
		{"a state undertakes to defend another, present tense",
			"Under the accord Turkey undertakes to defend Azerbaijan.",
			[]string{"SUPPORTS state:TUR state:AZE"}, nil},
		{"a modal pledge to defend",
			"The president said the United States would defend the Philippines.",
			[]string{"SUPPORTS state:USA state:PHL"}, nil},
		{"defending a decision supports no state",
			"Pakistan moved to defend its decision to close the border with Afghanistan.",
			nil, []string{"SUPPORTS state:PAK state:AFG"}},
		// SUPPORTS: "each ... the other": mutual aid between the parties named before "each".
		{"a pact binding each party to aid the other",
			"India and Bhutan signed an accord under which each pledges to come to the other's aid.",
			[]string{"SUPPORTS state:IND state:BTN", "SUPPORTS state:BTN state:IND"}, nil},
		{"three parties, each to assist the others",
			"Poland, Lithuania and Latvia agreed a text that obliges each country to assist the others if attacked.",
			[]string{"SUPPORTS state:POL state:LTU", "SUPPORTS state:LTU state:LVA", "SUPPORTS state:LVA state:POL"}, nil},
		{"a dateline city and a state named after each are no parties",
			"TOKYO, May 2 - Egypt and Sudan signed a pact on Tuesday that commits each side to help the other against Ethiopia.",
			[]string{"SUPPORTS state:EGY state:SDN", "SUPPORTS state:SDN state:EGY"},
			[]string{"SUPPORTS state:JPN state:EGY", "SUPPORTS state:EGY state:ETH", "SUPPORTS state:SDN state:ETH"}},
		{"each other without the other's end is left to the frame",
			"Chile supports Peru, and the two praised each other.",
			[]string{"SUPPORTS state:CHL state:PER"}, []string{"SUPPORTS state:PER state:CHL"}},
		// VETOED: a draft whose writer is a hyphenated participle's state ("U.S.-drafted").
		{"blocked a state-drafted resolution, body named elsewhere",
			"The Security Council met on Monday. In March, China and Russia jointly blocked a U.S.-drafted resolution on Syria.",
			[]string{"VETOED state:CHN inst:unsc", "VETOED state:RUS inst:unsc"}, nil},
		{"vetoed a Russian-sponsored text",
			"The Security Council met again. Britain vetoed a Russian-sponsored resolution.",
			[]string{"VETOED state:GBR inst:unsc"}, nil},
		{"a state-led offensive is no draft",
			"The Security Council met. Turkey blocked a U.S.-led offensive in the north.",
			nil, []string{"VETOED state:TUR inst:unsc"}},
	})
}
