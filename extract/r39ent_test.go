package extract

import "testing"

// TestR39BodiesGazetteer covers international bodies, formats and programmes whose names carry
// no head word the shape rules know, in sentences of our own.
func TestR39BodiesGazetteer(t *testing.T) {
	checkEntities(t, []entCase{
		{"a defence format by name and acronym",
			"Norway will chair Nordic Defence Cooperation next year. NORDEFCO ministers met in Oslo on Tuesday.",
			[]string{"inst:nordefco|Nordic Defence Cooperation", "inst:nordefco|NORDEFCO"}, nil},
		{"the UN human rights office as wire services write it",
			"The UN human rights office said at least 12 civilians were killed in the strike on Sumy.",
			[]string{"inst:ohchr|UN human rights office"}, nil},
		{"a State Council office with its full name",
			"A spokesperson for the Taiwan Affairs Office of the State Council accused Taipei of provocation.",
			[]string{"inst:taiwan-affairs-office|Taiwan Affairs Office of the State Council"},
			[]string{"inst:taiwan-affairs-office|Taiwan Affairs Office"}},
		{"an economic forum and a security structure",
			"Leaders gathered in Lima for Asia-Pacific Economic Cooperation talks while the SCO Regional Anti-Terrorist Structure held drills.",
			[]string{"inst:apec|Asia-Pacific Economic Cooperation", "inst:sco-rats|SCO Regional Anti-Terrorist Structure"}, nil},
		{"an armed group named by a state's ministry",
			"India blamed Lashkar-e-Taiba for the attack, and Jaish-e-Mohammed denied any role.",
			[]string{"inst:lashkar-e-tayyiba|Lashkar-e-Taiba", "inst:jaish-e-mohammed|Jaish-e-Mohammed"}, nil},
	})
}

// TestR39WeaponClasses covers classes of hardware named without a model, in sentences of our own.
func TestR39WeaponClasses(t *testing.T) {
	checkEntities(t, []entCase{
		{"helicopters counted in a delivery",
			"Moscow delivered four transport helicopters to Bamako last week.",
			[]string{"weapon:helicopter"}, nil},
		{"a glide vehicle in a launch report",
			"The military said the missile carried a hypersonic glide vehicle that flew 600 kilometres.",
			[]string{"weapon:hypersonic-glide-vehicle|hypersonic glide vehicle"}, nil},
		{"electronic warfare systems in a list of aid",
			"The package includes ammunition and electronic warfare systems for Kyiv.",
			[]string{"weapon:electronic-warfare-equipment"}, nil},
	})
}
