package extract

import "testing"

// TestR39CondRestrictiveRelativeList: the object of a verb in a restrictive relative clause
// (no comma before "that") is its antecedent, and when that ends in a list of names
// ("the ties between A and B that X condemned"), every name of the list, as after ", which".
// The sentences are our own.
func TestR39CondRestrictiveRelativeList(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"between A and B that, coordinated subjects",
			"The talks add to the military ties between Tehran and Moscow that Britain and France have denounced.",
			[]string{"CONDEMNED state:GBR state:IRN", "CONDEMNED state:GBR state:RUS", "CONDEMNED state:FRA state:IRN", "CONDEMNED state:FRA state:RUS"}, nil},
		{"by A and B that, subject before the main verb",
			"The naval drills by China and Russia that Japan criticised on Friday ended on Sunday.",
			[]string{"CONDEMNED state:JPN state:CHN", "CONDEMNED state:JPN state:RUS"}, nil},
		{"near miss: a that-clause after a speech verb is no relative",
			"Officials told Kenya and Uganda that Ethiopia condemned the raid.",
			nil, []string{"CONDEMNED state:ETH state:KEN", "CONDEMNED state:ETH state:UGA"}},
	})
}
