package extract

import "testing"

// Round 12, dates and modality of matched relations (SCHEMA.md "Dates", "Modality"). Every
// sentence is our own.

// TestVagueAdverbYields: a vague adverb in the verb group ("previously sanctioned", "had
// earlier signed", "recently visited") gives no date of its own, but a date its clause
// states is the event's (SCHEMA.md Dates rule 1); alone it still gives none, and a vague
// phrase that is no adverb ("last week") still keeps a farther date away.
func TestVagueAdverbYields(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"previously, a year after the object", "2024-10-15",
			"Canada previously sanctioned Iran in 2022.",
			RelSanctioned, "state:CAN", "state:IRN", []string{"2022"}},
		{"had earlier, a month and year, passive-free past perfect", "2025-03-02",
			"Japan and the Philippines had earlier signed the Reciprocal Access Agreement in July 2024.",
			RelSigned, "state:JPN", "agr:reciprocal-access-agreement", []string{"2024-07"}},
		{"recently, a day after the place", "2024-06-20",
			"Estonia's foreign minister Margus Tsahkna recently visited Seoul on 3 June.",
			RelVisited, "person:margus-tsahkna", "place:seoul", []string{"2024-06-03"}},
		{"near miss: the adverb alone gives no date", "2024-10-15",
			"Australia previously sanctioned Iran.",
			RelSanctioned, "state:AUS", "state:IRN", nil},
		{"near miss: last week is no adverb and keeps its none", "2024-10-15",
			"Britain sanctioned Iran last week, after the strike of 1 October.",
			RelSanctioned, "state:GBR", "state:IRN", nil},
	})
}
