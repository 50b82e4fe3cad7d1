package extract

import "testing"

// TestStanceNow: a stance stated in the simple present or as going on holds on the day it is
// stated (relations.tsv flag stance-now); a past or dated stance, or one reaching back with
// "since", is not the reference day's.
func TestStanceNow(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"third person present", "2025-03-14",
			"Canada supports Ukraine in its defence against the invasion.",
			RelSupports, "state:CAN", "state:UKR", []string{"2025-03-14"}},
		{"plural subject present after another clause's date", "2025-03-14",
			"The navies will exercise together later this year, and Australia and Japan support the Philippines in the dispute.",
			RelSupports, "state:AUS", "state:PHL", []string{"2025-03-14"}},
		{"will continue to", "2025-03-14",
			"Norway will continue to support Ukraine for as long as it takes.",
			RelSupports, "state:NOR", "state:UKR", []string{"2025-03-14"}},
		{"keep with a participle, said on a day", "2025-03-14",
			"Finland said on Tuesday that it would keep supporting Ukraine.",
			RelSupports, "state:FIN", "state:UKR", []string{"2025-03-11"}},
		{"near miss: the simple past is not the reference day", "2025-03-14",
			"Canada supported Ukraine in its defence against the invasion.",
			RelSupports, "state:CAN", "state:UKR", nil},
		{"near miss: a span with since gives its start", "2025-03-14",
			"Norway has trained Ukrainian pilots since 2023, and Norwegian instructors continue to support Ukraine.",
			RelSupports, "state:NOR", "state:UKR", []string{"2023"}},
		{"near miss: a promise to continue is a plan", "2025-03-14",
			"Norway promised to continue supporting Ukraine.",
			RelSupports, "state:NOR", "state:UKR", nil},
		{"near miss: a demonym before a noun is no plural subject", "2025-03-14",
			"Other Russian aid includes fuel, and Russian help to North Korea with its satellites.",
			RelSupports, "state:RUS", "state:PRK", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestReactionToEvent: a reaction whose object is a definite noun naming an earlier event
// ("condemned the vote"), in a sentence with no date at all, takes that event's date; a date
// of its own, or another tense, gives it none of the event's.
func TestReactionToEvent(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"a veto, then the vote condemned in a later paragraph", "2025-06-12",
			"China yesterday vetoed a draft resolution in the Security Council.\n\nEleven members backed the text.\n\nIreland denounced the vote as \"a betrayal\".",
			RelCondemned, "state:IRL", "state:CHN", []string{"2025-06-11"}},
		{"a strike reported with its day, then condemned", "2025-06-12",
			"Russia struck Odesa with missiles on 9 June. Moldova condemned the attack.",
			RelCondemned, "state:MDA", "state:RUS", []string{"2025-06-09"}},
		{"near miss: a day of its own wins", "2025-06-12",
			"Russia struck Odesa with missiles on 9 June. On Wednesday, Moldova condemned the attack.",
			RelCondemned, "state:MDA", "state:RUS", []string{"2025-06-11"}},
		{"near miss: the perfect is no reaction of the day", "2025-06-12",
			"Russia struck Odesa with missiles on 9 June. Moldova has repeatedly condemned the attack.",
			RelCondemned, "state:MDA", "state:RUS", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestPartOfDayBeforeDate: "before dawn on Wednesday" is part of Wednesday, so its "before"
// opens no clause that would give the day to a noun after it ("for his first visit"); with no
// day after it, "before" still bounds.
func TestPartOfDayBeforeDate(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"before dawn on a weekday, then a visit noun", "2025-04-11",
			"Brazil's President Lula was in China this week.\n\nPresident Emmanuel Macron, who arrived in Beijing before dawn on Tuesday for his first visit to China in three years, was welcomed by Xi Jinping.",
			RelVisited, "person:emmanuel-macron", "place:beijing", []string{"2025-04-08"}},
		{"after midnight on a date", "2025-04-11",
			"Russia struck Kharkiv after midnight on 9 April with a wave of drones on the city.",
			RelAttacked, "state:RUS", "place:kharkiv", []string{"2025-04-09"}},
		{"near miss: before a dated event is a bound", "2025-04-11",
			"Russia struck Kharkiv before 9 April.",
			RelAttacked, "state:RUS", "place:kharkiv", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestEventSubjectCountsFromLead: "The briefing came two days after X accused Y" counts back
// from the report's lead event, not from the last date of the paragraph before.
func TestEventSubjectCountsFromLead(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	lead := "Japan's defence ministry said on Thursday that Chinese warships had entered its waters. Fishing boats left the area the next day.\n\n"
	cases := []relDateCase{
		{"definite event noun, then came N days after a clause", "2025-03-14",
			lead + "The announcement came three days after Japanese Prime Minister Shigeru Ishiba denounced China in parliament.",
			RelCondemned, "person:shigeru-ishiba", "state:CHN", []string{"2025-03-10"}},
		{"with an adjective", "2025-03-14",
			lead + "The latest incursion came a week after Shigeru Ishiba, the Japanese prime minister, criticised China.",
			RelCondemned, "person:shigeru-ishiba", "state:CHN", []string{"2025-03-06"}},
		{"near miss: a named subject counts from the paragraph's last date", "2025-03-14",
			lead + "Tokyo protested two days after Shigeru Ishiba denounced China in parliament.",
			RelCondemned, "person:shigeru-ishiba", "state:CHN", []string{"2025-03-12"}},
	}
	checkRelationDates(t, x, cases)
}

// TestDatelineUnderAgencyLine: a dateline on its own line under the agency's name line (the
// splitter joins them) dates the release, so the first dated occasion after it is still the
// record's and its acts in later paragraphs take its date.
func TestDatelineUnderAgencyLine(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	body := "\n\nKim Jong Un Meets Russian Foreign Minister\n\nKim Jong Un met Sergei Lavrov at the Kumsusan guesthouse on 11 July.\n\nThe talks covered regional issues.\n\nKim Jong Un sharply denounced the United States."
	cases := []relDateCase{
		{"agency line, then dateline", "",
			"Korean Central News Agency - English service (unofficial translation)\nWonsan, July 12, 2025" + body,
			RelCondemned, "person:kim-jong-un", "state:USA", []string{"2025-07-11"}},
		{"near miss: a dated sentence of the body, not a dateline, is another day", "",
			"Korean Central News Agency - English service\nWonsan, July 12, 2025\n\nNorth Korea fired a missile into the sea on 2 July." + body,
			RelCondemned, "person:kim-jong-un", "state:USA", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestGroupActAtItsOccasion: an act of a group anaphor in the simple past ("The two leaders
// held talks") with no date of its own is done at the occasion that named the group, as the
// group's joint statement is; in the perfect it is background.
func TestGroupActAtItsOccasion(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	lead := "Chinese President Xi Jinping arrived in Hanoi on Monday evening, where Vietnamese leader To Lam awaited him at the airport.\n\nThe visit was Xi's first since 2023. "
	cases := []relDateCase{
		{"the two leaders held talks", "2025-04-16",
			lead + "The two leaders held talks for three hours, according to state media.",
			RelMetWith, "person:xi-jinping", "person:to-lam", []string{"2025-04-14"}},
		{"near miss: the perfect is background", "2025-04-16",
			lead + "The two leaders have held talks five times, according to state media.",
			RelMetWith, "person:xi-jinping", "person:to-lam", nil},
		{"near miss: a since span frames no occasion", "2025-04-16",
			"Chinese President Xi Jinping's visit to Hanoi was his first since 2023. Xi Jinping denounced the United States.",
			RelCondemned, "person:xi-jinping", "state:USA", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestVoteFramesOccasion: a veto or a vote with its day frames the record's occasion, so a
// speaker's act reported later without a day ("He accused ...", "called the outcome
// reckless") takes that day; the perfect stays background.
func TestVoteFramesOccasion(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	lead := "UNITED NATIONS - China on Tuesday vetoed a Security Council resolution on Myanmar.\n\nTwelve members voted in favour.\n\n"
	cases := []relDateCase{
		{"a speaker accused", "2025-05-08",
			lead + "British Ambassador Barbara Woodward told the council the text was balanced. She accused China of shielding the junta.",
			RelCondemned, "person:barbara-woodward", "state:CHN", []string{"2025-05-06"}},
		{"a speaker called it reckless", "2025-05-08",
			lead + "British Ambassador Barbara Woodward called China's veto \"reckless\".",
			RelCondemned, "person:barbara-woodward", "state:CHN", []string{"2025-05-06"}},
		{"near miss: the perfect is background", "2025-05-08",
			lead + "British Ambassador Barbara Woodward has often accused China of shielding the junta.",
			RelCondemned, "person:barbara-woodward", "state:CHN", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestExampleDateStaysWithExample: a date closing an example (", including a launch on July
// 1") dates the example's event, not a later act of the sentence, which keeps its occasion's
// date.
func TestExampleDateStaysWithExample(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	lead := "Australian Foreign Minister Penny Wong met Japanese Foreign Minister Takeshi Iwaya in Tokyo on 10 May.\n\n"
	cases := []relDateCase{
		{"a later act after the example", "2025-05-12",
			lead + "The ministers condemned North Korea's missile launches, including one on 8 May, and criticised Russia for buying North Korean arms.",
			RelCondemned, "person:penny-wong", "state:RUS", []string{"2025-05-10"}},
		{"near miss: a date of the act itself, not an example", "2025-05-12",
			lead + "The ministers condemned North Korea's missile launches, and on 11 May criticised Russia for buying North Korean arms.",
			RelCondemned, "person:penny-wong", "state:RUS", []string{"2025-05-11"}},
	}
	checkRelationDates(t, x, cases)
}

// TestArrivalClausePurpose: "X, who arrived in Y on Monday for his first visit, ... later held
// talks with Z": the visit named as the arrival's purpose does not keep the arrival's day from
// dating what its subject does next; a date in a clause that is no arrival stays there.
func TestArrivalClausePurpose(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"arrival for a visit, then talks", "2025-04-16",
			"Indian Prime Minister Narendra Modi, who arrived in Tokyo on Tuesday for his third visit to Japan, was welcomed by officials and later held talks with Japanese Prime Minister Shigeru Ishiba.",
			RelMetWith, "person:narendra-modi", "person:shigeru-ishiba", []string{"2025-04-15"}},
		{"near miss: a visit clause is no arrival", "2025-04-16",
			"Indian Prime Minister Narendra Modi, who visited Tokyo in 2019 for a visit to Japan, was welcomed by officials and later held talks with Japanese Prime Minister Shigeru Ishiba.",
			RelMetWith, "person:narendra-modi", "person:shigeru-ishiba", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestNumberedCommuniqueDateline: a communiqué's dateline with the first paragraph's list
// number joined to it ("Accra, 3 March 2025 1.") is still its dateline: the first paragraph
// states the summit of that day, and the summit frames the acts of later paragraphs.
func TestNumberedCommuniqueDateline(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	head := "FINAL COMMUNIQUE\n\nAccra, 3 March 2025\n\n1. The Heads of State of the Economic Community of West African States held an Ordinary Summit in Accra.\n\n2. The Summit was attended by the Heads of State.\n\n"
	cases := []relDateCase{
		{"a later paragraph's act", "",
			head + "3. ECOWAS strongly condemned the attacks by Jama'at Nusrat al-Islam wal-Muslimin (JNIM) in the Sahel.",
			RelCondemned, "inst:ecowas", "inst:jnim", []string{"2025-03-03"}},
		{"near miss: the act's own date wins", "",
			head + "3. ECOWAS had condemned the attacks by Jama'at Nusrat al-Islam wal-Muslimin (JNIM) in the Sahel on 2 January 2025.",
			RelCondemned, "inst:ecowas", "inst:jnim", []string{"2025-01-02"}},
	}
	checkRelationDates(t, x, cases)
}

// TestToldAudienceOnDay: "told lawmakers on Wednesday" dates the telling, as "said on
// Wednesday" does, not the deployment it reports.
func TestToldAudienceOnDay(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"told lawmakers on a weekday", "2025-03-14",
			"North Korean troops deployed to Russia have started fighting in the Kursk region, Ukraine's spy chief told lawmakers on Wednesday.",
			RelDeployed, "state:PRK", "state:RUS", nil},
		{"near miss: the act's own day", "2025-03-14",
			"North Korean troops deployed to Russia on Monday, Ukraine's spy chief told lawmakers.",
			RelDeployed, "state:PRK", "state:RUS", []string{"2025-03-10"}},
	}
	checkRelationDates(t, x, cases)
}

// TestJourneyAtOccasion: a journey verb in the simple past ("travelled to Odesa by train")
// reported after a dated visit is part of that occasion; the pluperfect is background.
func TestJourneyAtOccasion(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	lead := "German Defence Minister Boris Pistorius visited Kyiv yesterday, meeting President Volodymyr Zelensky.\n\nThe ministers discussed air defence.\n\n"
	cases := []relDateCase{
		{"travelled, later paragraph", "2025-02-12",
			lead + "Mr Pistorius travelled to Odesa by train from Kyiv.",
			RelVisited, "person:boris-pistorius", "place:odesa", []string{"2025-02-11"}},
		{"near miss: had travelled is background", "2025-02-12",
			lead + "Mr Pistorius had travelled to Odesa by train from Kyiv.",
			RelVisited, "person:boris-pistorius", "place:odesa", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestWhereClauseKeepsEventDate: a "where" clause after a dated event goes on with that
// event, so the event noun between the date and the clause's trigger does not block the
// date; a clause of its own with another subject and no "where" keeps it blocked.
func TestWhereClauseKeepsEventDate(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"where after a dated visit", "2025-04-20",
			"Indian Prime Minister Narendra Modi's talks in Singapore were followed on Thursday by a visit to Tokyo, where he was received by Japanese Prime Minister Shigeru Ishiba.",
			RelMetWith, "person:narendra-modi", "person:shigeru-ishiba", []string{"2025-04-17"}},
		{"when after a dated trip", "2025-04-20",
			"Indian Prime Minister Narendra Modi made a trip to Japan on Thursday, when he met Japanese Prime Minister Shigeru Ishiba.",
			RelMetWith, "person:narendra-modi", "person:shigeru-ishiba", []string{"2025-04-17"}},
		{"near miss: no where clause, the visit's date is the visit's", "2025-04-20",
			"Indian Prime Minister Narendra Modi made a visit to Japan on Thursday after he had met Japanese Prime Minister Shigeru Ishiba.",
			RelMetWith, "person:narendra-modi", "person:shigeru-ishiba", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestCompoundModifierIsNoEvent: a trigger inside a hyphenated modifier ("Iranian-made",
// "DPRK-supplied") names no event of the clause, so it does not keep the clause's date from
// the verb before it; a supply stated as a verb between does.
func TestCompoundModifierIsNoEvent(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"hyphenated supplied before the noun", "2025-03-14",
			"Officials have watched Russia launch DPRK-supplied missiles at Ukraine since January.",
			RelAttacked, "state:RUS", "state:UKR", []string{"2025-01"}},
		{"near miss: a supply verb of its own after the noun takes the date", "2025-03-14",
			"Officials have watched Russia launch missiles at Ukraine supplied by North Korea since January.",
			RelAttacked, "state:RUS", "state:UKR", nil},
	}
	checkRelationDates(t, x, cases)
}
