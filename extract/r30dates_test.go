package extract

import "testing"

// Round 30, dates of matched relations (SCHEMA.md "Dates"). Every sentence is our own; the
// documents open with header blocks of several styles ("Title:"/"Date:" with a written
// month, "Published:" with an ISO date, a bare "Published:" line) so that the reference date
// comes from the text as in a file.

// TestNarrationGoesOnAcrossTypes: a sentence with no date expression that narrates in the simple past
// goes on telling the event the sentence just before dated (SCHEMA.md Dates rule 3, "the
// date of the event just mentioned"): an event of another type by the same source ("struck
// ... Yemen on 12 January. The United States launched Tomahawk missiles"), an act by another
// source at the event the sentence before dated with its one full date ("sent a destroyer to
// the Philippines"), an act done on the visit the sentence before dated ("signed the
// treaty"). Near misses: a new paragraph tells another event; a date inside a quoted earlier
// statement is that statement's event; an expiry after the reference date tells no event; a
// headline states no date; the date of a report ("said on 8 November that") is no event's;
// a speech act ("Japan condemned China") is left to the occasion frames.
func TestNarrationGoesOnAcrossTypes(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"another type by the same source, Date: header with a written month", "",
			"Title: Strikes in Yemen\nDate: January 13, 2024\n\nOn 12 January 2024, the United States struck Houthi targets in Yemen. The United States launched Tomahawk missiles from a submarine.",
			RelLaunched, "state:USA", "weapon:tomahawk", []string{"2024-01-12"}},
		{"a meeting after an arrival, pronoun source, Published: ISO header", "",
			"Published: 2025-06-06\n\nSergei Shoigu arrived in Pyongyang on 4 June 2025. He handed over a letter and held talks with Kim Jong Un.",
			RelMetWith, "person:sergei-shoigu", "person:kim-jong-un", []string{"2025-06-04"}},
		{"another source's act at the one date the sentence before states", "",
			"Published: 2024-03-10\n\nOn 9 March 2024, a Chinese vessel fired water cannon at a Philippine supply boat near Second Thomas Shoal. The United States sent a destroyer to the Philippines.",
			RelDeployed, "state:USA", "state:PHL", []string{"2024-03-09"}},
		{"near miss: a speech act is left to the occasion frames", "",
			"Published: 2024-03-10\n\nOn 9 March 2024, a Chinese vessel fired water cannon at a Philippine supply boat near Second Thomas Shoal. Japan condemned China.",
			RelCondemned, "state:JPN", "state:CHN", nil},
		{"near miss: the date of a report is no event's", "",
			"Date: 2024-11-10\n\nUkraine's army said on 8 November 2024 that it had engaged North Korean units. Russia fired Iskander missiles at Kharkiv.",
			RelLaunched, "state:RUS", "weapon:iskander", nil},
		{"a signing during the visit the sentence before dated", "",
			"Published: 2024-06-20\n\nPresident Putin was visiting Pyongyang on 19 June 2024. Putin signed the Treaty on Comprehensive Strategic Partnership with Kim Jong Un.",
			RelSigned, "person:vladimir-putin", "agr:comprehensive-strategic-partnership-treaty", []string{"2024-06-19"}},
		{"near miss: a new paragraph about another event", "",
			"Published: 2025-06-06\n\nSergei Shoigu arrived in Pyongyang on 4 June 2025.\n\nRussia supplied air defence systems to North Korea.",
			RelSupplied, "state:RUS", "state:PRK", nil},
		{"near miss: a date in a quoted earlier statement", "",
			"Published: 2024-11-02\n\nChoe told the assembly: \"Our two countries signed the treaty on 19 June 2024.\" Russia supplied oil to North Korea.",
			RelSupplied, "state:RUS", "state:PRK", nil},
		{"near miss: an expiry is no event", "",
			"Published: 2024-10-19\n\nThe licence expires on 30 June 2030. Russia supplied oil to North Korea.",
			RelSupplied, "state:RUS", "state:PRK", nil},
		{"near miss: a deadline is no event", "",
			"Published: 2024-10-19\n\nThe sanctions on Iran remain in force until 31 December 2024. Canada sanctioned Iran.",
			RelSanctioned, "state:CAN", "state:IRN", nil},
		{"near miss: a headline's date", "",
			"Published: 2024-10-19\n\nTroops crossed into Russia on 8 October\n\nNorth Korea sent troops to Russia.",
			RelDeployed, "state:PRK", "state:RUS", nil},
	})
}

// TestReportedProgressive: a past progressive in speech a dated statement reports ("said on
// Sunday that they were leaving ECOWAS") is the statement's present shifted back: the event
// goes on on the day of the statement and takes its date (SCHEMA.md Dates rule 1, as for
// "said on Friday that North Korea is sending troops"). A past progressive in narration, or
// under a statement with no date, takes none.
func TestReportedProgressive(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"a withdrawal announced on a weekday, Title: and Published: header", "",
			"Title: Exit from ECOWAS\nPublished: 29 January 2024\n\nThe governments of Mali, Burkina Faso and Niger said on Sunday that they were leaving ECOWAS.",
			RelMemberOf, "state:MLI", "inst:ecowas", []string{"2024-01-28"}},
		{"troops reported on Friday, Date: ISO header", "",
			"Date: 2024-10-19\n\nSouth Korea's intelligence service said on Friday that North Korea was sending troops to Russia.",
			RelDeployed, "state:PRK", "state:RUS", []string{"2024-10-18"}},
		{"drones told to reporters, was supplying", "",
			"Date: 2024-10-19\n\nThe minister told reporters on Thursday that Iran was supplying drones to Russia.",
			RelSupplied, "state:IRN", "state:RUS", []string{"2024-10-17"}},
		{"near miss: a past progressive in narration", "",
			"Published: 2025-01-07\n\nThe missile flew 1,100 kilometres while Antony Blinken was visiting Seoul.",
			RelVisited, "person:antony-blinken", "place:seoul", nil},
		{"near miss: a statement with no date", "",
			"Date: 2024-10-19\n\nThe minister told reporters that Iran was supplying drones to Russia.",
			RelSupplied, "state:IRN", "state:RUS", nil},
	})
}

// TestRelativeClauseBackground: a relative clause set off by commas after a name (", which
// joined NATO in April 2023,", ", who held talks with Lavrov in Moscow,") is the writer's
// background on that name: a hedge or report of the main clause after it does not reach it
// (SCHEMA.md Modality rule 1), as for an apposition. A report before it ("Officials said
// that X, who ...") or closing the sentence (", KCNA said") reports it with the rest, and
// the main clause keeps its own modality.
func TestRelativeClauseBackground(t *testing.T) {
	checkRelations(t, "2024-11-04", []relCase{
		{"membership in a which-clause before a hedged main clause",
			"Finland, which joined NATO in April 2023, may buy more artillery next year.",
			[]string{"MEMBER_OF state:FIN inst:nato asserted/fact"}, nil},
		{"a meeting in a who-clause before a main clause about reports",
			"Choe Son Hui, who held talks with Sergei Lavrov in Moscow, did not address reports that troops had reached Kursk.",
			[]string{"MET_WITH person:choe-son-hui person:sergey-lavrov asserted/fact"}, nil},
		{"near miss: a report before the relative clause reports it",
			"Officials said that Choe Son Hui, who held talks with Sergei Lavrov in Moscow, had asked for fuel.",
			[]string{"MET_WITH person:choe-son-hui person:sergey-lavrov asserted/reported"}, nil},
		{"near miss: the main clause stays reported",
			"Analysts said North Korea, which signed a treaty with Moscow in June, has sent troops to Russia.",
			[]string{"DEPLOYED state:PRK state:RUS asserted/reported"}, nil},
		{"near miss: a report closing the sentence reports the relative clause too",
			"Vladimir Putin, who arrived in Pyongyang on Wednesday, held talks with Kim Jong Un, KCNA said.",
			[]string{"VISITED person:vladimir-putin place:pyongyang asserted/reported"}, nil},
	})
}
