package extract

import "testing"

// TestH44cvisArrivalVenue: an arrival "at" a named venue (triggers.tsv "arrived at" rows)
// names the venue; a town or region in a locative after it only locates the venue and is no
// destination of its own. An "at" with no named object leaves the "in" place the destination.
func TestH44cvisArrivalVenue(t *testing.T) {
	checkRelations(t, "2024-03-14", []relCase{
		{"landed at an airport in a capital",
			"President Ruto landed at Bole International Airport in Addis Ababa on Tuesday.",
			[]string{"VISITED person:william-ruto place:bole-international-airport"},
			[]string{"VISITED person:william-ruto place:addis-ababa"}},
		{"arrived at a palace in a capital",
			"Prime Minister Modi arrived at the Planalto Palace in Brasilia on Tuesday.",
			[]string{"VISITED person:narendra-modi place:planalto-palace"},
			[]string{"VISITED person:narendra-modi place:brasilia"}},
		{"touched down at an air base near a city",
			"Antony Blinken touched down at Andrews Air Force Base near Washington late on Friday.",
			[]string{"VISITED person:antony-blinken place:andrews-air-force-base"},
			[]string{"VISITED person:antony-blinken place:washington"}},
		{"near miss: an arrival in a city stays the city",
			"Prime Minister Shehbaz Sharif arrived in Colombo on Monday for talks.",
			[]string{"VISITED person:shehbaz-sharif place:colombo"}, nil},
		{"near miss: an at with no named place falls back to the city",
			"President Aliyev arrived at dawn in Tbilisi for a two-day visit.",
			[]string{"VISITED person:ilham-aliyev place:tbilisi"}, nil},
	})
}
