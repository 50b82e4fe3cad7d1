package extract

import "testing"

// TestR34NameEndsLowerCase covers a word that is both a verb and a noun trigger ("summoned",
// "attack") right after a name whose last word is lower case ("Kim Hong-kyun") or after a
// weapon's name ("drones"): the name is the verb's subject, not a modifier making a noun of the
// word; a participle after a weapon still modifies it. Every sentence is our own.
func TestR34NameEndsLowerCase(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"a hyphenated given name before a summons",
			"Vice Foreign Minister Park Min-jun summoned Chinese Ambassador Liu Wei on Tuesday.",
			[]string{"CONDEMNED person:park-min-jun state:CHN"}, nil},
		{"a weapon before a present-tense verb",
			"Russian drones attack Kharkiv almost every night.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
		{"near miss: a participle after a weapon is the weapon's",
			"Canada tracked drones targeting Rosneft despite the ban.",
			nil, []string{"SANCTIONED state:CAN inst:rosneft"}},
		{"near miss: a lower-case modifier still makes the noun",
			"Seoul voiced mutual support for Hanoi on Tuesday.",
			nil, []string{"CONDEMNED state:KOR state:VNM"}},
	})
}

// TestR34RejectedAct covers "rejected" as a stance: rejecting a party's act condemns the party
// (the act's doer named in its object, or the imposer of measures stated before), while
// rejecting what was said or proposed (cues.tsv class said: a claim, an accusation, a draft)
// condemns nobody. Every sentence is our own.
func TestR34RejectedAct(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"an act of a named state's forces",
			"Venezuela rejected the deployment of Colombian troops to the border on Monday.",
			[]string{"CONDEMNED state:VEN state:COL"}, nil},
		{"measures stated before: their imposer",
			"Japan imposed sanctions on Belarus on Friday. Belarus rejected the measures.",
			[]string{"CONDEMNED state:BLR state:JPN"}, nil},
		{"near miss: rejecting an accusation denies it",
			"Hanoi rejected the accusation by Beijing as baseless.",
			nil, []string{"CONDEMNED state:VNM state:CHN"}},
		{"near miss: rejecting a draft is a vote",
			"Russia rejected the draft tabled by France on Monday.",
			nil, []string{"CONDEMNED state:RUS state:FRA"}},
	})
}
