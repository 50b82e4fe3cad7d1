package extract

import "testing"

// TestHostOfForeignForces: a state that hosts another state's troops or weapons is where that
// state deploys them; the host is the verb's subject, past any relative clause, and the
// troops' or weapons' demonym the deployer. Hosting talks, officials or a conference deploys
// nothing (sentences of our own).
func TestHostOfForeignForces(t *testing.T) {
	checkRelations(t, "2024-07-12", []relCase{
		{"present, troops, demonym",
			"Poland hosts American troops at several bases near its eastern border.",
			[]string{"DEPLOYED state:USA state:POL"}, nil},
		{"present perfect, weapons, since-date",
			"Since last summer Belarus has hosted Russian tactical nuclear weapons.",
			[]string{"DEPLOYED state:RUS state:BLR"}, nil},
		{"subject past a relative clause that names other states",
			"Belarus, which allowed Russian troops to use its territory for the assault on Kyiv, has hosted Russian nuclear warheads since 2023.",
			[]string{"DEPLOYED state:RUS state:BLR"}, []string{"DEPLOYED state:RUS place:kyiv"}},
		{"a relative clause of the host, a named missile system",
			"Belarus, which hosts Russian Iskander missiles, joined the SCO on Thursday.",
			[]string{"DEPLOYED state:RUS state:BLR"}, nil},
		{"near miss: hosting officials for talks on goods",
			"Turkey hosted Russian and Ukrainian officials for talks on grain.",
			nil, []string{"DEPLOYED state:RUS state:TUR", "DEPLOYED state:UKR state:TUR"}},
		{"near miss: hosting a conference on another state's arms sales",
			"Egypt hosted a conference on Chinese weapons sales.",
			nil, []string{"DEPLOYED state:CHN state:EGY"}},
	})
}
