package extract

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestR29ForceIncludedTargets: a named place listed after ", including" that follows an
// attack's target phrase ("at Ukrainian cities, including Kyiv and Kharkiv", "targets in
// Ukraine, including Kharkiv") is struck too; a capital so listed after a city noun is the city,
// not its government. A named state in such a list is left alone, and so is an including
// list after something that is no target (sentences of our own).
func TestR29ForceIncludedTargets(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"verb-to, demonym cities, two capitals and cities",
			"Overnight Russia fired cruise missiles at Ukrainian cities, including Kyiv and Odesa.",
			[]string{"ATTACKED state:RUS place:kyiv", "ATTACKED state:RUS place:odesa", "ATTACKED state:RUS state:UKR"}, nil},
		{"present perfect, targets in a state, one city",
			"Moscow has struck targets in Ukraine, including Kharkiv, since January.",
			[]string{"ATTACKED state:RUS place:kharkiv", "ATTACKED state:RUS state:UKR"}, nil},
		{"used against a demonym's facilities",
			"Moscow used Iranian drones against Ukrainian energy facilities.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"near miss: an including list after the weapons, not the target",
			"Russia sent weapons to Belarus, including Iskander missiles, in June.",
			nil, []string{"ATTACKED state:RUS state:BLR"}},
		{"near miss: a capital after including that is no member of a city noun stays the government",
			"Several governments, including Kyiv, condemned the strike.",
			nil, []string{"ATTACKED state:UKR place:kyiv"}},
	})
}

// TestR29ForceModifiedLaunchObject: a state named right before the weapon that a launch noun
// follows ("North Korean missile launches", "Iranian drone tests") launched it, not the
// clause's subject who shares data on it or tracks it; a state's weapon of origin before a
// preposition stays no launcher (sentences of our own).
func TestR29ForceModifiedLaunchObject(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"future, shared data, demonym before the weapon",
			"Seoul and Tokyo will exchange data on North Korean missile launches in real time.",
			[]string{"LAUNCHED state:PRK weapon:missile"}, []string{"LAUNCHED state:KOR weapon:missile", "LAUNCHED state:JPN weapon:missile"}},
		{"past, tracked, demonym before a class",
			"Japan tracked Chinese ballistic missile tests near Taiwan last week.",
			[]string{"LAUNCHED state:CHN weapon:ballistic-missile"}, []string{"LAUNCHED state:JPN weapon:ballistic-missile"}},
		{"near miss: the subject's own launches of another state's weapon",
			"Russia stepped up its launches of Iranian drones in March.",
			[]string{"LAUNCHED state:RUS weapon:drone"}, []string{"LAUNCHED state:IRN weapon:drone"}},
	})
}

// TestR29ForcePronounPossessor (shared mechanism: noun arguments): where the clause gives an
// event noun no doer (the noun stands in a preposition's phrase), a resolved possessive
// pronoun before it, past lower-case modifiers, names the doer ("shells for its war in
// Ukraine", "attention from its brutal invasion of Georgia"), for any relation a noun states
// (sentences of our own). A noun with a clause subject keeps it.
func TestR29ForcePronounPossessor(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"purpose phrase, war in",
			"Moscow has bought thousands of drones for its war in Ukraine.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"from-phrase, two modifiers, invasion of",
			"The Kremlin wants to divert attention from its costly full-scale invasion of Ukraine.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"sanctions noun after a sentence-initial pronoun",
			"The European Union met on Monday. Its sanctions against Belarus remain in place.",
			[]string{"SANCTIONED inst:eu state:BLR"}, nil},
		{"near miss: the clause subject owns the noun",
			"Japan reaffirmed its support for Taiwan after China's drills.",
			[]string{"SUPPORTS state:JPN state:TWN"}, []string{"SUPPORTS state:CHN state:TWN"}},
	})
}

// TestR29ForceSatelliteSurface: "military reconnaissance satellite(s)" is one mention of the
// spy-satellite class, the modifier included, so the launched object carries the name the
// text gives it (sentences of our own).
func TestR29ForceSatelliteSurface(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"North Korea failed again to put a military reconnaissance satellite into orbit on Monday.",
		"Pyongyang says it will launch three more military reconnaissance satellites next year.",
	} {
		doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2025-03-14"}, text)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			if e.ID == "weapon:spy-satellite" && slices.ContainsFunc(e.Surfaces, func(s string) bool { return strings.HasPrefix(s, "military reconnaissance satellite") }) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no spy-satellite mention with its modifier in %+v", text, doc.Entities)
		}
	}
}
