package extract

import "testing"

// TestSerialCommaSubjects: a list with a serial (Oxford) comma before its "and" is one list
// on the subject side as on the object side; a comma and "and" that join two clauses are not.
func TestSerialCommaSubjects(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"three states with a serial comma sign together",
			"Chad, Sudan, and Libya signed the Khartoum Accord in May.",
			[]string{"SIGNED state:TCD agr:khartoum-accord", "SIGNED state:SDN agr:khartoum-accord", "SIGNED state:LBY agr:khartoum-accord"}, nil},
		{"after an opening date",
			"On 3 March, Norway, Sweden, and Denmark condemned Russia.",
			[]string{"CONDEMNED state:NOR state:RUS", "CONDEMNED state:SWE state:RUS", "CONDEMNED state:DNK state:RUS"}, nil},
		{"four members, people",
			"Sergey Lavrov, Sergei Shoigu, Dmitry Peskov, and Maria Zakharova visited Pyongyang on Monday.",
			[]string{"VISITED person:sergey-lavrov place:pyongyang", "VISITED person:sergei-shoigu place:pyongyang", "VISITED person:maria-zakharova place:pyongyang"}, nil},
		{"a comma and 'and' between two clauses join no subjects",
			"Putin met Kim, and Russia signed the Vientiane Accord.",
			[]string{"SIGNED state:RUS agr:vientiane-accord"}, []string{"SIGNED person:kim-jong-un agr:vientiane-accord", "SIGNED person:vladimir-putin agr:vientiane-accord"}},
		{"two names and a serial comma are a clause boundary, not a list",
			"Japan condemned Iran, and Germany sanctioned Russia.",
			[]string{"SANCTIONED state:DEU state:RUS"}, []string{"SANCTIONED state:IRN state:RUS", "SANCTIONED state:JPN state:RUS"}},
	})
}

// TestFoundingAndAlliance: states that found a body are its members in every form of the
// founding verb, a participle after the founding act included; allying one state with others.
func TestFoundingAndAlliance(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a participle of founding after a signing",
			"Chad, Sudan and Libya signed the Khartoum Accord, establishing the Sahara Defence Union as a joint command.",
			[]string{"MEMBER_OF state:TCD inst:sahara-defence-union", "MEMBER_OF state:LBY inst:sahara-defence-union",
				"SIGNED state:SDN agr:khartoum-accord"}, nil},
		{"a present-tense founding",
			"Kenya and Uganda are creating the Lake Victoria Maritime Alliance this year.",
			[]string{"MEMBER_OF state:KEN inst:lake-victoria-maritime-alliance", "MEMBER_OF state:UGA inst:lake-victoria-maritime-alliance"}, nil},
		{"co-founding",
			"Ghana co-founds the West African Maritime Council with Togo.",
			[]string{"MEMBER_OF state:GHA inst:west-african-maritime-council"}, nil},
		{"founding a body abroad is no founding by a person",
			"President Ruto is establishing the Nairobi Peace Institute.",
			nil, []string{"MEMBER_OF person:william-ruto inst:nairobi-peace-institute"}},
		{"allying one state with two others",
			"General Tiani has allied Niamey with Bamako and Ouagadougou since last year.",
			[]string{"ALLY_OF state:MLI state:NER", "ALLY_OF state:BFA state:NER"}, nil},
		{"allying with, in the passive",
			"Belarus is allied with Russia.",
			[]string{"ALLY_OF state:BLR state:RUS"}, nil},
	})
}

// TestOpeningDateComma: the comma inside a month-day-year date does not close a
// sentence-opening phrase, so what follows the date's year is still the main clause.
func TestOpeningDateComma(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a participle after the main verb has the main clause's subject",
			"On March 4, 2024, Kenya and Uganda signed the charter, establishing the Lake Victoria Maritime Alliance.",
			[]string{"MEMBER_OF state:KEN inst:lake-victoria-maritime-alliance", "MEMBER_OF state:UGA inst:lake-victoria-maritime-alliance"}, nil},
		{"a serial-comma list after the date",
			"On March 4, 2024, Kenya, Uganda, and Rwanda signed the charter, establishing the Lake Victoria Maritime Alliance.",
			[]string{"MEMBER_OF state:KEN inst:lake-victoria-maritime-alliance", "MEMBER_OF state:RWA inst:lake-victoria-maritime-alliance"}, nil},
		{"the main clause's subject after the date",
			"On May 2, 2024, Japan condemned the launch by North Korea.",
			[]string{"CONDEMNED state:JPN state:PRK asserted/fact 2024-05-02"}, nil},
	})
}

// TestStandingWithAndSigning: standing with a state (solidarity wording) is support; putting
// one's name to a text is signing; placing a satellite into orbit is launching it.
func TestStandingWithAndSigning(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"stands with",
			"Canada stands with Ukraine.",
			[]string{"SUPPORTS state:CAN state:UKR asserted/fact"}, nil},
		{"stood firmly with, past",
			"Norway stood firmly with Moldova throughout the crisis.",
			[]string{"SUPPORTS state:NOR state:MDA asserted"}, nil},
		{"will stand shoulder to shoulder with",
			"Poland will stand shoulder to shoulder with Lithuania.",
			[]string{"SUPPORTS state:POL state:LTU"}, nil},
		{"standing in solidarity with",
			"Japan is standing in solidarity with the Philippines.",
			[]string{"SUPPORTS state:JPN state:PHL"}, nil},
		{"standing with someone at an event is no support",
			"Putin stood with Kim at the parade in Pyongyang.",
			nil, []string{"SUPPORTS person:vladimir-putin person:kim-jong-un"}},
		{"putting their names to a treaty",
			"Chad and Sudan put their names to the Khartoum Accord on Monday.",
			[]string{"SIGNED state:TCD agr:khartoum-accord", "SIGNED state:SDN agr:khartoum-accord"}, nil},
		{"putting his name to a charter",
			"Putin put his name to the Niamey Charter.",
			[]string{"SIGNED person:vladimir-putin agr:niamey-charter"}, nil},
		{"placing a satellite into orbit",
			"Iran placed a Noor-3 satellite into orbit on Tuesday.",
			[]string{"LAUNCHED state:IRN weapon:noor-3"}, nil},
		{"putting a satellite in orbit, planned",
			"Japan plans to put its first spy satellite into orbit next month.",
			[]string{"LAUNCHED state:JPN weapon:spy-satellite asserted/speculative"}, nil},
		{"placing troops is no launch",
			"Russia placed troops on alert in Kursk.",
			nil, []string{"LAUNCHED state:RUS weapon:spy-satellite"}},
	})
}

// TestVetoWording: a permanent member's negative vote is a veto of the Council's draft, an
// elected member's is not; an amendment is a draft too.
func TestVetoWording(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"two permanent members cast negative votes",
			"The Security Council failed to adopt the draft on Syria, as the United States and China cast negative votes.",
			[]string{"VETOED state:USA inst:unsc", "VETOED state:CHN inst:unsc"}, nil},
		{"a permanent member casting a negative vote on a text",
			"In the Security Council on Monday, France cast a negative vote on the text.",
			[]string{"VETOED state:FRA inst:unsc"}, nil},
		{"an elected member's negative vote is no veto",
			"The Security Council failed to adopt the text after Algeria cast a negative vote.",
			nil, []string{"VETOED state:DZA inst:unsc"}},
		{"a negative vote where no Council is named vetoes nothing",
			"Russia cast a negative vote.",
			nil, []string{"VETOED state:RUS inst:unsc"}},
		{"a veto by a member, in a press-release headline",
			"Security Council Fails to Adopt Draft Resolution on Syria, Owing to Veto by Russian Federation\n\nThe Security Council met today.",
			[]string{"VETOED state:RUS inst:unsc"}, nil},
		{"a veto criticised by another is no veto of theirs",
			"The Security Council met today. The veto was criticised by the United Kingdom.",
			nil, []string{"VETOED state:GBR inst:unsc"}},
		{"blocking an amendment with a veto",
			"The Security Council adopted the resolution after the Russian Federation blocked the second amendment with its veto.",
			[]string{"VETOED state:RUS inst:unsc"}, nil},
	})
}

// TestNestedRelativeGap: the gap of a relative clause nested in another belongs to the inner
// clause's antecedent, so a date there does not date the outer act.
func TestNestedRelativeGap(t *testing.T) {
	checkRelations(t, "2024-07-06", []relCase{
		{"a zero relative with a pronoun subject",
			"Chad and Mali signed the Treaty of Niamey on Saturday, which deepens the pact they inked on 16 September 2023.",
			[]string{"SIGNED state:TCD agr:treaty-of-niamey asserted/fact 2024-07-06"}, nil},
		{"the outer relative's own subject still takes the antecedent",
			"Chad welcomed the Treaty of Niamey, which Mali signed on Friday.",
			[]string{"SIGNED state:MLI agr:treaty-of-niamey asserted/fact 2024-07-05"}, nil},
	})
}

// TestDatelineOccasion: a dateline naming the occasion's own day leaves the communiqué's
// occasion the document's, so an act in a later paragraph takes its date; a dateline of
// another day does not.
func TestDatelineOccasion(t *testing.T) {
	checkRelations(t, "2024-07-06", []relCase{
		{"the dateline repeats the occasion's day",
			"Niamey, 6 July 2024\n\nThe summit of Chad and Mali took place in Niamey on 6 July 2024.\n\nThe Chadian delegation arrived on 5 July.\n\nChad and Mali signed the Treaty of Niamey.",
			[]string{"SIGNED state:TCD agr:treaty-of-niamey asserted/fact 2024-07-06"}, nil},
	})
	checkRelations(t, "2024-07-09", []relCase{
		{"a dateline of a later day",
			"Niamey, 9 July 2024\n\nThe summit of Chad and Mali took place in Niamey on 6 July 2024.\n\nThe Chadian delegation arrived on 5 July.\n\nChad and Mali signed the Treaty of Niamey.",
			[]string{"SIGNED state:TCD agr:treaty-of-niamey asserted/fact "}, nil},
	})
}

// TestRepeatedPreposition: a preposition repeated after "and" coordinates its objects
// ("members of NATO and of the European Union"); another preposition does not.
func TestRepeatedPreposition(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"members of X and of Y",
			"Finland and Estonia, as members of NATO and of the European Union, condemned the attack.",
			[]string{"MEMBER_OF state:FIN inst:eu", "MEMBER_OF state:EST inst:eu", "MEMBER_OF state:EST inst:nato"}, nil},
		{"support to X and to Y",
			"Canada pledged support to Ukraine and to Moldova on Monday.",
			[]string{"SUPPORTS state:CAN state:UKR", "SUPPORTS state:CAN state:MDA"}, nil},
		{"a comma before 'and' and the preposition: another phrase",
			"We are grateful to Germany and Romania for the systems they have transferred to Ukraine, and to the United States for its leadership.",
			nil, []string{"SUPPLIED state:DEU state:USA", "SUPPLIED state:ROU state:USA"}},
		{"another preposition after 'and' starts no list member",
			"Canada pledged support to Ukraine and in Moldova opened an embassy.",
			nil, []string{"SUPPORTS state:CAN state:MDA"}},
	})
}

// TestOurTwoCountries: a joint statement's "both of our countries" is the pair of states it
// named before.
func TestOurTwoCountries(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"both of our countries, as members",
			"Latvia and Lithuania condemn the attack. Both of our countries, as members of NATO, are in contact with Allies.",
			[]string{"MEMBER_OF state:LVA inst:nato", "MEMBER_OF state:LTU inst:nato"}, nil},
		{"our two countries signed",
			"Chad and Niger met in Niamey. Our two countries signed the Niamey Accord.",
			[]string{"SIGNED state:TCD agr:niamey-accord", "SIGNED state:NER agr:niamey-accord"}, nil},
	})
}

// TestLowerHeadAgreement: capitalised words before a lower-case agreement head name the
// agreement, which can be signed; its words trigger nothing of their own.
func TestLowerHeadAgreement(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a numbered partnership agreement",
			"Britain and Kenya put their signature to the 50-Year Partnership agreement on Monday.",
			[]string{"SIGNED state:GBR agr:50-year-partnership", "SIGNED state:KEN agr:50-year-partnership"},
			[]string{"ALLY_OF state:GBR state:KEN"}},
		{"a named treaty",
			"Chad ratified the Green Horizon treaty in May.",
			[]string{"SIGNED state:TCD agr:green-horizon"}, nil},
		{"a place before the head is no agreement name",
			"Ukraine signed the Minsk agreements in 2015.",
			nil, []string{"SIGNED state:UKR agr:minsk"}},
		{"a sentence-opening word is no name",
			"Defence agreements were signed by Chad.",
			nil, []string{"SIGNED state:TCD agr:defence"}},
	})
}

// TestDateBeforeVerb: a lower-case date expression between coordinated verbs ("and later that
// day put") leaves the clause's subject to the second verb and dates it; its "that" opens no
// clause.
func TestDateBeforeVerb(t *testing.T) {
	checkRelations(t, "2024-06-20", []relCase{
		{"later that day",
			"Vladimir Putin arrived in Pyongyang on Wednesday. Vladimir Putin and Kim Jong Un held talks and later that day put their names to the Comprehensive Strategic Partnership Treaty.",
			[]string{"SIGNED person:vladimir-putin agr:comprehensive-strategic-partnership-treaty asserted/fact 2024-06-19",
				"SIGNED person:kim-jong-un agr:comprehensive-strategic-partnership-treaty asserted/fact 2024-06-19"}, nil},
		{"the next day, signed",
			"Chad and Niger met on Monday. Chad and Niger held talks and the next day signed the Niamey Accord.",
			[]string{"SIGNED state:TCD agr:niamey-accord asserted/fact 2024-06-18", "SIGNED state:NER agr:niamey-accord asserted/fact 2024-06-18"}, nil},
		{"a complement 'that' still opens a clause",
			"Chad agreed that Niger signed the Niamey Accord.",
			[]string{"SIGNED state:NER agr:niamey-accord"}, []string{"SIGNED state:TCD agr:niamey-accord"}},
	})
}

// TestLeadersPartnership: leaders the gazetteer seats in a state stand for their states in an
// alliance or partnership.
func TestLeadersPartnership(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"two leaders pledging to deepen a partnership",
			"Chinese President Xi Jinping and Russian President Vladimir Putin signed two statements on Tuesday, pledging to deepen what they called a strategic partnership.",
			[]string{"ALLY_OF state:CHN state:RUS"}, nil},
		{"a leader as the other end of a partnership",
			"Chinese President Xi Jinping said China's partnership with Russian President Vladimir Putin was strong.",
			[]string{"ALLY_OF state:CHN state:RUS"}, nil},
		{"a person the gazetteer does not seat is no state",
			"Hans Weber and Lucia Conti are close partners.",
			nil, []string{"ALLY_OF person:hans-weber person:lucia-conti"}},
	})
}

// TestOpeningPossessive: "his" in a sentence-opening phrase with no person before it is the
// main clause's subject.
func TestOpeningPossessive(t *testing.T) {
	checkRelations(t, "2024-06-21", []relCase{
		{"during his visit",
			"During his visit to Australia from June 15 to 18, Premier Li Qiang met with Prime Minister Anthony Albanese.",
			[]string{"VISITED person:li-qiang state:AUS asserted/fact 2024-06-15"}, nil},
		{"on her trip",
			"On her trip to Vietnam on Monday, Foreign Minister Penny Wong met Bui Thanh Son.",
			[]string{"VISITED person:penny-wong state:VNM asserted/fact 2024-06-17"}, nil},
		{"after a speaker's label",
			"Lin Jian: During his visit to Australia from June 15 to 18, Premier Li Qiang met with Prime Minister Anthony Albanese.",
			[]string{"VISITED person:li-qiang state:AUS asserted/fact 2024-06-15"}, nil},
		{"a date's comma inside the phrase",
			"Lin Jian: During his visit to Australia on June 15, 2024, Premier Li Qiang met with Prime Minister Anthony Albanese.",
			[]string{"VISITED person:li-qiang state:AUS asserted/fact 2024-06-15"}, nil},
		{"the main subject is no person",
			"During his visit to Kenya, Japan signed the Mombasa Accord.",
			nil, []string{"VISITED state:JPN state:KEN"}},
	})
}

// TestOccasionAccusation: an accusation in the simple past at a dated occasion takes the
// occasion's date, like a condemnation.
func TestOccasionAccusation(t *testing.T) {
	checkRelations(t, "2024-03-22", []relCase{
		{"accused at the meeting",
			"Vassily Nebenzia spoke at the Security Council meeting today. Nebenzia accused Washington of hypocrisy.",
			[]string{"CONDEMNED person:vassily-nebenzia state:USA asserted/fact 2024-03-22"}, nil},
		{"the perfect is no act of the occasion",
			"Vassily Nebenzia spoke at the Security Council meeting today. Nebenzia has long accused Washington of hypocrisy.",
			[]string{"CONDEMNED person:vassily-nebenzia state:USA asserted/fact "}, nil},
	})
}

// TestNounPhraseEndsAtVerb: a noun trigger's target stops at a verb group after it.
func TestNounPhraseEndsAtVerb(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a passive after the noun",
			"Analysts argue that Russian support may be limited by the demands of the war in Ukraine.",
			nil, []string{"SUPPORTS state:RUS state:UKR"}},
		{"the target right after the noun",
			"Russian support for Mali may be limited by the war in Ukraine.",
			[]string{"SUPPORTS state:RUS state:MLI"}, []string{"SUPPORTS state:RUS state:UKR"}},
		{"in support of",
			"Canada sent trainers in support of Ukraine.",
			[]string{"SUPPORTS state:CAN state:UKR"}, nil},
	})
}

// TestTheCouncil: "the Council" is the council the document named ("the Security Council").
func TestTheCouncil(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"the member of the Council in apposition",
			"The Security Council met today. Algeria, the Arab member of the Council, voted against.",
			[]string{"MEMBER_OF state:DZA inst:unsc"}, nil},
		{"the Council of a named body is not the description",
			"The Security Council met today. Algeria, a member of the Council of Europe, spoke.",
			nil, []string{"MEMBER_OF state:DZA inst:unsc"}},
	})
}

// TestTopicBody: a known body whose name ends in a topic head takes "on" + the state it deals
// with into its name, and stays the object of the verb.
func TestTopicBody(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"the panel on a state, after 'the mandate of'",
			"Russia vetoed the renewal of the mandate of the UN Panel of Experts on the DPRK in March.",
			[]string{"VETOED state:RUS inst:un-panel-of-experts asserted/fact 2024-03"},
			[]string{"VETOED state:RUS state:PRK"}},
		{"'on' + a weekday is no topic",
			"Russia vetoed the mandate of the UN Panel of Experts on Monday.",
			[]string{"VETOED state:RUS inst:un-panel-of-experts asserted/fact 2024-05-27"}, nil},
	})
}
