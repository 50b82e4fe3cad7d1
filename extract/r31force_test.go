package extract

import "testing"

// TestR31ForceExampleNoun: a noun of a relation opening an example of an earlier noun of the same
// relation ("including the strike on", "such as the attack on") is done by the earlier noun's
// owner, its named possessor before a pronoun (sentences of our own).
func TestR31ForceExampleNoun(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"including, article and modifier before the noun",
			"The ministers deplored Russia's repeated attacks on energy facilities, including the drone strike on a substation in Kharkiv on 3 March.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
		{"such as, after a pronoun-owned example",
			"We denounce Russia's ongoing aggression, including its deliberate strikes on civilians, such as the missile attack on Zaporizhzhia last week.",
			[]string{"ATTACKED state:RUS place:zaporizhzhia"}, nil},
		{"a by-phrase names the example's own doer",
			"Russia's raids on Sumy, including the attack by Belarus on Chernihiv, were condemned.",
			nil, []string{"ATTACKED state:RUS place:chernihiv"}},
		{"near miss: the earlier noun is of another relation",
			"Iran's backing for Russia, including the attack on Kherson in May, was discussed.",
			nil, []string{"ATTACKED state:IRN place:kherson"}},
	})
}
