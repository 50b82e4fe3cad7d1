package extract

import "testing"

// TestR41UsedGoodsHolder: goods named as moved to a state and then, in a passive, used, fired
// or launched against a target are used by whoever holds them, the recipient, at the target and the places it includes (frame user,
// triggers.tsv rows "been used to strike", "were fired at", "used in attacks on"): not the
// supplier nor the clause's speaker. With no recipient in the sentence nobody attacks; a by-agent after the target does. An
// active use keeps its own subject. The texts are our own.
func TestR41UsedGoodsHolder(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"coordinated clause, used to strike",
			"Officials said Iran has shipped Shahed drones to Russia, and those drones have been used to strike Ukrainian cities.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"ATTACKED state:IRN state:UKR"}},
		{"relative clause, later fired at",
			"Belarus transferred artillery rockets to Russia which were later fired at Ukrainian towns.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"ATTACKED state:BLR state:UKR"}},
		{"the places a target includes",
			"Analysts say Iran sold ballistic missiles to Russia, and those missiles were used to strike Ukrainian towns, including Odesa.",
			[]string{"ATTACKED state:RUS state:UKR", "ATTACKED state:RUS place:odesa"}, []string{"ATTACKED state:IRN place:odesa"}},
		{"a supply noun, used in attacks on",
			"The minister said Tehran's delivery of drones to Moscow had already been used in attacks on Odesa.",
			[]string{"ATTACKED state:RUS place:odesa"}, []string{"ATTACKED state:IRN place:odesa"}},
		{"speakers are no users",
			"Japan and Canada said that Iran has sold missiles to Russia, and missiles made in Iran have been used against Ukraine.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"ATTACKED state:JPN state:UKR", "ATTACKED state:CAN state:UKR"}},
		{"no recipient, no user",
			"Kyiv has accused Tehran of selling drones used in attacks on Ukrainian cities.",
			nil, []string{"ATTACKED state:IRN state:UKR"}},
		{"a passive's own agent after the target",
			"Iran sold drones to Russia, and the drones were later fired at Odesa by Belarus, officials said.",
			[]string{"ATTACKED state:BLR place:odesa"}, []string{"ATTACKED state:RUS place:odesa"}},
		{"an active use keeps its subject",
			"Russia used North Korean missiles to strike Kharkiv in January.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
	})
}

// TestR41CombatAgainst: verbs of combat whose phrase ends in the target preposition ("fought
// against", "fighting against") take the name after it (frames.go prepFrom), and troops named
// before a relative adverb and continued by "they" fight for whoever owns or sent them
// (partitive.go, triggers.tsv combat rows flagged owner-acts). Fighting alongside or for a
// party, or against an idea, attacks nobody. The texts are our own.
func TestR41CombatAgainst(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"fought against a state",
			"Eritrean troops fought against Ethiopia near the border last year.",
			[]string{"ATTACKED state:ERI state:ETH"}, nil},
		{"where they are fighting against",
			"Last spring Iran sent 2,000 soldiers to Syria, where they are fighting against Israeli forces.",
			[]string{"ATTACKED state:IRN state:ISR", "DEPLOYED state:IRN state:SYR"}, []string{"ATTACKED state:SYR state:ISR"}},
		{"the deployment of troops, where they have engaged in combat against",
			"Ministers discussed Belarus's deployment of troops to Russia, where they have since engaged in combat against Georgian units.",
			[]string{"ATTACKED state:BLR state:GEO"}, nil},
		{"fighting alongside is no attack",
			"Cuban soldiers fought alongside Venezuelan troops in the south.",
			nil, []string{"ATTACKED state:CUB state:VEN"}},
		{"a fight against an idea",
			"Mali and Niger are fighting against terrorism and against poverty.",
			nil, []string{"ATTACKED state:MLI state:NER"}},
	})
}
