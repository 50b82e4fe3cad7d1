package extract

import "testing"

// Stop 31, CONDEMNED / SANCTIONED (branch r31cond).

// TestR31CondInvertedPassive: a clause opened by a words.tsv inversion-lead phrase right
// before a passive participle ("Among those designated are A and B", "Also sanctioned was C")
// has its subject after the form of "be": each name of it, up to a relative clause and none
// behind a preposition or only modifying a noun, is the object; the source is the "by" agent,
// else the relation's latest doer. A "be" before a colon opens a list, handled by lists.go.
func TestR31CondInvertedPassive(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"among those designated, a possessor and an of-phrase are no designees",
			"Canada today imposed sanctions on Russia. Among those designated are Belarus's Minister of Interior, Ivan Kubrakov, and two officers of the KGB, Pavel Volkov and Oleg Sokol, who are believed to have led the crackdown.",
			[]string{"SANCTIONED state:CAN person:ivan-kubrakov", "SANCTIONED state:CAN person:pavel-volkov", "SANCTIONED state:CAN person:oleg-sokol"},
			[]string{"SANCTIONED state:CAN inst:kgb", "SANCTIONED state:CAN state:BLR"}},
		{"an agent before the verb 'be'",
			"Among the entities sanctioned by Japan were Rostec and Uralvagonzavod.",
			[]string{"SANCTIONED state:JPN inst:rostec"}, nil},
		{"a name behind a preposition or in a relative clause is no designee (near miss)",
			"Japan imposed sanctions on Iran. Among those sanctioned is a logistics firm in Vladivostok that shipped shells to Russia.",
			[]string{"SANCTIONED state:JPN state:IRN"}, []string{"SANCTIONED state:JPN state:RUS", "SANCTIONED state:JPN place:vladivostok"}},
	})
}

// TestR31CondReasonParticiple: a transitive participle right before "for" and a gerund has no
// object of its own ("generals sanctioned for sending troops"): it is a reduced passive, and
// the names before it are not its doers.
func TestR31CondReasonParticiple(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"headline bullet: participle + for + gerund",
			"- Iranian drone makers sanctioned for supplying Russia",
			nil, []string{"SANCTIONED state:IRN state:RUS"}},
		{"a place after 'for' is no gerund (near miss)",
			"Antony Blinken departed for Beijing on Sunday.",
			[]string{"VISITED person:antony-blinken place:beijing"}, nil},
		{"active verb with its object before 'for' still relates (near miss)",
			"Australia sanctioned Iran for supplying Russia with drones.",
			[]string{"SANCTIONED state:AUS state:IRN"}, nil},
	})
}

// TestR31CondRelativeConjunct: a verb after the ", and" that closes a relative clause opened by
// a comma and "which"/"who" ("X condemned the drills, which threaten peace, and called on Y to
// stop") is a conjunct of the verb before the relative clause and shares its subject; with an
// unnamed main subject it takes no name from the relative clause.
func TestR31CondRelativeConjunct(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"stance verb after a relative clause",
			"Chile condemned the exercises, which endanger regional stability, and urged Venezuela to halt them.",
			[]string{"CONDEMNED state:CHL state:VEN"}, nil},
		{"supply helper after a relative clause naming another actor",
			"Belarus has hosted the bombers, which Moscow flew over the Baltic, and has helped Russia rebuild its airfields.",
			[]string{"SUPPORTS state:BLR state:RUS"}, nil},
		{"unnamed main subject: no subject from the relative clause (near miss)",
			"The statement criticised the drills, which Peru described as routine, and urged Bolivia to stop them.",
			nil, []string{"CONDEMNED state:PER state:BOL"}},
	})
}

// TestR31CondEventAfterReport: a name after an act noun and a speech verb ("condemned the
// launch and said Russia was helping") is the report's subject, not the act's doer; a
// definite act noun that a weapon modifies ("the missile launch") still names the latest
// event of its kind, whose doers a stance on it targets.
func TestR31CondEventAfterReport(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"stance on a weapon-modified act noun, then a report naming another state",
			"Iran launched a ballistic missile on Monday. Peru condemned the missile launch and said Syria was likely helping Tehran.",
			[]string{"CONDEMNED state:PER state:IRN"}, []string{"LAUNCHED state:SYR", "CONDEMNED state:PER state:SYR"}},
		{"a doer after the noun's 'by' still launches (near miss)",
			"Peru condemned the launch by Iran of a ballistic missile.",
			[]string{"CONDEMNED state:PER state:IRN"}, nil},
	})
}

// TestR31CondWarnedAgainst: warning a named party against an act (cues.tsv dissuasion after
// the object, which may be a list of names) is a stance against it; a warning of something
// names no target.
func TestR31CondWarnedAgainst(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"a list of three states warned off",
			"Brazil warned Colombia, Peru and Ecuador against joining the blockade.",
			[]string{"CONDEMNED state:BRA state:COL", "CONDEMNED state:BRA state:PER", "CONDEMNED state:BRA state:ECU"}, nil},
		{"one state warned off an act",
			"Japan warned Pyongyang against sending more troops to Russia.",
			[]string{"CONDEMNED state:JPN state:PRK"}, nil},
		{"a warning of a danger names no target (near miss)",
			"Norway warned Sweden of a harsh winter.",
			nil, []string{"CONDEMNED state:NOR state:SWE"}},
	})
}

// TestR31CondStateBeforeTitle: in a coordinated subject a state right before an office opens
// the next member's title ("A and U.S. Secretary of State B"): the member is the person, not
// the state, also when the subject reaches a coordinated verb phrase.
func TestR31CondStateBeforeTitle(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"coordinated verb phrase after a subject with a state-led title",
			"Foreign Minister Penny Wong and U.S. Secretary of State Antony Blinken held talks in Sydney and condemned Russia.",
			[]string{"CONDEMNED person:penny-wong state:RUS", "CONDEMNED person:antony-blinken state:RUS"},
			[]string{"CONDEMNED state:USA state:RUS"}},
		{"a state joined by 'and' with no title after it is still a member (near miss)",
			"Canada and Japan condemned Russia.",
			[]string{"CONDEMNED state:CAN state:RUS", "CONDEMNED state:JPN state:RUS"}, nil},
	})
}
