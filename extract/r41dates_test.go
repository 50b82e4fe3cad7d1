package extract

import "testing"

// Round 41, dates of matched relations (SCHEMA.md "Dates" rule 1). Every sentence is our own.

// TestAttributiveDates: a date standing between a determiner and a noun ("the March 2023
// summit", "its 12 May strikes") dates the event that noun names, not another act of the
// sentence; the act told around it keeps the date it has elsewhere (here the sentence
// before it, or none). A trigger inside the noun phrase takes it ("the April trilateral
// summit between ..."), and so does an act placed at the dated occasion ("met at the
// November 2023 summit": dates.tsv occasion-link).
func TestAttributiveDates(t *testing.T) {
	x := newTestExtractor(t)
	checkAnyRelationDate(t, x, []anyDateCase{
		{"a stance welcoming a decision about a dated strike",
			"Published: 2024-11-04\n\nThe Secretary reaffirmed the firm commitment of the United States to the security of Israel and welcomed the choice to confine its October 26 strikes to military sites.",
			RelSupports, "state:USA", "state:ISR", "", "2024-10-26"},
		{"a meeting whose agenda names an earlier dated summit",
			"Published: 2023-03-16\n\nThe Secretary of State, Antony Blinken, also met Foreign Minister Hassoumi Massaoudou to review the pledges made at the December 2022 Leaders Summit.",
			RelMetWith, "person:antony-blinken", "person:hassoumi-massaoudou", "", "2022-12"},
		{"the trigger heads the dated noun phrase",
			"Published: 2024-06-17\n\nThe ministers welcomed the outcomes of the April 2024 trilateral summit between President Joe Biden, President Ferdinand Marcos and Prime Minister Fumio Kishida, and will review them next month.",
			RelMetWith, "person:fumio-kishida", "person:joe-biden", "2024-04", "2024-07"},
		{"near miss: an act placed at the dated occasion takes its date",
			"Published: 2024-02-10\n\nJoe Biden met Xi Jinping at the November 2023 summit in California.",
			RelMetWith, "person:joe-biden", "person:xi-jinping", "2023-11", ""},
	})
}
