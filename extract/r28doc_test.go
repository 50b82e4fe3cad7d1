package extract

import "testing"

// TestR28Doc covers subjects that come from a document's structure rather than its sentence:
// the issuers a joint statement declares once in its opening apposition, the body a
// declaration speaks for, and the state a speaker label of a joint press conference stands
// for. Each text is our own, across relation types (CONDEMNED, SUPPORTS, SANCTIONED), with
// near misses that must not fire (a quoted other party's "we", a reporter's question, a body
// the issuers belong to but that does not speak).
func TestR28Doc(t *testing.T) {
	checkRelations(t, "2025-02-10", []relCase{
		{"a body's apposition with a co-speaker after its states: the High Representative's Union speaks too",
			"Joint Statement of the G7 Foreign Ministers\n\nWe, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America, and the High Representative of the European Union, met in Rome on 9 February.\n\nWe condemn Iran's transfer of drones to Russia. We reaffirm our unwavering support for Ukraine.",
			[]string{"CONDEMNED inst:eu state:IRN", "CONDEMNED state:CAN state:IRN", "SUPPORTS inst:eu state:UKR", "SUPPORTS state:JPN state:UKR"},
			[]string{"CONDEMNED inst:g7 state:IRN"}},
		{"the same apposition with a Secretary General's alliance as co-speaker, another verb",
			"Statement of the Foreign Ministers\n\nWe, the Nordic Foreign Ministers of Denmark, Finland, Norway and Sweden, and the Secretary General of NATO, met in Oslo today.\n\nWe strongly condemn Belarus for enabling the war.",
			[]string{"CONDEMNED inst:nato state:BLR", "CONDEMNED state:NOR state:BLR"}, nil},
		{"a co-speaker must close the list: a state named later in the sentence does not speak",
			"Joint Statement\n\nWe, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America, met in Rome with the Foreign Minister of Ukraine.\n\nWe condemn Russia's strikes on Kyiv.",
			[]string{"CONDEMNED state:ITA state:RUS"}, []string{"CONDEMNED state:UKR state:RUS"}},
		{"the Alliance under its long name speaks as NATO",
			"Summit Declaration\n\n1. We, the Heads of State and Government of the North Atlantic Alliance, have gathered in Vilnius.\n\n2. We condemn Belarus for enabling Russia's war against Ukraine. We will continue to support Ukraine.",
			[]string{"CONDEMNED inst:nato state:BLR", "SUPPORTS inst:nato state:UKR"}, nil},
		{"participating states of a team, listed after a dash: the states speak, the team does not",
			"Joint Statement\n\nWe, the participating states of the Multilateral Sanctions Monitoring Team (MSMT) - Australia, Japan and the Republic of Korea - today release the team's first report.\n\nWe condemn the DPRK's ballistic missile launches. We remain committed to supporting Ukraine.",
			[]string{"CONDEMNED state:AUS state:PRK", "CONDEMNED state:KOR state:PRK", "SUPPORTS state:JPN state:UKR", "MEMBER_OF state:AUS inst:msmt", "MEMBER_OF state:KOR inst:msmt"},
			[]string{"CONDEMNED inst:msmt state:PRK", "SUPPORTS inst:msmt state:UKR"}},
		{"a quoted other party's 'we' in a joint statement is not the issuers'",
			"Joint Statement\n\nWe, the Foreign Ministers of Denmark, Estonia and Finland, met in Tallinn.\n\nRussia's foreign minister said: \"We condemn NATO's exercises.\"",
			nil, []string{"CONDEMNED state:DNK inst:nato", "CONDEMNED state:EST inst:nato"}},
	})
}

// TestR28DocSpeaker: "we" of remarks or a speech is the state its speaker serves, named in
// the heading or the line under it, not a state the title names as its topic.
func TestR28DocSpeaker(t *testing.T) {
	checkRelations(t, "2025-02-10", []relCase{
		{"remarks on a state by a named ambassador: 'we' is the ambassador's state",
			"Remarks at a Security Council Briefing on Iran\n\nAmbassador Linda Thomas-Greenfield, U.S. Representative to the United Nations\n\nThank you, Madam President. Iran has armed the Houthis for years. We stand with Israel. We condemn the Houthis.",
			[]string{"SUPPORTS state:USA state:ISR", "CONDEMNED state:USA inst:houthis"},
			[]string{"SUPPORTS state:IRN state:ISR", "CONDEMNED state:IRN inst:houthis"}},
		{"a speech by a prime minister on another country, another verb",
			"Speech by Secretary Antony Blinken on Ukraine\n\nThank you all for coming. Russia has attacked Ukraine again. We will continue to support Ukraine.",
			[]string{"SUPPORTS state:USA state:UKR"}, []string{"SUPPORTS state:UKR state:UKR"}},
		{"a quoted other party's 'we' inside the remarks is not the speaker's",
			"Remarks at a Security Council Briefing on the DPRK\n\nAmbassador Linda Thomas-Greenfield, U.S. Representative to the United Nations\n\nThe DPRK's envoy told us: \"We support Russia.\"",
			nil, []string{"SUPPORTS state:USA state:RUS"}},
	})
}

// TestR28DocRelease: "we" of a government's media release is the state it speaks for (stop
// 21), found as for a speech: the state of the first person or state body its heading names;
// a state the title names after a preposition is its topic and never the speaker.
func TestR28DocRelease(t *testing.T) {
	checkRelations(t, "2025-02-10", []relCase{
		{"a minister's media release: 'we' sanction as her state",
			"Media release\n\nAntony Blinken, Secretary of State\n\nNew sanctions on arms networks\n\nThe networks supplied drones to Russia. We are also sanctioning the Wagner Group today.",
			[]string{"SANCTIONED state:USA inst:wagner-group"}, nil},
		{"a ministry's release on another state: the ministry's state condemns, not the topic",
			"Press release\n\nStatement by the Ministry of Foreign Affairs of the Republic of Korea on the situation in Ukraine\n\nWe condemn Russia's strikes on Kyiv.",
			[]string{"CONDEMNED state:KOR state:RUS"}, []string{"CONDEMNED state:UKR state:RUS"}},
		{"a release whose heading names only its topic: 'we' stays unresolved",
			"Joint media release\n\nFurther support for Ukraine\n\nWe also condemn Iran's supply of drones to Russia.",
			nil, []string{"CONDEMNED state:UKR state:IRN"}},
	})
}
