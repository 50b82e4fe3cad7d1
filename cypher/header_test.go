package cypher

import (
	"strings"
	"testing"
)

func TestParseHeader(t *testing.T) {
	src := `// @name demo
// @title A demo report
// @description First line,
// @description second line.
// a plain comment is allowed in the header
// @param entity entity "North Korea" the entity, by any alias
// @param k int 4 min=1 max=6 hops
// @param type string "" oneof=State|Person restrict the type
// @param ratio float 0.5
// @param strict bool false
// @param to entity - required end
MATCH (n) WHERE $entity <> '' AND $k > 0 AND $type = '' AND $ratio > 0 AND $strict AND $to <> ''
RETURN n`
	r, err := Parse("demo.cypher", src)
	if err != nil {
		t.Fatal(err)
	}
	if r.Name != "demo" || r.Title != "A demo report" || r.Description != "First line, second line." {
		t.Errorf("metadata = %q / %q / %q", r.Name, r.Title, r.Description)
	}
	if !strings.HasPrefix(r.Query, "MATCH (n)") || strings.Contains(r.Query, "@param") {
		t.Errorf("query = %q", r.Query)
	}
	want := []struct {
		name, typ string
		def       any
		required  bool
		desc      string
	}{
		{"entity", TypeEntity, "North Korea", false, "the entity, by any alias"},
		{"k", TypeInt, int64(4), false, "hops"},
		{"type", TypeString, "", false, "restrict the type"},
		{"ratio", TypeFloat, 0.5, false, ""},
		{"strict", TypeBool, false, false, ""},
		{"to", TypeEntity, nil, true, "required end"},
	}
	if len(r.Params) != len(want) {
		t.Fatalf("got %d params, want %d", len(r.Params), len(want))
	}
	for i, w := range want {
		p := r.Params[i]
		if p.Name != w.name || p.Type != w.typ || p.Default != w.def || p.Required != w.required || p.Description != w.desc {
			t.Errorf("param %d = %+v, want %+v", i, p, w)
		}
	}
	k, _ := r.Param("k")
	if k.Min == nil || *k.Min != 1 || k.Max == nil || *k.Max != 6 {
		t.Errorf("k bounds = %v %v", k.Min, k.Max)
	}
	typ, _ := r.Param("type")
	if strings.Join(typ.OneOf, ",") != "State,Person" {
		t.Errorf("type oneof = %v", typ.OneOf)
	}
}

func TestParseHeaderErrors(t *testing.T) {
	tests := []struct {
		name, file, src, want string
	}{
		{"no name", "x.cypher", "// @title T\nRETURN 1", "no @name"},
		{"name mismatch", "x.cypher", "// @name y\n// @title T\nRETURN 1", `does not match the file name "x"`},
		{"bad name", "X.cypher", "// @name X\n// @title T\nRETURN 1", "lower-case"},
		{"no title", "x.cypher", "// @name x\nRETURN 1", "no @title"},
		{"no body", "x.cypher", "// @name x\n// @title T\n", "no Cypher"},
		{"unknown tag", "x.cypher", "// @name x\n// @title T\n// @author me\nRETURN 1", "x.cypher:3: unknown header tag @author"},
		{"unknown type", "x.cypher", "// @name x\n// @title T\n// @param a list 1\nRETURN $a", `unknown type "list"`},
		{"missing default", "x.cypher", "// @name x\n// @title T\n// @param a int\nRETURN $a", "missing default"},
		{"mistyped default", "x.cypher", "// @name x\n// @title T\n// @param a int \"x\"\nRETURN $a", "not a int"},
		{"default out of range", "x.cypher", "// @name x\n// @title T\n// @param a int 9 max=6\nRETURN $a", "want a value in <= 6"},
		{"unterminated", "x.cypher", "// @name x\n// @title T\n// @param a string \"x\nRETURN $a", "unterminated"},
		{"duplicate", "x.cypher", "// @name x\n// @title T\n// @param a int 1\n// @param a int 2\nRETURN $a", "declared twice"},
		{"undeclared use", "x.cypher", "// @name x\n// @title T\nRETURN $b", "uses $b"},
		{"unused", "x.cypher", "// @name x\n// @title T\n// @param a int 1\nRETURN 1", "never uses $a"},
		{"min on string", "x.cypher", "// @name x\n// @title T\n// @param a string \"\" min=1\nRETURN $a", "min= only applies"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestBind(t *testing.T) {
	r, err := Parse("b.cypher", `// @name b
// @title B
// @param entity entity "North Korea"
// @param k int 4 min=1 max=6
// @param type string "" oneof=State|Person
// @param strict bool false
RETURN $entity, $k, $type, $strict`)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		raw     map[string]string
		want    map[string]any
		wantErr string
	}{
		{"defaults", nil, map[string]any{"entity": "North Korea", "k": int64(4), "type": "", "strict": false}, ""},
		{"typed", map[string]string{"entity": "DPRK", "k": "2", "type": "Person", "strict": "true"},
			map[string]any{"entity": "DPRK", "k": int64(2), "type": "Person", "strict": true}, ""},
		{"any case", map[string]string{"type": "person"}, map[string]any{"type": "Person"}, ""},
		{"upper case", map[string]string{"type": " STATE"}, map[string]any{"type": "State"}, ""},
		{"unknown", map[string]string{"foo": "1"}, nil, `report b has no param "foo"; it accepts entity (entity, default "North Korea"), k (int 1..6, default 4)`},
		{"mistyped int", map[string]string{"k": "four"}, nil, `--param k="four": want an integer`},
		{"out of range", map[string]string{"k": "9"}, nil, "want a value in 1..6"},
		{"not one of", map[string]string{"type": "Country"}, nil, "want one of State, Person"},
		{"bad bool", map[string]string{"strict": "maybe"}, nil, "want true or false"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := r.Bind(tt.raw)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s = %#v, want %#v", k, got[k], v)
				}
			}
		})
	}
	req, err := Parse("r.cypher", "// @name r\n// @title R\n// @param to entity -\nRETURN $to")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := req.Bind(nil); err == nil || !strings.Contains(err.Error(), "needs --param to=<entity>") {
		t.Errorf("missing required param: error = %v", err)
	}
}

func TestCatalog(t *testing.T) {
	c, err := Reports()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"co-mentioned", "contested", "entity-profile", "entity-summary", "evidence", "most-connected",
		"officials", "paths", "suspected-duplicates", "timeline", "transfers", "vetoes-sanctions", "visits"}
	if got := strings.Join(c.Names(), ","); got != strings.Join(want, ",") {
		t.Errorf("reports = %s\nwant      %s", got, strings.Join(want, ","))
	}
	if _, err := c.Get("nope"); err == nil || !strings.Contains(err.Error(), `no report "nope"; available: co-mentioned, contested,`) {
		t.Errorf("unknown report: error = %v", err)
	}
	for _, r := range c.All() {
		if r.Description == "" {
			t.Errorf("%s has no @description", r.Name)
		}
		for _, p := range r.Params {
			if p.Required {
				t.Errorf("%s: param %s has no default; Browser users need one to run the slide as is", r.Name, p.Name)
			}
		}
	}
}

func TestBrowserScript(t *testing.T) {
	c, err := Reports()
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Get("paths")
	if err != nil {
		t.Fatal(err)
	}
	got := r.BrowserScript(map[string]any{"from": "DPRK"})
	for _, want := range []string{
		"// paths: Shortest paths between two entities\n",
		":param from => \"DPRK\";\n",
		":param to => \"Kim Jong Un\";\n",
		":param k => 4;\n",
		"allShortestPaths(",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("script lacks %q:\n%s", want, got)
		}
	}
	if !strings.HasSuffix(got, ";\n") {
		t.Errorf("script does not end the query with ;")
	}
}

func TestDateParam(t *testing.T) {
	p := Param{Name: "since", Type: TypeDate, Default: ""}
	for _, ok := range []string{"", "2024", "2024-06", "2024-06-19", " 2024-02-29 "} {
		if _, err := p.Parse(ok); err != nil {
			t.Errorf("Parse(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"June 2024", "2024-13", "2024-6", "24-06-19", "2024-06-19T00:00", "2024-06-32"} {
		if _, err := p.Parse(bad); err == nil || !strings.Contains(err.Error(), "YYYY-MM-DD") {
			t.Errorf("Parse(%q) = %v, want a date error", bad, err)
		}
	}
}
