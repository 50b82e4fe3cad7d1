package extract

import "testing"

// TestR29Entities covers round 29's classes of entity boundaries, in sentences of our own.
func TestR29Entities(t *testing.T) {
	checkEntities(t, []entCase{
		// A service of a state's armed forces is named with them and their state.
		{"service of the armed forces, active",
			"The Air Force of the Armed Forces of Ukraine said on Sunday that it had downed eleven drones.",
			[]string{"inst:air-force-of-the-armed-forces-of-ukraine|Air Force of the Armed Forces of Ukraine"}, []string{"inst:air-force"}},
		{"service of the armed forces, after a preposition, another state",
			"According to the Navy of the Armed Forces of the Philippines, two vessels were shadowed.",
			[]string{"inst:navy-of-the-armed-forces-of-the-philippines|Navy of the Armed Forces of the Philippines"}, nil},
		{"near miss: plain armed forces after a head stay a noun phrase",
			"The Ministry of Defence said the command of the armed forces of Ukraine was ready.",
			nil, []string{"inst:command-of-the-armed-forces-of-ukraine"}},
		{"near miss: a party after a department stays apart",
			"He ran the Munitions Industry Department of the Workers' Party of Korea until 2021.",
			[]string{"inst:munitions-industry-department"}, nil},
		// A mission takes the state or place it serves into its name.
		{"mission in a state, subject",
			"The European Union Training Mission in Mali suspended its work in April.",
			[]string{"inst:european-union-training-mission-in-mali|European Union Training Mission in Mali"}, []string{"inst:european-union-training-mission"}},
		{"mission in a state, object of a passive",
			"Troops were withdrawn from the African Union Transition Mission in Somalia by December.",
			[]string{"inst:african-union-transition-mission-in-somalia"}, nil},
		{"near miss: a possessive after the place opens a new phrase",
			"The African Union Mission in Somalia's soldiers left Baidoa.",
			[]string{"inst:african-union-mission"}, []string{"inst:african-union-mission-in-somalia"}},
		{"near miss: a title's bare 'Mission' takes no seat",
			"Lisbon summoned the Deputy Chief of Mission in Lisbon on Friday.",
			nil, []string{"inst:mission-in-lisbon"}},
		{"near miss: an office's 'in' stays out",
			"The Chinese Embassy in Canberra issued a statement.",
			nil, []string{"inst:chinese-embassy-in-canberra"}},
		// "Board" takes its "of" complement; a body's possessive stays out of its organ's name.
		{"board of governors after an acronym",
			"Kyiv welcomed the resolution of the IAEA Board of Governors adopted on Thursday.",
			[]string{"inst:iaea-board-of-governors|IAEA Board of Governors"}, []string{"inst:iaea-board"}},
		{"board after a body's possessive",
			"The director will brief the Agency's Board of Governors when it meets in March.",
			[]string{"inst:board-of-governors|Board of Governors"}, []string{"inst:agencys-board-of-governors", "inst:agencys-board"}},
		{"board before a known body stays apart from it",
			"A resolution adopted by the Board of Governors of the International Atomic Energy Agency was read out.",
			[]string{"inst:board-of-governors", "inst:iaea"}, nil},
		{"near miss: a state's possessive still names the state",
			"Japan's Board of Audit published the figures.",
			[]string{"state:JPN"}, nil},
		// A body's station glued to its head by a hyphen belongs to its name.
		{"station after a hyphen, subject",
			"Marine Rotational Force-Darwin began its fourteenth rotation in April.",
			[]string{"inst:marine-rotational-force-darwin|Marine Rotational Force-Darwin"}, nil},
		{"station after a hyphen, object",
			"Canberra will host the Submarine Rotational Force-West from 2027.",
			[]string{"inst:submarine-rotational-force-west|Submarine Rotational Force-West"}, nil},
		{"near miss: a lower-case word after the hyphen is no station",
			"The Coast Guard-led patrol left Manila on Monday.",
			nil, []string{"inst:coast-guard-led"}},
		{"near miss: a place head opening a hyphenated name stays a place",
			"The ship reached Port-Louis on Friday.",
			nil, []string{"place:port-louis-on"}},
		{"near miss: a name going on after the hyphenated word ends at its last head",
			"Jets of the People's Liberation Army-Air Force flew near the island.",
			[]string{"inst:peoples-liberation-army-air-force|People's Liberation Army-Air Force"}, []string{"inst:peoples-liberation-army-air"}},
	})
}
