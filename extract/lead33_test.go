package extract

import "testing"

// TestCopulaPartnerSubject: the name before a copula pairs with a possessed partner noun only
// when it can be the copula's subject: a name inside a prepositional phrase cannot ("any strike
// on sites in Peru would be ...", unless a gerund copula follows: "from Peru being one of"),
// nor can a name whose comma is followed by the verb of a longer subject ("requests ... inside
// Peru, are a matter for ..."). Sentences of our own, with the readings that must stay.
func TestCopulaPartnerSubject(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"near miss: a name in a prepositional phrase before the copula is not its subject",
			"Title: Answer\nSource: Ministry of Foreign Affairs of Chile\n\nWe will not comment on operations.\n\n" +
				"Any strike on sites in Peru would be a matter for consultation with our allies.",
			nil, []string{"ALLY_OF state:CHL state:PER"}},
		{"near miss: a comma before the verb closes a long subject, it opens no apposition",
			"Title: Answer\nSource: Ministry of Foreign Affairs of Chile\n\nWe will not comment on operations.\n\n" +
				"Requests to fire rockets at depots inside Peru, are a matter for talks with our partners.",
			nil, []string{"ALLY_OF state:CHL state:PER"}},
		{"a gerund copula may have its subject after a preposition",
			"Title: Answer\nSource: Ministry of Foreign Affairs of Chile\n\nWe will not comment on operations.\n\n" +
				"Ties have moved from Peru being one of our closest partners to a cooler relationship.",
			[]string{"ALLY_OF state:CHL state:PER"}, nil},
		{"a finite copula with its subject",
			"Chile is Peru's closest partner in the region.",
			[]string{"ALLY_OF state:CHL state:PER"}, nil},
		{"an apposition after a name in a prepositional phrase",
			"Trade with Chile, Peru's closest partner, grew last year.",
			[]string{"ALLY_OF state:CHL state:PER"}, nil},
	})
}

// TestGoodsAndHelpedActs: a troop noun that modifies a goods noun ("submarine technology") or
// follows "for" is no troop cargo, so sending it deploys nobody; and a launch noun after "help
// with" is an act of the one helped, which names no launcher unless its own possessor does
// ("helped Peru with its own satellite launches"). Sentences of our own.
func TestGoodsAndHelpedActs(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"near miss: a troop noun modifying a goods noun is goods",
			"Officials fear that Chile could send submarine technology to Bolivia in return.",
			[]string{"SUPPLIED state:CHL state:BOL"}, []string{"DEPLOYED state:CHL state:BOL"}},
		{"troops and equipment are both cargo",
			"Chile sent troops and military equipment to Bolivia.",
			[]string{"DEPLOYED state:CHL state:BOL"}, nil},
		{"near miss: help with launches names no launcher",
			"Chile has given Peru air-defence systems and help with satellite launches.",
			[]string{"SUPPLIED state:CHL state:PER"}, []string{"LAUNCHED state:PER weapon:spy-satellite"}},
		{"the helped act's own possessor launches",
			"Chile helped Peru with its own satellite launches.",
			[]string{"LAUNCHED state:PER weapon:spy-satellite"}, nil},
	})
}
