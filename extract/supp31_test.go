package extract

import "testing"

// TestSupport31 covers the support and alliance wording of stop 31 (learned from the misses and
// false relations of SUPPORTS and ALLY_OF on testdata/heldout32 and heldout33 and the sets
// before them). Each case is a sentence of our own in the family, with near misses.
func TestSupport31(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"a numbered group of states is a sentence naming exactly that many",
			"Chile sent aid to Peru while Bolivia condemned Ecuador. Analysts now call the four countries an axis of resistance.",
			[]string{"ALLY_OF state:BOL state:CHL", "ALLY_OF state:ECU state:PER"}, nil},
		{"a sentence naming more states than the number is no antecedent of the group",
			"Chile sent aid to Peru while Bolivia condemned Ecuador and Spain praised Portugal. Analysts now call the four countries an axis of resistance.",
			nil, []string{"ALLY_OF state:BOL state:CHL", "ALLY_OF state:ESP state:PRT", "ALLY_OF state:CHL state:ESP"}},
		{"a reciprocal pronoun after the trigger's preposition: each party to the other",
			"Peru voiced concern over the pact signed between Chile and Bolivia in Lima, in which the two sides pledged to provide military assistance to each other.",
			[]string{"SUPPORTS state:CHL state:BOL", "SUPPORTS state:BOL state:CHL"}, []string{"SUPPORTS state:PER state:CHL", "SUPPORTS state:CHL state:PER"}},
		{"'one another' after a list subject",
			"Mali, Niger and Chad undertook to assist one another against armed groups.",
			[]string{"SUPPORTS state:MLI state:NER", "SUPPORTS state:TCD state:MLI"}, nil},
		{"a participle with a noun subject of its own names no parties",
			"Chile has armed Bolivia, deepening what analysts describe as a network of states supporting one another.",
			nil, []string{"SUPPORTS state:BOL state:CHL"}},
		{"help in a 'with' adjunct goes to the subject after two opening phrases",
			"On March 3, in response to the raids, Chile and Peru, with support from Spain and Italy, struck depots near Lima.",
			[]string{"SUPPORTS state:ESP state:CHL", "SUPPORTS state:ITA state:PER"}, nil},
		{"an opening phrase without its comma leaves the subject unread",
			"On March 3 in response to the raids with support from Spain, the depots were struck.",
			nil, []string{"SUPPORTS state:ESP state:CHL"}},
		{"allies owned by a body are its members, not one another's allies",
			"Norway and Denmark are NATO's newest Allies, and the Baltic is ringed by Alliance members.",
			nil, []string{"ALLY_OF state:DNK state:NOR"}},
		{"allied as the modifier of a bloc noun pairs nobody",
			"Norway and Denmark have turned the North Sea into an allied sea.",
			nil, []string{"ALLY_OF state:DNK state:NOR"}},
		{"allies without a body owner, and a pact's partners, stay pairs",
			"Norway and Denmark are close allies. Chile, Peru and Bolivia, the three Andean Pact partners, met in Lima.",
			[]string{"ALLY_OF state:DNK state:NOR", "ALLY_OF state:CHL state:PER"}, nil},
		{"shielding a party supports it, from a list subject or a relative clause",
			"Spain and Italy have shielded Peru from new measures, and Chile, which has long shielded Bolivia at the council, abstained.",
			[]string{"SUPPORTS state:ESP state:PER", "SUPPORTS state:ITA state:PER", "SUPPORTS state:CHL state:BOL"}, nil},
		{"shielding a thing a party owns names no party helped",
			"Spain vetoed the text, a move diplomats said was meant to shield Peru's growing arms trade with Chile.",
			nil, []string{"SUPPORTS state:ESP state:PER"}},
		{"a state and its unnamed modified partners pair with nobody after them",
			"Norway noted that Denmark and its Nordic partners regard the role of Iran as an escalation.",
			nil, []string{"ALLY_OF state:DNK state:IRN", "ALLY_OF state:DNK state:NOR"}},
		{"their respective alliances are the owners' own",
			"The ministers welcomed cooperation among Chile, Peru and Spain, which are bound by their respective alliances.",
			[]string{"ALLY_OF state:CHL state:PER"}, nil},
	})
}
