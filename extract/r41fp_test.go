package extract

import "testing"

// TestR41ThingsOfAStateTravel: a journey or arrival verb whose subject is what a state sends
// (its soldiers, trainers, aircraft or ships), the state only an adjective before it, is no
// visit by that state; a state's delegation or side is its people and still visits. The texts
// are our own.
func TestR41ThingsOfAStateTravel(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"trainers arriving with a system",
			"Turkish military advisers arrived in Tripoli in March with a drone system, local media said.",
			nil, []string{"VISITED state:TUR place:tripoli"}},
		{"operators arriving with parts",
			"Iranian drone operators arrived in Caracas last week with spare parts.",
			nil, []string{"VISITED state:IRN place:caracas"}},
		{"a delegation still visits",
			"The Chinese delegation will travel to Nairobi on Thursday.",
			[]string{"VISITED state:CHN place:nairobi"}, nil},
	})
}
