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
