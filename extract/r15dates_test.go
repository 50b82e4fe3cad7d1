package extract

import "testing"

// Round 15, dates and modality of matched relations (SCHEMA.md "Dates", "Modality"). Every
// sentence is our own.

// TestListDateOfAnnouncement: a sanctions list announced without a date of its own is issued
// on the day of the act the document announced, not on the day a span began ("Since March
// 2023, the network has shipped ..."): a "since" date states how long something has lasted
// (SCHEMA.md Dates rule 5), and the same designator's "is designating the following" is the
// designation it announced "today". A list after a dated act of another day keeps that day.
func TestListDateOfAnnouncement(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"the same designator, a since-span between", "2025-02-11",
			"Today, the Office of Foreign Assets Control (OFAC) designated three procurement agents of the Houthis.\n\nSince March 2023, the network has moved weapons parts from Iran to Yemen.\n\nOFAC is designating the following individuals pursuant to E.O. 13224:\n\n1. Karim Adel Haddad, a broker based in Oman.\n\n2. Samir Fouad Nasser, a shipping agent.",
			RelSanctioned, "inst:ofac", "inst:samir-fouad-nasser", []string{"2025-02-11"}},
		{"another designator's list after a since-span", "2024-08-20",
			"WASHINGTON - Today, OFAC designated a drone supply network.\n\nSince 2022, the network has shipped engines to Russia.\n\nThe Department of State is designating, pursuant to E.O. 14024:\n\n- Karim Adel Haddad, a broker based in Dubai.",
			RelSanctioned, "inst:department-of-state", "inst:karim-adel-haddad", []string{"2024-08-20"}},
		{"near miss: a list that states its own day keeps it", "2024-08-20",
			"Today, OFAC designated a drone supply network.\n\nSince 2022, the network has shipped engines to Russia.\n\nOn August 2, OFAC designated the following persons pursuant to E.O. 14024:\n\n- Karim Adel Haddad, a broker based in Dubai.",
			RelSanctioned, "inst:ofac", "inst:karim-adel-haddad", []string{"2024-08-02"}},
	})
}

// TestPledgeToContinue: a speaker's pledge that its own side "will continue to support" or
// "would continue to stand with" someone is the pledge itself, a fact (SCHEMA.md Modality
// rule 1), as "would support" is; "continue to" between the modal and the verb changes
// nothing. Someone else's forecast ("analysts said China would continue to back Russia")
// is their claim, no pledge.
func TestPledgeToContinue(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a ministry's side, will continue to support",
			"The Japanese side also stated that Japan will continue to support the Philippines in its maritime law enforcement.",
			[]string{"SUPPORTS state:JPN state:PHL asserted/fact"}, nil},
		{"a leader for his state, would continue to stand with, an adverb",
			"Kim Jong Un told Vladimir Putin that North Korea would firmly continue to stand with Russia.",
			[]string{"SUPPORTS state:PRK state:RUS asserted/fact"}, nil},
		{"near miss: a forecast by others is no pledge",
			"Analysts said China would continue to support Russia.",
			[]string{"SUPPORTS state:CHN state:RUS asserted/reported"}, nil},
	})
}

// TestCircumstanceAfterReport: a clause opened by "as" after the comma that closes a report
// ("..., Blinken said on Tuesday, as Washington announced sanctions on Tehran") is the
// writer's own account of what happened meanwhile: the report and the hedges before it do
// not reach it (SCHEMA.md Modality rule 1), and the report's day is its day (Dates rule 1).
// The reported clause itself stays reported, and an "as" clause with a report of its own is
// that report's.
func TestCircumstanceAfterReport(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"after a hedged report with its day",
			"Russia could soon use Iranian missiles in Ukraine, the British foreign secretary said on Monday, as London and Paris imposed new sanctions on Iran.",
			[]string{"SANCTIONED state:GBR state:IRN asserted/fact", "SANCTIONED state:FRA state:IRN asserted/fact"}, nil},
		{"after a closing report without a day, present tense",
			"North Korea has sent troops to Russia, officials in Seoul say, as the European Union condemns North Korea.",
			[]string{"CONDEMNED inst:eu state:PRK asserted/fact"}, nil},
		{"near miss: the reported clause before the comma stays reported",
			"Iran has delivered drones to Russia, the minister said on Monday, as London imposed new sanctions on Iran.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/reported"}, nil},
		{"near miss: an as-clause with a report of its own",
			"Kyiv asked for air defence, Zelensky said, as officials said Iran had sent drones to Russia.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/reported"}, nil},
	})
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"the report's weekday dates the as-clause", "2024-09-11",
			"Russia has received Iranian missiles, the U.S. secretary of state said on Tuesday, as Washington and Berlin announced fresh sanctions on Iran.",
			RelSanctioned, "state:USA", "state:IRN", []string{"2024-09-10"}},
		{"near miss: the reported event keeps no day of the report", "2024-09-11",
			"Iran has sent missiles to Russia, the minister said on Tuesday, as Washington announced fresh sanctions on Iran.",
			RelSupplied, "state:IRN", "state:RUS", nil},
	})
}

// TestChargedAct: the act a verb of reproach charges its object with ("blamed Washington for
// backing Israel", "denounced the United States for deploying bombers", "criticised Moscow
// for having vetoed the draft") is the reproacher's claim, reported, like the act in "X
// accused Y of ..." (SCHEMA.md Modality rule 1). In a first-person statement the speaker's
// words are the text, and the act stays a fact; an act outside the charge stays a fact.
func TestChargedAct(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"blamed, a gerund",
			"The Iranian spokesman blamed Washington for backing Israel.",
			[]string{"SUPPORTS state:USA state:ISR asserted/reported"}, nil},
		{"denounced, an adverb, a gerund with a place",
			"Kim Jong Un sharply denounced the United States for deploying strategic bombers to the Korean Peninsula.",
			[]string{"DEPLOYED state:USA place:korean-peninsula asserted/reported"}, nil},
		{"criticised, having and an aside before the participle",
			"The Algerian envoy criticised Russia for having, once again, vetoed the draft resolution in the Security Council.",
			[]string{"VETOED state:RUS inst:unsc asserted/reported"}, nil},
		{"near miss: a first-person statement states the act",
			"We strongly condemn Belarus for supporting Russia.",
			[]string{"SUPPORTS state:BLR state:RUS asserted/fact"}, nil},
		{"near miss: the act outside the charge stays a fact",
			"Japan condemned China for its rhetoric, and the United States deployed bombers to the Korean Peninsula.",
			[]string{"DEPLOYED state:USA place:korean-peninsula asserted/fact"}, nil},
	})
}

// TestTitleYear: a year right after the capitalised last word of a title ("the Iran
// (Sanctions) Regulations 2023") names the title and dates nothing, so a list designated
// under it takes the date of the act the document announced; a year after a preposition or a
// month ("in 2023", "March 2023") is a date.
func TestTitleYear(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"a list under a regulation's title", "2024-09-10",
			"The United Kingdom has today designated two procurement agents.\n\nThe following have been designated under the Iran (Sanctions) Regulations 2019:\n\n- Karim Adel Haddad, a broker based in Dubai.",
			RelSanctioned, "state:GBR", "inst:karim-adel-haddad", []string{"2024-09-10"}},
		{"a sentence naming an act of law", "2024-05-02",
			"Japan sanctioned North Korea under the Foreign Exchange Act 2017 on Tuesday.",
			RelSanctioned, "state:JPN", "state:PRK", []string{"2024-04-30"}},
		{"near miss: a year after a preposition dates the act", "2024-05-02",
			"Japan sanctioned North Korea in 2023.",
			RelSanctioned, "state:JPN", "state:PRK", []string{"2023"}},
	})
}
