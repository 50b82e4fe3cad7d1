package extract

import "testing"

// TestR15Resolutions: a resolution cited with its year in brackets is also named without it,
// as writers cite it elsewhere (checkEntities is in r12ents_test.go).
func TestR15Resolutions(t *testing.T) {
	checkEntities(t, []entCase{
		{"number and year, lower case, after a participle",
			"The panel was set up under resolution 2150 (2014) and reports to the committee.",
			[]string{"agr:unscr-2150|resolution 2150 (2014)", "agr:unscr-2150|resolution 2150"}, nil},
		{"capitalised, with the Council before it, passive",
			"Sanctions were imposed by Security Council Resolution 1903 (2009) on the network.",
			[]string{"agr:unscr-1903|Security Council Resolution 1903"}, nil},
		{"near miss: a paragraph number in brackets is no year",
			"The Council recalled resolution 2150 (paragraph 4).",
			[]string{"agr:unscr-2150|resolution 2150"}, []string{"agr:unscr-2150|resolution 2150 (paragraph 4)"}},
	})
}

