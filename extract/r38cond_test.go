package extract

import "testing"

// TestR38CondQuotedVerdict: a quotation that opens the sentence with a verdict on a party
// ("X's act is/marks a word of blame") and is attributed after it ('..., Kenya said', '...,
// said President X') condemns the party, as "Kenya said X's act was shameful" does. The
// sentences are our own.
func TestR38CondQuotedVerdict(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"possessor's act, speaker before the verb",
			"\"Ethiopia's incursion is shameful and unacceptable,\" Kenya said on Monday.",
			[]string{"CONDEMNED state:KEN state:ETH"}, nil},
		{"verdict-link verb, inverted titled speaker, curly marks",
			"\u201cEritrea's decision to close the border marks a dangerous escalation,\u201d said Ethiopian Prime Minister Abiy Ahmed.",
			[]string{"CONDEMNED person:abiy-ahmed state:ERI"}, nil},
		{"demonym on the act, speaker with an apposition",
			"\"The Chadian raids were a flagrant violation of our sovereignty,\" the foreign minister of Niger, Bakary Sangare, said.",
			[]string{"CONDEMNED person:bakary-sangare state:TCD"}, nil},
		{"near miss: no word of blame in the quotation",
			"\"Ethiopia's incursion is over and the troops are home,\" Kenya said on Monday.",
			nil, []string{"CONDEMNED state:KEN state:ETH"}},
		{"near miss: a quotation not attributed by the verb (no comma before its close)",
			"\"Ethiopia's incursion is shameful\" was the headline that Kenya said it read.",
			nil, []string{"CONDEMNED state:KEN state:ETH"}},
	})
}
