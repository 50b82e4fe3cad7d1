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
		{"near miss: the adverb after the object is no verb group's", "2024-10-15",
			"Canada sanctioned Iran recently, two years after the strike in May 2022.",
			RelSanctioned, "state:CAN", "state:IRN", nil},
		{"near miss: last week is no adverb and keeps its none", "2024-10-15",
			"Britain sanctioned Iran last week, after the strike of 1 October.",
			RelSanctioned, "state:GBR", "state:IRN", nil},
	})
}

// TestEmDashDateline: an American wire dateline ends with an em dash ("UNITED NATIONS, March
// 29 — ..."); like the hyphen and en dash forms it is the filing date, no event's (SCHEMA.md
// Dates rules 1 and 6), so "later that day" and an undated act count from the event the lead
// dates, not from the dateline.
func TestEmDashDateline(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"later that day counts from the lead's weekday", "2024-03-29",
			"UNITED NATIONS, March 29 \u2014 Russia on Thursday vetoed a resolution on the sanctions panel.\n\nThirteen members voted in favour.\n\nJapan and France issued a note later that day condemning Russia.",
			RelCondemned, "state:JPN", "state:RUS", []string{"2024-03-28"}},
		{"an act reported with no date of its own takes none from the dateline", "2024-10-18",
			"SEOUL, Oct. 18 \u2014 North Korea has dispatched troops to Russia, the spy agency said.",
			RelDeployed, "state:PRK", "state:RUS", nil},
		{"near miss: a dateline of another day than the reference date stays", "2024-06-21",
			"SEOUL, June 20 \u2014 Kim Jong Un met Vladimir Putin in Pyongyang.",
			RelMetWith, "person:kim-jong-un", "person:vladimir-putin", []string{"2024-06-20"}},
	})
}

// TestTimelineEntryPresent: a timeline or digest entry opens with its date and a dash or
// colon and tells its event in the historical present ("Oct 21 - Seoul summons ...", "- 11
// September 2024: Zelensky condemns ..."): a present-tense speech act there is the entry's
// date, not the reference date. A statement in the document's own voice keeps the
// reference date.
func TestTimelineEntryPresent(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"month-day entry with a hyphen", "2024-11-05",
			"Timeline\n\nOct 21 - Japan condemns North Korea over the troop deployment.",
			RelCondemned, "state:JPN", "state:PRK", []string{"2024-10-21"}},
		{"bulleted day-month-year entry with a colon", "2024-09-13",
			"Timeline:\n- 11 September 2024: Ukrainian President Volodymyr Zelensky strongly condemns Iran over the deliveries.",
			RelCondemned, "person:volodymyr-zelensky", "state:IRN", []string{"2024-09-11"}},
		{"near miss: the document's own voice is the reference date", "2024-09-13",
			"The Ministry of Foreign Affairs of Ukraine strongly condemns Iran over the deliveries of 11 September.",
			RelCondemned, "inst:ukraine-foreign-ministry", "state:IRN", []string{"2024-09-13"}},
	})
}

// TestAgencySlashDateline: a Russian agency's dateline closes with a full stop and the
// agency's name between slashes ("MOSCOW, June 20. /TASS/."); like the dash forms it is the
// filing date, so "later that day" counts from the event the lead dates.
func TestAgencySlashDateline(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"later that day after a slash dateline", "2024-06-20",
			"PYONGYANG, June 20. /TASS/. Vladimir Putin and Kim Jong Un on Wednesday signed a treaty.\n\nThe Russian foreign minister Sergey Lavrov departed later that day for Hanoi.",
			RelVisited, "person:sergey-lavrov", "place:hanoi", []string{"2024-06-19"}},
		{"an act with no date of its own takes none from the dateline", "2024-12-07",
			"MINSK, December 7. /Correspondent/. Belarus condemned Poland in a statement.",
			RelCondemned, "state:BLR", "state:POL", nil},
		{"near miss: a sentence ending in a date is no dateline", "2024-12-07",
			"Belarus condemned Poland on December 7. Officials said more would follow.",
			RelCondemned, "state:BLR", "state:POL", []string{"2024-12-07"}},
	})
}

// TestAnticipationCues: "looks forward to" and "stands ready to" anticipate the act after
// them (SCHEMA.md Modality rule 2: planned, expected or anticipated is speculative); an act
// stated before the cue in another clause stays a fact.
func TestAnticipationCues(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"looks forward to visiting",
			"Foreign Minister Penny Wong said she looks forward to visiting Jakarta next month.",
			[]string{"VISITED person:penny-wong place:jakarta asserted/speculative"}, nil},
		{"looked forward to, past tense, travelling",
			"Anthony Albanese said he looked forward to travelling to Tokyo for the summit.",
			[]string{"VISITED person:anthony-albanese place:tokyo asserted/speculative"}, nil},
		{"stands ready to impose sanctions",
			"The European Union stands ready to impose further sanctions on Belarus.",
			[]string{"SANCTIONED inst:eu state:BLR asserted/speculative"}, nil},
		{"near miss: a visit made before the cue's clause is a fact",
			"Foreign Minister Penny Wong visited Jakarta on Monday, and she looks forward to further talks.",
			[]string{"VISITED person:penny-wong place:jakarta asserted/fact"}, nil},
	})
}
