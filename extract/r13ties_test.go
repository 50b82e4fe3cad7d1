package extract

import "testing"

// TestR13TiesBareLists: a colon or a spaced dash that opens a bare list of names keeps the
// list in its clause, so the noun before it ("ten nations:", "the AUKUS partners -") takes the
// names as its members or apposition; a colon before a clause still ends one, and partners
// asked to act ("urged allies to deploy") are no partners of the names that ask. The
// sentences are our own.
func TestR13TiesBareLists(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a body's composition, colon list",
			"The CSTO comprises six countries: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.",
			[]string{"MEMBER_OF state:RUS inst:csto", "MEMBER_OF state:ARM inst:csto", "MEMBER_OF state:TJK inst:csto"}, nil},
		{"composition in the past, em-dash list to the end",
			"The Gulf Cooperation Council comprised six monarchies \u2014 Saudi Arabia, Kuwait, Bahrain, Qatar, the UAE and Oman.",
			[]string{"MEMBER_OF state:SAU inst:gcc", "MEMBER_OF state:OMN inst:gcc", "MEMBER_OF state:KWT inst:gcc"}, nil},
		{"a body's partners between spaced dashes",
			"The Quad partners - India, Japan and Australia - met in Tokyo on Monday.",
			[]string{"MEMBER_OF state:IND inst:quad", "MEMBER_OF state:JPN inst:quad", "MEMBER_OF state:AUS inst:quad"}, nil},
		{"near miss: a colon before a clause, not a list",
			"The CSTO comprises several countries: Russia said Armenia and Belarus would attend.",
			nil, []string{"MEMBER_OF state:RUS inst:csto", "MEMBER_OF state:ARM inst:csto"}},
		{"near miss: partners asked to act",
			"Poland, Latvia and Lithuania have urged allies to send more air defence to the region.",
			nil, []string{"ALLY_OF state:LTU state:POL", "ALLY_OF state:LVA state:POL"}},
		{"partners that are the names' own still pair",
			"Poland and Lithuania remain close allies.",
			[]string{"ALLY_OF state:LTU state:POL"}, nil},
	})
}

// TestR13TiesComitativePartners: partners or allies named as members of a comitative object
// ("together with partners such as X", "alongside partners including X") are the clause
// subject's partners; unnamed partners still pair nothing. The sentences are our own.
func TestR13TiesComitativePartners(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"together with partners such as, a list",
			"Canada will keep sailing through the strait together with partners such as Japan and Australia.",
			[]string{"ALLY_OF state:CAN state:JPN", "ALLY_OF state:AUS state:CAN"}, nil},
		{"alongside allies including, no comma, past tense",
			"Norway trained Ukrainian pilots last year alongside allies including Denmark and the Netherlands.",
			[]string{"ALLY_OF state:DNK state:NOR", "ALLY_OF state:NLD state:NOR"}, nil},
		{"with partners, comma, including",
			"Japan has worked with partners, including the Philippines, on maritime security.",
			[]string{"ALLY_OF state:JPN state:PHL"}, nil},
		{"near miss: unnamed partners",
			"Canada will keep sailing through the strait together with partners, Ottawa said.",
			nil, []string{"ALLY_OF state:CAN state:CAN"}},
		{"near miss: the members are not paired with one another",
			"Canada will keep sailing together with partners such as Japan and Australia.",
			nil, []string{"ALLY_OF state:AUS state:JPN"}},
	})
}

// TestR13TiesOwnedApposition: a list in apposition to an owned pair noun (", our partners",
// ", its allies") names the owner's partners, not partners of one another; "their" may stand
// for the list's first names and keeps its pairs. The sentences are our own.
func TestR13TiesOwnedApposition(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"our partners after a list",
			"We welcomed the foreign ministers of Chile, Peru and Colombia, our partners, to the meeting.",
			nil, []string{"ALLY_OF state:CHL state:PER", "ALLY_OF state:COL state:PER"}},
		{"its allies after a list, past tense",
			"Officials from Lithuania and Estonia, its closest allies, attended the ceremony.",
			nil, []string{"ALLY_OF state:EST state:LTU"}},
		{"their: the last name is the first names' ally",
			"The ministers discussed cooperation among Japan, the Philippines and the United States, their common ally.",
			[]string{"ALLY_OF state:JPN state:USA", "ALLY_OF state:PHL state:USA"}, nil},
		{"near miss: no possessive, the list pairs",
			"Lithuania and Estonia, close allies, held joint drills.",
			[]string{"ALLY_OF state:EST state:LTU"}, nil},
	})
}

// TestR13TiesFoundingMembers: "founding member(s)" is the member noun (not the founding act
// noun before another noun), with its body as possessor, before "of", or before the noun, and
// its members after it, also in a colon list that opens with an article. The sentences are
// our own.
func TestR13TiesFoundingMembers(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"possessor and a colon list opening with an article",
			"The Arctic Council was set up in Ottawa by its eight founding members: the United States, Canada, Norway and Denmark.",
			[]string{"MEMBER_OF state:USA inst:arctic-council", "MEMBER_OF state:CAN inst:arctic-council", "MEMBER_OF state:DNK inst:arctic-council"}, nil},
		{"a founding member of, present",
			"Chile is a founding member of the Pacific Alliance.",
			[]string{"MEMBER_OF state:CHL inst:pacific-alliance"}, nil},
		{"near miss: a body's founding members unnamed",
			"Norway said the Arctic Council's founding members would meet in Ottawa.",
			nil, []string{"MEMBER_OF state:NOR inst:arctic-council"}},
	})
}

// TestR13TiesFrontedComitative: partners named in an opening comitative phrase ("Together
// with its allies A and B, C will ...") are partners of the subject after its comma, not of
// one another. The sentences are our own.
func TestR13TiesFrontedComitative(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"together with owned allies, future",
			"Together with its allies Chile and Peru, Colombia will patrol the coast.",
			[]string{"ALLY_OF state:CHL state:COL", "ALLY_OF state:COL state:PER"}, []string{"ALLY_OF state:CHL state:PER"}},
		{"alongside partners, past, an article before the subject",
			"Alongside partners Kenya and Uganda, the United States trained Somali troops last year.",
			[]string{"ALLY_OF state:KEN state:USA", "ALLY_OF state:UGA state:USA"}, nil},
		{"near miss: unnamed partners",
			"Together with partners, Colombia and Peru will patrol the coast.",
			nil, []string{"ALLY_OF state:COL state:PER"}},
	})
}
