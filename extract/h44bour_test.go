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
