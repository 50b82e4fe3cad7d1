package extract

import "testing"

// TestR30GappedConjunct: a conjunct whose verb is left out states the relation of the clause
// it is joined to (relations.tsv flag gapped): a new subject after the target and its date
// ("and Sweden in March 2024", "and Sweden followed"), or the preposition of an argument
// repeated after "and" ("a member of X in 2023 and of Y in 2024"). A new subject with its own
// verb, or with a negation after the gap verb, takes nothing. The sentences are our own.
func TestR30GappedConjunct(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a new subject with only a date after it, dated by it",
			"Ever since Lithuania joined the European Union in May 2004 and Croatia in July 2013, the bloc has grown.",
			[]string{"MEMBER_OF state:LTU inst:eu asserted/fact 2004-05", "MEMBER_OF state:HRV inst:eu asserted/fact 2013-07"}, nil},
		{"a signing with a new subject after an article",
			"Japan signed the Reciprocal Access Agreement in January and the Philippines in July.",
			[]string{"SIGNED state:JPN agr:reciprocal-access-agreement", "SIGNED state:PHL agr:reciprocal-access-agreement"}, nil},
		{"a designation with a gap verb",
			"Canada sanctioned the Wagner Group in 2023, and Australia followed in February.",
			[]string{"SANCTIONED state:CAN inst:wagner-group", "SANCTIONED state:AUS inst:wagner-group asserted/fact 2024-02"}, nil},
		{"a visit with a new subject",
			"Lavrov visited Pyongyang in October and Shoigu in September.",
			[]string{"VISITED person:sergey-lavrov place:pyongyang", "VISITED person:sergei-shoigu place:pyongyang asserted/fact 2024-09"}, nil},
		{"a new subject with a gap verb, two of them coordinated",
			"Egypt became a member of BRICS in January, and Ethiopia and Iran followed soon after.",
			[]string{"MEMBER_OF state:EGY inst:brics", "MEMBER_OF state:ETH inst:brics", "MEMBER_OF state:IRN inst:brics"}, nil},
		{"a repeated of-phrase after the target",
			"Belarus is a full member of the Collective Security Treaty Organization and, since July, of the Shanghai Cooperation Organisation.",
			[]string{"MEMBER_OF state:BLR inst:csto", "MEMBER_OF state:BLR inst:sco"}, nil},
		{"a repeated of-phrase after the source of a noun",
			"The accession of Montenegro to NATO in 2017 and of North Macedonia in 2020 changed the Balkans.",
			[]string{"MEMBER_OF state:MNE inst:nato", "MEMBER_OF state:MKD inst:nato"}, nil},
		{"near miss: the new subject has its own verb",
			"Poland joined NATO in 1999 and Ukraine will keep asking for an invitation.",
			[]string{"MEMBER_OF state:POL inst:nato"}, []string{"MEMBER_OF state:UKR inst:nato"}},
		{"near miss: a negation after the gap verb",
			"Austria joined the European Union in 1995, and Norway did not.",
			[]string{"MEMBER_OF state:AUT inst:eu"}, []string{"MEMBER_OF state:NOR inst:eu"}},
		{"near miss: a new clause with its own verb after the target",
			"The United States sanctioned Iran in May, and Japan expressed concern.",
			[]string{"SANCTIONED state:USA state:IRN"}, []string{"SANCTIONED state:JPN state:IRN"}},
		{"near miss: a possessive after and opens another noun phrase",
			"Finland joined NATO last year and Sweden's application is still pending.",
			[]string{"MEMBER_OF state:FIN inst:nato"}, []string{"MEMBER_OF state:SWE inst:nato"}},
	})
}

// TestR30NamelyIssuers: a joint statement's "We" that names a body's member states after its
// heads and "namely" ("We, the Foreign Ministers of the Member States of <body>, namely A, B
// and C,") is each of those states (stop 21: a "We" spelled out as named states is each of
// them), for every relation the statement states, and each is MEMBER_OF the body; a "We" that
// names the body alone stays the body's. The sentences are our own.
func TestR30NamelyIssuers(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"members after namely speak and belong to the body",
			"1. We, the Foreign Ministers of the Member States of the Gulf Cooperation Council (GCC), namely the Kingdom of Bahrain, the State of Kuwait and the Sultanate of Oman, met in Riyadh on 3 June 2024.\n\n2. We condemned the attack by the Houthis on commercial shipping. We reaffirmed our support for Egypt.",
			[]string{"MEMBER_OF state:BHR inst:gcc", "MEMBER_OF state:KWT inst:gcc", "MEMBER_OF state:OMN inst:gcc",
				"CONDEMNED state:BHR inst:houthis", "CONDEMNED state:OMN inst:houthis", "SUPPORTS state:KWT state:EGY"},
			[]string{"CONDEMNED inst:gcc inst:houthis"}},
		{"the heads may be leaders, the group states",
			"We, the Leaders of the States of the African Union, namely Ghana, Kenya and Senegal, condemn North Korea for its missile launches.",
			[]string{"MEMBER_OF state:GHA inst:african-union", "CONDEMNED state:KEN state:PRK", "CONDEMNED state:SEN state:PRK"}, nil},
		{"near miss: the body alone speaks",
			"1. We, the Foreign Ministers of the Member States of the Gulf Cooperation Council (GCC), met in Riyadh on 3 June 2024.\n\n2. We condemned the attack by the Houthis on commercial shipping.",
			[]string{"CONDEMNED inst:gcc inst:houthis"}, []string{"MEMBER_OF state:BHR inst:gcc"}},
		{"near miss: partners named after namely are no group of the body",
			"We, the partners of the European Union, namely Japan and Canada, condemn the launch by North Korea.",
			nil, []string{"MEMBER_OF state:JPN inst:eu", "MEMBER_OF state:CAN inst:eu"}},
	})
}

// TestR30FormalStateNames: a list of states under their formal names ("the Republic of the
// Niger", "the Socialist Republic of Viet Nam", entities.tsv) is one list, each member taking
// the relation. The sentences are our own.
func TestR30FormalStateNames(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a withdrawal by a list with a formal name last",
			"The Republic of Mali, Burkina Faso and the Republic of the Niger decided to withdraw from ECOWAS.",
			[]string{"MEMBER_OF state:MLI inst:ecowas denied", "MEMBER_OF state:BFA inst:ecowas denied", "MEMBER_OF state:NER inst:ecowas denied"}, nil},
		{"a condemnation of a list with a formal name first",
			"The Socialist Republic of Viet Nam and Malaysia condemned the missile launch by North Korea.",
			[]string{"CONDEMNED state:VNM state:PRK", "CONDEMNED state:MYS state:PRK"}, nil},
	})
}
