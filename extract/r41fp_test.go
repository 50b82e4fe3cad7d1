package extract

import "testing"

// TestR41ThingsOfAStateTravel: a journey or arrival verb whose subject is what a state sends
// (its soldiers, trainers, aircraft or ships), the state only an adjective before it, is no
// visit by that state; a state's delegation or side is its people and still visits. The texts
// are our own.
func TestR41ThingsOfAStateTravel(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"trainers arriving with a system",
			"Turkish military advisers arrived in Tripoli in March with a drone system, local media said.",
			nil, []string{"VISITED state:TUR place:tripoli"}},
		{"operators arriving with parts",
			"Iranian drone operators arrived in Caracas last week with spare parts.",
			nil, []string{"VISITED state:IRN place:caracas"}},
		{"a delegation still visits",
			"The Chinese delegation will travel to Nairobi on Thursday.",
			[]string{"VISITED state:CHN place:nairobi"}, nil},
	})
}

// TestR41StandingTieUnhedged: an alliance, a partnership or a membership that a noun states
// holds as the sentence speaks of it; a modal on the clause's verb, whose subject the noun is
// or whose adjunct holds it, hedges the verb's act, not the tie. A hedged verb that takes the
// noun as its object still hedges it. The texts are our own.
func TestR41StandingTieUnhedged(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"the alliance as the subject of a modal",
			"The Japan-Australia alliance would respond firmly to any provocation in the region.",
			[]string{"ALLY_OF state:AUS state:JPN asserted/fact"}, nil},
		{"the alliance inside an adjunct of a modal verb",
			"Our forces will respond decisively to any attack on the basis of the ironclad Japan-Australia alliance.",
			[]string{"ALLY_OF state:AUS state:JPN asserted/fact"}, nil},
		{"a member in apposition before a modal",
			"Estonia, a member of NATO, will host the exercise in May.",
			[]string{"MEMBER_OF state:EST inst:nato asserted/fact"}, nil},
		{"a partnership the hedged verb would sign stays hedged",
			"Iran and Belarus are expected to sign a strategic partnership treaty next month.",
			[]string{"ALLY_OF state:BLR state:IRN asserted/speculative"}, nil},
	})
}

// TestR41WarPresupposed: a war a noun names ("Russia's war against Ukraine") is the world a
// report speaks about, not what it reports: the attack is a fact inside "X said"; the report's
// own claim stays reported. The texts are our own.
func TestR41WarPresupposed(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"the war inside a reported clause",
			"Officials in Seoul said Pyongyang had sent engineers to help Russia's war against Ukraine.",
			[]string{"ATTACKED state:RUS state:UKR asserted/fact"}, nil},
		{"the war in a quoted pledge",
			"Lukashenko said that Belarus \"fully backs\" Russia's war in Ukraine.",
			[]string{"ATTACKED state:RUS state:UKR asserted/fact"}, nil},
		{"the reported act itself stays reported",
			"Officials in Seoul said Pyongyang had sent artillery shells to Russia for its war against Ukraine.",
			[]string{"SUPPLIED state:PRK state:RUS asserted/reported"}, nil},
	})
}

// TestR41AppearanceHedges: "appears to", "seems to" and "aim to" hedge the act after them,
// while "what appears to be" only names what an object seems to be and the act stands. The
// texts are our own.
func TestR41AppearanceHedges(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"appears to have supplied",
			"Iran appears to have supplied drone engines to Russia last winter.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/speculative"}, nil},
		{"seems to have sent",
			"Belarus seems to have sent ammunition to Russia in March.",
			[]string{"SUPPLIED state:BLR state:RUS asserted/speculative"}, nil},
		{"what appears to be names the object only",
			"Russia delivered what appears to be a new radar system to Iran in March.",
			[]string{"SUPPLIED state:RUS state:IRN asserted/fact"}, nil},
	})
}
