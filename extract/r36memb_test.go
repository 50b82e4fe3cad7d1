package extract

import "testing"

// TestListBracketAcronym: a member's own acronym in brackets ("the Democratic People's
// Republic of Korea (DPRK), and Iran") does not end a list of names.
func TestListBracketAcronym(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a state's acronym in the middle of a list of targets",
			"The European Union condemned Syria, the Democratic People's Republic of Korea (DPRK), and Venezuela for the attacks.",
			[]string{"CONDEMNED inst:eu state:PRK", "CONDEMNED inst:eu state:VEN"}, nil},
		{"a body's acronym before the last member of a list of targets",
			"Japan sanctioned the Reconnaissance General Bureau (RGB) and the Lazarus Group on Friday.",
			[]string{"SANCTIONED state:JPN inst:reconnaissance-general-bureau", "SANCTIONED state:JPN inst:lazarus-group"}, nil},
	})
}
