package extract

import (
	"slices"
	"testing"
)

// TestYearWithFootnoteMarker: text copied from a PDF glues a sentence's full stop and its
// footnote number to the year that ends it ("in February 2022.1"); the year still dates the
// relation, at the precision it is written with. A decimal that is no year stays no date.
func TestYearWithFootnoteMarker(t *testing.T) {
	lx := testDateLexicon(t)
	cases := []struct {
		name, ref, text string
		want            []string
	}{
		{"month and year, one-digit marker", "2024-05-01", "Russia invaded Ukraine in February 2022.1", []string{"2022-02"}},
		{"bare year, two-digit marker", "2024-05-01", "Manila bought the missiles from India in 2022.14", []string{"2022"}},
		{"full date, marker", "2024-05-01", "The treaty was signed on 19 June 2024.3", []string{"2024-06-19"}},
		{"since a year, marker", "2024-05-01", "The two navies have exercised together since 2016.7", []string{"2016"}},
		{"near miss: a decimal figure is no year", "2024-05-01", "The budget grew to 3500.5 million dollars.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := lastSentenceDates(lx, c.text, c.ref)
			if !slices.Equal(got, c.want) {
				t.Errorf("%q (ref %s) = %q, want %q", c.text, c.ref, got, c.want)
			}
		})
	}
}

// TestReportScopeSecondClause covers two more places a reporting cue does not reach
// (SCHEMA.md Modality rule 1: a relation is reported when it is conveyed as someone's claim):
// a relative clause set off by commas that describes a speaker anywhere in the sentence, and
// a clause after ", and" with subjects of its own after a report. Every sentence is our own.
func TestReportScopeSecondClause(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a relative clause on a titled speaker",
			"Foreign Secretary Penny Wong, who was visiting Jakarta on Monday, told reporters that Canberra would send more aid.",
			[]string{"VISITED person:penny-wong place:jakarta asserted/fact"}, nil},
		{"a relative clause with a passive act, told",
			"Sergei Shoigu, who was received by Kim Jong Un in Pyongyang, told state media that the talks had gone well.",
			[]string{"MET_WITH person:kim-jong-un person:sergei-shoigu asserted/fact"}, nil},
		{"a relative clause on the second speaker after 'while'",
			"Beijing said the drills were routine, while Gilberto Teodoro, who visited Tokyo last week, said they were a threat.",
			[]string{"VISITED person:gilberto-teodoro place:tokyo asserted/fact"}, nil},
		{"near miss: a relative clause inside the report stays reported",
			"Officials said that Gilberto Teodoro, who visited Tokyo last week, had asked for radars.",
			[]string{"VISITED person:gilberto-teodoro place:tokyo asserted/reported"}, nil},
		{"a second clause with a list of subjects",
			"Seoul's envoy said the vote was a disgrace, and Canada, Australia and the United Kingdom also condemned Russia.",
			[]string{"CONDEMNED state:CAN state:RUS asserted/fact", "CONDEMNED state:GBR state:RUS asserted/fact"}, nil},
		{"a second clause with one subject, past tense",
			"The spokesman said the talks had been useful, and Wang Yi later visited Moscow.",
			[]string{"VISITED person:wang-yi place:moscow asserted/fact"}, nil},
		{"near miss: 'and that' continues the report",
			"The envoy said the vote was a disgrace, and that Canada had condemned Russia.",
			[]string{"CONDEMNED state:CAN state:RUS asserted/reported"}, nil},
		{"near miss: a cue set off by commas reports the next conjunct too",
			"Kim Jong Un received Sergei Shoigu on Friday, state media said, and the two leaders discussed the war.",
			[]string{"MET_WITH person:kim-jong-un person:sergei-shoigu asserted/reported"}, nil},
	})
}

// TestPledgedSupport: support voiced with "would" or "will" by the supporter's own speaker is
// a pledge, a speech act that happened (SCHEMA.md Modality rule 1: "pledging or voicing
// support" is a fact), quoted or not; someone else's forecast, a hedge, or material help
// promised for later stays speculative. Every sentence is our own.
func TestPledgedSupport(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a leader pledges his state's support",
			"Kim Jong Un said North Korea will firmly stand with Russia.",
			[]string{"SUPPORTS state:PRK state:RUS asserted/fact"}, nil},
		{"a minister's quoted pledge",
			"Choe Son Hui said the DPRK would \u201cunconditionally support\u201d Russia in its war.",
			[]string{"SUPPORTS state:PRK state:RUS asserted/fact"}, nil},
		{"a state pledges with that",
			"Japan said that it would back the Philippines.",
			[]string{"SUPPORTS state:JPN state:PHL asserted/fact"}, nil},
		{"near miss: an analyst's forecast",
			"Analysts said China would support Russia.",
			[]string{"SUPPORTS state:CHN state:RUS asserted/speculative"}, nil},
		{"near miss: a hedge beside the modal",
			"Kim Jong Un said North Korea might support Russia.",
			[]string{"SUPPORTS state:PRK state:RUS asserted/speculative"}, nil},
		{"near miss: material help promised is a plan",
			"Vladimir Putin said Russia would help North Korea build satellites.",
			[]string{"SUPPORTS state:RUS state:PRK asserted/speculative"}, nil},
	})
}

// TestSayBelieveReport: "say" and "believe" in the plain present report what follows like
// "says" and "is believed" do (SCHEMA.md Modality rule 1); an open question ("did not say
// whether") or the speaker's own "I can say" reports no one's claim. Every sentence is ours.
func TestSayBelieveReport(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"plural subject says",
			"Japan and Australia say North Korea has shipped shells to Russia.",
			[]string{"SUPPLIED state:PRK state:RUS asserted/reported"}, nil},
		{"agencies believe",
			"Western intelligence services believe Iran sent drones to Russia last year.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/reported"}, nil},
		{"a subordinate clause with say",
			"Moscow denies it, although officials in Kyiv say Belarus has supplied Russia with fuel.",
			[]string{"SUPPLIED state:BLR state:RUS asserted/reported"}, nil},
		{"near miss: did not say whether",
			"The spokesman did not say whether Hungary, a member of NATO, would veto the package.",
			[]string{"MEMBER_OF state:HUN inst:nato asserted/fact"}, nil},
		{"near miss: what I can say",
			"What I can say is that Russia struck Ukraine's power plants this week.",
			[]string{"ATTACKED state:RUS state:UKR asserted/fact"}, nil},
	})
}

// TestVerdictInThePast: a verdict passed in the simple past ("said the veto was a cynical
// step", "called the launch reckless") is a reaction, dated like "condemned the veto": with
// the event it judges when its sentence has no date (SCHEMA.md Dates rule 1: the speech act's
// date, which the report gives by the event); an irregular past after an apposition's comma
// ("Robert Wood, said") is no present tense performed on the reference day.
func TestVerdictInThePast(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"said after an apposition, from a weekday", "2024-03-29",
			"Russia on Thursday vetoed a Security Council draft resolution.\n\nThe U.S. envoy, Linda Thomas-Greenfield, said the veto was a reckless act.",
			RelCondemned, "person:linda-thomas-greenfield", "state:RUS", []string{"2024-03-28"}},
		{"said without an apposition, full date", "2024-03-30",
			"Russia vetoed a Security Council draft resolution on 28 March 2024. Robert Wood said the veto was shameful.",
			RelCondemned, "person:robert-wood", "state:RUS", []string{"2024-03-28"}},
		{"called with a judgement", "2024-11-06",
			"North Korea fired a ballistic missile on Tuesday. Japan's defence minister, Gen Nakatani, called the launch reckless.",
			RelCondemned, "person:gen-nakatani", "state:PRK", []string{"2024-11-05"}},
		{"near miss: the verdict's own day", "2024-03-31",
			"Russia vetoed a Security Council draft resolution on Thursday. On Saturday, Robert Wood said the veto was shameful.",
			RelCondemned, "person:robert-wood", "state:RUS", []string{"2024-03-30"}},
	}
	checkRelationDates(t, x, cases)
}

// TestArrivalDateStaysWithArrival: "arrived in <a place the text does not name as an
// entity> on Friday ..., and held talks with X the following day": Friday is the arrival's,
// even with no VISITED relation to carry it, and the talks are the day after (SCHEMA.md Dates
// rule 3, "the next day"); with no date of their own the talks keep the arrival's day.
func TestArrivalDateStaysWithArrival(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"arrived in an unnamed town, the following day", "2025-07-13",
			"Sergei Lavrov arrived in the coastal resort town on Friday for a three-day visit, and held talks with Choe Son Hui the following day.",
			RelMetWith, "person:sergey-lavrov", "person:choe-son-hui", []string{"2025-07-12"}},
		{"landed in the capital, the next day", "2024-11-30",
			"Andrei Belousov landed in the capital on Thursday, and met Kim Jong Un the next day.",
			RelMetWith, "person:andrei-belousov", "person:kim-jong-un", []string{"2024-11-29"}},
		{"near miss: talks with no date of their own keep the arrival's day", "2025-07-13",
			"Sergei Lavrov arrived in the coastal resort town on Friday and held talks with Choe Son Hui.",
			RelMetWith, "person:sergey-lavrov", "person:choe-son-hui", []string{"2025-07-11"}},
	}
	checkRelationDates(t, x, cases)
}

// TestPerformativeCoordinatedNoun: a statement's present-tense performative verb governs a
// second noun coordinated with its object ("We reiterate our support for Ukraine and our
// condemnation of Russia's war"): that speech act is performed on the statement's day too
// (SCHEMA.md Dates rule 1), the reference date in the document's own voice.
func TestPerformativeCoordinatedNoun(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"reiterates ... and its condemnation", "2024-04-11",
			"Japan reiterates its call for restraint and its condemnation of Russia's war of aggression.",
			RelCondemned, "state:JPN", "state:RUS", []string{"2024-04-11"}},
		{"an adverb before the verb", "2024-04-11",
			"The United Kingdom strongly reaffirms its backing for the ceasefire and its condemnation of the Houthis' attacks.",
			RelCondemned, "state:GBR", "inst:houthis", []string{"2024-04-11"}},
		{"near miss: a past report of the same words", "2024-04-11",
			"Japan reiterated its call for restraint and its condemnation of Russia's war of aggression.",
			RelCondemned, "state:JPN", "state:RUS", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestStanceNounAfterRemains: a stance named by a noun after "remains" ("remains steadfast in
// its support for", "remains a steadfast ally of") holds on the day it is stated (relations.tsv
// flag stance-now, now on ALLY_OF too): the date of the statement it is said in, else the
// reference date; "is expected to remain" is a forecast, a past "remained" no statement of now.
func TestStanceNounAfterRemains(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"remains steadfast in its support", "2024-12-16",
			"The European Union remains steadfast in its support for Ukraine.",
			RelSupports, "inst:eu", "state:UKR", []string{"2024-12-16"}},
		{"remains a steadfast ally", "2024-11-20",
			"Japan remains a steadfast ally of the Philippines.",
			RelAllyOf, "state:JPN", "state:PHL", []string{"2024-11-20"}},
		{"plural remain, firm in their backing", "2025-02-03",
			"Norway and Denmark remain firm in their backing for Ukraine.",
			RelSupports, "state:NOR", "state:UKR", []string{"2025-02-03"}},
		{"near miss: past remained", "2024-12-16",
			"Hungary remained a close ally of Russia.",
			RelAllyOf, "state:HUN", "state:RUS", nil},
		{"near miss: is expected to remain", "2024-12-16",
			"Hungary is expected to remain a close ally of Russia.",
			RelAllyOf, "state:HUN", "state:RUS", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestAgentTargetObjectDate: a speech act's object that names its agent by a possessive and
// its target after "on" ("condemned Russia's drone attack on Ukraine's grid on 25 December")
// binds the date at its end to the attack, not to the condemnation (SCHEMA.md Dates rule 1);
// the condemnation keeps the occasion's or reference date, or none. Without a named target
// after "on" the date after the object stays the condemnation's.
func TestAgentTargetObjectDate(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"possessive agent, target after on, at a dated occasion", "2024-12-28",
			"Foreign Minister Elina Valtonen received Estonian Foreign Minister Margus Tsahkna in Helsinki on 27 December 2024. The ministers condemned Russia's large missile and drone attack on Ukraine's power grid on 25 December.",
			RelCondemned, "person:elina-valtonen", "state:RUS", []string{"2024-12-27"}},
		{"present tense, reference date", "2024-12-27",
			"Japan condemns Russia's missile and drone attack on Ukraine's power grid on 25 December.",
			RelCondemned, "state:JPN", "state:RUS", []string{"2024-12-27"}},
		{"near miss: no target after on", "2024-12-28",
			"Foreign Minister Elina Valtonen received Estonian Foreign Minister Margus Tsahkna in Helsinki on 27 December 2024. The ministers condemned Russia's decision on 25 December.",
			RelCondemned, "person:elina-valtonen", "state:RUS", []string{"2024-12-25"}},
	}
	checkRelationDates(t, x, cases)
}

// TestAnnouncedSanctions: sanctions a state announces it "will" or "would" impose are
// announced, and announcing sanctions is the act (SCHEMA.md Modality rule 1), for every state
// of a coordinated subject and of a group anaphor; someone else's forecast of sanctions stays
// speculative. Every sentence is our own.
func TestAnnouncedSanctions(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"coordinated speakers, would impose sanctions on",
			"Canada, Australia and Japan said on Monday that they would impose sanctions on Mahan Air.",
			[]string{"SANCTIONED state:CAN inst:mahan-air asserted/fact", "SANCTIONED state:AUS inst:mahan-air asserted/fact", "SANCTIONED state:JPN inst:mahan-air asserted/fact"}, nil},
		{"a single state announces, will sanction",
			"Britain announced that it will sanction Mahan Air.",
			[]string{"SANCTIONED state:GBR inst:mahan-air asserted/fact"}, nil},
		{"near miss: an analyst's forecast",
			"Analysts said the European Union would sanction Mahan Air.",
			[]string{"SANCTIONED inst:eu inst:mahan-air asserted/speculative"}, nil},
		{"near miss: a hedge beside the modal",
			"Britain said it might impose sanctions on Mahan Air.",
			[]string{"SANCTIONED state:GBR inst:mahan-air asserted/speculative"}, nil},
	})
}

// TestAnnouncementDate: an announced act (sanctions a state says it will impose, support it
// pledges) is made when it is said (SCHEMA.md Dates rule 1: the speech act's date): the day
// of the saying; a saying with no day of its own gives none here.
func TestAnnouncementDate(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"said on a weekday that they would impose sanctions", "2024-11-15",
			"Canada, Australia and Japan said on Monday that they would impose sanctions on Mahan Air.",
			RelSanctioned, "state:JPN", "inst:mahan-air", []string{"2024-11-11"}},
		{"announced on a full date", "2024-11-15",
			"Britain announced on 12 November 2024 that it will sanction Mahan Air.",
			RelSanctioned, "state:GBR", "inst:mahan-air", []string{"2024-11-12"}},
		{"near miss: no day of the saying", "2024-11-15",
			"Britain announced that it will sanction Mahan Air.",
			RelSanctioned, "state:GBR", "inst:mahan-air", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestReportInsideRelative: a cue inside a relative clause after the trigger's object
// reports that clause only (SCHEMA.md Modality rule 1), whether set off by commas ("which,
// officials said, allows ...") or as a pronoun subject before the clause's verb ("vessels it
// said had carried drones"); a final attribution after a comma still reports the whole
// sentence. Every sentence is our own.
func TestReportInsideRelative(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"which, officials said,",
			"Japan and the Philippines signed the Reciprocal Access Agreement in Manila, which, officials said, lets troops train together.",
			[]string{"SIGNED state:JPN agr:reciprocal-access-agreement asserted/fact"}, nil},
		{"a pronoun speaker before the relative clause's verb",
			"Britain imposed sanctions on Mahan Air and on two Iranian firms it said had shipped drones to Russia.",
			[]string{"SANCTIONED state:GBR inst:mahan-air asserted/fact"}, nil},
		{"near miss: a final attribution reports the whole sentence",
			"Britain imposed sanctions on Mahan Air on Monday, the ministry said.",
			[]string{"SANCTIONED state:GBR inst:mahan-air asserted/reported"}, nil},
		{"near miss: a report of the main clause after 'and'",
			"Britain imposed sanctions on Mahan Air, and it said more would follow.",
			[]string{"SANCTIONED state:GBR inst:mahan-air asserted/fact"}, nil},
	})
}

// TestProposedByIsNoProposal: "a text proposed by the United States" names who drafted the
// text; the participle hedges nothing (cues.tsv idiom), while a proposal still does.
func TestProposedByIsNoProposal(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"vetoed a text proposed by",
			"In March 2024, Russia and China vetoed a Security Council draft proposed by the United States.",
			[]string{"VETOED state:RUS inst:unsc asserted/fact", "VETOED state:CHN inst:unsc asserted/fact"}, nil},
		{"near miss: a proposed visit is a plan",
			"The ministers discussed a proposed visit by Vladimir Putin to North Korea.",
			[]string{"VISITED person:vladimir-putin state:PRK asserted/speculative"}, nil},
	})
}

// TestStanceNounBeforePredicate: a stance noun heading the subject of "is|are|remains" with a
// stance-predicate adjective (words.tsv) after it ("Canada's commitment to the defense of
// Estonia is unwavering") states the stance as holding now: the reference date. A past
// "was" or another adjective states nothing of now.
func TestStanceNounBeforePredicate(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"commitment ... is unwavering", "2025-03-11",
			"Canada's commitment to the defense of Estonia is unwavering.",
			RelSupports, "state:CAN", "state:EST", []string{"2025-03-11"}},
		{"commitment ..., with an apposition, remains ironclad", "2025-03-11",
			"Norway's commitment to the defence of Lithuania, including its air policing, remains ironclad.",
			RelSupports, "state:NOR", "state:LTU", []string{"2025-03-11"}},
		{"near miss: past was", "2025-03-11",
			"Canada's commitment to the defense of Estonia was unwavering.",
			RelSupports, "state:CAN", "state:EST", nil},
		{"near miss: another adjective", "2025-03-11",
			"Canada's commitment to the defense of Estonia is costly.",
			RelSupports, "state:CAN", "state:EST", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestContinuingSplitInfinitive: an -ly adverb between "to" and the stance verb after a
// continuation verb ("will continue to firmly support") leaves the stance going on from the
// day it is stated; a continuation under a control verb ("promised to continue to firmly
// support") stays a plan.
func TestContinuingSplitInfinitive(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"continue to firmly support", "2025-04-08",
			"Norway will continue to firmly support Ukraine.",
			RelSupports, "state:NOR", "state:UKR", []string{"2025-04-08"}},
		{"near miss: promised to continue to firmly support", "2025-04-08",
			"Norway promised to continue to firmly support Ukraine.",
			RelSupports, "state:NOR", "state:UKR", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestPledgeToldAtOccasion: a stance voiced by a source's own speaker in a sentence with no
// date of its own ("said that her country backed Ukraine's bid") is voiced at the occasion the
// text dated before, like an act there; with no occasion dated before it has no date.
func TestPledgeToldAtOccasion(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"stance voiced after a dated debate", "2025-05-08",
			"The Security Council held a debate on Ukraine on Tuesday.\n\nNorway's delegate, Anna Berg, said that her country backed Ukraine's bid.",
			RelSupports, "state:NOR", "state:UKR", []string{"2025-05-06"}},
		{"near miss: no occasion dated before", "2025-05-08",
			"Norway's delegate, Anna Berg, said that her country backed Ukraine's bid.",
			RelSupports, "state:NOR", "state:UKR", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestAsClauseTakesMainDate: a clause opened by ", as" after a dated main clause tells what
// happened at the main clause's time ("The Council today failed to renew the sanctions regime
// on Chad, as Russia vetoed the draft"): the main clause's date reaches it past the main
// clause's own events. Without ", as" another event in between keeps its date.
func TestAsClauseTakesMainDate(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"today ..., as X vetoed", "2025-06-12",
			"The Security Council today failed to renew the sanctions regime on Chad, as China vetoed the draft resolution tabled by Norway.",
			RelVetoed, "state:CHN", "inst:unsc", []string{"2025-06-12"}},
		{"near miss: as-clause after an undated main clause", "2025-06-12",
			"The Security Council failed to renew the sanctions regime on Chad, as China vetoed the draft resolution tabled by Norway.",
			RelVetoed, "state:CHN", "inst:unsc", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestExchangedViewsAtOccasion: "exchanged views" (dates.tsv occasion-act) after a dated
// meeting is an act there and takes its date; the events the views were on ("views on
// Russia's war against Ukraine", barrier "views on") are no acts of the meeting.
func TestExchangedViewsAtOccasion(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"exchanged views after a dated meeting", "2025-03-12",
			"The Arctic Council session was held in Oslo on 10 March 2025.\n\nForeign Minister Taro Sato and Foreign Minister Anna Berg also exchanged views on the situation in the Arctic.",
			RelMetWith, "person:anna-berg", "person:taro-sato", []string{"2025-03-10"}},
		{"near miss: the war the views were on", "2025-03-12",
			"Foreign Minister Taro Sato met Foreign Minister Anna Berg in Oslo on 10 March 2025.\n\nThe two ministers also exchanged views on Russia's continued attacks on Ukraine.",
			RelAttacked, "state:RUS", "state:UKR", nil},
	}
	checkRelationDates(t, x, cases)
}

// TestSigningResultParticiple: a participle phrase right after a dated signing tells what the
// signing made, on its day ("signed the Andes Charter on 3 May 2024, creating the Andean
// Defence Alliance, a mutual defence pact"), past the events the phrase names; after a dated
// act that is no signing ("held a summit on Wednesday, pledging support for Russia's war
// against Ukraine") the war named in the phrase keeps no date.
func TestSigningResultParticiple(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"signed on D, creating X, a mutual defence pact", "2025-03-12",
			"Chile, Peru and Bolivia signed the Andes Charter on 3 May 2024, creating the Andean Defence Alliance, a mutual defence pact among the three states.",
			RelAllyOf, "state:BOL", "state:CHL", []string{"2024-05-03"}},
		{"near miss: no signing before the date", "2025-03-12",
			"Belarusian President Anton Lis held a summit with Serbian President Ivan Petrovic in Minsk on Wednesday, pledging his country's support for Russia's war against Ukraine.",
			RelAttacked, "state:RUS", "state:UKR", nil},
	}
	checkRelationDates(t, x, cases)
}
