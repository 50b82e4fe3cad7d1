package extract

import "testing"

// Stop 41, second round: condemnation, regret and objections (CONDEMNED). Every sentence is
// our own, in the shapes of the read (A) documents' CONDEMNED misses with other names, verbs
// and word order. Each case marked "fails before" failed on main at d91e90da.

// Regret that a named state or person did something is a stance against them, the doer
// named right after "that" (triggers.tsv, the r41bcond regret row); regret that a body such
// as the Security Council failed is disappointment at a forum, no condemnation.
func TestR41bCondRegretThat(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"voiced regret that, a capital for its state (fails before)",
			"Seoul's unification ministry voiced regret that Pyongyang was spending its money on rockets.",
			[]string{"CONDEMNED state:KOR state:PRK"}, nil},
		{"regretted that, past tense (fails before)",
			"Tokyo regretted that Beijing had detained the businessman without charge.",
			[]string{"CONDEMNED state:JPN state:CHN"}, nil},
		{"states with regret that, a list of doers (fails before)",
			"The Ministry of Defence of Belarus states with regret that the Republic of Poland and Lithuania have moved troops to the border.",
			[]string{"CONDEMNED inst:belarus-defence-ministry state:POL", "CONDEMNED inst:belarus-defence-ministry state:LTU"}, nil},
		{"near miss: regret that a body failed is no condemnation of it",
			"Norway deeply regrets that the Security Council failed to renew the mandate.",
			nil, []string{"CONDEMNED state:NOR inst:unsc"}},
	})
}

// An objection or a complaint lodged with a party, like a protest, is a protest against it;
// plural protests take any adjective of degree (triggers.tsv, the r41bcond objections row).
func TestR41bCondObjectionsLodged(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"lodged strong objections with a capital (fails before)",
			"Seoul has lodged strong objections with Moscow over the troop dispatch.",
			[]string{"CONDEMNED state:KOR state:RUS"}, nil},
		{"filed a formal objection with (fails before)",
			"Hanoi filed a formal objection with Beijing over the seizure of the boats.",
			[]string{"CONDEMNED state:VNM state:CHN"}, nil},
		{"lodged serious protests with (fails before)",
			"Beijing lodged serious protests with Washington after the arms sale.",
			[]string{"CONDEMNED state:CHN state:USA"}, nil},
		{"near miss: an objection lodged with a court names no party objected to",
			"Lithuania lodged an objection with the court in The Hague on Monday.",
			nil, []string{"CONDEMNED state:LTU state:NLD"}},
	})
}

// Blame traded between parties runs both ways between the states named before "each"
// (triggers.tsv, the r41bcond reciprocal row); a first-person speaker who reports the
// exchange is no party to it (frames.go partiesBefore).
func TestR41bCondReciprocalBlame(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"each blamed the other (fails before)",
			"Armenia and Azerbaijan have each blamed the other for the border clash.",
			[]string{"CONDEMNED state:ARM state:AZE asserted/fact", "CONDEMNED state:AZE state:ARM asserted/fact"}, nil},
		{"accused each other (fails before)",
			"Sudan and Chad accused each other of arming the militias.",
			[]string{"CONDEMNED state:SDN state:TCD", "CONDEMNED state:TCD state:SDN"}, nil},
		{"the speaker who notes the exchange is no party (fails before)",
			"Title: Board of Governors: statement of Finland\nDate: 2025-03-03\n\nStatement delivered by Ambassador Anna Virtanen, Permanent Representative of Finland to the International Atomic Energy Agency\n\nMadam Chair,\n\nWe thank the Director General for his report. We note that Armenia and Azerbaijan have each blamed the other for the shelling.",
			[]string{"CONDEMNED state:ARM state:AZE"}, []string{"CONDEMNED state:FIN state:ARM", "CONDEMNED state:ARM state:FIN", "CONDEMNED state:AZE state:FIN"}},
		{"near miss: each condemned the attack, no other party",
			"Japan and Canada each condemned the attack on the convoy.",
			nil, []string{"CONDEMNED state:JPN state:CAN", "CONDEMNED state:CAN state:JPN"}},
	})
}

// Words that dismiss a party's claims as untrue or brand its acts hostile make "called"
// a condemnation, as the other words of blame do (cues.tsv judgement, the r41bcond words).
func TestR41bCondDismissiveJudgement(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"called a party's claims unfounded (fails before)",
			"Foreign ministry spokesman Nasser Kanaani on Tuesday called the British claims \"unfounded\".",
			[]string{"CONDEMNED person:nasser-kanaani state:GBR"}, nil},
		{"called a state an enabler",
			"EU leaders in June called Belarus a \"key enabler\" of the invasion.",
			[]string{"CONDEMNED inst:eu state:BLR"}, nil},
		{"called a decision Russophobic (fails before)",
			"Moscow called the Estonian decision \"openly Russophobic\".",
			[]string{"CONDEMNED state:RUS state:EST"}, nil},
		{"near miss: calling a party something that is no blame",
			"Seoul called Washington an \"indispensable partner\" in the region.",
			nil, []string{"CONDEMNED state:KOR state:USA"}},
	})
}

// A protest lodged with an embassy is lodged with the embassy's state (triggers.tsv
// flags=seat-state on the protest-with rows; frames.go seatState).
func TestR41bCondProtestWithEmbassy(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"a strong protest with the X Embassy in a capital (fails before)",
			"Ships of China entered the waters near the islands on Monday. Japan lodged a strong protest with the Chinese Embassy in Tokyo over the incursion.",
			[]string{"CONDEMNED state:JPN state:CHN"}, []string{"CONDEMNED state:JPN inst:china-embassy-tokyo"}},
		{"a plain protest with the Embassy of X",
			"Japan has lodged a protest with the Embassy of the Russian Federation in Tokyo.",
			[]string{"CONDEMNED state:JPN state:RUS"}, nil},
		{"near miss: a protest with a party that is no embassy stays with it",
			"Seoul lodged a strong protest with Pyongyang over the balloons.",
			[]string{"CONDEMNED state:KOR state:PRK"}, nil},
	})
}
