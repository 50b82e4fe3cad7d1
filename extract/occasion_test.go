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
		{"a record's occasion: any speaker's speech act is made at it", "2025-05-10",
			"Japanese Foreign Minister Takeshi Iwaya met Indian External Affairs Minister Subrahmanyam Jaishankar in Tokyo on 8 May. China condemned Japan's missile deployments.",
			RelCondemned, "state:CHN", "state:JPN", []string{"2025-05-08"}},
		{"a record's occasion: a speaker in a later paragraph", "2025-02-24",
			"The Security Council this morning adopted a resolution on Ukraine.\n\nSpeaking for France, Jérôme Bonnafont denounced the Russian Federation.",
			RelCondemned, "person:jerome-bonnafont", "state:RUS", []string{"2025-02-24"}},
		{"a record's occasion: not an act that is no speech act", "2025-05-10",
			"The Security Council held an emergency session on 8 May.\n\nRussia attacked Ukraine.",
			RelAttacked, "state:RUS", "state:UKR", nil},
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
