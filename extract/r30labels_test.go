package extract

import "testing"

// TestR30Labels: a transcript's speaker labels, in transcripts of our own. A one-word label
// in capitals that the document writes elsewhere as part of a person's name is that
// person's label, not an unknown acronym's body; a repeated label opens a turn however short
// the turn; a title before the surname is no part of it.
func TestR30Labels(t *testing.T) {
	checkEntities(t, []entCase{
		{"short surname label after the full name in ordinary case",
			"Daily Briefing\nBriefer: Spokesperson Park Ji-won of the Ministry of Defence\n\nPARK: Good morning. The North fired two missiles toward the East Sea today.\n\nQ: Any casualties?\n\nPARK: None so far.",
			[]string{"person:park-ji-won"}, []string{"inst:park", "person:park"}},
		{"a title and surname label is the person named in full before, no new entity",
			"Remarks to the press\n\nColonel Amara Diallo, spokesperson of the army, spoke after the talks.\n\nCOLONEL DIALLO: We will deliver what has been agreed with our partners.\n\nQUESTION: When?\n\nDIALLO: Before the rains come.",
			[]string{"person:amara-diallo"}, []string{"person:diallo", "inst:diallo"}},
		{"a hyphenated surname label is the person named in full",
			"Hearing of the Committee\n\nThe committee heard Dr. Grace Mensah-Obi of the Sahel Institute.\n\nDR. MENSAH-OBI: Thank you, Chairman. The juntas have turned to Moscow for security.",
			[]string{"person:grace-mensah-obi"}, []string{"person:mensah-obi"}},
		{"short surname label after a capitalised heading with the title",
			"SPOKESPERSON HAN DO-YUN\n\nHAN: We condemn the launch in the strongest terms, and we will respond.\n\nQUESTION: Will Seoul summon the envoy?\n\nHAN: Not today.",
			nil, []string{"inst:han"}},
		{"short surname label at a joint press conference, title before the first label",
			"FOREIGN MINISTER ROSS: I welcome my colleague Helena Ross of Norway. We discussed Ukraine today.\n\nFOREIGN SECRETARY HALL: Thank you. Britain stands with Ukraine.\n\nROSS: Thank you all.",
			nil, []string{"inst:ross", "person:foreign-minister-ross"}},
		{"a repeated honorific label closing with a short turn",
			"Pentagon Press Briefing\n\nMS. OKORO: We assess that the troops will move west within days.\n\nQ: Thank you.\n\nMS. OKORO: Thanks, everyone.",
			[]string{"person:okoro"}, []string{"inst:okoro"}},
		{"near miss: an outlet's code written only in capitals opens a question",
			"Regular Press Conference\n\nSpokesperson Li Wen: Good afternoon.\n\nAFP: Will China send an envoy to the talks in Geneva?\n\nLi Wen: I have nothing to announce on that today.",
			nil, []string{"person:afp"}},
		{"near miss: a known body speaking on a label stays the body",
			"Joint statement excerpts\n\nNATO: Allies condemn the strikes on Kyiv and stand with Ukraine.\n\nEU: The Union supports Ukraine.",
			[]string{"inst:nato"}, []string{"person:nato"}},
		{"near miss: a short label with no earlier full name stays no person",
			"Notes\n\nKOR: The agreement entered into force in May and remains in force.",
			nil, []string{"person:kor"}},
	})
}

// TestR30LabelSentences: an honorific's dot in a label ends no sentence; a ship's prefix
// "MS." before a sentence-opening capital is left as the splitter reads it (non-final-abbrev).
func TestR30LabelSentences(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct {
		text string
		want int
	}{
		{"MS. SINGH: We condemn the strikes. Thanks.", 2},
		{"MR. PRICE: Good afternoon, everyone.", 1},
	} {
		if n := len(splitSentences(tokenize(tc.text), x.lex.words)); n != tc.want {
			t.Errorf("%q: %d sentences, want %d", tc.text, n, tc.want)
		}
	}
}

// TestR30TurnSpeaker: "I" and "me" in a speaker's turn are the person its label names (the
// label's person, resolved as above, or a name the gazetteer knows); not in a question's
// turn, nor before the first label.
func TestR30TurnSpeaker(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"surname label after the full name, CONDEMNED",
			"Press remarks\n\nColonel Amara Diallo, spokesperson of the army, took questions.\n\nDIALLO: Good afternoon. I condemn France for its interference in our affairs.\n\nQUESTION: Anything else?\n\nDIALLO: Nothing more.",
			[]string{"CONDEMNED person:amara-diallo state:FRA"}, nil},
		{"a label the gazetteer knows, a condemnation after a short sentence",
			"Joint press conference, Helsinki\n\nRUTTE: Thank you, President. I strongly condemned Russia for its strikes on Kyiv last night.",
			[]string{"CONDEMNED person:mark-rutte state:RUS"}, nil},
		{"near miss: I in a question's turn is the reporter",
			"Press remarks\n\nColonel Amara Diallo, spokesperson of the army, took questions.\n\nDIALLO: We are ready for your questions on the situation.\n\nQUESTION: I condemn France for this, do you?\n\nDIALLO: No.",
			nil, []string{"CONDEMNED person:amara-diallo state:FRA"}},
	})
}
