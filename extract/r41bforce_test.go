package extract

import "testing"

// TestR41BforceHedgedPartitive: a hedge between a partitive subject and its verb ("some were
// believed to have moved") still lets the force's owner deploy it, speculatively; a partitive
// whose force has no named owner deploys nobody (the name before the verb is where the force
// went, not who sent it).
func TestR41BforceHedgedPartitive(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"hedged partitive after a demonym force",
			"Officials said about 4,000 Belarusian soldiers had been sent to Russia, and that some were believed to have moved to the Kursk region.",
			[]string{"DEPLOYED state:BLR state:RUS asserted/reported", "DEPLOYED state:BLR place:kursk asserted/speculative"},
			nil},
		{"hedged partitive with of-them",
			"Roughly 2,500 Iranian troops had been moved to Syria, and some of them were said to have reached the Golan Heights.",
			[]string{"DEPLOYED state:IRN state:SYR", "DEPLOYED state:IRN place:golan-heights"},
			nil},
		{"partitive of an ownerless force: the earlier destination sends nobody",
			"By our count, more than 8,000 soldiers have already reached Belarus, and some of them have moved to the Gomel region.",
			nil,
			[]string{"DEPLOYED state:BLR place:gomel"}},
		{"hedged partitive of an ownerless force",
			"By our count, more than 8,000 soldiers have already reached Russia, and some of them are believed to have moved to the Kursk region.",
			nil,
			[]string{"DEPLOYED state:RUS place:kursk"}},
		{"a hedge with no partitive subject is no deployment",
			"The talks are believed to have moved to Geneva.",
			nil,
			[]string{"DEPLOYED state:CHE place:geneva"}},
	})
}

// TestR41BforceForcesRemain: forces that remain or stay at a place are deployed there, the
// copula in the phrase licensing "at" and "personnel"; an adverb in -ly in the copula chain
// ("are currently in") keeps a troop noun's place. A troop noun right before "at" with no
// copula ("trains Somali soldiers at its base") and a place of another kind stay out.
func TestR41BforceForcesRemain(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"personnel remain at a base",
			"Roughly 600 American personnel remain at Air Base 101 near Niamey, officials said.",
			[]string{"DEPLOYED state:USA place:air-base-101"},
			nil},
		{"soldiers stayed in a country",
			"Several hundred French soldiers stayed in Chad after the handover.",
			[]string{"DEPLOYED state:FRA state:TCD"},
			nil},
		{"a -ly adverb in the copula chain",
			"About 2,000 Cuban soldiers are currently in Venezuela, the report said.",
			[]string{"DEPLOYED state:CUB state:VEN"},
			nil},
		{"training soldiers at a base: no copula, no deployment of their state",
			"Turkey trains Somali soldiers at its base in Mogadishu.",
			nil,
			[]string{"DEPLOYED state:SOM state:TUR", "DEPLOYED state:SOM place:mogadishu"}},
		{"remaining in a state of alert names no place",
			"Belarusian troops remain in a state of alert.",
			nil,
			[]string{"DEPLOYED state:BLR state:BLR"}},
	})
}

// TestR41BforcePartitiveAmounts: a bare amount ("several thousand", "a few hundred") or a
// share noun ("a proportion of them", "a fraction of them") is a partitive subject too: part
// of the force named before it moved, and the force's sender deployed it. Without a troop
// noun before it the amount deploys nobody.
func TestR41BforcePartitiveAmounts(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"several thousand after a sending verb",
			"Belarus is said to have sent some 6,000 troops to Russia, where officials said that several thousand had already moved to the Kursk region.",
			[]string{"DEPLOYED state:BLR place:kursk"},
			nil},
		{"a proportion of them",
			"Minsk has sent about 5,000 soldiers to Russia, and a proportion of them have moved to the Kursk region.",
			[]string{"DEPLOYED state:BLR place:kursk"},
			nil},
		{"an amount with no troop noun before it",
			"After the floods, several thousand had moved to the Kursk region, officials in Belarus said.",
			nil,
			[]string{"DEPLOYED state:BLR place:kursk"}},
	})
}
