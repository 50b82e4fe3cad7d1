package extract

import (
	"reflect"
	"testing"
)

// TestRelativeDateForms is a second table over the forms SCHEMA.md "Dates" names (and the
// coarse ones news writers use beside them: seasons, "late 2023", month ranges), each with
// its own wording, checked against the rule that decides it.
func TestRelativeDateForms(t *testing.T) {
	lx := testDateLexicon(t)
	cases := []struct {
		name, ref, text string
		want            []string
	}{
		// Rule 3, bare weekdays: past tense looks back (six days or the day itself).
		{"past weekday, ref friday", "2024-11-15", "The foreign ministers spoke by phone on Monday.", []string{"2024-11-11"}},
		{"past weekday, passive", "2024-11-15", "The treaty was ratified by the Duma on Thursday.", []string{"2024-11-14"}},
		{"past weekday, perfect", "2024-11-15", "Seoul has summoned the Russian ambassador on Tuesday.", []string{"2024-11-12"}},
		{"weekday after a comma opener", "2024-11-15", "On Wednesday, the Council adopted the resolution.", []string{"2024-11-13"}},
		// with a plan or future it looks forward.
		{"expected weekday", "2024-11-15", "The envoy is expected to arrive in Beijing on Sunday.", []string{"2024-11-17"}},
		{"set to weekday", "2024-11-15", "The ministers are set to meet on Tuesday.", []string{"2024-11-19"}},
		{"going to weekday", "2024-11-15", "Parliament is going to vote on Monday.", []string{"2024-11-18"}},
		{"shall weekday", "2024-11-15", "The delegation shall depart on Saturday.", []string{"2024-11-16"}},
		// last / next weekday and week phrases.
		{"last weekday from sunday", "2024-11-17", "The envoys met last Friday.", []string{"2024-11-08"}},
		{"next weekday from sunday", "2024-11-17", "The envoys meet next Friday.", []string{"2024-11-22"}},
		{"weekday of last week from monday", "2024-11-18", "The envoys met on Monday of last week.", []string{"2024-11-11"}},
		// months and years relative to the reference.
		{"last month in passive", "2024-03-15", "The sanctions were imposed last month.", []string{"2024-02"}},
		{"earlier this month", "2024-03-15", "The drills began earlier this month.", []string{"2024-03"}},
		{"later this month is the month", "2024-03-15", "The ministers will meet later this month.", []string{"2024-03"}},
		{"earlier this year", "2024-03-15", "Hungary ratified the protocol earlier this year.", []string{"2024"}},
		{"later this year", "2024-03-15", "Sweden will host the summit later this year.", []string{"2024"}},
		{"late last year", "2024-03-15", "The drones were delivered late last year.", []string{"2023"}},
		{"early next year", "2024-03-15", "The troops will leave early next year.", []string{"2025"}},
		{"next month", "2024-03-15", "The envoy will visit Hanoi next month.", []string{"2024-04"}},
		{"last year", "2024-03-15", "Moscow signed the accord last year.", []string{"2023"}},
		// anchored to the previous event of the paragraph.
		{"the following day", "2024-06-30", "Putin arrived in Pyongyang on 18 June 2024. He left for Hanoi the following day.", []string{"2024-06-19"}},
		{"the following day, opening", "2024-06-30", "Putin arrived in Pyongyang on 18 June 2024. The following day, he signed the treaty.", []string{"2024-06-19"}},
		{"the day after", "2024-06-30", "Putin arrived in Pyongyang on 18 June 2024. The day after, he signed the treaty.", []string{"2024-06-19"}},
		{"that day", "2024-06-30", "Putin arrived in Pyongyang on 18 June 2024. Kim met him at the airport that day.", []string{"2024-06-18"}},
		{"later that day", "2024-06-30", "Putin arrived in Pyongyang on 18 June 2024. Later that day he met Kim.", []string{"2024-06-18"}},
		{"three days later", "2024-06-30", "Putin arrived in Pyongyang on 18 June 2024. Three days later he flew home.", []string{"2024-06-21"}},
		{"a month later", "2024-09-30", "Putin arrived in Pyongyang on 18 June 2024. A month later, the Duma ratified the treaty.", []string{"2024-07"}},
		{"the following month", "2024-09-30", "The treaty was signed on 19 June 2024. The Duma ratified it the following month.", []string{"2024-07"}},
		{"the following week is week-level", "2024-09-30", "The treaty was signed on 19 June 2024. The Duma ratified it the following week.", nil},
		{"the next day from a weekday", "2024-11-15", "The launch came on Tuesday. The next day, Tokyo protested.", []string{"2024-11-13"}},
		{"concurrently", "2024-12-20", "The Treasury designated six firms on 16 December 2024. The State Department is concurrently imposing sanctions on the ministry.", []string{"2024-12-16"}},
		{"simultaneously, from today", "2024-12-16", "Today, Canada listed four banks. Australia simultaneously sanctioned two shipping firms.", []string{"2024-12-16"}},
		{"simultaneously, from a weekday", "2024-12-20", "London froze the assets on Tuesday. Brussels simultaneously announced parallel measures.", []string{"2024-12-17"}},
		{"near miss: concurrently with nothing before it", "2024-12-20", "The ministry concurrently oversees the navy.", nil},
		{"near miss: at the same time is no anchor", "2024-12-20", "Moscow denied the report on 16 December 2024. At the same time, it sent more troops.", nil},
		{"immediately after the event just dated", "2024-10-31", "The missile was fired at 07:10 this morning. The chairman called his U.S. counterpart immediately after the launch.", []string{"2024-10-31"}},
		{"shortly after a dated event", "2024-06-01", "Seoul protested shortly after the May 5 vote.", []string{"2024-05-05", "2024-05-05"}},
		{"just after, from a weekday", "2024-11-15", "The drones struck Kyiv on Tuesday. Zelensky spoke to Macron just after the attack.", []string{"2024-11-12"}},
		{"near miss: soon after is vague", "2024-11-15", "The drones struck Kyiv on Tuesday. Zelensky spoke to Macron soon after the attack.", nil},
		// A UN document's year of adoption in brackets is part of its name, no date.
		{"resolution year", "2024-12-27", "Earlier this month, the Council renewed the sanctions it imposed under resolution 2713 (2023).", []string{"2024-12"}},
		{"resolutions with years", "2024-12-27", "The Council acted under resolutions 2270 (2016) and 2321 (2016).", nil},
		{"near miss: a bracketed year after a word is a date", "", "The treaty (1951) binds both allies.", []string{"1951"}},
		// A title-case dateline on the reference day is the filing's day, no event's.
		{"title-case dateline with an agency", "2024-11-30", "Pyongyang, November 30 (KCNA) -- Kim received the minister yesterday.", []string{"2024-11-29"}},
		{"two-word title-case dateline with a dash", "2024-11-30", "Addis Ababa, November 30 - The ministers met yesterday.", []string{"2024-11-29"}},
		{"near miss: a name, a comma and a date in the sentence", "2024-11-30", "Lavrov, November 30 being a holiday, met Wang Yi.", []string{"2024-11-30"}},
		// Vague forms give nothing.
		{"in recent weeks", "2024-11-15", "Shells have been shipped in recent weeks.", nil},
		{"last week", "2024-11-15", "The envoys met last week.", nil},
		{"lately", "2024-11-15", "The envoys have lately met often.", nil},
		// Coarse periods: a season or a part of a year gives the year.
		{"late year", "", "The first troops arrived in late 2023.", []string{"2023"}},
		{"early year", "", "The missiles were delivered in early 2024.", []string{"2024"}},
		{"mid year", "", "The talks stalled in mid-2024.", []string{"2024"}},
		{"season of a year", "", "The drills were held in the spring of 2023.", []string{"2023"}},
		{"season year", "", "The drills were held in summer 2023.", []string{"2023"}},
		{"first half", "", "Exports rose in the first half of 2024.", []string{"2024"}},
		{"end of a month", "", "The envoys met at the end of October 2024.", []string{"2024-10"}},
		{"end of a year is the year", "", "The envoys met at the end of 2024.", []string{"2024"}},
		// Rule 5: ranges give the first day.
		{"range across months", "", "The drills ran from 28 February to 3 March 2024.", []string{"2024-02-28", "2024-03-03"}},
		{"range of days, month first", "", "Putin visited Pyongyang on June 19-20, 2024.", []string{"2024-06-19", "2024-06-20"}},
		{"between months", "", "Shells were shipped between August and October 2023.", []string{"2023-08", "2023-10"}},
		{"between months, later reference", "2024-11-15", "Shells were shipped between August and October 2023.", []string{"2023-08", "2023-10"}},
		{"range across a year end", "2024-11-15", "The drills ran from December to February 2024.", []string{"2023-12", "2024-02"}},
		{"range across months, later reference", "2025-06-01", "The drills ran from 28 February to 3 March 2024.", []string{"2024-02-28", "2024-03-03"}},
		{"near miss: two dates apart keep their own years", "2024-11-15", "The envoys met in August and signed the accord in October 2023.", []string{"2024-08", "2023-10"}},
		{"through", "", "The drills ran from 8 through 13 October 2024.", []string{"2024-10-08", "2024-10-13"}},
		{"since a weekday", "2024-11-15", "Troops have massed on the border since Monday.", []string{"2024-11-11"}},
		// bounds and deadlines give no date.
		{"ahead of a date", "2024-11-15", "The ministers met ahead of the 20 November summit.", []string{"2024-11-20"}},
		{"not before", "", "Troops will not leave before 2026.", nil},
		// Rule 4 with a weekday stated beside a day.
		{"weekday with a day", "2024-11-15", "The envoys met on Tuesday, 12 November.", []string{"2024-11-12"}},
		{"day without year past the half-year", "2024-03-15", "The envoys met on 20 November.", []string{"2023-11-20"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := lastSentenceDates(lx, c.text, c.ref)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("%q (ref %s) = %q, want %q", c.text, c.ref, got, c.want)
			}
		})
	}
}

// TestFirstSinceIsTheEventJustDated: "It was the first visit ... since 2000" names the event the
// text just dated; its "since" measures a gap and dates nothing. A count past the first ("the
// third round of strikes since July") is a series that began then, rule 5's span.
func TestFirstSinceIsTheEventJustDated(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"first visit since a year", "2024-06-20",
			"Putin arrived in Pyongyang on 19 June 2024 for talks with Kim Jong Un. It was the first visit by a Russian leader to North Korea since 2000.",
			RelVisited, "person:vladimir-putin", "state:PRK", []string{"2024-06-19"}},
		{"this was his first, from a weekday", "2024-03-29",
			"Kim Jong Un arrived in Beijing on Tuesday. This was his first visit to China since 2019.",
			RelVisited, "person:kim-jong-un", "state:CHN", []string{"2024-03-26"}},
		{"near miss: the third round since a month is the series", "2024-12-20",
			"Israeli jets struck Hodeidah on 19 December 2024. It was the third round of Israeli strikes on Yemen since July.",
			RelAttacked, "state:ISR", "state:YEM", []string{"2024-07"}},
	}
	checkRelationDates(t, x, cases)
}

// TestClosedRelativeClause: a relative clause set off by commas between a trigger and a date
// ("received X, who is on a visit to the DPRK, at the Party building yesterday") does not hold
// the date: after the closing comma the main clause goes on, and the event named inside the
// clause does not take the date from it.
func TestClosedRelativeClause(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"who clause with a visit", "2024-11-30",
			"Kim Jong Un received Andrei Belousov, who is on an official goodwill visit to the DPRK, at the Party headquarters yesterday.",
			RelMetWith, "person:kim-jong-un", "person:andrei-belousov", []string{"2024-11-29"}},
		{"which clause, passive main verb", "2025-03-14",
			"Sergey Lavrov was received by Wang Yi, whose ministry hosted a visit by Kim last year, in Beijing on Tuesday.",
			RelMetWith, "person:sergey-lavrov", "person:wang-yi", []string{"2025-03-11"}},
		{"near miss: an open clause keeps its date", "2024-11-30",
			"Kim Jong Un received Andrei Belousov, who visited Pyongyang yesterday.",
			RelMetWith, "person:kim-jong-un", "person:andrei-belousov", nil},
	}
	checkRelationDates(t, x, cases)
}
