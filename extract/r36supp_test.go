package extract

import "testing"

// TestR36SuppFightFor: fighting for a party or alongside its forces supports it; the verb
// keeps its DEPLOYED reading of the place after "in", "fight with" states nothing, and a
// fight for a cause names no party. The sentences are our own.
func TestR36SuppFightFor(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"sent troops to fight for a state",
			"Belarus has sent volunteers to fight for Russia, officials said.",
			[]string{"SUPPORTS state:BLR state:RUS"}, nil},
		{"fought alongside a demonym's forces, the place kept",
			"Cuban soldiers fought alongside Angolan troops in Luanda.",
			[]string{"SUPPORTS state:CUB state:AGO", "DEPLOYED state:CUB place:luanda"}, nil},
		{"fighting alongside, a participle",
			"Iranian advisers fighting alongside Syrian forces were killed near Aleppo.",
			[]string{"SUPPORTS state:IRN state:SYR"}, nil},
		{"near miss: fought with may be against",
			"Ethiopian troops fought with Eritrean forces at the border.",
			nil, []string{"SUPPORTS state:ETH state:ERI"}},
		{"near miss: a fight for a cause",
			"Georgia said its fight for sovereignty would go on.",
			nil, []string{"SUPPORTS state:GEO state:GEO"}},
	})
}
