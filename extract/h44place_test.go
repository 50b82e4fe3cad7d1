package extract

import (
	"context"
	"slices"
	"testing"
)

// entityIDs: the ids of the entities x finds in text.
func h44EntityIDs(t *testing.T, x *Extractor, text string) []string {
	t.Helper()
	doc, err := x.Extract(context.Background(), Meta{ID: "t"}, text)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range doc.Entities {
		ids = append(ids, e.ID)
	}
	return ids
}

// TestH44PlaceSharedIndex: every extractor reads the embedded places through one shared index
// (builtinRules); one built with a user directory that names a place its own way and adds a
// place must see both, and an extractor built before or after it must see neither.
func TestH44PlaceSharedIndex(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/entities-desk.tsv", "Place\tplace:awdal-desk\tAwdal\t\t\n")
	writeFile(t, dir+"/places-desk.tsv", "place:zorvik\tZorvik\t\tSOM\t\n")
	const text = "Clan militias clashed near Zorvik on Monday. Fighting later spread to Awdal."
	plain := func() {
		x, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		ids := h44EntityIDs(t, x, text)
		if !slices.Contains(ids, "place:awdal") || slices.Contains(ids, "place:awdal-desk") {
			t.Errorf("built-in rules only: got %v, want place:awdal", ids)
		}
		if places := x.lex.shapes.places; places.knows("Zorvik") || !places.knows("Awdal") {
			t.Errorf("built-in rules only: the place index knows Zorvik %v, Awdal %v", places.knows("Zorvik"), places.knows("Awdal"))
		}
		if x.lex.placeStates["place:zorvik"] != "" {
			t.Errorf("built-in rules only: a user place's state leaked into the shared map")
		}
	}
	plain()
	x, err := New(Options{RuleDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	ids := h44EntityIDs(t, x, text)
	if !slices.Contains(ids, "place:zorvik") || !slices.Contains(ids, "place:awdal-desk") || slices.Contains(ids, "place:awdal") {
		t.Errorf("with the user directory: got %v, want place:zorvik and place:awdal-desk", ids)
	}
	if places := x.lex.shapes.places; !places.knows("Zorvik") || places.knows("Awdal") {
		t.Errorf("with the user directory: the place index knows Zorvik %v, Awdal %v (the gazetteer's)", places.knows("Zorvik"), places.knows("Awdal"))
	}
	if x.lex.placeStates["place:zorvik"] != "state:SOM" || x.lex.placeStates["place:awdal"] != "state:SOM" {
		t.Errorf("with the user directory: place states %q, %q", x.lex.placeStates["place:zorvik"], x.lex.placeStates["place:awdal"])
	}
	plain()
}

// TestH44PlaceTowns: towns of 15,000 to 50,000 people (places-geonames.tsv, genplaces
// -town-population 15000) are places in a place context, as the bigger towns are; with no
// place context, or named like a person, they are not. The texts are our own.
func TestH44PlaceTowns(t *testing.T) {
	checkEntities(t, []entCase{
		{"an Armenian border town after 'near'",
			"Azerbaijani drones struck army positions near Goris on Tuesday.",
			[]string{"place:goris|Goris"}, nil},
		{"a Haitian town after 'in'",
			"Gang members set fire to the police station in Hinche, officials said.",
			[]string{"place:hinche|Hinche"}, nil},
		{"a Georgian town after a destination verb and 'to'",
			"Tbilisi sent extra police units to Zugdidi after the shooting.",
			[]string{"place:zugdidi|Zugdidi"}, nil},
		{"a Chadian town coordinated with a known city",
			"French aircraft left the bases at Abeche and Faya-Largeau.",
			[]string{"place:faya-largeau|Faya-Largeau"}, nil},
		{"near miss: a town with no place context is no place",
			"Kapan officials said the road would reopen.",
			nil, []string{"place:kapan"}},
	})
	// Towns named like persons (Vernon, Douglas: 26,000-40,000 people) are not in the file.
	x := newTestExtractor(t)
	for name, want := range map[string]bool{"Goris": true, "Zugdidi": true, "Vernon": false, "Douglas": false, "Troy": false} {
		if got := x.lex.shapes.places.knows(name); got != want {
			t.Errorf("place index knows %s: %v, want %v", name, got, want)
		}
	}
}

// TestH44PlaceRetreat: a state's forces that withdraw from a town the place gazetteer puts in
// that state retreat on a front, which ends no deployment (testdata/README.md: a foreign
// force's completed withdrawal is DEPLOYED denied); a foreign force's withdrawal from the same
// town still is. The texts are our own.
func TestH44PlaceRetreat(t *testing.T) {
	checkRelations(t, "2025-02-10", []relCase{
		{"a foreign force's withdrawal from a town",
			"Russian troops withdrew from Myrnohrad on Friday, the Ukrainian army said.",
			[]string{"DEPLOYED state:RUS place:myrnohrad denied"}, nil},
		{"a foreign force leaves a Chadian town",
			"French forces withdrew from Faya-Largeau in December.",
			[]string{"DEPLOYED state:FRA place:faya-largeau denied"}, nil},
		{"near miss: a state's own forces retreat from its own town",
			"Ukrainian forces withdrew from Myrnohrad on Friday after weeks of assaults.",
			nil, []string{"DEPLOYED state:UKR place:myrnohrad"}},
		{"near miss: an army leaves a town of its own country",
			"Armenian troops withdrew from Kapan last week as the talks resumed.",
			nil, []string{"DEPLOYED state:ARM place:kapan"}},
	})
}
