package extract

import "testing"

// TestR39CondReporterConjunct: a past verb coordinated after a reported that-clause whose own
// verb it cannot share (a modal, a form of "be", or "had" with an object) is the reporter's,
// whether "that" follows the speech verb at once or after an adjunct ("said on Monday
// that", "told reporters that"). A that-clause verb it can share ("had violated ... and
// struck") keeps the clause's subject. The sentences are our own.
func TestR39CondReporterConjunct(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"date adjunct, modal in the that-clause",
			"German Chancellor Olaf Scholz said on Monday that Germany would keep its brigade in Lithuania and condemned Russia's threats against Vilnius.",
			[]string{"CONDEMNED person:olaf-scholz state:RUS"}, []string{"CONDEMNED state:DEU state:RUS"}},
		{"told reporters, progressive in the that-clause, comma before and",
			"Japanese Prime Minister Fumio Kishida told reporters in Tokyo that Japan was monitoring the situation closely, and criticised North Korea for the launch.",
			[]string{"CONDEMNED person:fumio-kishida state:PRK"}, []string{"CONDEMNED state:JPN state:PRK"}},
		{"had with an object, charge verb",
			"Polish Prime Minister Donald Tusk said yesterday that Poland had proof of the sabotage, and accused Belarus of helping the saboteurs.",
			[]string{"CONDEMNED person:donald-tusk state:BLR"}, []string{"CONDEMNED state:POL state:BLR"}},
		{"that right after the speech verb, another clause's subjects before it",
			"Germany and France expressed support for Estonia, and Polish Foreign Minister Radoslaw Sikorski said that Poland \"stands with its ally\" and condemned Russia's actions.",
			[]string{"CONDEMNED person:radoslaw-sikorski state:RUS"}, []string{"CONDEMNED state:DEU state:RUS", "CONDEMNED state:FRA state:RUS"}},
		{"near miss: the that-clause's past verb is shared",
			"Ukraine's foreign ministry said on Monday that Russia had launched missiles at Kharkiv and struck Odesa.",
			[]string{"ATTACKED state:RUS place:odesa"}, nil},
	})
}

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
