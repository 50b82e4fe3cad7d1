package extract

import "testing"

// TestDescribedAllies covers a numbered description headed by a plural ALLY_OF pair noun ("the
// two allies", "the three partners", "the four partners") that coref.tsv resolves to a list of
// states named before it: the noun states the tie between every two members, as it would
// between names, as a fact even when the group is the subject of a speech verb; a description
// headed by another noun ("the two countries") states none, nor does a possessive "its allies"
// with no numbered group. Every sentence is our own.
func TestDescribedAllies(t *testing.T) {
	checkRelations(t, "2025-06-02", []relCase{
		{"the two allies after a pair",
			"Kenya and Ethiopia signed a border security accord on Monday. The two allies will hold joint patrols along the frontier.",
			[]string{"ALLY_OF state:ETH state:KEN asserted/fact"}, nil},
		{"the three partners after a list of three",
			"Colombia, Peru and Chile launched a joint naval exercise in the Pacific. The three partners agreed to share radar data.",
			[]string{"ALLY_OF state:CHL state:COL", "ALLY_OF state:CHL state:PER", "ALLY_OF state:COL state:PER"}, nil},
		{"the group speaks: its tie is no claim",
			"Brazil, Argentina, Uruguay and Paraguay met in Asuncion. The four partners said the attack on the border post was unacceptable.",
			[]string{"ALLY_OF state:ARG state:BRA asserted/fact", "ALLY_OF state:PRY state:URY asserted/fact"}, nil},
		{"a description by another noun states no tie",
			"India and Pakistan exchanged fire along the Line of Control. The two countries blamed each other.",
			nil, []string{"ALLY_OF state:IND state:PAK"}},
		{"its allies with no numbered group",
			"Rwanda and Uganda held talks in Kigali. Kenya said its allies would respond to the crisis.",
			nil, []string{"ALLY_OF state:RWA state:UGA"}},
	})
}

// TestPairNotFromLargerGroup covers a pair anaphor ("both countries", "both governments")
// after a larger group in its paragraph: two members of a list of three or more names ("Kenya,
// Uganda and Tanzania") or of a numbered description of three ("The three European
// governments") are no pair, so the anaphor reaches the pair named before them; a pair named
// alone still resolves as before. Every sentence is our own.
func TestPairNotFromLargerGroup(t *testing.T) {
	checkRelations(t, "2025-02-11", []relCase{
		{"both countries after a named list of three in its own sentence",
			"Rwanda and the Democratic Republic of the Congo traded accusations over the shelling of Goma on Monday. Kenya, Uganda and Tanzania called the shelling a grave provocation by both countries.",
			[]string{"CONDEMNED state:KEN state:RWA", "CONDEMNED state:TZA state:COD"},
			[]string{"CONDEMNED state:KEN state:UGA", "CONDEMNED state:KEN state:TZA"}},
		{"both countries after a numbered description of three",
			"Armenia and Azerbaijan exchanged fire on the border on Sunday. France, Germany and Italy issued a statement. The three European governments described the clashes as a dangerous escalation by both countries.",
			[]string{"CONDEMNED state:FRA state:ARM", "CONDEMNED state:ITA state:AZE"},
			[]string{"CONDEMNED state:FRA state:DEU", "CONDEMNED state:ITA state:DEU"}},
		{"a pair named alone still resolves",
			"Colombia and Venezuela closed their border on Friday. Brazil said it regretted the decision of both governments.",
			[]string{"CONDEMNED state:BRA state:COL", "CONDEMNED state:BRA state:VEN"}, nil},
	})
}
