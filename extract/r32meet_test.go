package extract

import "testing"

// TestR32Meet covers round 32's meetings, visits, offices and vetoes (heldout34 and
// heldout35 and the older sets): each construction with a near miss it must leave alone.
// The sentences are our own.
func TestR32Meet(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// VETOED: a permanent member blocking new sanctions or measures blocks the Council's.
		{"permanent members that have blocked new sanctions, in a relative clause",
			"Moscow and Beijing, which have blocked new sanctions on Caracas since 2019, objected to the statement in the Security Council.",
			[]string{"VETOED state:RUS inst:unsc", "VETOED state:CHN inst:unsc"}, nil},
		{"blocking further measures in the council",
			"The Security Council met on Friday. France has blocked further measures in the council since then.",
			[]string{"VETOED state:FRA inst:unsc"}, nil},
		{"a state that is no permanent member blocks no Council measure",
			"Hungary blocked new sanctions on Moscow in the Security Council last year.",
			nil, []string{"VETOED state:HUN inst:unsc"}},
		{"blocking boats is no veto",
			"Chinese vessels blocked the resupply boats near the shoal, the Security Council was told.",
			nil, []string{"VETOED state:CHN inst:unsc"}},
	})
}
