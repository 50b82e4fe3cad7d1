package extract

import "testing"

// Stop 31, false relations (branch r31prec).

// TestR31PrecMeansPossessive: "its" right after a means preposition ("through its support",
// "via its") is the doer of its clause, the sentence's first name, not the name nearest before
// it inside a phrase between them ("an enabler of Russia's war against Ukraine through its
// support": not Ukraine).
func TestR31PrecMeansPossessive(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"means adjunct after a phrase naming a third party",
			"Belarus has become a key enabler of Russia's aggression against Georgia through its steady support for Russia's arms factories.",
			nil, []string{"SUPPORTS state:GEO state:RUS"}},
		{"plain possessive without a means preposition still takes the nearest name (near miss)",
			"Chile welcomed Peru and its support for Bolivia.",
			[]string{"SUPPORTS state:PER state:BOL"}, nil},
	})
}

// TestR31PrecListGerund: the gerund that opens an item of a designation list ("Designating",
// "Sanctioning") is a shapes.tsv stop word, never the first word of the name after it.
func TestR31PrecListGerund(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"numbered designation item opening with a gerund",
			"The Department of State is taking the following actions.\n\n2. Designating Tariq Hamdani Rostami, Iran's Deputy Minister of Defense, for his role in the transfers.",
			[]string{"OFFICIAL_OF person:tariq-hamdani-rostami state:IRN"},
			[]string{"OFFICIAL_OF person:designating-tariq-hamdani-rostami state:IRN"}},
		{"a name after another opening word keeps its first word (near miss)",
			"Farida Nasser Qasemi, Iran's Deputy Minister of Defense, met the envoy.",
			[]string{"OFFICIAL_OF person:farida-nasser-qasemi state:IRN"}, nil},
	})
}
