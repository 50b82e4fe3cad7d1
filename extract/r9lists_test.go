package extract

import "testing"

// TestR9Lists covers coordination and list expansion through constructions (round 9, from the
// construction misses of testdata/heldout10 and heldout11): every member of a subject list
// reaches a trigger through a light noun and a relative clause, and lists close on an unnamed
// "other" plural. Each case is a sentence of our own in the family, with near misses.
func TestR9Lists(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"the issuers of a statement whose relative clause condemns: every issuer, every target",
			"On Monday the foreign ministers of Chile, Peru and Spain issued a joint statement that condemned Iran and Syria.",
			[]string{"CONDEMNED state:CHL state:IRN", "CONDEMNED state:CHL state:SYR", "CONDEMNED state:PER state:IRN",
				"CONDEMNED state:PER state:SYR", "CONDEMNED state:ESP state:IRN", "CONDEMNED state:ESP state:SYR"}, nil},
		{"another issue verb, 'which', an adverb and the present",
			"The leaders of France and Italy have released a communique which strongly denounces Belarus.",
			[]string{"CONDEMNED state:FRA state:BLR", "CONDEMNED state:ITA state:BLR"}, nil},
		{"a single issuer and an adopted declaration",
			"Norway adopted a declaration that deplored the strikes by Russia.",
			[]string{"CONDEMNED state:NOR state:RUS"}, nil},
		{"a statement that holds another subject's act is reported content, not the issuer's",
			"Chile issued a statement that Peru had condemned Iran.",
			[]string{"CONDEMNED state:PER state:IRN"}, []string{"CONDEMNED state:CHL state:IRN"}},
		{"a statement the subject did not issue gives it no act",
			"Chile welcomed a statement that condemned Iran.",
			nil, []string{"CONDEMNED state:CHL state:IRN"}},
		{"a quoted manner phrase between the verb and its object",
			`Canada and Japan issued a statement that condemned "in the strongest possible terms" Iran's export of drones to Russia.`,
			[]string{"CONDEMNED state:CAN state:IRN", "CONDEMNED state:JPN state:IRN"}, nil},
		{"a quoted phrase holding a name is no manner phrase",
			`Canada condemned "in Kyiv" yesterday the strike.`,
			nil, []string{"CONDEMNED state:CAN state:UKR"}},
		{"a list closed by an unnamed 'other' plural keeps its named members",
			"Ministers of Chile, Peru and some thirty other states issued a statement that condemned Iran. Norway, Sweden and several other countries supplied arms to Ukraine.",
			[]string{"CONDEMNED state:CHL state:IRN", "CONDEMNED state:PER state:IRN", "SUPPLIED state:NOR state:UKR", "SUPPLIED state:SWE state:UKR"}, nil},
		{"a comma before a name with no 'other' plural after it opens no list",
			"In a call with Chile, Peru condemned Iran.",
			[]string{"CONDEMNED state:PER state:IRN"}, []string{"CONDEMNED state:CHL state:IRN"}},
		{"a name after the comma and conjunction that close a relative clause is its antecedent's conjunct",
			"Chile, which joined the council as a non-permanent member in January, and Peru both criticised the Russian vote. On Friday, Norway, which chairs the group this year, and Sweden condemned Belarus.",
			[]string{"CONDEMNED state:CHL state:RUS", "CONDEMNED state:PER state:RUS", "CONDEMNED state:NOR state:BLR", "CONDEMNED state:SWE state:BLR"},
			[]string{"CONDEMNED state:PER state:CHL", "CONDEMNED state:SWE state:NOR"}},
		{"an antecedent that is another verb's object coordinates with nothing after its relative clause",
			"Chile backed Peru, which joined the council in January, and Bolivia condemned Iran.",
			[]string{"CONDEMNED state:BOL state:IRN", "SUPPORTS state:CHL state:PER"}, []string{"CONDEMNED state:PER state:IRN"}},
		{"a vote is a party's act: its demonym names the target",
			"Japan deplored the Chinese vote on Tuesday.",
			[]string{"CONDEMNED state:JPN state:CHN"}, nil},
		{"a help noun heading a relative clause whose subject list gives it to a target",
			"Lithuania deplores the assistance that Belarus, Iran and Syria have provided to Russia's war. Norway welcomed the aid which Sweden and Finland extended to Ukraine in May.",
			[]string{"SUPPORTS state:BLR state:RUS", "SUPPORTS state:IRN state:RUS", "SUPPORTS state:SYR state:RUS",
				"SUPPORTS state:SWE state:UKR", "SUPPORTS state:FIN state:UKR"}, nil},
		{"a given help with no target names no support",
			"Chile deplores the support that Iran has given.",
			[]string{"CONDEMNED state:CHL state:IRN"}, []string{"SUPPORTS state:IRN state:CHL"}},
		{"help given to a recipient named right after the verb, in every shape of the object",
			"South Korea gave Ukraine humanitarian help this year. Latvia has given Moldova more than forty million euros in military aid. Japan and Canada will provide Georgia and Armenia with financial assistance. Norway offered Kenya its full backing.",
			[]string{"SUPPORTS state:KOR state:UKR", "SUPPORTS state:LVA state:MDA", "SUPPORTS state:JPN state:GEO", "SUPPORTS state:JPN state:ARM",
				"SUPPORTS state:CAN state:GEO", "SUPPORTS state:CAN state:ARM", "SUPPORTS state:NOR state:KEN"}, nil},
		{"no help noun, help as an adjunct, or a speaker's parenthetical gives no support",
			"The UK gave Ukraine a warm welcome. Australia pledged to provide Fiji 40 million dollars in support of police training. Her country, she added, would provide Moldova with assistance.",
			nil, []string{"SUPPORTS state:GBR state:UKR", "SUPPORTS state:AUS state:FJI"}},
	})
}
