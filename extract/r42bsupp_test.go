package extract

import "testing"

// TestJointProcessPartyNoTarget covers a party named after "with", "between" or "among" and a
// noun of a process done jointly (words.tsv joint-process: "coordination with Korea",
// "negotiations between Armenia and Azerbaijan"): backing the process backs none of its
// parties; backing a party by name still does. Every sentence is our own.
func TestJointProcessPartyNoTarget(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"commitment to coordination with a state",
			"Norway reaffirmed its commitment to closer coordination with Japan on maritime security.",
			nil, []string{"SUPPORTS state:NOR state:JPN"}},
		{"support verb, negotiations between two states",
			"Canada will continue to support direct negotiations between Serbia and Kosovo.",
			nil, []string{"SUPPORTS state:CAN state:SRB", "SUPPORTS state:CAN state:UNK"}},
		{"support noun, dialogue among three states",
			"Chile voiced its support for a regional dialogue among Peru, Bolivia and Ecuador.",
			nil, []string{"SUPPORTS state:CHL state:PER", "SUPPORTS state:CHL state:BOL", "SUPPORTS state:CHL state:ECU"}},
		{"a party backed by name stays a target",
			"Norway reaffirmed its support for Japan.",
			[]string{"SUPPORTS state:NOR state:JPN"}, nil},
		{"a partner of the supporter itself is not a process party",
			"Working with Japan, Norway pledged its support for Ukraine.",
			[]string{"SUPPORTS state:NOR state:UKR"}, nil},
	})
}
