package extract

import (
	"context"
	"testing"
)

// Round 36, dates of matched relations (SCHEMA.md "Dates"). Every sentence is our own.

// TestPlaceStateDates: a dated journey or deployment to a place inside a state
// (places-geonames.tsv) dates the tie of the same source to that state, when the document
// states that tie: it is the same journey or deployment, on the same day (relations.tsv flag
// place-state). Near misses: a place in another state, a planned journey, a tie to the state
// the document never states (no relation is made up), a place of the traveller's own state.
func TestPlaceStateDates(t *testing.T) {
	x := newTestExtractor(t)
	checkAnyRelationDate(t, x, []anyDateCase{
		{"troops shipped to a port city between two days, the deployment reported on a weekday",
			"Published: 2024-10-20\n\nNorth Korea has sent soldiers to Russia, the intelligence agency said on Friday. The soldiers were shipped from Chongjin to Vladivostok between October 8 and 13.",
			RelDeployed, "state:PRK", "state:RUS", "2024-10-08", ""},
		{"a landing in the capital on a weekday, the state visit undated",
			"Published: 2024-06-20\n\nPresident Vladimir Putin is on a state visit to North Korea, the Kremlin said. Putin landed in Pyongyang on Wednesday.",
			RelVisited, "person:vladimir-putin", "state:PRK", "2024-06-19", ""},
		{"a minister travelling on to a second city, the trip to the state stated first",
			"Date: 12 March 2025\n\nForeign Minister Sergey Lavrov travelled to India for talks, the ministry said. Lavrov arrived in Mumbai on 10 March 2025.",
			RelVisited, "person:sergey-lavrov", "state:IND", "2025-03-10", ""},
		{"near miss: a place in another state dates nothing in Russia",
			"Published: 2024-10-20\n\nNorth Korea has sent soldiers to Russia, the intelligence agency said on Friday. Some units were moved to Minsk on 9 October.",
			RelDeployed, "state:PRK", "state:RUS", "", "2024-10-09"},
		{"near miss: a planned landing dates no visit",
			"Published: 2024-06-18\n\nPresident Vladimir Putin is on a state visit to North Korea, the Kremlin said. Putin will land in Pyongyang on Wednesday.",
			RelVisited, "person:vladimir-putin", "state:PRK", "", "2024-06-19"},
	})

	// A tie to the state the document never states is not made up from the place.
	doc, err := x.Extract(context.Background(), Meta{ID: "t"},
		"Published: 2024-10-20\n\nNorth Korea sent engineers to Vladivostok on 9 October.")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range doc.Relations {
		if r.Type == RelDeployed && r.Dst == "state:RUS" {
			t.Errorf("made-up tie to the place's state: %+v", r)
		}
	}
}

// TestSignedAllianceDates: a partnership or alliance between two states stated with no date
// in a sentence that dates their signing of one agreement is the tie the signing made, and
// holds from the signing's date: the tie named inside the agreement's name, or in an
// apposition on the agreement. Near miss: an alliance in a sentence after the signing.
func TestSignedAllianceDates(t *testing.T) {
	x := newTestExtractor(t)
	checkRelationDates(t, x, []relDateCase{
		{"the partnership named in the agreement whose signing is dated", "2025-03-02",
			"The ministers welcomed the signing on 28 February 2025 of the Strategic Partnership Agreement between India and the Philippines.",
			RelAllyOf, "state:IND", "state:PHL", []string{"2025-02-28"}},
		{"leaders sign for their states, the alliance in an apposition on the treaty", "2024-05-16",
			"NAIROBI - Kenyan President William Ruto and Ugandan President Yoweri Museveni signed the Treaty of Good Neighbourliness on Tuesday, a deal Ruto described as raising relations between Kenya and Uganda to the level of an alliance.",
			RelAllyOf, "state:KEN", "state:UGA", []string{"2024-05-14"}},
		{"the alliance in an apposition on a charter three states signed", "2023-09-20",
			"Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter in Bamako on 16 September 2023, a defence pact that Goita hailed as an alliance of the three states.",
			RelAllyOf, "state:MLI", "state:NER", []string{"2023-09-16"}},
		{"near miss: an alliance in the sentence after a signing", "2024-07-10",
			"Japan and the Philippines signed a defence agreement on 8 July 2024. The alliance between Japan and the Philippines is growing.",
			RelAllyOf, "state:JPN", "state:PHL", nil},
	})
}
