package extract

import (
	"context"
	"strings"
	"testing"
)

// TestR12TiesDashNames: an en dash glued inside a name is read as a hyphen by the rules
// (gluedDashes) but the name keeps the writer's dash, so it aligns with the text's spelling.
// The sentences are our own.
func TestR12TiesDashNames(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct{ text, want, not string }{
		{"The leaders signed the Astana Declaration of the EU\u2013Central Asia Summit on Monday.",
			"Astana Declaration of the EU\u2013Central Asia Summit", "EU-Central Asia Summit"},
		{"Ministers will open the Africa\u2013Caribbean Secretariat in Accra next year.",
			"Africa\u2013Caribbean Secretariat", "Africa-Caribbean Secretariat"},
		// a writer's hyphen stays a hyphen
		{"Ministers will open the Africa-Caribbean Secretariat in Accra next year.",
			"Africa-Caribbean Secretariat", "Africa\u2013Caribbean Secretariat"},
	} {
		doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2024-05-01"}, c.text)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range doc.Entities {
			names = append(names, e.Surfaces...)
		}
		all := strings.Join(names, "|")
		if !strings.Contains(all, c.want) || strings.Contains(all, c.not) {
			t.Errorf("%q: surfaces %q, want %q and not %q", c.text, names, c.want, c.not)
		}
	}
}

// TestR12TiesMembership: membership stated by role — a relative clause "of which" over a
// list of names, a member noun before ", including" / ", such as", a body's countries
// named after it, member countries, allies within a body. The sentences are our own.
func TestR12TiesMembership(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"of which a list of five are member states",
			"The Shanghai Cooperation Organisation, of which China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan are member states, plays a role.",
			[]string{"MEMBER_OF state:CHN inst:sco", "MEMBER_OF state:KAZ inst:sco", "MEMBER_OF state:UZB inst:sco"}, nil},
		{"of which a list of three were founding members, past tense",
			"The Gulf Cooperation Council, of which Qatar, Oman and Kuwait were founding members, met in Doha.",
			[]string{"MEMBER_OF state:QAT inst:gcc", "MEMBER_OF state:OMN inst:gcc", "MEMBER_OF state:KWT inst:gcc"}, nil},
		{"a relative clause with a list but no member noun",
			"The summit, at which France, Italy and Spain were represented, ended with NATO.",
			nil, []string{"MEMBER_OF state:FRA inst:nato", "MEMBER_OF state:ESP inst:nato"}},
		{"member states, including two named",
			"They urged full implementation by all UN Member States, including Russia and China.",
			[]string{"MEMBER_OF state:RUS inst:un", "MEMBER_OF state:CHN inst:un"}, nil},
		{"members, such as, with a comma",
			"Several EU members, such as Italy and Greece, objected to the plan.",
			[]string{"MEMBER_OF state:ITA inst:eu", "MEMBER_OF state:GRC inst:eu"}, nil},
		{"a body's countries named after it",
			"The EFTA countries Iceland and Norway align themselves with this declaration.",
			[]string{"MEMBER_OF state:ISL inst:efta", "MEMBER_OF state:NOR inst:efta"}, nil},
		{"a body's countries, object of a verb",
			"Moscow threatened the NATO countries Poland and Lithuania on Monday.",
			[]string{"MEMBER_OF state:POL inst:nato", "MEMBER_OF state:LTU inst:nato"}, nil},
		{"countries with no body before them are no members",
			"Russia warned the NATO summit and the Nordic countries Finland and Sweden.",
			nil, []string{"MEMBER_OF state:FIN inst:nato", "MEMBER_OF state:RUS inst:nato"}},
		{"member countries of a body",
			"Kenya and Uganda are member countries of the African Union.",
			[]string{"MEMBER_OF state:KEN inst:african-union", "MEMBER_OF state:UGA inst:african-union"}, nil},
		{"allies within a body",
			"Belarus and Russia, as allies within the CSTO, will ensure their security.",
			[]string{"MEMBER_OF state:BLR inst:csto", "MEMBER_OF state:RUS inst:csto"}, nil},
		{"an ally within a body, apposition",
			"Turkey, an ally within NATO, objected to the plan.",
			[]string{"MEMBER_OF state:TUR inst:nato"}, nil},
	})
}

// TestR12TiesTitledConjuncts: a subject of two people each named after a long office whose
// complement is a state's or body's full name ("Chairman of State Affairs of the Democratic
// People's Republic of Korea Kim Jong Un"): the earlier person stays in the list. The
// sentences are our own.
func TestR12TiesTitledConjuncts(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"two offices of states in full, then signed",
			"The President of the French Republic Emmanuel Macron and the Prime Minister of the Kingdom of the Netherlands Mark Rutte on Monday signed the Treaty of Aachen.",
			[]string{"SIGNED person:emmanuel-macron", "SIGNED person:mark-rutte"}, nil},
		{"a bare name and an office in full, met",
			"Emmanuel Macron and the Prime Minister of the Kingdom of the Netherlands Mark Rutte met in Paris.",
			[]string{"MET_WITH person:emmanuel-macron person:mark-rutte"}, nil},
		{"an office without article, will visit",
			"Vladimir Putin and Chairman of State Affairs of the Democratic People's Republic of Korea Kim Jong Un will visit Vladivostok next week.",
			[]string{"VISITED person:vladimir-putin", "VISITED person:kim-jong-un"}, nil},
		{"a person in another clause before the conjunction is not listed",
			"Emmanuel Macron met voters in Lyon, and the Prime Minister of the Kingdom of the Netherlands Mark Rutte signed the Treaty of Aachen.",
			[]string{"SIGNED person:mark-rutte"}, []string{"SIGNED person:emmanuel-macron agr:treaty-of-aachen"}},
	})
}

// TestR12TiesAlliances: alliances named by their members — plural "alliances", hyphen
// compounds joined by a conjunction, "between" repeated, a compound before modifiers, a name
// in quotes inside the compound. The sentences are our own.
func TestR12TiesAlliances(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"two hyphen compounds before plural alliances",
			"The partnership is anchored in the U.S.-Japan and U.S.-ROK alliances.",
			[]string{"ALLY_OF state:JPN state:USA", "ALLY_OF state:KOR state:USA"}, nil},
		{"compounds joined by and, subject position, past tense",
			"The France-Germany and France-Italy alliances held firm last year.",
			[]string{"ALLY_OF state:DEU state:FRA", "ALLY_OF state:FRA state:ITA"}, nil},
		{"between repeated after the conjunction",
			"It rests on the alliances between the United States and Japan and between the United States and the Philippines.",
			[]string{"ALLY_OF state:JPN state:USA", "ALLY_OF state:PHL state:USA"}, nil},
		{"a compound before lower-case modifiers",
			"Officials praised the Russia-China comprehensive strategic partnership on Tuesday.",
			[]string{"ALLY_OF state:CHN state:RUS"}, nil},
		{"a trilateral compound with a name in quotes",
			"He said the U.S.-Japan-\"ROK\" trilateral military alliance was becoming a nuclear alliance.",
			[]string{"ALLY_OF state:JPN state:USA", "ALLY_OF state:JPN state:KOR", "ALLY_OF state:KOR state:USA"}, nil},
		{"a compound before a noun that is no alliance",
			"The Russia-Ukraine war has strained the alliance.",
			nil, []string{"ALLY_OF state:RUS state:UKR"}},
		{"a compound before a capitalised name is no alliance",
			"The India-Pakistan Kashmir talks mentioned an alliance.",
			nil, []string{"ALLY_OF state:IND state:PAK"}},
	})
}

// TestR12TiesNounAside: an event noun whose complements follow a parenthetical set off by
// commas ("the signing, on 16 September, of the Charter by A, B and C"). The sentences are
// our own.
func TestR12TiesNounAside(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"signing, a date aside, of an agreement by three states",
			"The Council takes note of the signing, on 16 September 2023, of the Liptako-Gourma Charter by Mali, Burkina Faso and Niger.",
			[]string{"SIGNED state:MLI agr:liptako-gourma-charter", "SIGNED state:BFA agr:liptako-gourma-charter", "SIGNED state:NER agr:liptako-gourma-charter"}, nil},
		{"a visit, a month aside, of a person to a state",
			"They recalled the visit, in March, of Emmanuel Macron to Beijing.",
			[]string{"VISITED person:emmanuel-macron state:CHN"}, nil},
		{"an aside holding a name is no parenthetical",
			"They recalled the visit, with Germany, of Emmanuel Macron to Beijing.",
			nil, []string{"VISITED state:DEU state:CHN"}},
	})
}

// TestR12TiesPostAtBody: a state's title whose post is at a body ("Russian Permanent
// Representative to the UN Vassily Nebenzia"): the person is the state's official. The
// sentences are our own.
func TestR12TiesPostAtBody(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"demonym, permanent representative to the UN",
			"Later, Russian Permanent Representative to the United Nations Vassily Nebenzia said the vote was unfair.",
			[]string{"OFFICIAL_OF person:vassily-nebenzia state:RUS"}, []string{"OFFICIAL_OF person:vassily-nebenzia inst:un"}},
		{"lower-case envoy to the UN",
			"South Korean envoy to the UN Hwang Joon-kook said on Friday that the panel was needed.",
			[]string{"OFFICIAL_OF person:hwang-joon-kook state:KOR"}, nil},
		{"a letter to the UN is no post",
			"A letter to the UN Vassily Nebenzia wrote was read out.",
			nil, []string{"OFFICIAL_OF person:vassily-nebenzia inst:un"}},
	})
}
