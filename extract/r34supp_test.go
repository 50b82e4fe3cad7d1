package extract

import "testing"

// TestR34SuppPartnersMembers: partners named as members of a pair noun may follow a locative
// phrase that closes at a comma ("partners in the Gulf, including X") or "in particular" (with
// an optional "with"); owned by a list of names ("their partners"), they pair with each owner,
// and the owners are not thereby paired with one another. The sentences are our own.
func TestR34SuppPartnersMembers(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"partners past a locative phrase, including",
			"Norway will cooperate with partners in the Arctic, including Iceland and Denmark, on search and rescue.",
			[]string{"ALLY_OF state:ISL state:NOR", "ALLY_OF state:DNK state:NOR"}, nil},
		{"owned partners, in particular, with, a list of owners",
			"Estonia and Latvia will coordinate with their partners in the European Union, in particular with Poland and Lithuania, on border security.",
			[]string{"ALLY_OF state:EST state:POL", "ALLY_OF state:LTU state:LVA", "ALLY_OF state:EST state:LTU", "ALLY_OF state:LVA state:POL"},
			[]string{"ALLY_OF state:EST state:LVA", "ALLY_OF state:LTU state:POL"}},
		{"owned partners, in particular, one owner",
			"Niger thanked its strategic partners, in particular the Russian Federation, for their help.",
			[]string{"ALLY_OF state:NER state:RUS"}, nil},
		{"near miss: a locative phrase with no member list",
			"Norway will cooperate with partners in the Arctic, Iceland said on Monday.",
			nil, []string{"ALLY_OF state:ISL state:NOR"}},
		{"near miss: owned partners unnamed, the owners stay apart",
			"Estonia and Latvia will coordinate with their partners in the European Union on border security.",
			nil, []string{"ALLY_OF state:EST state:LVA"}},
	})
}

// TestR34SuppThankedOfficial: help thanked for by a person whose state the gazetteer does not
// know goes to that person's state, which the sentence does not name: no target, not the
// person; a state thanking keeps its relation. The sentences are our own.
func TestR34SuppThankedOfficial(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a state thanks for help",
			"Estonia thanked Norway for its steadfast support.",
			[]string{"SUPPORTS state:NOR state:EST"}, nil},
		{"near miss: an unseated official thanks, past a meeting",
			"Defence Minister Arvid Holmqvist held talks with his counterpart and thanked him for Norwegian support.",
			nil, []string{"SUPPORTS state:NOR person:arvid-holmqvist"}},
		{"near miss: an unseated official thanks a state",
			"Deputy Minister Tarja Lindfors thanked Norway for its support in mine clearance.",
			nil, []string{"SUPPORTS state:NOR person:tarja-lindfors"}},
	})
}
