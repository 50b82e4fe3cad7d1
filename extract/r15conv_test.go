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

// TestR15ConvAlreadyMet pins the stop-21 conventions the extractor already followed when they
// were settled, so that no later round undoes them: a founded body's members and "as a
// permanent member of the Security Council" (2), military aircraft as weapons (5), the
// Confederation of Sahel States as the AES (6), regions as places (7), a spokesman's
// condemnation as a fact and a reported one as reported (9), VETOED to the Council and the
// panel whose mandate the draft would have renewed (10), money as SUPPORTS and named goods as
// SUPPLIED in one sentence (11).
func TestR15ConvAlreadyMet(t *testing.T) {
	checkRelations(t, "2024-05-10", []relCase{
		{"founders of a named body are members (2)",
			"Mali, Burkina Faso and Niger signed the treaty establishing the Confederation of Sahel States in Niamey in July.",
			[]string{"MEMBER_OF state:BFA inst:aes", "MEMBER_OF state:MLI inst:aes", "MEMBER_OF state:NER inst:aes"}, nil},
		{"as a permanent member of the Council (2)",
			"France, as a permanent member of the Security Council, abstained.",
			[]string{"MEMBER_OF state:FRA inst:unsc"}, nil},
		{"fighter aircraft sent are a weapon supplied (5)",
			"Russia sent fighter aircraft to Belarus.",
			[]string{"SUPPLIED state:RUS state:BLR"}, nil},
		{"a region as a deployment's destination (7)",
			"Turkey deployed troops to the Sahel in March.",
			[]string{"DEPLOYED state:TUR place:sahel"}, nil},
		{"a condemnation through a spokesman is a fact (9)",
			"China condemned the United States, the Chinese foreign ministry spokesman said.",
			[]string{"CONDEMNED state:CHN state:USA asserted/fact"}, nil},
		{"a condemnation according to a third party is reported (9)",
			"According to the broadcaster, Tokyo condemned Beijing.",
			[]string{"CONDEMNED state:JPN state:CHN asserted/reported"}, nil},
		{"a veto blocks the Council and the panel whose mandate it renewed (10)",
			"Russia vetoed a Security Council draft that would have renewed the mandate of the Panel of Experts.",
			[]string{"VETOED state:RUS inst:unsc", "VETOED state:RUS inst:un-panel-of-experts"}, nil},
		{"money and named shells in one sentence give both (11)",
			"Washington announced $300 million in military assistance for Ukraine, and sent 155mm artillery shells to Ukraine.",
			[]string{"SUPPORTS state:USA state:UKR", "SUPPLIED state:USA state:UKR"}, nil},
	})
	checkEntities(t, []entCase{
		{"military aircraft, bare and qualified, are weapons (5)",
			"Chinese military aircraft and warplanes crossed the median line on Tuesday.",
			[]string{"weapon:warplane|military aircraft"}, nil},
		{"the Confederation of Sahel States is the AES (6)",
			"The Confederation of Sahel States, the AES, condemned ECOWAS.",
			[]string{"inst:aes|Confederation of Sahel States", "inst:aes|AES"}, nil},
		{"regions used as locations are places (7)",
			"Chinese warships entered the Red Sea and sailed on toward the Indo-Pacific.",
			[]string{"place:red-sea", "place:indo-pacific"}, nil},
	})
}
