package extract

import (
	"context"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

func testDateLexicon(t *testing.T) *dateLexicon {
	t.Helper()
	rules, err := loadRuleSet(nil)
	if err != nil {
		t.Fatal(err)
	}
	lx, err := compileDates(rules["dates"])
	if err != nil {
		t.Fatal(err)
	}
	if lx.words, err = compileWords(rules["words"]); err != nil {
		t.Fatal(err)
	}
	return lx
}

// lastSentenceDates resolves a text's dates against ref and returns what the date
// expressions of its last sentence give (nothing for a bound such as "by March").
func lastSentenceDates(lx *dateLexicon, text, ref string) []string {
	tokens := tokenize(text)
	spans := splitSentences(tokens, lx.words)
	all, _ := lx.documentDates(tokens, spans, ref, -1)
	var out []string
	for _, d := range all[len(all)-1] {
		if !d.noEvent {
			out = append(out, d.values...)
		}
	}
	return out
}

// TestRelativeDates covers every rule of SCHEMA.md "Dates" that resolves an expression,
// with reference dates on every weekday, across month and year ends and on a leap day.
// Weekdays of the reference dates: 2024-02-28 Wed, 2024-02-29 Thu (leap day), 2024-03-01
// Fri, 2024-06-15 Sat, 2024-06-30 Sun, 2024-06-17 Mon, 2024-12-31 Tue, 2025-01-01 Wed.
func TestRelativeDates(t *testing.T) {
	lx := testDateLexicon(t)
	cases := []struct {
		name, ref, text string
		want            []string
	}{
		// Rule 3: a bare weekday is the nearest such day on or before the reference date.
		{"weekday day before", "2024-02-29", "Kim met Putin on Wednesday.", []string{"2024-02-28"}},
		{"weekday on the day", "2024-02-29", "Kim met Putin on Thursday.", []string{"2024-02-29"}},
		{"weekday six days before", "2024-02-29", "Kim met Putin on Friday.", []string{"2024-02-23"}},
		{"weekday onto leap day", "2024-03-01", "Kim met Putin on Thursday.", []string{"2024-02-29"}},
		{"weekday across month end", "2024-03-01", "Kim met Putin on Saturday.", []string{"2024-02-24"}},
		{"weekday across year end", "2025-01-01", "Kim met Putin on Monday.", []string{"2024-12-30"}},
		{"weekday on new year's eve", "2025-01-01", "Kim met Putin on Tuesday.", []string{"2024-12-31"}},
		{"weekday ref sunday", "2024-06-30", "Kim met Putin on Monday.", []string{"2024-06-24"}},
		{"weekday ref sunday same", "2024-06-30", "Kim met Putin on Sunday.", []string{"2024-06-30"}},
		{"weekday ref saturday", "2024-06-15", "Kim met Putin on Friday.", []string{"2024-06-14"}},
		{"weekday ref monday", "2024-06-17", "Kim met Putin on Sunday.", []string{"2024-06-16"}},
		{"weekday possessive", "2024-06-17", "Friday's talks between Kim and Putin ended.", []string{"2024-06-14"}},
		// A future or plan cue looks forward.
		{"future across year end", "2024-12-31", "Kim will meet Putin on Friday.", []string{"2025-01-03"}},
		{"future same weekday is next week", "2024-12-31", "Kim will travel to Moscow on Tuesday.", []string{"2025-01-07"}},
		{"plan onto leap day", "2024-02-28", "Kim is due to arrive in Moscow on Thursday.", []string{"2024-02-29"}},
		{"plan across month end", "2024-02-28", "Kim is scheduled to visit Moscow on Friday.", []string{"2024-03-01"}},
		{"opening weekday, future verb", "2024-06-17", "On Friday, Lavrov will visit Pyongyang.", []string{"2024-06-21"}},
		{"speech past, future in report", "2024-06-17", "Lavrov said on Friday that he will visit Pyongyang.", []string{"2024-06-14"}},
		{"opening weekday, future in report", "2024-06-17", "On Friday, Lavrov said he would visit Pyongyang.", []string{"2024-06-14"}},
		{"plan inside a closed relative clause", "2024-10-19", "Putin, who is scheduled to host Xi on Tuesday, met Kim on Friday.", []string{"2024-10-22", "2024-10-18"}},
		{"plan inside an open relative clause", "2025-01-01", "Putin met Kim, who will fly home on Friday.", []string{"2025-01-03"}},
		// A weekday after "the following" or "that" counts from the paragraph's last dated event.
		{"the following weekday", "2024-10-25", "Putin arrived on 1 October 2024. He met Kim the following Monday.", []string{"2024-10-07"}},
		{"that weekday", "2024-10-25", "Putin arrived on 1 October 2024. That Friday he met Kim.", []string{"2024-10-04"}},
		{"that weekday is the anchor's day", "2024-10-25", "Putin arrived on 1 October 2024. He met Kim that Tuesday.", []string{"2024-10-01"}},
		{"the following weekday across year end", "2025-01-10", "Talks opened on 30 December 2024. The envoys met again the following Thursday.", []string{"2025-01-02"}},
		{"the following weekday onto leap day", "2024-03-10", "Talks opened on 26 February 2024. The envoys met again the following Thursday.", []string{"2024-02-29"}},
		{"the previous weekday", "2024-10-25", "Putin arrived on 10 October 2024. He had met Kim the previous Friday.", []string{"2024-10-04"}},
		{"the previous weekday across year start", "2025-01-10", "Talks opened on 2 January 2025. The envoys had met the preceding Monday.", []string{"2024-12-30"}},
		{"the following weekday without an anchor", "2024-10-25", "Kim will meet Putin the following Monday.", []string{"2024-10-28"}},
		{"that before a possessive weekday opens a clause", "2024-10-25", "Peskov said that Friday's talks were useful.", []string{"2024-10-25"}},
		// last / next weekday: weeks start on Monday.
		{"last weekday", "2024-03-01", "Kim met Putin last Wednesday.", []string{"2024-02-21"}},
		{"last sunday from monday", "2024-06-17", "Kim met Putin last Sunday.", []string{"2024-06-16"}},
		{"weekday of last week", "2025-01-01", "Kim met Putin on Wednesday of last week.", []string{"2024-12-25"}},
		{"next weekday across year", "2024-12-31", "Kim meets Putin next Monday.", []string{"2025-01-06"}},
		{"next same weekday", "2024-12-31", "Kim meets Putin next Tuesday.", []string{"2025-01-07"}},
		// last / next month name: the latest such month before the reference month, the
		// first one after it (rule 4 alone would put "last September" in the future).
		{"last month name, earlier in the year", "2024-04-10", "Kim met Putin last March.", []string{"2024-03"}},
		{"last month name, previous year", "2024-04-10", "Kim met Putin last September.", []string{"2023-09"}},
		{"last month name, same month", "2024-04-10", "Kim met Putin last April.", []string{"2023-04"}},
		{"next month name, later in the year", "2024-04-10", "Kim will meet Putin next September.", []string{"2024-09"}},
		{"next month name, next year", "2024-11-30", "Kim will meet Putin next February.", []string{"2025-02"}},
		// today / yesterday / tomorrow.
		{"yesterday onto leap day", "2024-03-01", "Kim met Putin yesterday.", []string{"2024-02-29"}},
		{"today", "2024-03-01", "Kim meets Putin today.", []string{"2024-03-01"}},
		{"tomorrow onto leap day", "2024-02-28", "Kim meets Putin tomorrow.", []string{"2024-02-29"}},
		{"tonight", "2024-12-31", "Kim meets Putin tonight.", []string{"2024-12-31"}},
		{"tomorrow across year", "2024-12-31", "Kim meets Putin tomorrow.", []string{"2025-01-01"}},
		{"yesterday across year", "2025-01-01", "Kim met Putin yesterday.", []string{"2024-12-31"}},
		{"this morning", "2024-06-15", "Kim met Putin this morning.", []string{"2024-06-15"}},
		{"later on the reference weekday is that day", "2024-06-20", "Putin is due to meet To Lam later on Thursday.", []string{"2024-06-20"}},
		{"later without on", "2024-06-20", "Putin will meet To Lam later Thursday.", []string{"2024-06-20"}},
		{"later on another weekday is the next one", "2024-06-20", "Putin will meet To Lam later on Friday.", []string{"2024-06-21"}},
		{"near miss: a plan on the reference weekday without later is a week on", "2024-06-20", "Putin will meet To Lam on Thursday.", []string{"2024-06-27"}},
		{"overnight is the report's day", "2024-01-12", "Overnight, British forces struck targets in Yemen.", []string{"2024-01-12"}},
		{"overnight after the verb", "2024-04-14", "Iran fired hundreds of drones toward Israel overnight.", []string{"2024-04-14"}},
		{"shortly before dawn on a weekday", "2024-06-20", "Putin landed in Pyongyang shortly before dawn on Wednesday.", []string{"2024-06-19"}},
		{"just after midnight on a weekday", "2024-06-20", "The drones struck Kyiv just after midnight on Tuesday, officials said.", []string{"2024-06-18"}},
		{"shortly alone is vague", "2024-06-20", "Putin will land in Pyongyang shortly.", nil},
		{"overnight yields to its weekday", "2024-04-14", "Russia struck Odesa overnight into Friday.", []string{"2024-04-12"}},
		{"the day before yesterday", "2024-03-01", "Kim met Putin the day before yesterday.", []string{"2024-02-28"}},
		{"tomorrow across a non-leap february", "2023-02-28", "Kim meets Putin tomorrow.", []string{"2023-03-01"}},
		{"yesterday from the first of march, non-leap", "2023-03-01", "Kim met Putin yesterday.", []string{"2023-02-28"}},
		{"weekday from a 31st", "2024-10-31", "Kim met Putin on Friday.", []string{"2024-10-25"}},
		{"future weekday across a month end from a 31st", "2024-10-31", "Kim will meet Putin on Friday.", []string{"2024-11-01"}},
		// this / last / next month and year, at their precision.
		{"last month across year", "2025-01-01", "Kim met Putin last month.", []string{"2024-12"}},
		{"this month", "2025-01-01", "Kim met Putin this month.", []string{"2025-01"}},
		{"earlier this month", "2024-02-29", "Kim met Putin earlier this month.", []string{"2024-02"}},
		{"next month across year", "2024-12-31", "Kim meets Putin next month.", []string{"2025-01"}},
		{"last year", "2025-01-01", "Kim met Putin last year.", []string{"2024"}},
		{"next year", "2024-12-31", "Kim meets Putin next year.", []string{"2025"}},
		{"earlier this year", "2024-02-29", "Kim met Putin earlier this year.", []string{"2024"}},
		{"last month from leap day", "2024-02-29", "Kim met Putin last month.", []string{"2024-01"}},
		{"next month from leap day", "2024-02-29", "Kim meets Putin next month.", []string{"2024-03"}},
		{"next year from leap day", "2024-02-29", "Kim meets Putin next year.", []string{"2025"}},
		{"last year from new year's eve", "2024-12-31", "Kim met Putin last year.", []string{"2023"}},
		{"next day across a non-leap month end", "2023-03-10", "Kim arrived on 28 February 2023. He met Putin the next day.", []string{"2023-03-01"}},
		{"two days later across a month end", "2024-05-10", "Kim arrived on 30 April 2024. Two days later, he met Putin.", []string{"2024-05-02"}},
		// Anchored expressions take the paragraph's last dated event.
		{"next day onto leap day", "2024-03-10", "Kim arrived on 28 February 2024. He met Putin the next day.", []string{"2024-02-29"}},
		{"two days later", "2024-03-10", "Kim arrived on 28 February 2024. Two days later, he met Putin.", []string{"2024-03-01"}},
		{"the same day", "2024-03-10", "Kim arrived on 28 February 2024. He met Putin the same day.", []string{"2024-02-28"}},
		{"a week later", "2024-03-10", "Kim arrived on 28 February 2024. A week later he met Putin.", []string{"2024-03-06"}},
		{"days later across year", "2025-01-10", "Talks opened on December 30, 2024. Three days later, Kim met Putin.", []string{"2025-01-02"}},
		{"days after a dated event", "2024-06-01", "Kim visited Moscow two days after the May 5 summit.", []string{"2024-05-07", "2024-05-05"}},
		{"days after an event clause", "2024-03-10", "Hungary ratified the protocol on 26 February, three days after the minister visited Budapest.", []string{"2024-02-26", "2024-02-23"}},
		{"days after, paragraph anchor", "2024-03-10", "Kim arrived on 28 February 2024. A day after the talks, he left.", []string{"2024-02-29"}},
		{"weeks after a clause counts back", "2024-04-12", "Russian instructors landed in Niamey on Wednesday. The arrival came two weeks after General Tiani spoke with Putin.", []string{"2024-03-27"}},
		{"days after a possessive noun phrase counts on", "2024-03-10", "Kim arrived on 28 February 2024. Two days after Putin's toast, he left.", []string{"2024-03-01"}},
		{"digits days later", "2025-01-10", "Talks opened on December 30, 2024. 3 days later, Kim met Putin.", []string{"2025-01-02"}},
		{"anchor from a weekday", "2024-06-17", "Kim arrived on Friday. The next day he met Putin.", []string{"2024-06-15"}},
		{"anchor from yesterday", "2024-03-01", "Kim arrived yesterday. Later that day he met Putin.", []string{"2024-02-29"}},
		{"days earlier across year end", "2025-01-10", "Kim met Putin on 2 January 2025. Three days earlier he had visited Moscow.", []string{"2024-12-30"}},
		{"a week earlier onto leap day", "2024-03-10", "Kim met Putin on 7 March 2024. A week earlier he had visited Moscow.", []string{"2024-02-29"}},
		{"months earlier", "2025-03-01", "Talks opened in January 2025. Two months earlier, Kim met Putin.", []string{"2024-11"}},
		{"days before a dated event", "2024-06-01", "Kim visited Moscow two days before the May 5 summit.", []string{"2024-05-03", "2024-05-05"}},
		{"days before an event clause", "2024-03-10", "Hungary ratified the protocol on 26 February, three days before the minister visited Budapest.", []string{"2024-02-26", "2024-02-29"}},
		{"months later", "2025-03-01", "Talks opened in November 2024. Two months later, Kim met Putin.", []string{"2025-01"}},
		{"same sentence anchor", "2024-03-10", "Kim arrived on 28 February 2024 and met Putin the next day.", []string{"2024-02-28", "2024-02-29"}},
		{"previous paragraph's event", "2024-03-10", "Kim arrived on 28 February 2024.\n\nThe next day, he met Putin.", []string{"2024-02-29"}},
		{"two paragraphs back is too far", "2024-03-10", "Kim arrived on 28 February 2024.\n\nTalks went on.\n\nThe next day, he met Putin.", nil},
		{"between days of a month", "", "Troops moved between 8 and 13 October 2024.", []string{"2024-10-08", "2024-10-13"}},
		{"a decade is no year", "", "Submarines will be sold from the early 2030s.", nil},
		{"no anchor", "2024-03-10", "He met Putin the next day.", nil},
		// A dateline dates the first sentence of the report under it.
		{"dateline with a place", "2024-10-12", "October 11, 2024, Ashgabat\n\nPutin met Pezeshkian in the Turkmen capital.", []string{"2024-10-11"}},
		{"dateline on leap day", "", "29 February 2024\n\nPutin met Pezeshkian.", []string{"2024-02-29"}},
		{"dateline, second sentence", "", "31 December 2024\n\nPutin met Pezeshkian. Talks went on.", nil},
		{"dateline, own date wins", "", "31 December 2024\n\nPutin met Pezeshkian on Monday.", []string{"2024-12-30"}},
		{"a dated sentence is no dateline", "", "Kim met Putin on 11 October 2024.\n\nLavrov met Wang Yi.", nil},
		{"since then", "2023-07-24", "Moscow left the grain deal last Monday. Since then Russia has struck Odesa every night.", []string{"2023-07-17"}},
		{"the sentence's most precise date anchors", "2023-07-24", "Moscow refused last Monday to extend the deal brokered a year ago. Since then Russia has struck Odesa.", []string{"2023-07-17"}},
		{"hours later", "2024-07-05", "Kim left Pyongyang on Wednesday. A few hours later he landed in Vladivostok.", []string{"2024-07-03"}},
		{"digits hours later onto leap day", "2024-03-01", "Kim left Pyongyang yesterday. 3 hours later he landed in Moscow.", []string{"2024-02-29"}},
		// A clock time stays on the narrative's day.
		{"clock time after this morning, leap day", "2024-02-29", "Pyongyang fired a missile this morning. It was launched at 7:10 a.m. from Sunan.", []string{"2024-02-29"}},
		{"clock time with a zone, across year end", "2025-01-02", "Kim reached Moscow on 31 December 2024. He landed at 0710 GMT.", []string{"2024-12-31"}},
		{"clock time with a dotted hour", "2024-06-17", "Kim reached Moscow on Sunday. He met Putin at 10.30 pm.", []string{"2024-06-16"}},
		{"clock time with minutes only", "2024-06-17", "Kim reached Moscow on Sunday. Talks began at 19:00.", []string{"2024-06-16"}},
		{"clock time without an anchor", "2024-06-17", "Kim met Putin at 10.30 pm.", nil},
		{"a number is no clock time", "2024-03-10", "Kim arrived on 28 February 2024. He met 7 officials.", nil},
		{"a clock bound", "2024-03-10", "Kim arrived on 28 February 2024. Troops must leave by 5 p.m.", nil},
		{"part of the day", "2025-01-02", "Kim reached Moscow on 31 December 2024. In the afternoon he met Putin.", []string{"2024-12-31"}},
		{"that visit", "2024-03-07", "Kristersson visited Budapest on 23 February. During that visit, Sweden and Hungary agreed a deal.", []string{"2024-02-23"}},
		{"that month", "2025-01-02", "Choe visited Moscow in November. Belousov reached Pyongyang at the end of that month.", []string{"2024-11"}},
		{"month of last year", "2025-01-02", "Kim and Putin signed the treaty in June last year.", []string{"2024-06"}},
		{"month of last year, leap day", "2024-02-29", "Kim met Putin in April of last year.", []string{"2023-04"}},
		{"month of this year", "2024-12-31", "Kim met Putin on 5 May this year.", []string{"2024-05-05"}},
		{"month of next year", "2024-12-31", "Kim will visit Moscow in March next year.", []string{"2025-03"}},
		// Week-level and vague expressions give no date.
		{"last week", "2024-06-17", "Kim met Putin last week.", nil},
		{"recently", "2024-06-17", "Kim recently met Putin.", nil},
		{"in recent days", "2024-06-17", "Kim met Putin in recent days.", nil},
		{"earlier", "2024-06-17", "Kim met Putin earlier.", nil},
		{"soon", "2024-06-17", "Kim will meet Putin soon.", nil},
		{"earlier on a weekday", "2024-06-17", "Kim met Putin earlier on Wednesday.", []string{"2024-06-12"}},
		// "ago" counts back from the reference date; weeks ago are week-level.
		{"days ago onto leap day", "2024-03-02", "Kim met Putin two days ago.", []string{"2024-02-29"}},
		{"digits days ago across year", "2025-01-02", "Kim met Putin 3 days ago.", []string{"2024-12-30"}},
		{"months ago across year", "2025-02-10", "Kim met Putin four months ago.", []string{"2024-10"}},
		{"a year ago", "2024-02-29", "Kim met Putin a year ago.", []string{"2023"}},
		{"weeks ago", "2024-06-17", "Kim met Putin two weeks ago.", nil},
		{"hours earlier", "2024-06-17", "Putin reached Pyongyang on Tuesday. Hours earlier Kim had inspected missiles.", []string{"2024-06-11"}},
		{"over the weekend", "2024-06-17", "Kim met Putin over the weekend.", nil},
		// Short month names.
		{"short month between day and year", "", "Kim met Putin on 18 Oct 2024.", []string{"2024-10-18"}},
		{"short month before a day", "2024-11-01", "Kim met Putin on Oct 18.", []string{"2024-10-18"}},
		{"ordinal day of month", "2024-11-01", "Kim met Putin on the 18th of October.", []string{"2024-10-18"}},
		{"ordinal day of month and year", "", "Kim met Putin on the 1st of March, 2024.", []string{"2024-03-01"}},
		{"a cardinal before of is no day", "2024-11-01", "Two of the 5 of October talks failed.", []string{"2024-10"}},
		{"mid-month", "2024-11-01", "Kim met Putin in mid-October.", []string{"2024-10"}},
		{"early month across year end", "2025-01-10", "Kim met Putin in early-December.", []string{"2024-12"}},
		// Rule 4: a missing year.
		{"year of the reference", "2024-01-02", "Kim met Putin on January 16th.", []string{"2024-01-16"}},
		{"since month, year before", "2024-01-02", "Shells have been sent since August.", []string{"2023-08"}},
		{"six months and a day", "2024-06-30", "Kim met Putin on December 31.", []string{"2023-12-31"}},
		{"six months from leap day", "2024-02-29", "Kim met Putin on 29 August.", []string{"2024-08-29"}},
		{"past six months from leap day", "2024-02-29", "Kim met Putin on 30 August.", []string{"2023-08-30"}},
		// Rule 5: spans.
		{"since X", "2024-06-17", "Shells have been sent since March 2023.", []string{"2023-03"}},
		// "since <month>" reaches the reference date: the month lies on or before it, even
		// within rule 4's six months (reference Thursday 21 March: September is last year's).
		{"since month within six months", "2024-03-21", "Drones have hit Kyiv since September.", []string{"2023-09"}},
		{"since the reference month", "2024-03-21", "Drones have hit Kyiv since March.", []string{"2024-03"}},
		{"since a day after the reference day", "2024-03-21", "Drones have hit Kyiv since 25 March.", []string{"2023-03-25"}},
		{"since leap day", "2024-02-29", "Drones have hit Kyiv since 29 February.", []string{"2024-02-29"}},
		{"since december across year end", "2025-01-01", "Drones have hit Kyiv since December.", []string{"2024-12"}},
		{"range in one", "", "Drills ran on 8-13 October 2024.", []string{"2024-10-08", "2024-10-13"}},
		{"from X to Y", "2024-06-01", "Drills ran from May 1 to May 3.", []string{"2024-05-01", "2024-05-03"}},
		{"by X", "2024-06-17", "Troops will be sent by March 2025.", nil},
		{"until X", "2024-06-17", "The deal is valid until 2030.", nil},
		{"no later than X", "2024-06-17", "Kim will visit no later than June 1, 2025.", nil},
		{"before X", "2024-06-17", "Kim visited before March 2024.", nil},
		{"by the end of X", "2024-12-12", "Talks will start no later than the end of February.", nil},
		{"until mid-X", "2024-12-12", "The deal runs until mid-2025.", nil},
		// Precision as the text gives it.
		{"year", "", "Kim visited in 2023.", []string{"2023"}},
		{"a numbered release is no year", "", "Press release 14/2025.", nil},
		{"a numbered resolution is no year", "", "Kim cited resolution 76/2024.", nil},
		{"near miss: a year after a spaced slash", "", "Kim visited in 2023 / 2024.", []string{"2023", "2024"}},
		{"month", "", "Kim visited in September 2023.", []string{"2023-09"}},
		// A reference date at month precision resolves months, not days.
		{"coarse reference, weekday", "2024-06", "Kim met Putin on Friday.", nil},
		{"coarse reference, month", "2024-06", "Kim met Putin last month.", []string{"2024-05"}},
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

// TestReferenceDateWeekdays checks the weekday rule against the calendar for a reference
// date on every day of a fortnight that crosses a year end and of one that crosses a leap
// day and a month end, with and without a plan.
func TestReferenceDateWeekdays(t *testing.T) {
	lx := testDateLexicon(t)
	names := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	// A fortnight across a year end and one across a leap day and a month end.
	for _, start := range []time.Time{time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC), time.Date(2024, 2, 22, 0, 0, 0, 0, time.UTC)} {
		for d := range 14 {
			ref := start.AddDate(0, 0, d)
			for wd, name := range names {
				past := lastSentenceDates(lx, "Kim met Putin on "+name+".", ref.Format(time.DateOnly))
				future := lastSentenceDates(lx, "Kim will meet Putin on "+name+".", ref.Format(time.DateOnly))
				if len(past) != 1 || len(future) != 1 {
					t.Fatalf("ref %s, %s: got %q and %q", ref.Format(time.DateOnly), name, past, future)
				}
				p, _ := time.Parse(time.DateOnly, past[0])
				f, _ := time.Parse(time.DateOnly, future[0])
				back, ahead := ref.Sub(p).Hours()/24, f.Sub(ref).Hours()/24
				if int(p.Weekday()) != wd || back < 0 || back > 6 {
					t.Errorf("ref %s: on %s = %s, want the %s within six days before or on it", ref.Format(time.DateOnly), name, past[0], name)
				}
				if int(f.Weekday()) != wd || ahead < 1 || ahead > 7 {
					t.Errorf("ref %s: will ... on %s = %s, want the next %s after it", ref.Format(time.DateOnly), name, future[0], name)
				}
			}
		}
	}
}

func TestHeaderBlock(t *testing.T) {
	x := newTestExtractor(t)
	text := "Lavrov visits Pyongyang to deepen ties with Kim\n" +
		"Published: Saturday, October 19, 2024\n" +
		"Source: Example Wire\n" +
		"Authors: A. Writer and B. Reporter\n" +
		"\n" +
		"Russian Foreign Minister Sergey Lavrov visited Pyongyang on Friday.\n"
	doc, err := x.Extract(context.Background(), Meta{ID: "t"}, text)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published != "2024-10-19" || doc.RefDate != "2024-10-19" || doc.Source != "Example Wire" ||
		!reflect.DeepEqual(doc.Authors, []string{"A. Writer", "B. Reporter"}) ||
		doc.Title != "Lavrov visits Pyongyang to deepen ties with Kim" {
		t.Errorf("meta = %+v, ref %s", doc.Meta, doc.RefDate)
	}
	for _, s := range doc.Sentences {
		if strings.Contains(s.Text, "Published") || strings.Contains(s.Text, "Example Wire") {
			t.Errorf("header line in sentence %d: %q", s.Index, s.Text)
		}
	}
	if len(doc.Sentences) != 2 || doc.Sentences[0].Text != "Lavrov visits Pyongyang to deepen ties with Kim" {
		t.Fatalf("sentences = %+v, want the headline and one more", doc.Sentences)
	}
	var visits []Relation
	for _, r := range doc.Relations {
		if r.Type == RelVisited {
			visits = append(visits, r)
		}
	}
	if len(visits) != 2 {
		t.Fatalf("VISITED relations = %+v, want the headline's and the body's", visits)
	}
	if visits[0].Sentence != 0 || len(visits[0].Dates) != 0 {
		t.Errorf("headline relation = %+v, want no date", visits[0])
	}
	if !reflect.DeepEqual(visits[1].Dates, []string{"2024-10-18"}) {
		t.Errorf("body relation dates = %q, want [2024-10-18]", visits[1].Dates)
	}

	// The manifest wins over the header.
	doc, err = x.Extract(context.Background(), Meta{ID: "t", Published: "2024-10-20", Title: "Given"}, text)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published != "2024-10-20" || doc.Title != "Given" || doc.Source != "Example Wire" {
		t.Errorf("manifest meta lost: %+v", doc.Meta)
	}
}

func TestHeaderForms(t *testing.T) {
	cases := []struct {
		name, text      string
		published, head string
	}{
		{"keys only", "Title: A\nDate: 2024-03-01T10:00:00Z\n\nBody.", "2024-03-01", ""},
		{"headline after keys", "Published: 1 March 2024\nKim meets Putin\n\nBody.", "2024-03-01", "Kim meets Putin"},
		{"headline block first", "Kim meets Putin\n\nPublished: March 1, 2024\nSource: X\n\nBody.", "2024-03-01", "Kim meets Putin"},
		{"title repeated as the first line", "Title: Kim meets Putin\nPublished: 2024-03-01\n\nKim meets Putin\n\nBody.", "2024-03-01", "Kim meets Putin"},
		{"first line is no title", "Title: Kim meets Putin\nPublished: 2024-03-01\n\nKim met Putin on Friday.\n\nBody.", "2024-03-01", ""},
		{"no header", "Kim met Putin on March 1, 2024.\n\nBody.", "", ""},
		{"a paragraph with a colon is text", "Note: Kim met Putin.\n\nBody.", "", ""},
		{"slashes year first", "Published: 2024/02/29\n\nBody.", "2024-02-29", ""},
		{"dots day first", "Date: 31.12.2024\n\nBody.", "2024-12-31", ""},
		{"slashes month first when the day shows it", "Date: 06/19/2024\n\nBody.", "2024-06-19", ""},
		{"no 30 February", "Date: 30/02/2024\n\nBody.", "", ""},
		{"an update stamp is no publication date", "Title: Kim meets Putin\nPublished: 2024-03-01\nUpdated: 2024-03-02 10:00\n\nBody.", "2024-03-01", ""},
	}
	for _, c := range cases {
		h := parseHeader(c.text)
		var m Meta
		for _, v := range h.values {
			v.field(&m, v.value)
		}
		head := ""
		if h.headline != ([2]int{}) {
			head = c.text[h.headline[0]:h.headline[1]]
		}
		if m.Published != c.published || head != c.head {
			t.Errorf("%s: published %q headline %q, want %q %q", c.name, m.Published, head, c.published, c.head)
		}
	}
}

// TestSentenceAfterSymbols: emoji, symbols, direction marks and caseless scripts after
// terminal punctuation start a new sentence, so a relation does not take the previous
// sentence's date.
func TestSentenceAfterSymbols(t *testing.T) {
	x := newTestExtractor(t)
	for _, sep := range []string{" 👋 ", " 👋🏽 ", " \u200f", " ★ ", " \u200e\u200f "} {
		text := "Kim met Putin in Moscow on 2024-03-29." + sep + "Lavrov visited Pyongyang on October 18, 2024."
		doc, err := x.Extract(context.Background(), Meta{ID: "t"}, text)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range doc.Relations {
			if r.Type == RelVisited {
				found = true
				if !reflect.DeepEqual(r.Dates, []string{"2024-10-18"}) {
					t.Errorf("sep %q: VISITED dates %q, want [2024-10-18]", sep, r.Dates)
				}
			}
		}
		if !found || len(doc.Sentences) != 2 {
			t.Errorf("sep %q: %d sentences, VISITED found %v", sep, len(doc.Sentences), found)
		}
	}
	for _, text := range []string{"Kim met Putin. Лавров посетил Пхеньян.", "Kim met Putin. 金正恩会见了普京。", "Kim met Putin. زار لافروف بيونغ يانغ."} {
		if n := len(splitSentences(tokenize(text), x.lex.words)); n != 2 {
			t.Errorf("%q: %d sentences, want 2", text, n)
		}
	}
}

// TestRelationDates: which expression dates a relation (SCHEMA.md Dates rules 1 and 5).
func TestRelationDates(t *testing.T) {
	lx := testDateLexicon(t)
	cases := []struct {
		text, trigger string
		want          []string
	}{
		{"The spy agency said on Friday that troops arrived in Russia on 8 October.", "arrived", []string{"2024-10-08"}},
		{"The spy agency said on Friday that North Korea has sent troops to Russia.", "sent", nil},
		{"Seoul condemned the launch on Friday.", "condemned", []string{"2024-10-18"}},
		{"Kim said on Friday that he was ready.", "said", []string{"2024-10-18"}},
		{"Seoul announced on Friday new sanctions against Pyongyang.", "sanctions", []string{"2024-10-18"}},
		{"Missiles struck Kyiv on December 30, 2023, and January 2, 2024.", "struck", []string{"2023-12-30", "2024-01-02"}},
		{"Drills ran from May 1 to May 3 near the border.", "ran", []string{"2024-05-01", "2024-05-03"}},
		{"Troops will be withdrawn by March, officials said on Monday.", "withdrawn", nil},
		{"Kim met Putin recently, a year after the summit in June 2023.", "met", nil},
	}
	for _, c := range cases {
		tokens := tokenize(c.text)
		mentions, _ := lx.sentenceDates(tokens, 0, len(tokens), "2024-10-19", "")
		trig := -1
		for i, tk := range tokens {
			if tk.Lower == c.trigger {
				trig = i
				break
			}
		}
		got := relationDates(tokens, mentions, trig, 0, len(tokens), nil, nil)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q at %q = %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

func TestShortAtoiIsAtoi(t *testing.T) {
	for _, s := range []string{"", "0", "7", "31", "2024", "-5", "+5", "+", "-", "said", "16th", "1,0", "٣"} {
		want, err := strconv.Atoi(s)
		got, ok := shortAtoi(s)
		if ok != (err == nil) || ok && got != want {
			t.Errorf("shortAtoi(%q) = %d, %v; strconv.Atoi: %d, %v", s, got, ok, want, err)
		}
	}
}

// TestClauseDates: which date of a sentence a relation takes when its clauses carry events
// of their own (the whole pipeline, so the triggers decide what an event is).
func TestClauseDates(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relDateCase{
		{"coordinated clause with its own subject", "2024-09-22",
			"Sergey Lavrov arrived in Beijing on Friday night, and Kim Jong Un touched down in Moscow early on Saturday.",
			RelVisited, "person:kim-jong-un", "place:moscow", []string{"2024-09-21"}},
		{"the first clause keeps its date", "2024-09-22",
			"Sergey Lavrov arrived in Beijing on Friday night, and Kim Jong Un touched down in Moscow early on Saturday.",
			RelVisited, "person:sergey-lavrov", "place:beijing", []string{"2024-09-20"}},
		{"a date opening the next clause is its event's", "2024-06-18",
			"Sergey Lavrov met Wang Yi, and yesterday he held talks with Kim Jong Un in Pyongyang.",
			RelMetWith, "person:sergey-lavrov", "person:wang-yi", nil},
		{"where goes on with the dated event", "2024-06-12",
			"Sergey Lavrov travelled to Beijing on Monday for a meeting, where he held talks with Wang Yi.",
			RelMetWith, "person:sergey-lavrov", "person:wang-yi", []string{"2024-06-10"}},
		{"hours later, where", "2024-07-05",
			"Vladimir Putin left Moscow on Wednesday and touched down in Pyongyang a few hours later, where he was welcomed by Kim Jong Un.",
			RelMetWith, "person:kim-jong-un", "person:vladimir-putin", []string{"2024-07-03"}},
		{"weekday before a full date", "2024-10-19",
			"Sergey Lavrov visited Pyongyang on Friday, October 11, and met Kim Jong Un.",
			RelVisited, "person:sergey-lavrov", "place:pyongyang", []string{"2024-10-11"}},
		{"weekday and date said", "2024-10-19",
			"Japan said on Friday, October 18, that North Korea had sent troops to Russia.",
			RelDeployed, "state:PRK", "state:RUS", nil},
		{"purpose several words before the talks", "2025-01-27",
			"Sergey Lavrov then travelled to Beijing for the Special Representatives' talks with Wang Yi on 18 December 2024.",
			RelVisited, "person:sergey-lavrov", "place:beijing", []string{"2024-12-18"}},
		{"a planned meeting keeps its date across a name in apposition", "2024-11-01",
			"Choe Son Hui was due to meet her Russian counterpart, Sergey Lavrov, in Moscow today, the ministry said.",
			RelMetWith, "person:choe-son-hui", "person:sergey-lavrov", []string{"2024-11-01"}},
		{"a planned visit with an apposed host and a date", "2024-05-02",
			"Antony Blinken is expected to meet the Saudi foreign minister, Faisal bin Farhan, in Riyadh on Friday.",
			RelMetWith, "person:antony-blinken", "person:faisal-bin-farhan", []string{"2024-05-03"}},
		{"a planned event takes no date after a clause comma", "2024-11-01",
			"Choe Son Hui may meet Sergey Lavrov, a decision the ministry announced today.",
			RelMetWith, "person:choe-son-hui", "person:sergey-lavrov", nil},
		{"a wire dateline's date is when the report was filed", "2024-11-01",
			"SEOUL, Nov 1 - North Korea said today that it had test-fired a ballistic missile yesterday.",
			RelLaunched, "state:PRK", "weapon:ballistic-missile", []string{"2024-10-31"}},
		{"a wire dateline dates no event", "2024-11-01",
			"SEOUL, Nov 1 (Wire) - North Korea test-fired a ballistic missile, officials said.",
			RelLaunched, "state:PRK", "weapon:ballistic-missile", nil},
		{"an arrival in a relative clause dates what its subject does next", "2024-06-12",
			"Sergey Lavrov, who landed in Beijing on Monday, later held talks with Wang Yi.",
			RelMetWith, "person:sergey-lavrov", "person:wang-yi", []string{"2024-06-10"}},
		{"a relative clause's date is its own", "2024-04-12",
			"Kim Jong Un, who visited Moscow last September, spoke with Vladimir Putin by phone.",
			RelMetWith, "person:kim-jong-un", "person:vladimir-putin", nil},
		{"an event inside the relative clause keeps it", "2024-04-12",
			"Kim Jong Un, who visited Moscow last September, spoke with Vladimir Putin by phone.",
			RelVisited, "person:kim-jong-un", "place:moscow", []string{"2023-09"}},
		{"a which clause about the event dates it", "2025-02-01",
			"Russia's deliveries of S-400 missile systems to India, which began in December 2021, remain a sore point.",
			RelSupplied, "state:RUS", "state:IND", []string{"2021-12"}},
		// A trigger with a date of its own after it leaves the date after another event's
		// verb to that event; without one it takes the nearest.
		{"own anchored date after a coordinated verb", "2024-03-07",
			"Yoon Suk Yeol arrived in Tokyo on Sunday and held talks with Fumio Kishida the next day.",
			RelMetWith, "person:yoon-suk-yeol", "person:fumio-kishida", []string{"2024-03-04"}},
		{"the first verb keeps its date", "2024-03-07",
			"Yoon Suk Yeol arrived in Tokyo on Sunday and held talks with Fumio Kishida the next day.",
			RelVisited, "person:yoon-suk-yeol", "place:tokyo", []string{"2024-03-03"}},
		{"no date of its own: the nearest", "2024-03-07",
			"Yoon Suk Yeol arrived in Tokyo on Sunday and held talks with Fumio Kishida.",
			RelMetWith, "person:yoon-suk-yeol", "person:fumio-kishida", []string{"2024-03-03"}},
		{"own weekday after a coordinated verb, across year end", "2025-01-03",
			"Chinese Foreign Minister Wang Yi landed in Nairobi on 30 December and met Kenyan President William Ruto on Thursday.",
			RelMetWith, "person:wang-yi", "person:william-ruto", []string{"2025-01-02"}},
		{"a which clause saying how long the occasion ran", "2024-10-30",
			"Indian Prime Minister Narendra Modi met Chinese President Xi Jinping at the summit in Kazan, which ran from 22 to 24 October.",
			RelMetWith, "person:narendra-modi", "person:xi-jinping", []string{"2024-10-22", "2024-10-24"}},
		{"a which clause with an event of its own", "2024-10-30",
			"Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan, which hosted a summit in 2009.",
			RelMetWith, "person:narendra-modi", "person:xi-jinping", nil},
		{"a statement released on a day dates the statement", "2024-05-10",
			"The European Union released a statement on Tuesday confirming the delivery of drones from Iran to Russia.",
			RelSupplied, "state:IRN", "state:RUS", nil},
		{"a date inside an according-to attribution dates the report", "2024-05-10",
			"According to the Ukrainian defence intelligence chief at a briefing for journalists on 2 May, Iran has shipped missiles to Russia.",
			RelSupplied, "state:IRN", "state:RUS", nil},
		{"past the attribution's comma a date is the event's again", "2024-05-10",
			"According to Kyiv, Iran shipped missiles to Russia on 2 May.",
			RelSupplied, "state:IRN", "state:RUS", []string{"2024-05-02"}},
		{"a report issued on a day dates the report", "2024-05-10",
			"The agency issued a report on 2 May showing that Iran shipped missiles to Russia.",
			RelSupplied, "state:IRN", "state:RUS", nil},
		// "N days after" dates another event than the date beside it.
		{"the date before a counted one is the main event's", "2024-10-19",
			"Kim Jong Un held talks with Russian President Vladimir Putin on Thursday, a day after Putin arrived in Pyongyang.",
			RelMetWith, "person:kim-jong-un", "person:vladimir-putin", []string{"2024-10-17"}},
		{"the counted date is the clause's own", "2024-10-19",
			"Kim Jong Un held talks with Russian President Vladimir Putin on Thursday, a day after Putin arrived in Pyongyang.",
			RelVisited, "person:vladimir-putin", "place:pyongyang", []string{"2024-10-16"}},
		// A date after one event's verb is not that of the cause named after it.
		{"a cause after a dated verb keeps its own date", "2024-10-19",
			"China sanctioned three U.S. defence firms on Friday over arms sales to Taiwan that Washington approved last month.",
			RelSupplied, "state:USA", "state:TWN", []string{"2024-09"}},
		{"the dated verb keeps its date", "2024-10-19",
			"China sanctioned Senator Marco Rubio on Friday over arms sales to Taiwan that Washington approved last month.",
			RelSanctioned, "state:CHN", "person:marco-rubio", []string{"2024-10-18"}},
		{"a retaliation's cause takes no date of the retaliation", "2024-10-19",
			"Israel struck Iran on Saturday in retaliation for Iran's missile attack on Israel.",
			RelAttacked, "state:IRN", "state:ISR", nil},
		{"a purpose after a dated verb shares it", "2024-10-19",
			"Russian Foreign Minister Sergey Lavrov travelled to Beijing on Monday for talks with Chinese Foreign Minister Wang Yi.",
			RelMetWith, "person:sergey-lavrov", "person:wang-yi", []string{"2024-10-14"}},
		// Verbs joined by "and" under one subject share the date before them.
		{"coordinated verbs share a counted-back date", "2024-05-20",
			"Parliament approved the accord on 16 May, two days after Swedish Prime Minister Ulf Kristersson visited Ankara and held talks with Turkish President Recep Tayyip Erdogan.",
			RelMetWith, "person:ulf-kristersson", "person:recep-tayyip-erdogan", []string{"2024-05-14"}},
		{"a verb after a comma and its own subject is not coordinated", "2024-05-20",
			"Ulf Kristersson visited Ankara on Monday, and the next week Recep Tayyip Erdogan held talks with Olaf Scholz.",
			RelMetWith, "person:recep-tayyip-erdogan", "person:olaf-scholz", nil},
		// An occasion named as a journey's purpose shares its date, however long its name.
		{"purpose with a long occasion name", "2024-11-02",
			"Australian Foreign Minister Penny Wong held talks with New Zealand Foreign Minister Winston Peters and U.S. Secretary of State Antony Blinken in Canberra on Monday. Ms Wong invited her counterparts to Adelaide for the next Pacific Islands Foreign Ministers' Meeting in 2025.",
			RelVisited, "person:winston-peters", "place:adelaide", []string{"2025"}},
		// A which clause that says when the occasion takes place dates it, past auxiliaries.
		{"planned occasion with a which clause of aspect", "2024-11-02",
			"Indian Prime Minister Narendra Modi invited Russian President Vladimir Putin to India for the next summit, which is due to take place in December.",
			RelVisited, "person:vladimir-putin", "state:IND", []string{"2024-12"}},
		{"planned occasion with a which clause of its own event", "2024-11-02",
			"Indian Prime Minister Narendra Modi invited Russian President Vladimir Putin to India for the next summit, which is expected to draw protests in December.",
			RelVisited, "person:vladimir-putin", "state:IND", nil},
		// "The first X since Y": Y is the last such event before, not this one's date.
		{"first meeting since a dated clause", "2024-07-05",
			"Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir Putin in Astana, their first meeting since Erdogan was re-elected in May.",
			RelMetWith, "person:recep-tayyip-erdogan", "person:vladimir-putin", nil},
		{"first visit since a year", "2024-07-05",
			"Russian Foreign Minister Sergey Lavrov visited Pyongyang, his first trip there since 2018.",
			RelVisited, "person:sergey-lavrov", "place:pyongyang", nil},
		{"most weeks since a month is a span", "2024-03-21",
			"Russia has attacked Ukraine with drones in most weeks since September.",
			RelAttacked, "state:RUS", "state:UKR", []string{"2023-09"}},
		// A standing state (stative trigger) takes a date only from "since" or a change.
		{"whose members are: no event date", "2024-03-10",
			"The Gulf Cooperation Council, whose members are Saudi Arabia and Qatar, condemned the attack on Monday.",
			RelMemberOf, "state:SAU", "inst:gcc", nil},
		{"an apposed member: no event date", "2024-03-10",
			"Poland, a NATO member, hosted the drills on Monday.",
			RelMemberOf, "state:POL", "inst:nato", nil},
		{"a member since a month", "2024-03-10",
			"Finland, a member of NATO since April 2023, hosted the drills on Monday.",
			RelMemberOf, "state:FIN", "inst:nato", []string{"2023-04"}},
		{"became a member on a day", "2024-03-10",
			"Sweden became a member of NATO on 7 March.",
			RelMemberOf, "state:SWE", "inst:nato", []string{"2024-03-07"}},
		// A speech act coordinated after a dated statement is made in it; one inside what
		// the statement reports is not.
		{"speech act coordinated with a dated statement", "2024-06-14",
			"Ukrainian President Volodymyr Zelensky said on Tuesday that the missiles that hit Kharkiv on 31 May came from North Korea, and he condemned Pyongyang.",
			RelCondemned, "person:volodymyr-zelensky", "state:PRK", []string{"2024-06-11"}},
		{"speech act inside the report", "2024-06-14",
			"Ukrainian President Volodymyr Zelensky said on Tuesday that Japan had condemned Russia.",
			RelCondemned, "state:JPN", "state:RUS", nil},
		{"coordinated speech act with a date of its own", "2024-06-14",
			"Ukrainian President Volodymyr Zelensky said on Tuesday that the missiles came from North Korea, and he condemned Pyongyang again yesterday.",
			RelCondemned, "person:volodymyr-zelensky", "state:PRK", []string{"2024-06-13"}},
		// "since the invasion" reaches back to the invasion stated before (rule 5).
		{"since an event stated before", "2024-07-05",
			"Russia invaded Ukraine in February 2022. North Korea's shipments of shells to Russia have grown since the invasion.",
			RelSupplied, "state:PRK", "state:RUS", []string{"2022-02"}},
		{"since an event of another paragraph", "2024-07-05",
			"Russia invaded Ukraine in February 2022.\n\nNorth Korea's shipments of shells to Russia have grown since the invasion.",
			RelSupplied, "state:PRK", "state:RUS", nil},
		{"since an event never dated", "2024-07-05",
			"Russia invaded Ukraine. North Korea's shipments of shells to Russia have grown since the invasion.",
			RelSupplied, "state:PRK", "state:RUS", nil},
		// A speech act in the present tense is performed as it is uttered (rule 1).
		{"present-tense condemnation on the reference date", "2024-05-29",
			"The United States condemns North Korea's missile launch yesterday.",
			RelCondemned, "state:USA", "state:PRK", []string{"2024-05-29"}},
		{"present tense after a dated statement", "2024-03-02",
			"Japan said on Friday it strongly condemns North Korea's launch.",
			RelCondemned, "state:JPN", "state:PRK", []string{"2024-03-01"}},
		{"quoted statement", "2024-01-12",
			"The United States released a statement on January 9th: \u201cWe condemn North Korea's export of missiles.\u201d",
			RelCondemned, "state:USA", "state:PRK", []string{"2024-01-09"}},
		{"past tense keeps its own date", "2024-05-29",
			"The United States condemned North Korea on Monday.",
			RelCondemned, "state:USA", "state:PRK", []string{"2024-05-27"}},
		{"a modal is no act performed", "2024-05-29",
			"The United States will condemn North Korea at the Security Council tomorrow.",
			RelCondemned, "state:USA", "state:PRK", []string{"2024-05-30"}},
		{"a headline states no date", "",
			"United States condemns North Korea\nPublished: 2024-05-29\n\nJapan and South Korea met on Monday.",
			RelCondemned, "state:USA", "state:PRK", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestReferenceDate: SCHEMA.md Dates rule 2. The publication date wins; without one the
// reference date is the latest full date the text mentions (a range counts by its end, a
// date without a year does not count); a publication date coarser than a day is refined by a
// full date inside it.
func TestReferenceDate(t *testing.T) {
	lx := testDateLexicon(t)
	cases := []struct {
		name, published, text, want string
	}{
		{"published wins", "2024-03-01", "Kim met Putin on 12 September 2024.", "2024-03-01"},
		{"latest full date", "", "Kim met Putin on 12 September 2023. Lavrov came on 29 February 2024. In 2025 more will come.", "2024-02-29"},
		{"range end", "", "Drills ran on 30-31 December 2024 after talks on 2 December 2024.", "2024-12-31"},
		{"no year, no reference", "", "Kim met Putin on 12 September. Lavrov visited in 2024.", ""},
		{"coarse published refined", "2024-06", "Kim met Putin on 19 June 2024 and on 3 May 2024.", "2024-06-19"},
		{"coarse published kept", "2024-06", "Kim met Putin on 19 July 2024.", "2024-06"},
		// A dateline line in the opening block is the publication date, though later dates
		// (deadlines, a transition period) follow in the body.
		{"opening dateline", "", "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY\n\nSUMMIT OF HEADS OF STATE\n\nLusaka, Republic of Zambia, 3 March 2024\n\n1. The Summit met on 3 March 2024. It set a deadline of 30 June 2025 for the mission.", "2024-03-03"},
		{"dateline lines joined", "", "COUNCIL OF MINISTERS\nFinal Communique\nGaborone, 12 May 2023\n\n2. The Council extends the mandate until 1 January 2026.", "2023-05-12"},
		{"dateline on a list number line", "", "JOINT COMMISSION\n\nNairobi, 9 April 2024\n1. The Commission will meet again on 20 October 2024.", "2024-04-09"},
		// Near misses: a date in a body sentence, or in a line with lower-case words, is
		// no dateline; the latest full date stays the reference.
		{"dated body sentence", "", "Ministers met in Accra on 5 June 2024.\n\nThey agreed to meet on 8 August 2024.", "2024-08-08"},
		{"title line with words", "", "Report on the meeting held in Lome, 2 February 2024\n\nTalks resume on 4 March 2024.", "2024-03-04"},
		{"dateline after the body", "", "The envoys agreed on a plan that the two governments will carry out over the coming months in the border region.\n\nDakar, 1 May 2024\n\nA review follows on 2 September 2024.", "2024-09-02"},
	}
	for _, c := range cases {
		tokens := tokenize(c.text)
		_, ref := lx.documentDates(tokens, splitSentences(tokens, lx.words), c.published, -1)
		if ref != c.want {
			t.Errorf("%s: reference date %q, want %q", c.name, ref, c.want)
		}
	}
}

// relDateCase: one relation a text must give, and the dates it must carry (nil: none).
type relDateCase struct {
	name, published, text string
	typ, src, dst         string
	want                  []string
}

// checkRelationDates extracts each case's text against its publication date and checks the
// dates of the named relation (either direction for MET_WITH and ALLY_OF).
func checkRelationDates(t *testing.T, x *Extractor, cases []relDateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: c.published}, c.text)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, r := range doc.Relations {
				if r.Type != c.typ || !(r.Src == c.src && r.Dst == c.dst || Undirected(c.typ) && r.Src == c.dst && r.Dst == c.src) {
					continue
				}
				found = true
				if !reflect.DeepEqual(r.Dates, c.want) {
					t.Errorf("%s %s %s dates = %q, want %q", r.Src, r.Type, r.Dst, r.Dates, c.want)
				}
			}
			if !found {
				t.Errorf("no %s %s %s in %+v", c.src, c.typ, c.dst, doc.Relations)
			}
		})
	}
}

// anyDateCase: one relation a text must give, a date some record of it must carry ("" for
// no such check) and a date none may carry ("" likewise). For texts that give the relation more
// than once, where only one record carries the date under test.
type anyDateCase struct {
	name, text    string
	typ, src, dst string
	want          string
	notWant       string
}

// checkAnyRelationDate extracts each case's text (its header gives the publication date) and
// checks the dates across every record of the named relation.
func checkAnyRelationDate(t *testing.T, x *Extractor, cases []anyDateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Meta{ID: "t"}, c.text)
			if err != nil {
				t.Fatal(err)
			}
			var dates [][]string
			for _, r := range doc.Relations {
				if r.Type == c.typ && r.Src == c.src && r.Dst == c.dst {
					dates = append(dates, r.Dates)
				}
			}
			if dates == nil {
				t.Fatalf("no %s %s %s in %+v", c.src, c.typ, c.dst, doc.Relations)
			}
			has := func(d string) bool {
				return slices.ContainsFunc(dates, func(ds []string) bool { return slices.Contains(ds, d) })
			}
			if c.want != "" && !has(c.want) {
				t.Errorf("%s %s %s dates = %q, want a record with %s", c.src, c.typ, c.dst, dates, c.want)
			}
			if c.notWant != "" && has(c.notWant) {
				t.Errorf("%s %s %s dates = %q, want none with %s", c.src, c.typ, c.dst, dates, c.notWant)
			}
		})
	}
}

// TestDayPartDates: the words for parts of the night and day a report uses beside a date.
// "Overnight" is the report's own day (briefings report the night's strikes the morning
// after); "shortly before dawn" is one vague phrase, so the weekday after it dates the act.
func TestDayPartDates(t *testing.T) {
	x := newTestExtractor(t)
	checkRelationDates(t, x, []relDateCase{
		{"overnight opening a briefing", "2024-01-12",
			"Overnight, British forces struck Houthi targets in Yemen.",
			RelAttacked, "state:GBR", "state:YEM", []string{"2024-01-12"}},
		{"overnight after the object", "2024-04-14",
			"Iran launched hundreds of drones at Israel overnight.",
			RelAttacked, "state:IRN", "state:ISR", []string{"2024-04-14"}},
		{"overnight into a weekday takes the weekday", "2024-04-14",
			"Russia shelled Kharkiv overnight into Friday.",
			RelAttacked, "state:RUS", "place:kharkiv", []string{"2024-04-12"}},
		{"shortly before dawn on a weekday", "2024-06-20",
			"Vladimir Putin landed in Pyongyang shortly before dawn on Wednesday, his first trip there in years.",
			RelVisited, "person:vladimir-putin", "place:pyongyang", []string{"2024-06-19"}},
		{"just after midnight on a weekday", "2024-06-20",
			"Russian forces shelled Kharkiv just after midnight on Tuesday.",
			RelAttacked, "state:RUS", "place:kharkiv", []string{"2024-06-18"}},
		{"near miss: shortly alone gives no date", "2024-06-20",
			"Vladimir Putin visited Pyongyang shortly after the summit.",
			RelVisited, "person:vladimir-putin", "place:pyongyang", nil},
	})
}

// TestSameDayFromLead: "the same day" in a paragraph without a day of its own counts from
// the news lead's day ("said on Friday"), not from nothing; a day in its own paragraph
// still wins, and a document that states no day gives none.
func TestSameDayFromLead(t *testing.T) {
	x := newTestExtractor(t)
	checkRelationDates(t, x, []relDateCase{
		{"lead's speech day", "2024-10-18",
			"SEOUL - North Korea has sent troops to Russia, the spy agency said on Friday.\n\nThe agency released satellite images of the ships.\n\nPresident Yoon Suk Yeol condemned North Korea the same day.",
			RelCondemned, "person:yoon-suk-yeol", "state:PRK", []string{"2024-10-18"}},
		{"a month-precision paragraph falls back to the lead", "2024-09-11",
			"Russia has received missiles from Iran, Antony Blinken said on Tuesday.\n\nOfficials said the missiles were shipped earlier this month.\n\nBritain responded the same day with sanctions on Iran.",
			RelSanctioned, "state:GBR", "state:IRN", []string{"2024-09-10"}},
		{"near miss: a count does not reach back to the lead", "2024-09-11",
			"Russia has received missiles from Iran, Antony Blinken said on Monday.\n\nOfficials gave no figure.\n\nThe next day Britain imposed sanctions on Iran.",
			RelSanctioned, "state:GBR", "state:IRN", nil},
		{"near miss: the paragraph's own day wins", "2024-09-11",
			"Russia has received missiles from Iran, Antony Blinken said on Tuesday.\n\nIran shipped the missiles on 2 September. Britain responded the same day with sanctions on Iran.",
			RelSanctioned, "state:GBR", "state:IRN", []string{"2024-09-02"}},
		{"near miss: no day anywhere", "2024-09",
			"Russia has received missiles from Iran, officials said.\n\nBritain responded the same day with sanctions on Iran.",
			RelSanctioned, "state:GBR", "state:IRN", nil},
	})
}

// TestReportedClauseDates: a date inside a clause reported after the trigger ("and recalled
// that ... three years ago", "and said that ... in 2022") is that clause's; a date of the
// trigger's own before the reported clause is not affected.
func TestReportedClauseDates(t *testing.T) {
	x := newTestExtractor(t)
	checkRelationDates(t, x, []relDateCase{
		{"recalled that", "2025-02-24",
			"Speaking for France, Jérôme Bonnafont deplored Moscow's aggression and recalled that the Assembly had demanded a withdrawal of Russian forces three years ago.",
			RelCondemned, "person:jerome-bonnafont", "state:RUS", nil},
		{"said that", "2025-02-24",
			"Japan condemned North Korea and said that Pyongyang had launched missiles in March 2024.",
			RelCondemned, "state:JPN", "state:PRK", nil},
		{"saying that", "2025-02-24",
			"Germany criticised Iran, saying that Tehran had shipped drones in 2022.",
			RelCondemned, "state:DEU", "state:IRN", nil},
		{"a date opening the statement's clause", "2024-09-10",
			"Earlier today in London the Secretary confirmed that Russia has received missiles from Iran.",
			RelSupplied, "state:IRN", "state:RUS", nil},
		{"near miss: the statement after a comma leaves the date to the event", "2024-09-10",
			"Earlier today Russia received missiles from Iran, the Secretary confirmed.",
			RelSupplied, "state:IRN", "state:RUS", []string{"2024-09-10"}},
		{"near miss: the trigger's own date before the reported clause", "2025-02-24",
			"Japan condemned North Korea on Friday and said that Pyongyang had launched missiles in March 2024.",
			RelCondemned, "state:JPN", "state:PRK", []string{"2025-02-21"}},
	})
}

// TestPerformativeGoverningVerb: a present-tense speech verb governing a noun trigger ("We
// reaffirm our unwavering support for", "expresses its full solidarity and support to")
// performs the act as it is uttered: the reference date. Not after an auxiliary, and not in
// the past.
func TestPerformativeGoverningVerb(t *testing.T) {
	x := newTestExtractor(t)
	checkRelationDates(t, x, []relDateCase{
		{"reaffirms its support", "2024-04-14",
			"The European Union reaffirms its unwavering support for Ukraine.",
			RelSupports, "inst:eu", "state:UKR", []string{"2024-04-14"}},
		{"expresses solidarity and support", "2024-04-14",
			"Japan expresses its full solidarity and support to Israel.",
			RelSupports, "state:JPN", "state:ISR", []string{"2024-04-14"}},
		{"a trigger opening with its adverb", "2025-04-02",
			"China firmly opposes the United States' deployment of missiles in the Philippines.",
			RelCondemned, "state:CHN", "state:USA", []string{"2025-04-02"}},
		{"near miss: the adverb-led trigger in the past", "2025-04-02",
			"China firmly opposed the United States' deployment of missiles in March 2024.",
			RelCondemned, "state:CHN", "state:USA", []string{"2024-03"}},
		{"near miss: an auxiliary before the verb", "2024-04-14",
			"Japan will reaffirm its support for Israel.",
			RelSupports, "state:JPN", "state:ISR", nil},
		{"near miss: the past keeps its own date", "2024-04-14",
			"Japan reaffirmed its support for Israel in March 2023.",
			RelSupports, "state:JPN", "state:ISR", []string{"2023-03"}},
	})
}

// TestObjectEventDates: a date inside a speech act's object noun phrase dates the event the
// object names ("the attacks of 7 October", "the launch yesterday of an ICBM", "the
// September 24 attack"), not the speech act, which then takes its occasion's date or none; a
// date introduced by a preposition after the object is the speech act's (SCHEMA.md Dates
// rule 1: "Seoul condemned the launch on Friday").
func TestObjectEventDates(t *testing.T) {
	x := newTestExtractor(t)
	checkRelationDates(t, x, []relDateCase{
		{"of a date, no occasion", "2024-03-22",
			"Japan condemned Hamas for the attacks of 7 October.",
			RelCondemned, "state:JPN", "inst:hamas", nil},
		{"of a date, at a meeting the record dates", "2024-03-22",
			"The Security Council held a meeting today on Gaza.\n\nBarbara Woodward of the United Kingdom condemned Hamas for the attacks of 7 October.",
			RelCondemned, "person:barbara-woodward", "inst:hamas", []string{"2024-03-22"}},
		{"a date before of, in a readout", "2024-10-31",
			"Secretary of State Antony J. Blinken held a telephone conversation today with Republic of Korea Foreign Minister Cho Tae-yul. The two ministers deplored North Korea's launch yesterday of an intercontinental ballistic missile.",
			RelCondemned, "person:antony-blinken", "state:PRK", []string{"2024-10-31"}},
		{"a date between the article and its noun", "2024-10-02",
			"Ukraine condemned the September 24 attack by Russia.",
			RelCondemned, "state:UKR", "state:RUS", nil},
		{"near miss: a preposition makes it the speech act's", "2024-06-22",
			"Seoul condemned North Korea's launch on Friday.",
			RelCondemned, "state:KOR", "state:PRK", []string{"2024-06-21"}},
		{"an example the object names after including", "2024-05-10",
			"Canada condemned North Korea's repeated missile tests, including a launch on 2 May.",
			RelCondemned, "state:CAN", "state:PRK", nil},
		{"an example after such as, in a readout", "2024-05-10",
			"The foreign ministers of Japan and Australia held talks today in Tokyo. The ministers denounced Russia's strikes on civilian targets, such as the attack in Kharkiv on 1 May.",
			RelCondemned, "state:JPN", "state:RUS", []string{"2024-05-10"}},
		{"an event noun with its agent and target", "2024-05-10",
			"Manila deplored the dangerous manoeuvres by Chinese vessels against a Philippine supply boat near Scarborough Shoal on 30 April.",
			RelCondemned, "state:PHL", "state:CHN", nil},
		{"near miss: an agent phrase, then a comma", "2024-05-10",
			"Manila deplored the manoeuvres by Chinese vessels, on Thursday.",
			RelCondemned, "state:PHL", "state:CHN", []string{"2024-05-09"}},
		{"near miss: an adverbial before of", "2024-06-22",
			"The Philippines accused China's coast guard on Tuesday of attacking its navy.",
			RelCondemned, "state:PHL", "inst:china-coast-guard", []string{"2024-06-18"}},
	})
}
