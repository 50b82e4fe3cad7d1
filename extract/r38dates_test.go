package extract

import (
	"testing"
)

// Round 38, dates of matched relations (SCHEMA.md "Dates" rule 3). Every sentence is our own.

// TestComesDaysAfter: "The <event> comes N days after <clause>" is told in the present: the
// event the noun names is the report's own day, so the clause's event lies N days before the
// reference date (words.tsv aspect-now; reldates.go afterAnchor). "one day after" is "a day
// after" (dates.tsv days-after). Near miss: "came" (the past) counts from the report's lead
// event, not the reference date.
func TestComesDaysAfter(t *testing.T) {
	x := newTestExtractor(t)
	checkAnyRelationDate(t, x, []anyDateCase{
		{"a test launch one day after a meeting of two ministers",
			"Published: 2024-10-31\n\nNorth Korea fired a ballistic missile into the sea. The launch comes one day after Defence Minister Kim Yong-hyun and Defence Secretary Lloyd Austin held talks in Washington.",
			RelMetWith, "person:kim-yong-hyun", "person:lloyd-austin", "2024-10-30", ""},
		{"a sanctions move two days after a head of state visited a capital",
			"Published: 2024-06-21\n\nSeoul imposed new export controls on Moscow. The decision comes two days after Vladimir Putin visited Pyongyang.",
			RelVisited, "person:vladimir-putin", "place:pyongyang", "2024-06-19", ""},
		{"a week after, the doer a state",
			"Published: 2024-03-15\n\nThe European Union adopted a new package of measures. The package comes a week after Russia struck Odesa with drones.",
			RelAttacked, "state:RUS", "place:odesa", "2024-03-08", ""},
		{"near miss: told in the past, the noun's event is not the report's day",
			"Published: 2024-06-21\n\nSeoul imposed new export controls on Moscow. The decision came two days after Vladimir Putin visited Pyongyang.",
			RelVisited, "person:vladimir-putin", "place:pyongyang", "", "2024-06-19"},
	})
}
