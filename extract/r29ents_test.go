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
	})
}
