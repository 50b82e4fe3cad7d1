package extract

import "testing"

// TestR38DecisionAfterVeto: "the decision" whose previous sentence states no act names the
// latest veto or sanction (triggers.tsv event rows "decision"), as "the vote" and "the
// outcome" already do for a veto: reactions reported a paragraph or two after it ("Britain
// and Japan also criticised the decision"). An act stated in between (a reported sale) is no
// decision; with no veto or sanction stated, "the decision" names nobody. The texts are our own.
func TestR38DecisionAfterVeto(t *testing.T) {
	checkRelations(t, "2024-04-01", []relCase{
		{"criticised the decision, a paragraph after the veto",
			"China on Tuesday vetoed a draft resolution in the Security Council that would have extended the mission.\n\n" +
				"The British envoy said the monitors had been looking into reports that Iran sold drones to Sudan. " +
				"\"China has used its veto to protect its friends,\" he said.\n\n" +
				"Ireland and Mexico also criticised the decision.",
			[]string{"CONDEMNED state:IRL state:CHN", "CONDEMNED state:MEX state:CHN"},
			[]string{"CONDEMNED state:IRL state:IRN", "CONDEMNED state:MEX state:IRN"}},
		{"deplored the decision after a sentence with no act",
			"The United States on Friday vetoed a draft resolution in the Security Council on the ceasefire. " +
				"Its ambassador, Robert Wood, argued that the text was unbalanced. " +
				"The Algerian envoy said the veto was a dark day, while Malta and Slovenia also deplored the decision in statements after the vote.",
			[]string{"CONDEMNED state:MLT state:USA", "CONDEMNED state:SVN state:USA"}, nil},
		{"denounced the decision after sanctions",
			"The European Union on Monday imposed new sanctions on Belarus over the crackdown. " +
				"Its foreign policy chief, Kaja Kallas, presented the package in Brussels. " +
				"Minsk denounced the decision as illegal.",
			[]string{"CONDEMNED state:BLR inst:eu"}, nil},
		{"no veto stated",
			"Ministers met in Brussels on Monday. Its ambassador, Robert Wood, spoke first. Poland criticised the decision.",
			nil, []string{"CONDEMNED state:POL state:USA"}},
	})
}
