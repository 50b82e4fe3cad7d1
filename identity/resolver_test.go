package identity

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-analytics/kg/extract"
)

func identityKey(t *testing.T) KeyFunc {
	t.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x.IdentityKey
}

// TestNearKey is the data behind FuzzyThreshold: spelling variants that reach the fuzzy stage
// (their identity keys differ) and look-alikes that must stay apart.
func TestNearKey(t *testing.T) {
	key := identityKey(t)
	tests := []struct {
		typ, a, b string
		same      bool
	}{
		{"Place", "Primorsky Krai", "Primorskiy Krai", true},          // 0.947
		{"Person", "Volodymyr Zelensky", "Volodymyr Zelenskyi", true}, // one edit past the variant list
		{"Person", "Yevgeny Prigozhin", "Yevgeny Prigozhine", true},
		{"Person", "Rafael Grossi", "Rafael Grosi", true},
		{"Person", "Kim Jong Un", "Kim Jong Il", false},
		{"Person", "Kim Jong Un", "Kim Yo Jong", false},
		{"Person", "Kim Il Sung", "Kim Jong Il", false},
		{"Person", "Kim Yong Chol", "Kim Yong Nam", false},
		{"Person", "Pak Jong Chon", "Pak Jong Chol", false},
		{"Person", "Ivan Petrov", "Ivan Petrova", false}, // a family name's other gender
		{"Person", "Olena Zelensky", "Olena Zelenska", false},
		{"Person", "Li Qiang", "Li Keqiang", false},
		{"Person", "Mohammed bin Salman", "Mohammed bin Zayed", false},
		{"Weapon", "Hwasong-17", "Hwasong-18", false},
		{"Place", "Vostochny Cosmodrome", "Plesetsk Cosmodrome", false},
		{"Institution", "Korea Institute for Defense Analyses", "Korea Institute for National Unification", false},
	}
	for _, tt := range tests {
		ka, kb := key(tt.typ, tt.a), key(tt.typ, tt.b)
		sim, near := nearKey(strings.Fields(ka), strings.Fields(kb))
		got := compact(ka) == compact(kb) || near && sim >= FuzzyThreshold
		t.Logf("%s / %s: keys %q %q, near %v, Jaro-Winkler %.3f", tt.a, tt.b, ka, kb, near, sim)
		if got != tt.same {
			t.Errorf("%s / %s: same = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestMiddleNames(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"sergey lavrov", "sergey viktorovich lavrov", true},
		{"recep tayyip erdogan", "recep erdogan", true},
		{"rafael mariano grossi", "rafael grossi", true},
		{"kim song", "kim il song", false},
		{"kim song", "kim yong song", false},
		{"kim jong un", "kim yo jong", false},
		{"sergey lavrov", "sergey lavrov", false},
		{"lavrov", "sergey lavrov", false},
		{"sergey lavrov", "sergey viktorovich ivanov", false},
	} {
		if got := middleNames(strings.Fields(tt.a), strings.Fields(tt.b)); got != tt.want {
			t.Errorf("%q / %q: %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestResolve(t *testing.T) {
	key := identityKey(t)
	ent := func(id, typ, name string, curated bool) extract.Entity {
		return extract.Entity{ID: id, Type: typ, Name: name, Surfaces: []string{name}, Key: key(typ, name), Curated: curated}
	}
	official := func(p, s string) extract.Relation {
		return extract.Relation{Type: extract.RelOfficialOf, Src: p, Dst: s}
	}
	r := newResolver(key, nil)
	doc1 := extract.Document{Meta: extract.Meta{ID: "d1"}, Entities: []extract.Entity{
		ent("person:yevgeny-prigozhin", "Person", "Yevgeny Prigozhin", false),
		ent("person:choe-son-hui", "Person", "Choe Son Hui", true),
		ent("person:ivan-sidorov", "Person", "Ivan Sidorov", false),
		ent("state:RUS", "State", "Russia", true), ent("state:BLR", "State", "Belarus", true),
	}, Relations: []extract.Relation{official("person:ivan-sidorov", "state:RUS")}}
	r.Resolve(doc1)
	doc2 := extract.Document{Meta: extract.Meta{ID: "d2"}, Entities: []extract.Entity{
		ent("person:evgeny-prigozhin", "Person", "Evgeny Prigozhin", false),
		ent("person:choi-son-hui", "Person", "Choi Son-hui", false),
		ent("person:ivan-sidorov", "Person", "Ivan Sidorov", false), // same id: stays
		ent("person:ivan-sidorow", "Person", "Ivan Sidorow", false), // another state's official
		ent("inst:choi-son-hui", "Institution", "Choi Son-hui", false),
		ent("state:BLR", "State", "Belarus", true),
	}, Mentions: []extract.Mention{{EntityID: "person:evgeny-prigozhin", Surface: "Evgeny Prigozhin"}},
		Relations: []extract.Relation{official("person:ivan-sidorow", "state:BLR"),
			{Type: extract.RelMetWith, Src: "person:evgeny-prigozhin", Dst: "person:choi-son-hui"}}}
	out := r.Resolve(doc2)
	got := map[string]string{}
	for _, e := range out.Entities {
		got[e.Name] = e.ID
	}
	want := map[string]string{
		"Yevgeny Prigozhin": "person:yevgeny-prigozhin", // the first spelling's id and name stay
		"Choe Son Hui":      "person:choe-son-hui",
		"Ivan Sidorov":      "person:ivan-sidorov",
		"Ivan Sidorow":      "person:ivan-sidorow", // near, but affiliated with another state
		"Choi Son-hui":      "inst:choi-son-hui",   // another type is another entity
		"Belarus":           "state:BLR",
	}
	for name, id := range want {
		if got[name] != id {
			t.Errorf("%s -> %s, want %s (all: %v)", name, got[name], id, got)
		}
	}
	if out.Mentions[0].EntityID != "person:yevgeny-prigozhin" || out.Relations[1].Src != "person:yevgeny-prigozhin" ||
		out.Relations[1].Dst != "person:choe-son-hui" {
		t.Errorf("mentions and relations not re-pointed: %+v %+v", out.Mentions, out.Relations)
	}
	for _, e := range out.Entities {
		if e.ID == "person:yevgeny-prigozhin" && (len(e.Surfaces) != 1 || e.Surfaces[0] != "Evgeny Prigozhin") {
			t.Errorf("the new spelling must stay a surface (an alias): %+v", e)
		}
	}

	// The analyst's lines win: same maps, different blocks.
	path := filepath.Join(t.TempDir(), "ids.tsv")
	if err := os.WriteFile(path, []byte("# test\nsame\tE. Prigozhin\tperson:yevgeny-prigozhin\ndifferent\tperson:choi-son-hui\tperson:choe-son-hui\nrename\tperson:yevgeny-prigozhin\tYevgeny V. Prigozhin\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	corr, err := LoadCorrections(path)
	if err != nil {
		t.Fatal(err)
	}
	r = newResolver(key, corr)
	r.Resolve(doc1)
	out = r.Resolve(extract.Document{Entities: []extract.Entity{
		ent("person:e-prigozhin", "Person", "E. Prigozhin", false),
		ent("person:choi-son-hui", "Person", "Choi Son-hui", false),
	}})
	if out.Entities[0].ID != "person:yevgeny-prigozhin" || out.Entities[0].Name != "Yevgeny V. Prigozhin" || out.Entities[1].ID != "person:choi-son-hui" {
		t.Errorf("corrections not applied: %+v", out.Entities)
	}
}

func TestCorrections(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kg-identity.tsv")
	c, err := LoadCorrections(path) // missing: empty
	if err != nil {
		t.Fatal(err)
	}
	c.Merge("person:a", "person:b")
	c.Merge("person:b", "person:c")
	if got := c.Same()["person:a"]; got != "person:c" {
		t.Errorf("chain a -> b -> c: a -> %s", got)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	c, err = LoadCorrections(path)
	if err != nil {
		t.Fatal(err)
	}
	c.Split("person:a", "person:b")
	if _, ok := c.Same()["person:a"]; ok || !c.Different("person:b", "person:a") {
		t.Errorf("after split: same %v, different %v", c.Same(), c.Different("person:a", "person:b"))
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if want := "# kg identity corrections"; !strings.HasPrefix(string(data), want) || strings.Count(string(data), "# kg identity") != 1 {
		t.Errorf("file:\n%s", data)
	}
	for _, bad := range []struct{ text, err string }{
		{"same\tperson:a\n", "want 3 tab-separated fields"},
		{"merge\tperson:a\tperson:b\n", `unknown verb "merge"`},
		{"different\tKim\tperson:b\n", "needs entity ids"},
		{"rename\tKim\tKim Jong Un\n", "rename needs an entity id"},
	} {
		if err := os.WriteFile(path, []byte(bad.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadCorrections(path); err == nil || !strings.Contains(err.Error(), bad.err) || !strings.Contains(err.Error(), path+":1") {
			t.Errorf("%q: error %v, want %q with file:line", bad.text, err, bad.err)
		}
	}
}

// FuzzCorrections: any text either fails with a file:line error or parses, and what parses
// survives a write and a read unchanged.
func FuzzCorrections(f *testing.F) {
	f.Add("same\tperson:a\tperson:b\ndifferent\tperson:a\tperson:c\nrename\tperson:b\tB B\n")
	f.Add("# comment\n\nsame\tSergei Lavrov\tperson:sergey-lavrov\r\n")
	f.Add("same\tperson:a\n")
	f.Fuzz(func(t *testing.T, text string) {
		c, err := parseCorrections("f.tsv", []byte(text))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.tsv") && !strings.Contains(err.Error(), "identity file f.tsv") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		again, err := parseCorrections("f.tsv", []byte(c.render()))
		if err != nil {
			t.Fatalf("rendered file does not parse: %v\n%s", err, c.render())
		}
		if fmt.Sprint(again.Same(), again.Renames()) != fmt.Sprint(c.Same(), c.Renames()) {
			t.Fatalf("round trip changed the corrections:\n%v %v\n%v %v", c.Same(), c.Renames(), again.Same(), again.Renames())
		}
	})
}

// TestKeyMemoCap checks that the memo of identity keys stays within its cap past it, gives
// every name its own key before and after being emptied, and still spares the key function
// a name asked again.
func TestKeyMemoCap(t *testing.T) {
	calls := 0
	key := func(typ, name string) string {
		calls++
		return typ + "|" + strings.ToLower(name)
	}
	r := newResolver(key, nil)
	for i := 0; i < keyMemoCap+1000; i++ {
		name := fmt.Sprintf("Name %d", i)
		if got, want := r.identityKey("Person", name), "Person|"+strings.ToLower(name); got != want {
			t.Fatalf("identityKey(Person, %q) = %q, want %q", name, got, want)
		}
		if len(r.keyMemo) > keyMemoCap {
			t.Fatalf("after %d names the memo holds %d keys, over its cap %d", i+1, len(r.keyMemo), keyMemoCap)
		}
	}
	if calls != keyMemoCap+1000 {
		t.Errorf("key function called %d times for %d distinct names", calls, keyMemoCap+1000)
	}
	last := fmt.Sprintf("Name %d", keyMemoCap+999)
	if got := r.identityKey("Person", last); got != "Person|"+strings.ToLower(last) || calls != keyMemoCap+1000 {
		t.Errorf("a name asked again: key %q after %d calls, want it from the memo", got, calls)
	}
	if got := r.identityKey("Person", "Name 0"); got != "Person|name 0" {
		t.Errorf("a name emptied from the memo: key %q, want Person|name 0", got)
	}
}
