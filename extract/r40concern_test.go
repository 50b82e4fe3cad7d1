package extract

import "testing"

// Stop 40, speech acts of statements (CONDEMNED and SUPPORTS in delegations' statements, joint
// statements and readouts). Every sentence is our own, written in the shapes of the regA and
// half-A misses and false relations, with other names, verbs and word order. Each case marked
// "fails before" failed on main at 98fa320f.

// A stance toward an act that undoes or defeats a party ("the complete denuclearization of
// North Korea", "defeating al-Shabaab") is no stance toward that party: a commitment to it
// does not support the party (words.tsv undoing).
func TestR40ConcernUndoing(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"commitment to the denuclearization of (fails before)",
			"Japan and South Korea reaffirmed their firm commitment to the complete denuclearization of North Korea.",
			nil, []string{"SUPPORTS state:KOR state:PRK", "SUPPORTS state:JPN state:PRK"}},
		{"support for the disarmament of, British spelling (fails before)",
			"Canada voiced its support for the verifiable disarmament of Iran.",
			nil, []string{"SUPPORTS state:CAN state:IRN"}},
		{"commitment to a gerund of defeat (fails before)",
			"Kenya and Uganda share a commitment to defeating al-Shabaab.",
			nil, []string{"SUPPORTS state:KEN inst:al-shabaab", "SUPPORTS state:UGA inst:al-shabaab"}},
		{"near miss: commitment to the defence of a party supports it",
			"Australia reaffirmed its commitment to the defence of Papua New Guinea.",
			[]string{"SUPPORTS state:AUS state:PNG"}, nil},
		{"near miss: support for a party's own act",
			"France expressed support for Ukraine's defeat of the invasion.",
			[]string{"SUPPORTS state:FRA state:UKR"}, nil},
	})
}

// Concern that a named party did or may do something is a stance against that party, the
// doer the that-clause names first; its object is no target (triggers.tsv, the
// concern-that rows; stop-30 decision: concern over a named actor's act is CONDEMNED).
func TestR40ConcernThatClause(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"expressed concern that, a modal (fails before)",
			"Seoul expressed concern that Moscow may soon hand Pyongyang satellite technology.",
			[]string{"CONDEMNED state:KOR state:RUS"}, []string{"CONDEMNED state:KOR state:PRK"}},
		{"is deeply concerned that, a perfect (fails before)",
			"Australia is deeply troubled that China has detained two Filipino sailors.",
			[]string{"CONDEMNED state:AUS state:CHN"}, nil},
		{"concern over reports that (fails before)",
			"Kenya voiced concern over reports that Eritrea had moved troops to the border.",
			[]string{"CONDEMNED state:KEN state:ERI"}, nil},
		{"notes with concern reports that (fails before)",
			"Ghana notes with grave concern reports that Russia has sent instructors to Niger.",
			[]string{"CONDEMNED state:GHA state:RUS"}, []string{"CONDEMNED state:GHA state:NER"}},
		{"near miss: concern that a situation worsens names no one",
			"Norway expressed concern that the situation in the region could deteriorate.",
			nil, []string{"CONDEMNED state:NOR"}},
	})
}
