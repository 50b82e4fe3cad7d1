package extract

import "testing"

// Round 33, entities and dates. Every sentence is our own.

// TestBareMonthHeadings: a year's review or chronology sets a bare month name on a line of its
// own ("MARCH", "May") above each entry; with two such headings or more, the entry's events
// take the month, its year by Dates rule 4 (SCHEMA.md). Near misses: a bare month inside a
// sentence is no date without its preposition; a lone month line is no chronology; the modal
// "May" opening a sentence is no month.
func TestBareMonthHeadings(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"capitalised month headings in a year's review", "",
			"Title: The year in review\nPublished: 2022-12-27\n\nThe year in review\n\nMARCH\nKenyan President William Ruto visited Addis Ababa for talks.\n\nMAY\nSweden applied to join NATO.",
			RelVisited, "person:william-ruto", "place:addis-ababa", []string{"2022-03"}},
		{"title-case headings, the modal's spelling as a heading", "",
			"Title: The year in review\nPublished: 2022-12-27\n\nThe year in review\n\nApril\nChile condemned Venezuela.\n\nMay\nPeru recalled its envoy.",
			RelCondemned, "state:CHL", "state:VEN", []string{"2022-04"}},
		{"a month heading late in the year before a January publication", "",
			"Title: Looking back\nPublished: 2023-01-04\n\nLooking back\n\nNOVEMBER\nKenyan President William Ruto visited Addis Ababa for talks.\n\nDECEMBER\nChile condemned Venezuela.",
			RelCondemned, "state:CHL", "state:VEN", []string{"2022-12"}},
		{"near miss: a single month line is no chronology", "",
			"Title: Notes\nPublished: 2022-12-27\n\nNotes\n\nMARCH\nChile condemned Venezuela.",
			RelCondemned, "state:CHL", "state:VEN", nil},
		{"near miss: a bare month in running text", "",
			"Title: Notes\nPublished: 2022-12-27\n\nChile condemned Venezuela, a March statement said.\n\nPeru recalled its envoy.",
			RelCondemned, "state:CHL", "state:VEN", nil},
	})
}

// TestNationalNouns: a titles.txt person noun ("national", "citizen") after a state's name or
// demonym makes the name beside it a person, before it ("Chilean citizen Tomas Ortega") or
// in an apposition after it ("Lena Osei, a Ghanaian national who ..."), in running text as
// in a designation list. Near misses: the noun going on into a compound ("an Iranian national
// company", "the Chilean national team") names no person.
func TestNationalNouns(t *testing.T) {
	checkEntities(t, []entCase{
		{"demonym and noun before the name",
			"Police in Gdansk detained Chilean citizen Tomas Ortega on Tuesday.",
			[]string{"person:tomas-ortega"}, nil},
		{"apposition after the name, then a relative",
			"Lena Osei Mensah, a Ghanaian national who managed the accounts, was charged.",
			[]string{"person:lena-osei-mensah"}, nil},
		{"apposition on a numbered entry after a closed list",
			"Named individuals\n\n7. Kofi Arhin Boateng, a Ghanaian national and broker who paid the crews.",
			[]string{"person:kofi-arhin-boateng"}, nil},
		{"near miss: a national firm in apposition",
			"Blue Cormorant Lines, an Iranian national company, was named.",
			nil, []string{"person:blue-cormorant-lines"}},
		{"near miss: a national team",
			"The Chilean national team beat Peru Juniors in Lima.",
			nil, []string{"person:peru-juniors"}},
	})
}

// TestKinNouns: a titles.txt kin noun after a possessive ("her husband, X", "the general's son
// X") introduces the name after it as a person, with or without the apposition's comma. Near
// misses: a kin noun of a firm ("its sister company, X"), with no possessive ("a sister,
// X"), or with no name after it, introduces no one.
func TestKinNouns(t *testing.T) {
	checkEntities(t, []entCase{
		{"possessive pronoun, comma apposition",
			"The minister travelled to Lisbon with her husband, Tiago Ferreira Lopes, on Monday.",
			[]string{"person:tiago-ferreira-lopes"}, nil},
		{"possessive 's, no comma",
			"The general's son Rustam Karimovich Aliev was named to the board.",
			[]string{"person:rustam-karimovich-aliev"}, nil},
		{"near miss: a firm's sister company",
			"Baltic Crest Holdings and its sister company, Nordic Crest Trading, were designated.",
			nil, []string{"person:nordic-crest-trading"}},
		{"near miss: no possessive before the noun",
			"Officials named a sister, Marta Kowalczyk Nowak, as a witness.",
			nil, []string{"person:marta-kowalczyk-nowak"}},
		{"near miss: no name after the noun",
			"He flew to Lisbon with his wife, who met Portuguese officials.",
			nil, []string{"person:who"}},
	})
}

// TestCreditLines: a words.tsv credit word before "by", opening a line, its bracket or a part
// after ";", makes the capitalised names after it persons, joined by "and" and past "in" + a
// place ("(Reporting by A in Lagos and B in Accra; Editing by C)"). Near misses: "prepared
// by" inside running text, and a desk's name after "the".
func TestCreditLines(t *testing.T) {
	checkEntities(t, []entCase{
		{"a credit line of two authors",
			"Chad expelled the envoy.\n\nCompiled by Nadia Okafor and Tomas Brenner. Corrections to the desk.",
			[]string{"person:nadia-okafor", "person:tomas-brenner"}, nil},
		{"a wire's bracketed credits with places and an editor",
			"Chad expelled the envoy.\n\n(Reporting by Ines Laborde in Lagos and Kwame Mensah in Accra; Editing by Ruth Callan)",
			[]string{"person:ines-laborde", "person:kwame-mensah", "person:ruth-callan"}, nil},
		{"near miss: prepared by in running text",
			"The draft was prepared by Brazil and Mexico City officials before the vote.",
			nil, []string{"person:mexico-city"}},
		{"near miss: a desk after the",
			"Chad expelled the envoy.\n\n(Compiled by the Sahel Desk; editing by the West Africa Team)",
			nil, []string{"person:sahel-desk", "person:west-africa-team"}},
	})
}

// TestSpyAgencyDescription: "spy agency" describes a state's service, as news writes it, and
// names no body (bodies.txt leaves it out): the state before it is named alone. Near miss: a
// state's named service ("Kenya's intelligence service") and a ministry stay bodies.
func TestSpyAgencyDescription(t *testing.T) {
	checkEntities(t, []entCase{
		{"a state's spy agency names the state",
			"Kenya's spy agency said on Friday that fighters crossed the border.",
			[]string{"state:KEN|Kenya"}, []string{"inst:kenya-spy-agency"}},
		{"near miss: a state's ministry is a body",
			"Kenya's defence ministry said on Friday that fighters crossed the border.",
			[]string{"inst:kenya-defence-ministry"}, nil},
	})
}

// TestEntryLineDates: a tracker's entries open with their full date and a full stop on the
// entry's own line ("3 March 2022. Chile and Peru sign ..."); with two such entries or more,
// an entry's sentences without a date of their own take it, and a participle after the
// clause's opening adverbial keeps the clause's subject ("In a statement ..., A and B
// announce ..., accusing X"). Near miss: a lone dated line in running prose dates nothing
// after it.
func TestEntryLineDates(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	const tracker = "Title: Andes tracker\nPublished: 2022-09-30\n\nThe record follows.\n\n" +
		"3 March 2022. Chile and Peru sign the Pacific Accord in Lima.\n\n" +
		"9 May 2022. In a statement read on state radio, Chile and Peru announce their withdrawal from the Southern African Development Community (SADC), accusing the bloc of serving foreign interests.\n"
	checkRelationDates(t, x, []relDateCase{
		{"a present-tense signing under its entry's date", "", tracker,
			RelSigned, "state:CHL", "agr:pacific-accord", []string{"2022-03-03"}},
		{"a participle's stance after an opening adverbial", "", tracker,
			RelCondemned, "state:PER", "inst:sadc", []string{"2022-05-09"}},
		{"near miss: one dated line in prose", "",
			"Title: Notes\nPublished: 2022-09-30\n\nThe record follows.\n\n3 March 2022. Chile and Peru sign the Pacific Accord in Lima.\n",
			RelSigned, "state:CHL", "agr:pacific-accord", nil},
	})
}

// TestDottedDates: a date written "D.M.YYYY" ("27.12.2024"), as European ministries date
// their statements, is a full date: alone under the title it is the reference date, so
// "today" is that day. Near miss: dotted numbers that are no date (a month past 12) give none.
func TestDottedDates(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"a dotted date line under the title", "",
			"Statement of the Ministry of Foreign Affairs of Latvia\n\n14.3.2023\n\nForeign Minister Edgars Rinkevics spoke by telephone today with Lithuanian Foreign Minister Gabrielius Landsbergis.",
			RelMetWith, "person:edgars-rinkevics", "person:gabrielius-landsbergis", []string{"2023-03-14"}},
		{"a dotted date in running text", "",
			"Published: 2023-04-02\n\nOn 28.3.2023 Latvia condemned Belarus.",
			RelCondemned, "state:LVA", "state:BLR", []string{"2023-03-28"}},
		{"near miss: a month past twelve is no date", "",
			"Published: 2023-04-02\n\nUnder clause 14.13.2023 Latvia condemned Belarus.",
			RelCondemned, "state:LVA", "state:BLR", nil},
	})
}

// TestPentagonSeat: the Pentagon is a building seat (entities.tsv capital=1, as "White House"):
// after a locative and "the" it is a Place ("held talks ... at the Pentagon"); acting or
// speaking it is the Department of Defense.
func TestPentagonSeat(t *testing.T) {
	checkEntities(t, []entCase{
		{"a meeting at the building",
			"Kenya's defence minister held talks with his U.S. counterpart at the Pentagon on Tuesday.",
			[]string{"place:pentagon|Pentagon"}, []string{"inst:us-department-of-defense|Pentagon"}},
		{"near miss: the department speaking",
			"The Pentagon said on Tuesday that the exercise would go ahead.",
			[]string{"inst:us-department-of-defense|Pentagon"}, []string{"place:pentagon"}},
	})
}

// TestAlabuga: the gazetteer's Alabuga (the drone plant's zone in Tatarstan) is a Place named
// alone; a longer name that opens with it stays that name (a firm there, the zone in full).
func TestAlabuga(t *testing.T) {
	checkEntities(t, []entCase{
		{"the plant's site named alone",
			"Most of the drones are now assembled at Alabuga, far from the front.",
			[]string{"place:alabuga|Alabuga"}, nil},
		{"near miss: a firm named after the site",
			"The Treasury designated JSC Alabuga Machinery for supplying the plant.",
			nil, []string{"place:alabuga"}},
	})
}

// TestPeerStyle: "Lord" and "Baroness" are honorifics like "Sir" and "Dame" (titles.txt): the
// name starts after them ("the Foreign Secretary, Lord Ashdown" is Ashdown). Near miss: a
// body named with "Lord's" names no person.
func TestPeerStyle(t *testing.T) {
	checkEntities(t, []entCase{
		{"a peer's style before the name",
			"The minister said that Baroness Helena Kennedy had raised the matter in Nairobi.",
			[]string{"person:helena-kennedy"}, []string{"person:baroness-helena-kennedy"}},
		{"near miss: the Lord's Resistance Army",
			"Fighters of the Lord's Resistance Army crossed into the Central African Republic.",
			nil, []string{"person:resistance-army"}},
	})
}

// TestColonDateline: a dateline closed by a colon, as Indian dailies write it ("NEW DELHI:
// Prime Minister ..."), names its place when the gazetteers know it as a capital or a place.
// Near miss: a transcript's speaker label ("MR HALVORSEN:") is no place.
func TestColonDateline(t *testing.T) {
	checkEntities(t, []entCase{
		{"a capital's dateline with a colon",
			"NAIROBI: President William Ruto on Monday flew to Addis Ababa for talks.",
			[]string{"place:nairobi|NAIROBI"}, nil},
		{"near miss: a speaker label",
			"MR HALVORSEN: We condemn the launch in the strongest terms.",
			nil, []string{"place:mr-halvorsen", "place:halvorsen"}},
	})
}

// TestWestPhilippineSea: the gazetteer's West Philippine Sea matches in a heading in capitals
// as in prose, and its demonym is then no mention of the state.
func TestWestPhilippineSea(t *testing.T) {
	checkEntities(t, []entCase{
		{"a heading in capitals",
			"STATEMENT OF THE COAST GUARD SPOKESPERSON FOR THE WEST PHILIPPINE SEA\n\nThe ships left.",
			[]string{"place:west-philippine-sea"}, []string{"state:PHL|PHILIPPINE"}},
		{"near miss: the demonym alone names the state",
			"PHILIPPINE NAVY SHIPS LEAVE SUBIC\n\nThe ships left.",
			nil, []string{"place:west-philippine-sea"}},
	})
}

// TestBodyNameWithState: a body's name with "of" + its state keeps the state when the body is
// no formal name of bodies.txt ("Office of the Prosecutor General of Kenya", "Ministry of
// Science and Technology of Chile"); a formal one stays its state's body, the state named
// apart ("the Ministry of Foreign Affairs of the Republic of Chile"), and a list of states
// after "of" names a group's members ("Council of Ministers of Kenya, Uganda and Tanzania").
func TestBodyNameWithState(t *testing.T) {
	checkEntities(t, []entCase{
		{"an office with its state",
			"The Office of the Prosecutor General of Kenya opened a case on Monday.",
			[]string{"inst:office-of-the-prosecutor-general-of-kenya"}, []string{"inst:office-of-the-prosecutor-general"}},
		{"a ministry with its state",
			"The Ministry of Science and Technology of Chile signed the protocol.",
			[]string{"inst:ministry-of-science-and-technology-of-chile"}, nil},
		{"near miss: a group of listed states",
			"The Council of Ministers of Kenya, Uganda and Tanzania met in Arusha.",
			[]string{"state:KEN", "state:UGA"}, []string{"inst:council-of-ministers-of-kenya"}},
		{"near miss: a formal body of bodies.txt",
			"The Ministry of Foreign Affairs of the Republic of Chile issued a statement.",
			[]string{"inst:chile-foreign-ministry", "state:CHL"}, nil},
	})
}

// TestYle: Finland's broadcaster is an Institution named alone, as its questioner's outlet or
// as a source; "Yle" inside no other word names it.
func TestYle(t *testing.T) {
	checkEntities(t, []entCase{
		{"the broadcaster as a source",
			"Yle asked the Finnish Defence Forces about the patrols.",
			[]string{"inst:yle"}, nil},
		{"near miss: a longer word",
			"The Yleisurheilu club met in Turku.",
			nil, []string{"inst:yle|Yle"}},
	})
}
