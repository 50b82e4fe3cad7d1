package extract

import "testing"

// TestH44BourSourceBodyIssuer: a source line that names a state's own body whole ("U.S.
// Department of the Treasury", "Foreign, Commonwealth & Development Office") makes that state
// the issuer whose "we" and "our" the text speaks in (coref.tsv source=1), as a line whose
// office word stands outside any name ("Ministry of National Defense, Republic of Korea")
// already did. An outlet's line, a line naming two states and a quoted speaker's "we" give no
// issuer's stance. Texts of our own.
func TestH44BourSourceBodyIssuer(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"State Department release, 'we will continue to support'",
			"Title: Supporting Armenia\nSource: U.S. Department of State, Press Releases\n\nThe Secretary met the Armenian delegation on Monday. We will continue to support Armenia as it strengthens its borders.",
			[]string{"SUPPORTS state:USA state:ARM"}, nil},
		{"FCDO release on the Great Lakes, 'we condemn'",
			"Title: Eastern Congo\nSource: Foreign, Commonwealth & Development Office\n\nFighting continued near Goma on Sunday. We condemn Rwanda's backing of the M23 offensive.",
			[]string{"CONDEMNED state:GBR state:RWA"}, nil},
		{"Pentagon transcript, 'our forces' in a speaker's turn",
			"Title: Press Secretary Holds a Briefing\nSource: U.S. Department of Defense, Transcripts\n\nPRESS SECRETARY: Good afternoon. Over the weekend we sent two destroyers to the Caribbean. We condemn Venezuela's threats against Guyana.",
			[]string{"CONDEMNED state:USA state:VEN"}, nil},
		{"an outlet's source line: the reporter's 'we' is no state's",
			"Title: Border tension\nSource: Andes Wire Service\n\nReporters reached the border on Monday. We condemn Venezuela's threats against Guyana, one resident said.",
			nil, []string{"CONDEMNED state:USA state:VEN", "CONDEMNED state:GUY state:VEN"}},
		{"another speaker quoted in the body keeps his own 'we'",
			"Title: Call with Armenia\nSource: U.S. Department of the Treasury, Press Releases\n\nForeign Minister Ararat Mirzoyan of Armenia said: \"We condemn Azerbaijan's shelling of our villages.\"",
			nil, []string{"CONDEMNED state:USA state:AZE"}},
		{"a line naming two states' bodies speaks for neither",
			"Title: Joint release\nSource: U.S. Department of State and Ministry of Foreign Affairs of Japan\n\nThe ministers met on Monday. We condemn North Korea's launch.",
			nil, []string{"CONDEMNED state:USA state:PRK", "CONDEMNED state:JPN state:PRK"}},
	})
}

// TestH44BourTitleHeading: a "Title:" line of the metadata block is the document's heading for
// the words that make it a briefing, speech or statement (coref.tsv turn=, speech=, heading=):
// the block is masked out of the text, so a transcript whose only heading is "Title: ... Press
// Conference" read its spokesperson's "we" as no one's. A news title holds no such word and
// its reporter's "we" stays unresolved. Texts of our own.
func TestH44BourTitleHeading(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"briefing transcript titled in the metadata, spokesperson's turn",
			"Title: Foreign Ministry Spokesperson's Regular Press Conference\nDate: 2025-03-04\n\nMAO NING: Good afternoon.\n\nQUESTION (Kyodo): Will China respond to the drills near the Senkakus?\n\nMAO NING: We firmly oppose Japan's military build-up on the islands.",
			[]string{"CONDEMNED state:CHN state:JPN"}, nil},
		{"Russian briefing titled in the metadata, 'we condemn'",
			"Title: Briefing by Foreign Ministry Spokeswoman\nDate: 2025-03-04\n\nMARIA ZAKHAROVA: Good afternoon.\n\nMARIA ZAKHAROVA: We condemn Moldova's expulsion of our diplomats.",
			[]string{"CONDEMNED state:RUS state:MDA"}, nil},
		{"the asker's 'we' in the same transcript is no one's",
			"Title: Foreign Ministry Spokesperson's Regular Press Conference\nDate: 2025-03-04\n\nMAO NING: Good afternoon.\n\nQUESTION (Kyodo): We condemn Japan's drills, some say. Your comment?",
			nil, []string{"CONDEMNED state:CHN state:JPN"}},
		{"a news title: the reporter's 'we' is no state's",
			"Title: Ships gather off the Senkakus\nSource: Harbour Wire\n\nMAO NING: Good afternoon.\n\nWe condemn Japan's drills, said one fisherman.",
			nil, []string{"CONDEMNED state:CHN state:JPN"}},
	})
}

// TestH44BourJointPresserTitles: at a joint press conference, a speaker whose label gives a
// title that the heading ties to a state ("joint press conference of the Minister of Foreign
// Affairs and the Foreign Minister of Georgia" ... "FOREIGN MINISTER DARCHIA:") speaks for that
// state, not for the office on the letterhead or source line; the host keeps the letterhead's
// state, and a question's turn speaks for no one. Texts of our own (invented speakers).
func TestH44BourJointPresserTitles(t *testing.T) {
	const head = "Ministry of Foreign Affairs of Armenia\nTranscript: joint press conference of the Minister of Foreign Affairs and the Foreign Minister of Georgia\nYerevan, 3 March 2025\n\n"
	checkRelations(t, "2025-03-04", []relCase{
		{"the guest's 'we' is the state the heading gives his title",
			head + "MINISTER ARAKELYAN: Welcome to Yerevan.\n\nFOREIGN MINISTER DARCHIA: Thank you. We condemn Russia's occupation of Abkhazia.\n\nDARCHIA: We condemn the strikes on Ukraine too.",
			[]string{"CONDEMNED state:GEO state:RUS"}, []string{"CONDEMNED state:ARM state:RUS"}},
		{"the host keeps the letterhead's state",
			head + "MINISTER ARAKELYAN: Welcome to Yerevan. We condemn Azerbaijan's shelling of Jermuk.\n\nFOREIGN MINISTER DARCHIA: Thank you.",
			[]string{"CONDEMNED state:ARM state:AZE"}, []string{"CONDEMNED state:GEO state:AZE"}},
		{"a question's turn speaks for neither",
			head + "MINISTER ARAKELYAN: Welcome to Yerevan.\n\nQUESTION (Armenpress): We condemn Russia's bases, many say. Will Georgia act?\n\nFOREIGN MINISTER DARCHIA: Thank you.",
			nil, []string{"CONDEMNED state:ARM state:RUS", "CONDEMNED state:GEO state:RUS"}},
	})
}
