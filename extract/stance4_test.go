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
		{"a verb conjoined after a noun's unnamed object starts its own phrase",
			"Ghana expressed its full support to the mediators and asked Togo to draft a plan.",
			nil, []string{"SUPPORTS state:GHA state:TGO"}},
		{"the same with a titled object after the second verb",
			"Ghana pledged its backing to the envoys and directed the President of the ECOWAS Commission to report.",
			nil, []string{"SUPPORTS state:GHA inst:ecowas-commission"}},
		{"a named object after the noun is still its target",
			"Ghana expressed its full support to Togo and asked Benin to help.",
			[]string{"SUPPORTS state:GHA state:TGO"}, nil},
		{"a coordinated name list after the noun is still the target",
			"Ghana reaffirmed its support to Togo and Benin.",
			[]string{"SUPPORTS state:GHA state:TGO", "SUPPORTS state:GHA state:BEN"}, nil},
		{"after a veto, deploring its result or outcome condemns the vetoing state",
			"China vetoed the draft resolution in the Security Council on Tuesday. Estonia deplored the result, and Latvia denounced the outcome.",
			[]string{"CONDEMNED state:EST state:CHN", "CONDEMNED state:LVA state:CHN"}, nil},
		{"a result with no veto before names nobody",
			"The Security Council adopted the resolution on Tuesday. Iran deplored the result.",
			nil, []string{"CONDEMNED state:IRN inst:unsc"}},
		{"calling a veto self-destructive condemns its caster",
			"Russia vetoed the draft resolution in the Security Council on Monday. Chile called the veto \"a self-destructive move\".",
			[]string{"CONDEMNED state:CHL state:RUS"}, nil},
		{"calling a veto a misuse of a privilege condemns its caster",
			"Russia vetoed the draft resolution in the Security Council on Monday. Chile called the veto a misuse of the Charter.",
			[]string{"CONDEMNED state:CHL state:RUS"}, nil},
		{"calling a plan destructive of nothing named states nothing",
			"Chile called for a vote on Monday.",
			nil, []string{"CONDEMNED state:CHL inst:unsc"}},
	})
}
