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
	})
}
