package extract

import "testing"

// TestChronologyEntryDates: a chronology or a weekly digest heads each entry with a date on a
// line of its own ("March 2023", "Sept. 4, 2023", "Tuesday, 12 March 2024"), the entry's text
// on the very next line. The entry's sentences with no date of their own state the heading's
// events, in the historical present as in the past, and its present-tense speech acts are
// made on that day. A lone date line is a dateline, and a blank line ends the entry. Texts of
// our own.
func TestChronologyEntryDates(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	chronology := "Key moments\n\nMarch 2023\nFinnish President Sauli Niinisto visits Stockholm.\n\nSept. 4, 2023\nNorway condemns Russia over the cable damage.\n\nOctober 2023\nEstonia expels the Russian ambassador.\n\nAnalysts expect Hungary to back Sweden.\n"
	digest := "Weekly digest of the activities of Foreign Minister Dmytro Kuleba\n\nTuesday, 12 March 2024\nDmytro Kuleba met with the Foreign Minister of Chile, Alberto van Klaveren, in Geneva.\n\nThursday, 14 March 2024\nThe Ministry of Foreign Affairs of Ukraine strongly condemns the shelling of Odesa by Russia. Dmytro Kuleba held talks with Kenyan Foreign Minister Musalia Mudavadi.\n"
	checkRelationDates(t, x, []relDateCase{
		{"a month heading dates a visit in the historical present", "2024-06-01", chronology,
			RelVisited, "person:sauli-niinisto", "place:stockholm", []string{"2023-03"}},
		{"a present-tense speech act of an entry is made on the heading's day", "2024-06-01", chronology,
			RelCondemned, "state:NOR", "state:RUS", []string{"2023-09-04"}},
		{"a weekday heading of a digest dates a past meeting", "2024-03-17", digest,
			RelMetWith, "person:dmytro-kuleba", "person:alberto-van-klaveren", []string{"2024-03-12"}},
		{"a digest's present-tense condemnation is made on the entry's day", "2024-03-17", digest,
			RelCondemned, "inst:ukraine-foreign-ministry", "state:RUS", []string{"2024-03-14"}},
		{"the entry's second sentence too", "2024-03-17", digest,
			RelMetWith, "person:dmytro-kuleba", "person:musalia-mudavadi", []string{"2024-03-14"}},
		{"near miss: a paragraph after a blank line is no entry", "2024-06-01", chronology,
			RelSupports, "state:HUN", "state:SWE", nil},
	})
	lone := "Joint statement\n\n5 May 2024\nNorway condemns Russia over the cable damage.\n"
	checkRelationDates(t, x, []relDateCase{
		{"near miss: a lone date line is a dateline, not a chronology", "2024-05-20", lone,
			RelCondemned, "state:NOR", "state:RUS", []string{"2024-05-20"}},
	})
}

// TestEarlierInTheDay: "earlier in the day", like "later in the day", stays on the day the
// narrative is telling ("On Tuesday the leaders met ... Earlier in the day, Russia had
// launched"), not the reference day; with no day told before it, the report's day is the
// lead's. Texts of our own.
func TestEarlierInTheDay(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"the paragraph's day", "2024-03-08",
			"On Tuesday the presidents of Kazakhstan and Uzbekistan met in Tashkent. Earlier in the day, Russia had fired drones at Odesa, Ukrainian officials said.",
			RelAttacked, "state:RUS", "place:odesa", []string{"2024-03-05"}},
		{"near miss: a sentence's own day wins", "2024-03-08",
			"On Tuesday the presidents of Kazakhstan and Uzbekistan met in Tashkent. On Thursday, Russia fired drones at Odesa.",
			RelAttacked, "state:RUS", "place:odesa", []string{"2024-03-07"}},
	})
}

// TestFirstPersonNow: a relation whose source is the statement's own "we" or "I", in the
// present or future with no date in its sentence, is done on the statement's day ("We remain
// committed to supporting Ukraine", "We will continue to impose sanctions on Russia"). An
// event named in the statement's object keeps its own date, and a past verb tells an
// earlier act. Texts of our own.
func TestFirstPersonNow(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	statement := "Joint Statement of the Foreign Ministers of Norway, Denmark and Iceland\n\nWe, the Foreign Ministers of Norway, Denmark and Iceland, met in Reykjavik today.\n\nWe remain committed to supporting Moldova. We will continue to impose sanctions on Belarus. We condemn Iran's transfer of drones to Russia. We noted the deployment of Chinese warships to the Baltic Sea.\n"
	checkRelationDates(t, x, []relDateCase{
		{"a stance of the statement's we", "2024-05-02", statement,
			RelSupports, "state:NOR", "state:MDA", []string{"2024-05-02"}},
		{"a pledge of the statement's we", "2024-05-02", statement,
			RelSanctioned, "state:DNK", "state:BLR", []string{"2024-05-02"}},
		{"near miss: an event in the object keeps its own date", "2024-05-02", statement,
			RelSupplied, "state:IRN", "state:RUS", nil},
		{"near miss: a past act of the statement's we", "2024-05-02",
			"Joint Statement of the Foreign Ministers of Norway, Denmark and Iceland\n\nWe, the Foreign Ministers of Norway, Denmark and Iceland, met in Reykjavik today.\n\nWe sent demining equipment to Moldova.\n",
			RelSupplied, "state:NOR", "state:MDA", nil},
	})
}

// TestAdoptionDate: a communiqué's line "Adopted by ... at its meeting held on DATE" (or
// "Issued on DATE") dates the document's own present-tense acts, though it is published
// later; without such a line they take the publication date. Texts of our own.
func TestAdoptionDate(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	body := "The Peace and Security Council,\n\n1. Strongly condemns the attack on Bamako by JNIM;\n\n2. Expresses full support for the efforts of ECOWAS;\n"
	checkRelationDates(t, x, []relDateCase{
		{"an adoption line dates the operative paragraphs", "2024-03-09",
			"COMMUNIQUE\n\nAdopted by the Peace and Security Council of the African Union at its 1200th meeting, held on 5 March 2024, on the situation in the Sahel.\n\n" + body,
			RelSupports, "inst:au-psc", "inst:ecowas", []string{"2024-03-05"}},
		{"near miss: no adoption line, the publication date", "2024-03-09",
			"COMMUNIQUE\n\nThe situation in the Sahel was discussed at the 1200th meeting.\n\n" + body,
			RelSupports, "inst:au-psc", "inst:ecowas", []string{"2024-03-09"}},
	})
}

// TestAttributiveParticiple: an -ing adjective between an article or possessive and the
// trigger noun ("reiterated its unwavering commitment to") leaves the occasion act governing
// it; a participle of a verb of its own ("spoke, reaffirming support") still does not. Texts
// of our own.
func TestAttributiveParticiple(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	opening := "Joint Statement\n\nPrime Minister Petteri Orpo and Prime Minister Mark Rutte met in Helsinki today.\n\n"
	checkRelationDates(t, x, []relDateCase{
		{"an -ing adjective after a possessive", "2024-02-06",
			opening + "Finland reiterated its unwavering commitment to the defence of Estonia.\n",
			RelSupports, "state:FIN", "state:EST", []string{"2024-02-06"}},
		{"near miss: a participle after a comma", "2024-02-06",
			opening + "Finland spoke later, reaffirming support for Estonia.\n",
			RelSupports, "state:FIN", "state:EST", nil},
	})
}

// TestTreatyClauseDates: a treaty's mutual clause naming no party ("Article 3 of the pact
// obliges each party to assist the other") is read with the signers of the document's latest
// signing, and holds from that signing's date when it has none of its own. Texts of our own.
func TestTreatyClauseDates(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"the signing's date", "2025-02-10",
			"President Vahagn Khachaturyan of Armenia and President Masoud Pezeshkian of Iran signed the Treaty on Comprehensive Strategic Partnership in Yerevan on 14 January 2025.\n\nArticle 3 of the treaty obliges each party to provide military assistance if the other is attacked.\n",
			RelSupports, "state:ARM", "state:IRN", []string{"2025-01-14"}},
		{"near miss: an undated signing gives none", "2025-02-10",
			"President Vahagn Khachaturyan of Armenia and President Masoud Pezeshkian of Iran have signed the Treaty on Comprehensive Strategic Partnership.\n\nArticle 3 of the treaty obliges each party to provide military assistance if the other is attacked.\n",
			RelSupports, "state:ARM", "state:IRN", nil},
	})
}

// TestEventNounDates: a relation whose target is read from an earlier event named by a
// definite noun ("The strikes were conducted with support from X"), stated as fact in a
// sentence with no date, takes that event's date, also when the event's sentence dated it
// through its object's trigger ("struck targets in Yemen on Thursday night"). An undated
// event gives none. Texts of our own.
func TestEventNounDates(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"support for the strikes", "2024-03-09",
			"French and Italian forces struck more than 20 targets at Houthi sites in Yemen on Thursday night, the first strikes by the two navies.\n\nThe strikes were conducted with support from Greece and Denmark.\n",
			RelSupports, "state:GRC", "state:FRA", []string{"2024-03-07"}},
		{"near miss: an undated event gives none", "2024-03-09",
			"French and Italian forces struck more than 20 targets at Houthi sites in Yemen, the first strikes by the two navies.\n\nThe strikes were conducted with support from Greece and Denmark.\n",
			RelSupports, "state:GRC", "state:FRA", nil},
	})
}
