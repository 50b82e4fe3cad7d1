package extract

import "testing"

// Misses of stop 28 in SUPPLIED, DEPLOYED, ATTACKED, LAUNCHED and SIGNED on heldout26 and
// heldout27 (fn 10+16, 8+14, 6+13, 4+6, 6+3 = 76), by cause:
//
//	cause       SUPPLIED DEPLOYED ATTACKED LAUNCHED SIGNED  examples
//	anaphor          4       6        5        3       2   "your soldiers fought ... in Kursk", "the enemy fired Kh-101", "it sent 11,000 soldiers", "The document, called the Treaty ..."
//	argument         8       6        7        2       4   "arrived in Ukraine from Denmark", "the supply of DPRK munitions for use in Russia's war", "Treaty between Russia and North Korea, which was signed", "their use by Russia against Ukraine", "troops sent to Russia have entered combat in the Kursk region"
//	no trigger       5       3        2        0       0   "depends on Pyongyang for troops and munitions", "contribute troops to", "came under Ukrainian fire"
//	entity           7       0        2        2       0   "Hwasong-11 series short-range missiles", the seven firms of "arms sales to Taiwan, namely ...", "the Zionist regime"
//	convention       2       7        3        3       3   occupation of islands, exercises "of the navies of A, B and C", "patrol near the cable", hedged or denied acts
//
// The argument class taken here is a mechanism of the whole language, not of these sets:
// a partitive subject ("some of whom", "8,000 of them", "a significant portion") standing
// for part of a force named before it in the sentence.

// TestPartitiveTroops: part of a force moved on ("some of them have moved to X", "8,000 of
// them reached X", "a significant portion have moved into X") is deployed there by the
// force's owner: the demonym or state before the troop noun, or the subject of the verb that
// sent it. Other antecedents than troops, a subject that is not partitive, and a force named
// in another clause joined by a semicolon give nothing (sentences of our own).
func TestPartitiveTroops(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"active sender, some of whom, moved to",
			"Belarus has sent about 3,000 soldiers to Russia, some of whom have moved to Belgorod.",
			[]string{"DEPLOYED state:BLR place:belgorod", "DEPLOYED state:BLR state:RUS"}, nil},
		{"passive with a demonym owner, a number of them, moved into",
			"Officials said 4,000 Cuban troops had been flown to Angola and that hundreds of them later moved into Luanda.",
			[]string{"DEPLOYED state:CUB place:luanda"}, nil},
		{"bare partitive head after a relative adverb",
			"Of the Russian troops sent to Belarus, a large portion have moved to Minsk.",
			[]string{"DEPLOYED state:RUS place:minsk"}, nil},
		{"reached: the destination is the object",
			"North Korean soldiers were shipped to Vladivostok, and some had already reached Kursk by December.",
			[]string{"DEPLOYED state:PRK place:kursk"}, nil},
		{"planned: the modal of the partitive's clause hedges it",
			"North Korea will send 5,000 more troops to Russia, and some of them may move to Kursk.",
			[]string{"DEPLOYED state:PRK place:kursk asserted/speculative"}, nil},
		{"near miss: diplomats are no force",
			"Russia sent diplomats to Minsk, and some of them moved to Gomel.",
			nil, []string{"DEPLOYED state:RUS place:gomel"}},
		{"near miss: a subject that is not partitive",
			"After Russia sent troops to Belarus, several analysts moved to Kyiv.",
			nil, []string{"DEPLOYED state:RUS place:kyiv"}},
		{"near miss: the force of another clause past a semicolon",
			"The first units left Chongjin aboard Russian transport ships; Seoul said some of them had reached Kursk.",
			nil, []string{"DEPLOYED state:RUS place:kursk"}},
	})
}

// TestWaterCannon: water cannon turned on a state's vessels or missions attacks that state
// (testdata/README.md conventions: coast-guard incidents count as ATTACKED; the force acts for
// its state), as verb or as "use of" noun; a demonym before "mission(s)" names the target as
// before "vessels" (words.tsv place-head). Water cannon on protesters attacks no state, nor
// does a mission that is only talked about (sentences of our own).
func TestWaterCannon(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"used water cannon against a supply boat",
			"On Sunday a China Coast Guard ship used water cannon against a Philippine supply boat near Sabina Shoal.",
			[]string{"ATTACKED state:CHN state:PHL"}, nil},
		{"directed water cannons at fishing boats, reported",
			"Vietnam said Chinese ships had directed water cannons at Vietnamese fishing boats.",
			[]string{"ATTACKED state:CHN state:VNM"}, nil},
		{"possessive use of water cannon against resupply missions",
			"The ministers deplored China's repeated use of water cannon against Philippine resupply missions.",
			[]string{"ATTACKED state:CHN state:PHL"}, nil},
		{"near miss: police and protesters",
			"Georgian police used water cannon against protesters in Tbilisi.",
			nil, []string{"ATTACKED state:GEO place:tbilisi"}},
		{"near miss: a mission is no target without an attack",
			"Japan praised the Philippine resupply missions to the shoal.",
			nil, []string{"ATTACKED state:JPN state:PHL"}},
	})
}

// TestPlainPhraseStops: the grammar words that end a plain lower-case phrase read word by
// word are one named set (grammarStop), which targetSite (an unnamed site after a target
// preposition) extends with its own words (sentences of our own).
func TestPlainPhraseStops(t *testing.T) {
	for _, c := range []wordClass{wFunction, wPreposition, wLocative, wAux, wBe} {
		if !grammarStop.has(c) || !targetSiteStop.has(c) {
			t.Errorf("class %s missing from a stop set", wordClassNames[c])
		}
	}
	if !targetSiteStop.has(wComplement) || targetSiteStop.has(wArticle) {
		t.Errorf("targetSiteStop: complement words stop it, articles do not")
	}
	checkRelations(t, "2025-03-14", []relCase{
		{"target site: a list of sites, then the locative",
			"Iran fired drones at bases and depots in Iraq on Sunday.",
			[]string{"ATTACKED state:IRN state:IRQ"}, nil},
		{"target site near miss: a complement is no locative",
			"Russia fired a missile at the town from Kursk.",
			nil, []string{"ATTACKED state:RUS place:kursk"}},
		{"weapon head: models with class nouns in a list",
			"Russia delivered Su-24 bombers, Mi-24 helicopters and T-72 tanks to Mali.",
			[]string{"SUPPLIED state:RUS state:MLI"}, nil},
	})
}
