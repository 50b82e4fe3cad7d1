package extract

import "testing"

// Stop 28, ties (MEMBER_OF, ALLY_OF, OFFICIAL_OF, MET_WITH, VISITED). Misses on heldout26+27
// in these types, by cause (fn 13+15 OFFICIAL_OF, 15+10 MEMBER_OF, 9+13 ALLY_OF, 6+6
// MET_WITH, 5+4 VISITED = 96):
//
//	cause        n   examples
//	trigger     27   "who heads the RGB", "the SAF, led by", "became the Alliance's 32nd
//	                 member", "participating states of the MSMT - A, B, C", "paid a
//	                 working visit to Japan", "transited through Hawaii"
//	argument    21   members in a list after the body ("a gang cooked up by the US and its
//	                 vassal forces including Japan"), "Iran became a member of the SCO
//	                 and of BRICS", title chains ("Minister of Foreign Affairs of the UAE")
//	anaphor     19   "the Alliance" for NATO, "the two leaders", the talks' participants in an
//	                 earlier sentence, the readout's unnamed "the President of Russia"
//	entity      11   "ROK Joint Chiefs of Staff", "SAF" not joined to "Sudanese Armed
//	                 Forces", "the foreign affairs committee" unnamed, byline bodies
//	convention  18   ALLY_OF by a shared exercise (Malabar) or a strategic partnership,
//	                 Nordic cooperation as alliance; the second annotator disagrees on most
//
// The sentences below are our own.

// TestR28TiesLeadVerbs: a person who heads, chairs, leads, commands or rules a body or state
// is its official, in the active, in a relative clause and in a passive participle; the
// body must head the verb's object (relations.tsv head-object).
func TestR28TiesLeadVerbs(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"relative clause, present",
			"The envoy met Ri Chang Ho, who heads the Reconnaissance General Bureau, in Vladivostok.",
			[]string{"OFFICIAL_OF person:ri-chang-ho inst:reconnaissance-general-bureau"}, nil},
		{"passive participle in apposition",
			"The Rapid Support Forces, headed by Mohamed Hamdan Dagalo, rejected the truce.",
			[]string{"OFFICIAL_OF person:mohamed-hamdan-dagalo inst:rsf"}, nil},
		{"passive participle after a preposition",
			"Talks between the SAF, led by General Abdel Fattah al-Burhan, and the mediators stalled.",
			[]string{"OFFICIAL_OF person:abdel-fattah-al-burhan inst:saf"}, nil},
		{"active, past, a state",
			"Alexander Lukashenko has ruled Belarus since 1994.",
			[]string{"OFFICIAL_OF person:alexander-lukashenko state:BLR"}, nil},
		{"chaired in the past tense",
			"Lloyd Austin chaired the Ukraine Defense Contact Group until January.",
			[]string{"OFFICIAL_OF person:lloyd-austin inst:ukraine-defense-contact-group"}, nil},
		// near misses: the body or state only modifies or follows the verb's object
		{"a state modifying the object's noun",
			"Kim Yong Bok commands the DPRK forces sent to the Kursk region.",
			nil, []string{"OFFICIAL_OF person:kim-yong-bok state:PRK"}},
		{"a body inside an of-phrase on a meeting",
			"Wellington Koo chaired a meeting of the Joint Operations Center in Taipei.",
			nil, []string{"OFFICIAL_OF person:wellington-koo inst:joint-operations-center"}},
		{"a delegation led by a person",
			"Sergei Lavrov led the Russian delegation to Pyongyang.",
			nil, []string{"OFFICIAL_OF person:sergey-lavrov state:RUS"}},
		{"a state inside the phrase of an unknown body",
			"The ministers backed the Presidential Leadership Council in Yemen, headed by Rashad al-Alimi.",
			nil, []string{"OFFICIAL_OF person:rashad-al-alimi state:YEM"}},
		{"a state as a leader's possessive",
			"Xi Jinping led China's delegation to the summit.",
			nil, []string{"OFFICIAL_OF person:xi-jinping state:CHN"}},
	})
}

// TestR28TiesMemberLinks: a member noun linked to its holder by a relative clause's copula
// ("X, which became the 32nd member of Y") or by "as" right after the holder ("welcomed X as
// a member of Y"). The sentences are our own.
func TestR28TiesMemberLinks(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"relative copula, possessive body and ordinal",
			"Montenegro, which became NATO's 29th member in 2017, sent a frigate.",
			[]string{"MEMBER_OF state:MNE inst:nato"}, nil},
		{"relative copula, of-phrase",
			"Croatia, which is now a full member of the EU, backed the plan.",
			[]string{"MEMBER_OF state:HRV inst:eu"}, nil},
		{"relative copula, perfect",
			"Iran, which has become a member of the Shanghai Cooperation Organisation, signed the pact.",
			[]string{"MEMBER_OF state:IRN inst:sco"}, nil},
		{"as after the object",
			"The leaders welcomed Timor-Leste as the eleventh member of ASEAN.",
			[]string{"MEMBER_OF state:TLS inst:asean"}, nil},
		// near misses
		{"a relative clause whose copula takes another name",
			"Moscow, which made Minsk a member of the CSTO, sent troops.",
			nil, []string{"MEMBER_OF state:RUS inst:csto"}},
		{"as after a preposition's object",
			"Germany sent troops to Lithuania as a member of NATO.",
			nil, []string{"MEMBER_OF state:LTU inst:nato"}},
	})
}

// TestR28TiesCapitalisedAnaphorPossessive: an anaphor with a capitalised head ("the
// Alliance") followed by "'s" is a possessive, as the name it stands for would be ("the
// Alliance's newest member"); shared coreference mechanism, any relation reads it. The
// sentences are our own.
func TestR28TiesCapitalisedAnaphorPossessive(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"the Alliance's ordinal member",
			"NATO ministers met in Brussels. NATO agreed the plan. Finland became the Alliance's 31st member in April.",
			[]string{"MEMBER_OF state:FIN inst:nato"}, nil},
		{"the Alliance's newest member in a relative clause",
			"NATO ministers met in Brussels. NATO agreed the plan. Sweden, which became the Alliance's newest member last year, sent a frigate.",
			[]string{"MEMBER_OF state:SWE inst:nato"}, nil},
	})
}
