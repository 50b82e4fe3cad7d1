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
