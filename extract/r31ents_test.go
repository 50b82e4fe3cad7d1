package extract

import "testing"

// TestR31Entities covers round 31's classes of entity names and boundaries, in sentences of
// our own.
func TestR31Entities(t *testing.T) {
	checkEntities(t, []entCase{
		// A state's office abroad named with its seat is also named without it.
		{"seated embassy, demonym: the name without the seat",
			"Officials met a counsellor of the Turkish Embassy in Oslo on Tuesday.",
			[]string{"inst:turkiye-embassy-oslo|Turkish Embassy in Oslo", "inst:turkiye-embassy-oslo|Turkish Embassy"}, nil},
		{"near miss: a mission keeps its seat in every name",
			"The European Union Training Mission in Mali suspended its work in April.",
			[]string{"inst:european-union-training-mission-in-mali|European Union Training Mission in Mali"},
			[]string{"inst:european-union-training-mission-in-mali|European Union Training Mission"}},
		// "Embassy of" + a state whose name holds "of" takes the whole state, then its seat.
		{"embassy of a state named with 'of', with its seat",
			"The ministry lodged a note with the Embassy of the Republic of Moldova in Bucharest on Friday.",
			[]string{"inst:embassy-of-the-republic-of-moldova-bucharest|Embassy of the Republic of Moldova in Bucharest"},
			[]string{"inst:embassy-of-the-republic|Embassy of the Republic"}},
		{"near miss: a ministry's state after its remit stays out",
			"The Ministry of Foreign Affairs of the Republic of Moldova issued a note.",
			[]string{"inst:moldova-foreign-ministry|Ministry of Foreign Affairs of the Republic of Moldova", "state:MDA"}, nil},
		// A bare capitalised "Embassy" with its seat names the office.
		{"our Embassy in a capital",
			"We conveyed the message through our Embassy in Hanoi on Monday.",
			[]string{"inst:embassy-hanoi|Embassy in Hanoi"}, nil},
		{"near miss: a bare Embassy without a seat names nothing",
			"We conveyed the message through our Embassy on Monday.",
			nil, []string{"inst:embassy"}},
		// A ship's class before its vessel noun is a model.
		{"class before a vessel noun and the ship's name",
			"The group included the Sovremenny-class destroyer Ningbo and a tanker.",
			[]string{"weapon:sovremenny-class|Sovremenny-class", "weapon:ningbo"}, nil},
		{"near miss: a class before a plain noun is none",
			"The Sovremenny-class programme ended in 2006.",
			nil, []string{"weapon:sovremenny-class"}},
		// A demonym before a formal name with "of": the name without the demonym too.
		{"demonym before a formal ministry name",
			"The Ukrainian Ministry of Foreign Affairs summoned the envoy.",
			[]string{"inst:ukrainian-ministry-of-foreign-affairs|Ministry of Foreign Affairs"}, nil},
		{"near miss: a demonym before a plain head keeps it",
			"The Chinese Communist Party met in October.",
			nil, []string{"inst:ccp|Communist Party", "inst:chinese-communist-party|Communist Party"}},
		// A signature in capitals with an initial names the person the gazetteer knows.
		{"signature in capitals",
			"PRESS STATEMENT\nANTONY J. BLINKEN, SECRETARY OF STATE\nMARCH 4, 2024\n\nSanctions were imposed today.",
			[]string{"person:antony-blinken|ANTONY J. BLINKEN"}, nil},
		{"near miss: an unknown name in capitals is no person by this rule",
			"PRESS STATEMENT\nZORAN Q. VUKOVIC, SECRETARY\nMARCH 4, 2024\n\nSanctions were imposed today.",
			nil, []string{"person:zoran-q-vukovic"}},
		// A weapon is also named without its calibre or its "-type".
		{"calibre before a class: the class too",
			"The battalion received 220-mm multiple rocket launchers last week.",
			[]string{"weapon:220-mm-multiple-rocket-launchers|multiple rocket launchers"}, nil},
		{"a model's -type: the model too",
			"Geran-type drones struck the port overnight.",
			[]string{"weapon:geran-type|Geran"}, nil},
		{"near miss: a model's -class keeps it",
			"The Sovremenny-class destroyer Ningbo sailed on.",
			nil, []string{"weapon:sovremenny-class|Sovremenny"}},
		{"the 100 Year Partnership and a republic's official name",
			"The UK-Ukraine 100 Year Partnership covers a plant in the Republic of Tatarstan.",
			[]string{"agr:uk-ukraine-100-year-partnership", "place:tatarstan|Republic of Tatarstan"}, []string{"person:year-partnership"}},
		{"a shoal and islands under their claimants' names",
			"Manila protested at Bajo de Masinloc, and Hanoi reaffirmed its claim to Hoang Sa.",
			[]string{"place:scarborough-shoal|Bajo de Masinloc", "place:paracel-islands|Hoang Sa"}, []string{"place:bajo"}},
		{"a known city before 'area' after 'the'",
			"Fighting continued in the Kursk area on Sunday.",
			[]string{"place:kursk-area|Kursk area", "place:kursk-area|Kursk"}, nil},
		{"near miss: 'area' after a state is no region of it",
			"The Ukraine area of operations was quiet.",
			nil, []string{"place:ukraine-area"}},
		// Two known names joined by a hyphen are no weapon model.
		{"two states joined by a hyphen",
			"Officials discussed India-UK ties and the Brazil-EU agenda.",
			[]string{"state:IND", "state:GBR"}, []string{"weapon:india-uk", "weapon:brazil-eu"}},
		{"near miss: a word with a letter suffix is still a model",
			"Russia fired Kalibr-M missiles from the sea.",
			[]string{"weapon:kalibr-m"}, nil},
		// A body's short form in its own release is the issuing body.
		{"the Council in the Council's own press release",
			"Title: Sanctions on shipping firms\nSource: Council of the European Union, press release\n\nThe Council today listed nine vessels. The UN Security Council met later.",
			[]string{"inst:council-of-the-eu|Council"}, []string{"inst:unsc|Council"}},
		{"near miss: without a source line the short form keeps its reading",
			"Title: Sanctions on shipping firms\n\nThe Council today listed nine vessels. The UN Security Council met later.",
			nil, []string{"inst:council-of-the-eu|Council"}},
		// Gazetteer lines of this round.
		{"NATO activity and UN office by name",
			"Finland joined Baltic Sentry, and the United Nations Office for West Africa and the Sahel briefed the Council.",
			[]string{"inst:baltic-sentry", "inst:unowas"}, []string{"inst:united-nations-office-for-west-africa"}},
		{"a navy's shore base after its ship prefix",
			"Two submarines will rotate through HMAS Stirling from 2027.",
			[]string{"place:hmas-stirling"}, []string{"weapon:hmas-stirling"}},
		{"near miss: a ship prefix before another name is still a ship",
			"HMAS Brisbane sailed from Sydney on Monday.",
			[]string{"weapon:hmas-brisbane"}, nil},
		{"the law of the sea convention by acronym",
			"Both sides pledged to respect UNCLOS and the Five-Point Consensus.",
			[]string{"agr:unclos", "agr:five-point-consensus"}, []string{"inst:unclos"}},
	})
}
