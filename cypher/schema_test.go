package cypher

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kg-analytics/kg/extract"
)

var update = flag.Bool("update", false, "rewrite the committed Browser assets in runtime/neo4j/browser-extra")

// relAlternation matches a relationship pattern listing several types: [r:A|B|C] or [:A|B*..6].
var relAlternation = regexp.MustCompile(`\[\w*:([A-Z_]+(?:\|[A-Z_]+)+)`)

// TestReportsUseTheClosedSchema checks that every label and relationship type a report names
// exists in the schema, and that a "typed relations" alternation lists all of them, so that
// adding a relation type to extract cannot silently leave a report behind.
func TestReportsUseTheClosedSchema(t *testing.T) {
	c, err := Reports()
	if err != nil {
		t.Fatal(err)
	}
	relTypes := extract.RelationTypes()
	known := append(slices.Clone(relTypes), "MENTIONS", "IN_DOCUMENT", "ALIAS_OF", "STATED_IN", "ITEM", "NAME_WORD")
	labels := append(extract.EntityTypes(), "Entity", "Document", "Sentence", "Alias", "Claim", "NameWord")
	labelRe := regexp.MustCompile(`\(\w*:([A-Z]\w*)`)
	typeRe := regexp.MustCompile(`\[\w*:([A-Z_|]+)`)
	for _, r := range c.All() {
		for _, m := range labelRe.FindAllStringSubmatch(r.Query, -1) {
			if !slices.Contains(labels, m[1]) {
				t.Errorf("%s: label %s is not in the graph model", r.Name, m[1])
			}
		}
		for _, m := range typeRe.FindAllStringSubmatch(r.Query, -1) {
			for _, typ := range strings.Split(m[1], "|") {
				if !slices.Contains(known, typ) {
					t.Errorf("%s: relationship type %s is not in the graph model", r.Name, typ)
				}
			}
		}
		for _, m := range relAlternation.FindAllStringSubmatch(r.Query, -1) {
			types := strings.Split(m[1], "|")
			if len(types) > 5 && !slices.Equal(types, relTypes) {
				t.Errorf("%s: relation list %s\nwant the schema's %s", r.Name, m[1], strings.Join(relTypes, "|"))
			}
		}
	}
}

// TestBrowserAssetsCommitted keeps runtime/neo4j/browser-extra/kg (served by the local
// Neo4j's Browser) in step with the reports; go test ./cypher -update rewrites it.
func TestBrowserAssetsCommitted(t *testing.T) {
	c, err := Reports()
	if err != nil {
		t.Fatal(err)
	}
	files, err := Assets(c, "http://127.0.0.1:7474/browser/"+StyleFile, extract.RelationTypes())
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "runtime", "neo4j", "browser-extra")
	for name, want := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./cypher -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go test ./cypher -run TestBrowserAssetsCommitted -update", path)
		}
	}
}

func TestGuide(t *testing.T) {
	c, err := Reports()
	if err != nil {
		t.Fatal(err)
	}
	guide, err := Guide(c, "http://h/kg/style.grass", extract.RelationTypes())
	if err != nil {
		t.Fatal(err)
	}
	html := string(guide)
	if n := strings.Count(html, "<slide"); n != len(c.All())+3 {
		t.Errorf("guide has %d slides, want one per report plus 3", n)
	}
	for _, r := range c.All() {
		if !strings.Contains(html, "<h3>"+r.Title+"</h3>") {
			t.Errorf("guide lacks a slide for %s", r.Name)
		}
	}
	for _, want := range []string{`<pre class="code runnable">:param entity =&gt; &#34;North Korea&#34;;`,
		":style http://h/kg/style.grass", "<title>kg: international relations graph</title>"} {
		if !strings.Contains(html, want) {
			t.Errorf("guide lacks %q", want)
		}
	}
}
