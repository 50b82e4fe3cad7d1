package extract

import "testing"

// TestR13Coref covers the anaphor classes of round 13 (counted over the missed relations of
// every set whose source or target an anaphor states): numbered groups beyond four and the
// "Member States" of a communiqué read the latest list of exactly that many. Each case is our
// own sentence in the family, with near misses that must not fire.
func TestR13Coref(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'all six' after a list of six is those six",
			"The pact groups six nations: Chile, Peru, Bolivia, Ecuador, Colombia and Uruguay. All six are also members of the Pacific Alliance.",
			[]string{"MEMBER_OF state:CHL inst:pacific-alliance", "MEMBER_OF state:URY inst:pacific-alliance", "MEMBER_OF state:ECU inst:pacific-alliance"}, nil},
		{"'the five governments' a paragraph after a list of five, passive",
			"Norway, Sweden, Denmark, Finland and Iceland issued a joint note on Monday.\n\nRussia was condemned by the five governments on Tuesday.",
			[]string{"CONDEMNED state:NOR state:RUS", "CONDEMNED state:ISL state:RUS"}, nil},
		{"a count that matches no list refers to nothing",
			"Norway, Sweden, Denmark and Finland issued a joint note on Monday. All five condemned Russia.",
			nil, []string{"CONDEMNED state:NOR state:RUS", "CONDEMNED state:FIN state:RUS"}},
		{"bare 'all six' before a noun is no group",
			"Chile, Peru, Bolivia, Ecuador, Colombia and Uruguay met in Lima. Russia supplied all six drones to Venezuela.",
			nil, []string{"SUPPLIED state:RUS state:CHL", "SUPPLIED state:CHL state:VEN"}},
		{"'the three Member States' of a communiqué are its list of three",
			"The Authority took note of the withdrawal of Mali, Burkina Faso and Niger. The Authority said the three Member States had signed the Liptako-Gourma Charter.",
			[]string{"SIGNED state:MLI agr:liptako-gourma-charter", "SIGNED state:NER agr:liptako-gourma-charter"}, nil},
		// Stop 21: "we" of a government body's statement is the state it speaks for.
		{"'we' of a statement whose heading names the issuing ministry is that ministry's state",
			"Statement of the Ministry of Foreign Affairs of Peru\n\nThe talks ended on Monday. We strongly condemn Bolivia for the attack on the border post.",
			[]string{"CONDEMNED state:PER state:BOL"}, []string{"CONDEMNED inst:peru-foreign-ministry state:BOL"}},
		{"a Title Case heading that names no body: the issuer its first sentence names (its state), later 'we' in another paragraph",
			"Press Statement by the Chilean Navy\n\nThe Chilean Navy rejects the claims made on Sunday.\n\nWe condemned Argentina's seizure of the fishing vessel.",
			[]string{"CONDEMNED state:CHL state:ARG"}, nil},
		{"'we' quoted inside a statement is the speaker's, no reading as the issuer",
			"Statement of the Ministry of Foreign Affairs of Peru\n\nThe Bolivian envoy said: \"We condemn Chile for the blockade.\"",
			nil, []string{"CONDEMNED inst:peru-foreign-ministry state:CHL"}},
		{"a heading with no statement word gives 'we' no issuer",
			"Ministry of Foreign Affairs of Peru\n\nThe talks ended on Monday. We strongly condemn Bolivia for the attack on the border post.",
			nil, []string{"CONDEMNED inst:peru-foreign-ministry state:BOL"}},
		{"'the two' before a verb of a joint stance is the two people just named",
			"Foreign Minister Ana Lopez met Chancellor Olaf Berg in Lima on Monday. The two condemned Russia's strikes on Ukraine.",
			[]string{"CONDEMNED person:ana-lopez state:RUS", "CONDEMNED person:olaf-berg state:RUS"}, nil},
		{"'Both' opening a sentence, after a call between two people, passive-free and in the past",
			"President Ana Lopez spoke by phone with Prime Minister Elena Soto on Friday. Both reaffirmed their support for Ukraine.",
			[]string{"SUPPORTS person:ana-lopez state:UKR", "SUPPORTS person:elena-soto state:UKR"}, nil},
		{"'Both' before a noun is no pair of people",
			"President Ana Lopez spoke by phone with Prime Minister Elena Soto on Friday. Both drones condemned by Chile were shot down.",
			nil, []string{"CONDEMNED person:ana-lopez state:CHL", "CONDEMNED person:elena-soto state:CHL"}},
		{"'the two' with one person named refers to nothing",
			"President Ana Lopez arrived in Lima on Monday. The two condemned Russia's strikes.",
			nil, []string{"CONDEMNED person:ana-lopez state:RUS"}},
		{"a title in apposition after the name identifies 'the General Secretary' paragraphs later",
			"Tran Van Minh, general secretary of the Workers' Party of Vietnam, opened the plenary.\n\nThe General Secretary denounced Cambodia for the border raids.",
			[]string{"CONDEMNED person:tran-van-minh state:KHM"}, nil},
		{"an apposition title with 'the', the description in a later paragraph, present tense",
			"Elena Soto, the foreign minister of Chile, arrived in Lima on Monday.\n\nThe Foreign Minister condemns Bolivia's blockade of the port.",
			[]string{"CONDEMNED person:elena-soto state:BOL"}, nil},
		{"a title that is not the apposition's gives no reading",
			"Tran Van Minh, general secretary of the Workers' Party of Vietnam, opened the plenary.\n\nThe Foreign Minister denounced Cambodia for the border raids.",
			nil, []string{"CONDEMNED person:tran-van-minh state:KHM"}},
	})
}
