package extract

import "testing"

// Stop 41, condemnation, protest and concern in every register. Every sentence is our own,
// written in the shapes of half A's and heldout47-51's CONDEMNED misses with other names,
// verbs and word order. Each case marked "fails before" failed on main at a46e0462.

// A word that is both a verb and a noun trigger ("summoned": CONDEMNED verb and MET_WITH
// pair; "visit") after a lower-case word is read as a noun ("the envoy summoned"), unless
// that word ends a name: hyphenated given names end in lower case ("Cho Tae-yul", "Lai
// Ching-te"), and the name is the verb's subject.
func TestR41CondHyphenatedName(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"summoned after a hyphenated name (fails before)",
			"Defence Minister Shin Won-sik summoned Chinese Ambassador Xing Haiming on Tuesday.",
			[]string{"CONDEMNED person:shin-won-sik state:CHN"}, nil},
		{"summoned after a hyphenated name, the envoy unnamed (fails before)",
			"Vice Minister Park Yoon-joo summoned the Japanese ambassador to protest the textbook.",
			[]string{"CONDEMNED person:park-yoon-joo state:JPN"}, nil},
		{"near miss: a participle after a lower-case noun stays a noun's modifier",
			"The envoy summoned by Kenya left Nairobi on Friday.",
			nil, []string{"CONDEMNED state:KEN"}},
	})
}

// Concerns raised about a named party's act, as a readout reports a call ("raised concerns
// over the PRC's support for ..."), are a protest against the act's doer; concerns raised
// about a situation name no one (triggers.tsv, the r41cond raise-concerns row).
func TestR41CondRaisedConcerns(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"raised concerns about a possessor's act (fails before)",
			"Prime Minister Anthony Albanese raised concerns about China's detention of an Australian writer.",
			[]string{"CONDEMNED person:anthony-albanese state:CHN"}, nil},
		{"raised concerns over, the doer and not the recipient (fails before)",
			"Secretary Marco Rubio raised concerns over Iran's transfer of drones to Russia.",
			[]string{"CONDEMNED person:marco-rubio state:IRN"}, []string{"CONDEMNED person:marco-rubio state:RUS"}},
		{"raises continued concerns regarding, present tense (fails before)",
			"Canada raises continued concerns regarding Beijing's interference in its elections.",
			[]string{"CONDEMNED state:CAN state:CHN"}, nil},
		{"near miss: concerns about a situation name no one",
			"Chancellor Olaf Scholz raised concerns about the humanitarian situation in Sudan.",
			nil, []string{"CONDEMNED person:olaf-scholz state:SDN"}},
	})
}
