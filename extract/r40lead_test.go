package extract

import "testing"

// TestR40NoVerbReading: words that look like a trigger but are not its verb here. A journey verb
// has no passive ("was headed by" leads a delegation; nobody travels), and an -ing trigger after a
// preposition with nothing to act on is a noun in a list ("with funding and weapons").
func TestR40NoVerbReading(t *testing.T) {
	checkRelations(t, "2025-01-10", []relCase{
		{"a delegation headed by a minister, passive",
			"Japan's delegation was headed by Foreign Minister Takeshi Iwaya, who arrived in Manila on Tuesday.",
			[]string{"VISITED person:takeshi-iwaya place:manila"},
			[]string{"VISITED person:takeshi-iwaya state:JPN"}},
		{"a mission headed by a deputy, another order",
			"Poland's mission to the talks was headed by Deputy Minister Anna Kowalska.",
			nil,
			[]string{"VISITED person:anna-kowalska state:POL"}},
		{"funding as a noun in a list after 'with'",
			"Iran, which supports these groups and Hamas with funding and weapons, bears responsibility.",
			[]string{"SUPPORTS state:IRN inst:hamas"},
			[]string{"SUPPORTS inst:hamas state:IRN"}},
		{"financing as a noun after 'through'",
			"Qatar backed the Palestinian Authority through financing, training and equipment.",
			[]string{"SUPPORTS state:QAT inst:palestinian-authority"},
			[]string{"SUPPORTS inst:palestinian-authority state:QAT"}},
		{"a gerund with an object after a preposition is still a verb",
			"The Treasury sanctioned Iran for funding Hezbollah.",
			[]string{"SUPPORTS state:IRN inst:hezbollah"},
			nil},
	})
}
