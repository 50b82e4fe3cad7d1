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
