package extract

import "testing"

// TestR15Args covers the argument-finding mechanisms of round 15, shared by every relation
// type: a possessive pronoun that continues the noun phrase before it (an example after
// "including", "notably", "such as") owns its noun as the anaphor resolved it, not the
// clause's subject. Each case is our own sentence, with near misses that must not fire.
func TestR15Args(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'including its' + a launch noun is the possessor before, not the speaker",
			"Chile is alarmed by Iran's expanding missile programme, including its launches of ballistic missiles.",
			[]string{"LAUNCHED state:IRN weapon:ballistic-missile"}, []string{"LAUNCHED state:CHL weapon:ballistic-missile"}},
		{"'notably its' + an attack noun, past tense, another relation",
			"Norway condemned Russia's aggression, notably its strikes on Ukraine.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"ATTACKED state:NOR state:UKR"}},
		{"'such as its' + a supply noun",
			"Peru criticised China's policy, such as its deliveries of drones to Russia.",
			[]string{"SUPPLIED state:CHN state:RUS"}, []string{"SUPPLIED state:PER state:RUS"}},
		{"a joint statement's 'we' does not own 'its' after 'including'",
			"Joint Statement\n\nWe, the governments of Chile, Peru and Norway, condemn the attack.\n\nWe are concerned by Iran's conduct, including its launches of ballistic missiles.",
			[]string{"LAUNCHED state:IRN weapon:ballistic-missile"}, []string{"LAUNCHED state:CHL weapon:ballistic-missile", "LAUNCHED state:NOR weapon:ballistic-missile"}},
		{"after a verb, 'its' is still the clause subject's (near miss: no example word)",
			"Russia condemned Ukraine and renewed its strikes on Kharkiv.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, []string{"ATTACKED state:UKR place:kharkiv"}},
	})
}
