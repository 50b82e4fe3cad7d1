package extract

import "testing"

// TestR31Disc covers stop 31's arguments supplied from outside the clause: a definite event
// noun with a weapon as modifier ("the missile launch") stands for the latest event of its
// relation stated before, whose doer is the target of a stance; a name after a speech verb
// that follows an event noun is the subject of the report, not the noun's doer. Sentences of
// our own, with near misses.
func TestR31Disc(t *testing.T) {
	checkRelations(t, "2024-11-04", []relCase{
		{"the missile launch after the launch sentence (CONDEMNED)",
			"The Council met after Iran launched a ballistic missile on Sunday.\n\n" +
				"The envoy of Chile, Ana Ruiz, spoke first. She condemned the missile launch.",
			[]string{"CONDEMNED person:ana-ruiz state:IRN"},
			nil},
		{"the rocket test after the test sentence (CONDEMNED)",
			"Pakistan test-fired a cruise missile on Monday. Japan condemned the missile test on Tuesday.",
			[]string{"CONDEMNED state:JPN state:PAK"},
			nil},
		{"near miss: a possessor before the weapon is the doer, not the latest launcher",
			"Iran launched a ballistic missile on Sunday. Japan condemned Pakistan's missile test.",
			[]string{"CONDEMNED state:JPN state:PAK"},
			[]string{"CONDEMNED state:JPN state:IRN"}},
		{"a name after a speech verb is not the noun's doer (LAUNCHED)",
			"The Council met after Iran launched a ballistic missile on Sunday.\n\n" +
				"Chile condemned the missile launch and said Syria was likely providing Tehran with parts.",
			[]string{"CONDEMNED state:CHL state:IRN"},
			[]string{"LAUNCHED state:SYR weapon:ballistic-missile", "CONDEMNED state:CHL state:SYR"}},
		{"near miss: the agent after the noun with 'by' is still its doer",
			"Japan condemned the missile launch by Iran on Sunday.",
			[]string{"CONDEMNED state:JPN state:IRN"},
			nil},
	})
}
