package extract

import "testing"

// A group the speakers name as "We, the Governments of A, B and C" is never continued by a
// later third-person "they" or "them": "them" after a thing is the thing, not the speakers.
func TestR40BugsWeGroupNotThem(t *testing.T) {
	checkRelations(t, "2025-05-29", []relCase{
		{"procurement of them after a We list",
			"We, the Governments of Norway, Denmark and Chile, release this report today. " +
				"We condemn this trade. Iran's sale of drones and Russia's purchase of them violate resolution 2231.",
			nil, []string{"SUPPLIED state:NOR state:RUS", "SUPPLIED state:CHL state:RUS"}},
		{"bought them, another order",
			"We, the Governments of Sweden, Poland and Japan, issue this statement. " +
				"North Korea exported shells, and Russia bought them for its war.",
			nil, []string{"SUPPLIED state:SWE state:RUS", "SUPPLIED state:JPN state:RUS"}},
		{"near miss: a named group is still continued",
			"Sweden, Poland and Japan condemned the launch. They sanctioned North Korea on Monday.",
			[]string{"SANCTIONED state:SWE state:PRK"}, nil},
	})
}
