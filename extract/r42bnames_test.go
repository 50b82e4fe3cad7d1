package extract

import "testing"

// TestR42bNames covers round 42b's entity boundaries for people: a known word that closes a
// personal name the gazetteer lacks, multi-hyphen family names, and capitalised words of
// bylines, labels and firms that no rank or title makes a person. Sentences of our own.
func TestR42bNames(t *testing.T) {
	checkEntities(t, []entCase{
		// An organisation's one-word alias closing a titled name is the name's last word.
		{"org alias closes a titled name",
			"Chilean Defence Minister Marta Soledad Wagner met her counterpart in Lima on Friday.",
			[]string{"person:marta-soledad-wagner"}, []string{"inst:wagner-group", "person:marta-soledad"}},
		// A family's surname (a known person's short form) closes a relative's name after a
		// comma apposition.
		{"family surname closes a relative's name after a role",
			"Washington blacklisted the group's finance chief, Osman Hamdan Dagalo, last year.",
			[]string{"person:osman-hamdan-dagalo"}, []string{"person:osman-hamdan"}},
		{"near miss: the alias alone after a verb names the group",
			"Officials in Bamako said Wagner fighters left the base in March.",
			[]string{"inst:wagner-group"}, nil},
		{"near miss: a body's name ending in a head word is no person",
			"The Private Military Company Wagner recruited fighters across the region.",
			nil, []string{"person:military-company-wagner"}},
		// A double-barrelled surname whose second half the gazetteer knows stays whole.
		{"hyphenated surname with a state's alias",
			"The briefing was written by analyst Karen Mills-Holland for the committee, Karen Mills-Holland said.",
			[]string{"person:karen-mills-holland"}, []string{"state:NLD", "person:karen-mills"}},
		{"hyphenated surname after an honorific alone",
			"Professor Anna Brandt-Hwang spoke first. Dr. Brandt-Hwang said the drills would continue.",
			[]string{"person:anna-brandt-hwang"}, []string{"person:hwang-joon-kook"}},
		{"near miss: two states joined by a hyphen stay states",
			"The Russia-Holland talks were cancelled on Monday.",
			[]string{"state:NLD", "state:RUS"}, nil},
		// Every hyphenated part of a name belongs to it.
		{"name of three hyphenated parts",
			"She met Prime Minister Somchai Kham-o-lai in Bangkok on Thursday.",
			[]string{"person:somchai-kham-o-lai"}, []string{"person:somchai-kham-o"}},
		// Newsroom desks, secretariats, firms and a member's "Friend" name nobody.
		{"byline desk is no person",
			"By Peter Lund, Europe Desk\nNATO ministers met in Brussels on Tuesday.",
			[]string{"person:peter-lund"}, []string{"person:europe-desk"}},
		{"rank opening a firm's name is no person",
			"India will buy the drones from General Atomics, and General Electric will build the engines.",
			nil, []string{"person:atomics", "person:electric"}},
		{"near miss: a general's name after the rank is still a person",
			"General Rashid Karimov inspected the troops on Monday.",
			[]string{"person:rashid-karimov"}, nil},
		{"secretariat after General is no person",
			"The General Secretariat of the Council issued the text.",
			nil, []string{"person:secretariat"}},
		{"a member's Friend is no person",
			"My Rt Hon Friend the Defence Secretary met his Polish counterpart on Monday.",
			nil, []string{"person:friend"}},
		// A fact-check's and a transcript header's field labels name nobody.
		{"fact-check labels",
			"CLAIM: Russia has moved 50,000 troops to the border.\nVERDICT: False. Estimates put the figure far lower.",
			nil, []string{"person:claim", "person:verdict", "inst:claim", "inst:verdict"}},
		{"transcript subjects label",
			"SUBJECTS: naval drills; AUKUS; the budget.\nJOURNALIST: Minister, what did China tell you?",
			nil, []string{"person:subjects"}},
		// Styles and ranks that open a name are no words of it.
		{"Gulf highness abbreviation before a courtesy word",
			"The session was chaired by H.H. Sheikh Hamad bin Saif Al Mansoori, Minister of State.",
			[]string{"person:hamad-bin-saif-al-mansoori"}, []string{"person:saif-al-mansoori"}},
		{"Omani style after an apposition's comma",
			"She also called the Omani Minister of Commerce, Sayyid Fahd Al Harthy, on Monday.",
			[]string{"person:fahd-al-harthy"}, []string{"person:sayyid-fahd-al-harthy"}},
		{"Russian naval rank in parts",
			"The frigate's commander, Captain Second Rank Oleg Vasin, met the port authorities.",
			[]string{"person:oleg-vasin"}, []string{"person:second-rank-oleg-vasin"}},
		{"near miss: a plain captain keeps his name",
			"Captain Oleg Vasin said the frigate would leave on Friday.",
			[]string{"person:oleg-vasin"}, nil},
		// A legal category of designation is no body.
		{"designation category is no institution",
			"The State Department designated the militia as a Foreign Terrorist Organization on Friday.",
			[]string{"inst:us-department-of-state"}, []string{"inst:foreign-terrorist-organization"}},
		{"near miss: a named organization the gazetteer lacks stays a body",
			"The Nordic Maritime Safety Organization said the cable was cut on Thursday.",
			[]string{"inst:nordic-maritime-safety-organization"}, nil},
		// An office's field before a comma and a rank is no name.
		{"office field before the officer's rank",
			"The Navy's Director of Fleet Operations, Rear Adm. Mark Hollis, briefed reporters.",
			[]string{"person:mark-hollis"}, []string{"person:fleet-operations"}},
	})
}
