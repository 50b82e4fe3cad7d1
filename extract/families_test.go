package extract

import "testing"

// TestWordingFamilies covers wording families learned from the misses of testdata/dev3 (texts
// by another hand): each case is a sentence of our own in the family, with near misses the
// rule must leave alone.
func TestWordingFamilies(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'the Secretary' is the person titled Secretary, not a later Foreign Secretary",
			"Secretary Marco Rubio spoke on Monday with British Foreign Secretary David Lammy. The Secretary was in Europe last week. He visited Poland and Estonia on that trip.",
			[]string{"VISITED person:marco-rubio state:POL", "VISITED person:marco-rubio state:EST"},
			[]string{"VISITED person:david-lammy state:POL"}},
		{"a title that only holds the phrase's words is still its fallback",
			"Chinese Foreign Minister Wang Yi spoke with reporters. The Minister later visited Brazil.",
			[]string{"VISITED person:wang-yi state:BRA"}, nil},
	})
}
