package extract

import "testing"

// TestOccasionFrames: an act reported after a dated occasion, without a date of its own,
// takes the occasion's date; background (perfect, present, habitual, infinitive, relative
// clause, a reaction by someone who was not there, a paragraph moved to another day) does not.
func TestOccasionFrames(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []relDateCase{
		{"follow-up in the paragraph", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya met Indian External Affairs Minister Subrahmanyam Jaishankar in Tokyo on 8 May. The two ministers condemned North Korea's missile tests.",
			RelCondemned, "person:takeshi-iwaya", "state:PRK", []string{"2025-05-08"}},
		{"readout: later paragraphs keep the occasion", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya held talks today with Indian External Affairs Minister Subrahmanyam Jaishankar.\n\nThe ministers welcomed progress on maritime cooperation.\n\nIwaya condemned North Korea's missile tests.",
			RelCondemned, "person:takeshi-iwaya", "state:PRK", []string{"2025-05-10"}},
		{"readout: a paragraph moved to another day stops it", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya held talks today with Indian External Affairs Minister Subrahmanyam Jaishankar.\n\nThe dispute began on 2 March, when the tests resumed. Iwaya condemned North Korea's missile tests.",
			RelCondemned, "person:takeshi-iwaya", "state:PRK", nil},
		{"a call paid before the meeting is on its day", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya held talks with Philippine Foreign Secretary Enrique Manalo in Manila on 8 May.\n\nPrior to the meeting, Iwaya paid a courtesy call on President Ferdinand Marcos.",
			RelMetWith, "person:ferdinand-marcos", "person:takeshi-iwaya", []string{"2025-05-08"}},
		{"an act ahead of the talks takes their date", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya held talks with Indian External Affairs Minister Subrahmanyam Jaishankar in Tokyo on 8 May.\n\nAhead of the talks, Iwaya condemned North Korea's missile tests.",
			RelCondemned, "person:takeshi-iwaya", "state:PRK", []string{"2025-05-08"}},
		{"passive simple past", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya met Philippine Foreign Secretary Enrique Manalo in Manila on 8 May. The Reciprocal Access Agreement was signed by Iwaya and Manalo.",
			RelSigned, "person:takeshi-iwaya", "agr:reciprocal-access-agreement", []string{"2025-05-08"}},
		{"present perfect is background", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya met Indian External Affairs Minister Subrahmanyam Jaishankar in Tokyo on 8 May. Iwaya has long condemned North Korea's missile tests.",
			RelCondemned, "person:takeshi-iwaya", "state:PRK", nil},
		{"an infinitive is a plan, not an act", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya met Ukrainian Foreign Minister Andrii Sybiha in Tokyo on 8 May. Iwaya promised to continue supporting Ukraine.",
			RelSupports, "person:takeshi-iwaya", "state:UKR", nil},
		{"a participle is no act of its own", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya met Ukrainian Foreign Minister Andrii Sybiha in Tokyo on 8 May. Iwaya spoke at length, reaffirming Japan's support for Ukraine.",
			RelSupports, "state:JPN", "state:UKR", nil},
		{"someone not at a paragraph's occasion", "2025-05-10",
			"North Korea fired a missile on 2 May.\n\nJapanese Foreign Minister Takeshi Iwaya met Indian External Affairs Minister Subrahmanyam Jaishankar in Tokyo on 8 May. China condemned Japan's missile deployments.",
			RelCondemned, "state:CHN", "state:JPN", nil},
		{"a record's occasion: any speaker's act at it", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya met Indian External Affairs Minister Subrahmanyam Jaishankar in Tokyo on 8 May. China condemned Japan's missile deployments.",
			RelCondemned, "state:CHN", "state:JPN", []string{"2025-05-08"}},
		{"a record's occasion: a speaker in a later paragraph", "2025-02-24",
			"The Security Council this morning adopted a resolution on Ukraine.\n\nSpeaking for France, Jérôme Bonnafont denounced the Russian Federation.",
			RelCondemned, "person:jerome-bonnafont", "state:RUS", []string{"2025-02-24"}},
		{"a record's occasion resumes after a paragraph's own occasion", "2022-09-30",
			"The Security Council today failed to adopt a draft resolution.\n\nThe draft would have declared the referendums held from 23 to 27 September invalid.\n\nBarbara Woodward of the United Kingdom denounced the Russian Federation.",
			RelCondemned, "person:barbara-woodward", "state:RUS", []string{"2022-09-30"}},
		{"near miss: within its paragraph the later occasion holds", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya held talks today with Indian External Affairs Minister Subrahmanyam Jaishankar.\n\nIwaya had met Philippine Foreign Secretary Enrique Manalo in Manila on 2 May. The two ministers condemned North Korea's missile tests.",
			RelCondemned, "person:takeshi-iwaya", "state:PRK", []string{"2025-05-02"}},
		{"a reduced relative's date does not move the record's paragraph", "2024-07-06",
			"The first session of the summit took place in Niamey on 6 July 2024.\n\nThe Heads of State reaffirmed the decision of Mali to leave ECOWAS, announced on 28 January 2024. Malian President Assimi Goïta denounced ECOWAS.",
			RelCondemned, "person:assimi-goita", "inst:ecowas", []string{"2024-07-06"}},
		{"near miss: a main clause's date does move it", "2024-07-06",
			"The first session of the summit took place in Niamey on 6 July 2024.\n\nMali announced its decision to leave ECOWAS on 28 January 2024. Malian President Assimi Goïta denounced ECOWAS.",
			RelCondemned, "person:assimi-goita", "inst:ecowas", nil},
		{"a record's occasion: not an act that is no occasion act", "2025-05-10",
			"The Security Council held an emergency session on 8 May.\n\nRussia attacked Ukraine.",
			RelAttacked, "state:RUS", "state:UKR", nil},
		{"a record's occasion: a reaffirmed commitment by a state the frame does not name", "2024-10-31",
			"Secretary of State Antony J. Blinken held a telephone conversation today with Republic of Korea Foreign Minister Cho Tae-yul.\n\nThe Secretary reaffirmed the ironclad commitment of the United States to the defense of the Republic of Korea.",
			RelSupports, "state:USA", "state:KOR", []string{"2024-10-31"}},
		{"a record's occasion: not the perfect", "2025-05-10",
			"The Security Council held an emergency session on 8 May.\n\nAustralia has long condemned Iran's missile strikes.",
			RelCondemned, "state:AUS", "state:IRN", nil},
		{"a vague date of its own wins", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya met Indian External Affairs Minister Subrahmanyam Jaishankar in Tokyo on 8 May. Iwaya condemned North Korea's missile tests last week.",
			RelCondemned, "person:takeshi-iwaya", "state:PRK", nil},
		{"an act dated to another day is no occasion", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya welcomed India's election to the council earlier this month. Iwaya condemned North Korea's missile tests.",
			RelCondemned, "person:takeshi-iwaya", "state:PRK", nil},
		{"a sentence placed at the occasion needs no named participant", "2025-05-10",
			"The Security Council held an emergency session on 8 May. At the session, Australia condemned Iran's missile strikes.",
			RelCondemned, "state:AUS", "state:IRN", []string{"2025-05-08"}},
		{"without that link a non-participant's act stays undated", "2025-05-10",
			"North Korea fired a missile on 2 May.\n\nThe Security Council held an emergency session on 8 May. Australia condemned Iran's missile strikes.",
			RelCondemned, "state:AUS", "state:IRN", nil},
		{"a clause without a date before a dated one keeps the frame", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya arrived in Manila on 9 May for talks. He met Philippine Foreign Secretary Enrique Manalo, and on 8 May he held talks in Hanoi with Vietnamese Foreign Minister Bui Thanh Son.",
			RelMetWith, "person:takeshi-iwaya", "person:enrique-manalo", []string{"2025-05-09"}},
		{"an act restated in its paragraph is the same event", "2025-05-10",
			"India and Japan signed the Reciprocal Access Agreement in Tokyo on 6 May. The agreement was signed by Foreign Minister Takeshi Iwaya for Japan and by External Affairs Minister Subrahmanyam Jaishankar for India.",
			RelSigned, "person:takeshi-iwaya", "agr:reciprocal-access-agreement", []string{"2025-05-06"}},
		{"an act on another target is another event", "2025-05-10",
			"Japan condemned Russia's strikes on Kyiv on 6 May. Japan condemned North Korea's missile tests.",
			RelCondemned, "state:JPN", "state:PRK", nil},
		{"a date in a relative clause on the object is that clause's", "2025-05-10",
			"Malian President Assimi Goïta and Nigerien President Abdourahamane Tiani met in Bamako on 8 May. Goïta denounced the sanctions that ECOWAS imposed on Mali in 2022.",
			RelCondemned, "person:assimi-goita", "inst:ecowas", []string{"2025-05-08"}},
	}
	checkRelationDates(t, x, cases)
}

// TestRecordUnderNumberedRelease: a release number in the header ("Press release 14/2025")
// states no date, so the dateline and the readout's first dated sentence still make the
// record's frame.
func TestRecordUnderNumberedRelease(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkRelationDates(t, x, []relDateCase{
		{"numbered release", "",
			"Ministry for Foreign Affairs of Finland\nPress release 14/2025\n\nHelsinki, 15 January 2025\n\nMinister for Foreign Affairs Elina Valtonen met Estonia's Minister of Foreign Affairs Margus Tsahkna in Helsinki on Wednesday 15 January.\n\nValtonen condemned Russia.",
			RelCondemned, "person:elina-valtonen", "state:RUS", []string{"2025-01-15"}},
	})
}

// TestDatelineAndCeremony: a dateline ("Berlin/Vilnius, 23 May 2025") dates the release, not
// an event, so the report's first dated occasion ("Yesterday ... took part in the
// ceremony") is the record's; a meeting "on the margins of the ceremony" is placed at it.
func TestDatelineAndCeremony(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	release := "Federal Ministry of Defence\n\nBerlin/Vilnius, 23 May 2025\n\nYesterday in Vilnius, Federal Minister of Defence Boris Pistorius took part in the ceremony establishing the brigade.\n\n"
	checkRelationDates(t, x, []relDateCase{
		{"met on the margins of the ceremony", "",
			release + "Minister Pistorius met his Lithuanian counterpart Dovile Sakaliene on the margins of the ceremony.",
			RelMetWith, "person:boris-pistorius", "person:dovile-sakaliene", []string{"2025-05-22"}},
		{"a later paragraph of the record", "",
			release + "\"The security of Lithuania is our security,\" Pistorius said.\n\nHe reaffirmed Germany's commitment to the defence of Lithuania.",
			RelSupports, "state:DEU", "state:LTU", []string{"2025-05-22"}},
		{"a slashed dateline still covers an undated first sentence", "",
			"Berlin/Vilnius, 23 May 2025\n\nGermany deployed troops to Lithuania.",
			RelDeployed, "state:DEU", "state:LTU", []string{"2025-05-23"}},
		{"near miss: a non-participant without a record frame", "",
			"Berlin/Vilnius, 23 May 2025\n\nRussia fired missiles at Kyiv on 20 May.\n\nYesterday in Vilnius, Boris Pistorius took part in a ceremony.\n\nThe Russian embassy in Berlin criticised Germany.",
			RelCondemned, "inst:russia-embassy-berlin", "state:DEU", nil},
	})
}
