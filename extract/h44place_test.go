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
