package extract

import "testing"

// TestStanceFamiliesFourthWriter covers the SUPPORTS, CONDEMNED and ALLY_OF families learned
// from the misses of testdata/heldout4 (a fourth writer): each case is a sentence of our own
// in the family, with near misses the rule must leave alone.
func TestStanceFamiliesFourthWriter(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"an opening date with no comma does not hide the subject of a 'with support from' adjunct",
			"On 3 May Poland and Romania, with support from Sweden, cleared the mines.",
			[]string{"SUPPORTS state:SWE state:POL", "SUPPORTS state:SWE state:ROU"}, nil},
		{"an opening month and year work the same way",
			"In March 2024 Canada, with help from Norway, rebuilt the port.",
			[]string{"SUPPORTS state:NOR state:CAN"}, nil},
		{"a clause joined by ', and' plus a dated opener has its own subject",
			"Sudan shelled the port for weeks, and on 2 June Kenya, with backing from Uganda and Tanzania, retook it.",
			[]string{"SUPPORTS state:UGA state:KEN", "SUPPORTS state:TZA state:KEN"},
			[]string{"SUPPORTS state:UGA state:SDN", "SUPPORTS state:TZA state:SDN"}},
		{"a serial list closed by ', and' stays the whole subject",
			"Finland, Sweden, and Norway, with help from Iceland, mapped the seabed.",
			[]string{"SUPPORTS state:ISL state:FIN", "SUPPORTS state:ISL state:NOR"}, nil},
		{"a dated opener closed by its comma still opens the sentence",
			"On 3 May, Greece, with support from Cyprus, evacuated the island.",
			[]string{"SUPPORTS state:CYP state:GRC"}, nil},
	})
}
