package extract

import "testing"

// TestR41bMeasuresAgainst: "measures" announced, imposed or adopted against a named party are
// sanctions (triggers.tsv r41bsanc row); taking measures against an act is not. The texts
// are our own.
func TestR41bMeasuresAgainst(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"announced measures against a firm",
			"On Tuesday Canada and Japan announced measures against Mahan Air.",
			[]string{"SANCTIONED state:CAN inst:mahan-air", "SANCTIONED state:JPN inst:mahan-air"}, nil},
		{"imposed new measures on a state",
			"Norway imposed new measures on Belarus after the election.",
			[]string{"SANCTIONED state:NOR state:BLR"}, nil},
		{"taking measures against an act is no sanction",
			"South Korea will take stern measures against any provocation by North Korea.",
			nil, []string{"SANCTIONED state:KOR state:PRK"}},
		{"measures for a party are no sanction",
			"Germany announced measures to support Moldova.",
			nil, []string{"SANCTIONED state:DEU state:MDA"}},
	})
}
