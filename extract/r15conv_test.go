package extract

import "testing"

// The conventions settled in stop 21 (testdata/README.md, "Annotation conventions", block
// "Settled in stop 21"), one test per convention. The sentences are our own.

// TestR15ConvWe: "we" of a government body's own statement is the state it speaks for; the
// body named as subject stays the body; a body of no state speaks as itself; a joint
// statement's "We, the <body> <heads> of A, B and C" is each named state, and "We, the Leaders
// of the <body>" is the body.
func TestR15ConvWe(t *testing.T) {
	checkRelations(t, "2024-05-10", []relCase{
		{"a foreign ministry's statement: we is the state",
			"Statement by the Ministry of Foreign Affairs of Japan\n\nWe strongly condemn North Korea's launch of a ballistic missile on May 9.",
			[]string{"CONDEMNED state:JPN state:PRK"}, []string{"CONDEMNED inst:japan-foreign-ministry state:PRK"}},
		{"a defence ministry's statement, past tense, a later paragraph",
			"Statement of the Ministry of National Defense of the Republic of Korea\n\nThe launch took place at dawn.\n\nWe denounced Russia for its transfer of technology.",
			[]string{"CONDEMNED state:KOR state:RUS"}, nil},
		{"the body named as subject stays the body",
			"Statement by the Ministry of Foreign Affairs of Japan\n\nThe Ministry condemns North Korea's launch in the strongest terms.",
			[]string{"CONDEMNED inst:japan-foreign-ministry state:PRK"}, []string{"CONDEMNED state:JPN state:PRK"}},
		{"a body of no state speaks as itself",
			"Chairman's Statement of the ASEAN Regional Forum\n\nWe condemned Myanmar's air strikes.",
			[]string{"CONDEMNED inst:asean"}, nil},
		{"a joint statement naming states after its body and heads: each state",
			"We, the G7 Foreign Ministers of Canada, France, Germany and Italy, met in Capri on Friday.\n\nWe condemn Iran's attack against Israel.",
			[]string{"CONDEMNED state:CAN state:IRN", "CONDEMNED state:DEU state:IRN", "CONDEMNED state:FRA state:IRN", "CONDEMNED state:ITA state:IRN"},
			[]string{"CONDEMNED inst:g7 state:IRN"}},
		{"near miss: a joint statement naming only the body is the body",
			"We, the Leaders of the G7, met in Apulia on Friday.\n\nWe condemn Iran's attack against Israel.",
			[]string{"CONDEMNED inst:g7 state:IRN"}, []string{"CONDEMNED state:ITA state:IRN"}},
	})
}

// TestR15ConvVisitPlace: a capital before a journey noun (shapes.tsv journey-noun) is the
// visited city, a Place, as after "visit to"; a state's name there stays the State, and a
// capital before another noun stays the government.
func TestR15ConvVisitPlace(t *testing.T) {
	checkRelations(t, "2024-06-20", []relCase{
		{"a possessor's capital trip",
			"Shoigu's Tehran trip lasted three days.",
			[]string{"VISITED person:sergei-shoigu place:tehran"}, []string{"VISITED person:sergei-shoigu state:IRN"}},
		{"a capital visit after a possessive, past tense",
			"Blinken's Kyiv visit came days after the strike.",
			[]string{"VISITED person:antony-blinken place:kyiv"}, []string{"VISITED person:antony-blinken state:UKR"}},
		{"near miss: a state before the visit noun stays the state",
			"Xi's Russia visit ended on Friday.",
			[]string{"VISITED person:xi-jinping state:RUS"}, nil},
	})
	checkEntities(t, []entCase{
		{"the capital visit as the subject of a headline",
			"Pyongyang visit brings a new treaty.", []string{"place:pyongyang"}, []string{"state:PRK"}},
		{"near miss: a capital before another noun is the government",
			"The Pyongyang government condemned the drills.", []string{"state:PRK"}, []string{"place:pyongyang"}},
	})
}

// TestR15ConvSeat: a seat of government named as a building or street is its State when it
// acts or speaks, and a Place as a location.
func TestR15ConvSeat(t *testing.T) {
	checkRelations(t, "2024-05-10", []relCase{
		{"a presidential office condemns",
			"The Blue House condemned North Korea's latest launch.",
			[]string{"CONDEMNED state:KOR state:PRK"}, nil},
		{"a prime minister's street criticises, with a date",
			"Downing Street criticised Iran on Tuesday.",
			[]string{"CONDEMNED state:GBR state:IRN"}, nil},
		{"a palace without its head word, accented, says it supports",
			"The Élysée said it supports Moldova.",
			[]string{"SUPPORTS state:FRA state:MDA"}, nil},
	})
	checkEntities(t, []entCase{
		{"near miss: the palace as a meeting place is a Place",
			"Macron received Scholz at the Elysee Palace on Monday.",
			[]string{"place:elysee-palace"}, []string{"state:FRA"}},
		{"near miss: a compound in a locative is a Place",
			"Xi hosted Putin for tea in Zhongnanhai.",
			[]string{"place:zhongnanhai"}, []string{"state:CHN"}},
	})
}

// TestR15ConvTreatyClause: a mutual-assistance clause gives SUPPORTS both ways between the
// treaty's parties: "each side ... the other" in a later sentence about the treaty takes the
// signers of the latest signing; "help each other" takes the parties named before the verb.
// A sentence naming one state before "each" does not fall back to the signers.
func TestR15ConvTreatyClause(t *testing.T) {
	checkRelations(t, "2024-06-20", []relCase{
		{"a later sentence: the parties are the signers",
			"Belarusian President Alexander Lukashenko and Russian President Vladimir Putin signed the Treaty on Security Guarantees in Minsk on 6 December. Under the treaty, each country must give military aid to the other if it is attacked.",
			[]string{"SUPPORTS state:BLR state:RUS", "SUPPORTS state:RUS state:BLR"}, nil},
		{"help each other, the parties before the verb",
			"Mali and Niger signed a defence pact in Bamako in 2023, pledging to help each other in case of attack.",
			[]string{"SUPPORTS state:MLI state:NER", "SUPPORTS state:NER state:MLI"}, nil},
		{"near miss: one state named before each is no treaty's parties",
			"Japan and Australia signed a treaty in May. Turkey said each member must assist the other members.",
			nil, []string{"SUPPORTS state:AUS state:JPN", "SUPPORTS state:JPN state:AUS"}},
	})
}
