package extract

import "testing"

// TestR31ForcesUseAgainst: the moved forces' or goods' own purpose noun, coordinated after a
// deployment or transfer ("and their use against", "and their engagement in combat against")
// or what they are readied for ("are being prepared for combat against"), makes whoever holds
// them attack the target (triggers.tsv ATTACKED user). A use with no "against", or with no move
// of forces or goods before it, attacks no one. The sentences are our own.
func TestR31ForcesUseAgainst(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a deployment and 'their use against'",
			"The deployment of Eritrean troops to Russia and their use against Moldova mark a grave escalation.",
			[]string{"ATTACKED state:ERI state:MDA", "DEPLOYED state:ERI state:RUS"}, nil},
		{"a dispatch and 'their engagement in combat against'",
			"Ministers discussed Eritrea's dispatch of soldiers to Russia and their engagement in combat against Moldova.",
			[]string{"ATTACKED state:ERI state:MDA"}, nil},
		{"troops sent and 'prepared for combat against'",
			"Eritrea has sent 5,000 troops to Russia, where they are being prepared for combat against Moldova.",
			[]string{"ATTACKED state:ERI state:MDA"}, nil},
		{"a transfer of arms and their use by the holder",
			"Chile condemns the transfer of arms from Eritrea to Russia and their use by Russia against Moldova.",
			[]string{"ATTACKED state:RUS state:MDA"}, []string{"ATTACKED state:ERI state:MDA"}},
		{"troops moved and then 'used in combat against'",
			"Officials blamed the deployment of Eritrean troops to Russia, where they have been used in combat against Moldova.",
			[]string{"ATTACKED state:ERI state:MDA"}, nil},
		{"'used in combat' with no move of forces before it attacks no one",
			"Old Chilean rifles were used in combat against bandits in Moldova.",
			nil, []string{"ATTACKED state:CHL state:MDA"}},
		{"a use with no 'against' names no target",
			"The deployment of Eritrean troops to Russia and their use in Moldova mark a grave escalation.",
			nil, []string{"ATTACKED state:ERI state:MDA"}},
		{"a use with no move of forces or goods attacks no one",
			"Chile criticised Moldova's budget and its use against inflation.",
			nil, []string{"ATTACKED state:MDA state:CHL", "ATTACKED state:CHL state:MDA"}},
	})
}
