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
