package extract

import "testing"

// Round 29, dates of matched relations (SCHEMA.md "Dates"). Every sentence is our own; the
// documents open with header blocks of several styles ("Published:", "Date:", a headline
// above the key lines) so that the reference date comes from the text as in a file.

// TestPerformativeObjectKeepsItsDate: a present-tense speech act ("condemns", "deplores")
// is performed on the reference date, but an event noun in its object ("the strike ...
// yesterday morning", "the launch of ... on Sunday") is another relation (ATTACKED,
// LAUNCHED, DEPLOYED) with its own date, not the statement's (SCHEMA.md Dates rule 1). The
// speech act itself and a stance it voices ("reaffirms its support for") keep the reference
// date.
func TestPerformativeObjectKeepsItsDate(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"the strike yesterday morning in the object of condemns", "",
			"Title: Statement on the strike on Odesa\nPublished: 14 March 2025\nSource: Foreign ministry\n\nThe Ministry firmly condemns the strike carried out by the Russian Federation on the city of Odesa yesterday morning.",
			RelAttacked, "state:RUS", "place:odesa", []string{"2025-03-13"}},
		{"the speech act itself keeps the reference date", "",
			"Title: Statement on the strike on Odesa\nPublished: 14 March 2025\nSource: Foreign ministry\n\nThe Government of Japan strongly condemns the strike carried out by the Russian Federation on Odesa yesterday morning.",
			RelCondemned, "state:JPN", "state:RUS", []string{"2025-03-14"}},
		{"a launch on a weekday in the object of deplores, Date: header", "",
			"Date: 2024-06-05\nSource: Press office\n\nSeoul deplores the launch by North Korea of a Hwasong-18 missile on Sunday.",
			RelLaunched, "state:PRK", "weapon:hwasong-18", []string{"2024-06-02"}},
		{"near miss: a stance voiced by the verb keeps the reference date", "",
			"Statement from Ottawa\nPublished: 2023-11-20\n\nCanada reaffirms its unwavering support for Ukraine, which Russia attacked in February 2022.",
			RelSupports, "state:CAN", "state:UKR", []string{"2023-11-20"}},
	})
}

// TestProgressiveIsToday: an event told in the present progressive ("is visiting", "are
// imposing sanctions", "is sending troops") goes on on the day it is stated: with no date in
// its clause it takes the reference date, or the date of the statement that reports it
// (SCHEMA.md Dates rules 1 and 3). A past or future progressive, or a clause with a date of
// its own (even a vague one), gets nothing from the tense.
func TestProgressiveIsToday(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"a relative clause, is visiting, Published: header", "",
			"Title: Ministers meet in London\nPublished: 10 September 2024\nSource: Foreign Office\n\nForeign Secretary David Lammy spoke in London alongside Antony Blinken, who is visiting the UK for the annual dialogue.",
			RelVisited, "person:antony-blinken", "state:GBR", []string{"2024-09-10"}},
		{"a noun after the -ing verb, are imposing sanctions, Date: header", "",
			"Date: 2024-11-27\nSource: Press release\n\nToday Canada and Australia are imposing new sanctions on Iran.",
			RelSanctioned, "state:CAN", "state:IRN", []string{"2024-11-27"}},
		{"reported with the statement's day", "",
			"Troops for Moscow\nPublished: 2024-10-19\n\nSeoul said on Friday that North Korea is sending troops to Russia.",
			RelDeployed, "state:PRK", "state:RUS", []string{"2024-10-18"}},
		{"near miss: a past progressive", "",
			"Published: 2025-01-07\n\nThe missile flew 1,100 kilometres while Antony Blinken was visiting Seoul.",
			RelVisited, "person:antony-blinken", "place:seoul", nil},
		{"near miss: a vague date in the clause", "",
			"Published: 2025-01-07\n\nAntony Blinken is visiting Tokyo in the coming days.",
			RelVisited, "person:antony-blinken", "place:tokyo", nil},
	})
}

// TestExampleKeepsItsDate: a target named in an example after the trigger (", including
// the Hwasong-18 ... on July 12") with a date of its own right after it is dated by that
// date, not by the trigger's ("launches this year"): the example's date is its event's
// (SCHEMA.md Dates rule 1). The general relation keeps the trigger's date, and an example
// without a date of its own takes nothing new.
func TestExampleKeepsItsDate(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"launches this year, including a named missile on a day", "",
			"Title: Joint statement\nDate: 2023-09-22\n\nThe ministers condemned North Korea's launches of ballistic missiles this year, including the Hwasong-18 intercontinental ballistic missile on July 12.",
			RelLaunched, "state:PRK", "weapon:hwasong-18", []string{"2023-07-12"}},
		{"the general relation keeps the trigger's date", "",
			"Title: Joint statement\nDate: 2023-09-22\n\nThe ministers condemned North Korea's launches of ballistic missiles this year, including the Hwasong-18 intercontinental ballistic missile on July 12.",
			RelLaunched, "state:PRK", "weapon:ballistic-missile", []string{"2023"}},
		{"has launched ... times, including ... on a day, a headline above", "",
			"Tokyo lodges protest\nPublished: 2024-01-14\n\nSince the beginning of last year, North Korea has launched ballistic missiles more than 20 times, including the Hwasong-18 missile on December 18.",
			RelLaunched, "state:PRK", "weapon:hwasong-18", []string{"2023-12-18"}},
		{"near miss: an example without a date of its own", "",
			"Date: 2023-09-22\n\nNorth Korea launched ballistic missiles in August, including the Hwasong-18.",
			RelLaunched, "state:PRK", "weapon:hwasong-18", []string{"2023-08"}},
	})
}
