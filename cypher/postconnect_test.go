package cypher

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kg-analytics/kg/extract"
)

func TestStyleJSON(t *testing.T) {
	s, err := StyleJSON()
	if err != nil {
		t.Fatal(err)
	}
	var style map[string]map[string]string
	if err := json.Unmarshal([]byte(s), &style); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	if got := style["node.State"]; got["color"] != "#4C8EDA" || got["caption"] != "{name}" {
		t.Errorf("node.State = %v", got)
	}
	if got := style["relationship.MET_WITH"]["shaft-width"]; got != "2px" {
		t.Errorf("relationship.MET_WITH shaft-width = %q", got)
	}
	if n := len(regexp.MustCompile(`(?m)\{\s*$`).FindAllString(string(Style()), -1)); len(style) != n {
		t.Errorf("%d rules in JSON, %d in the sheet", len(style), n)
	}
	if strings.Contains(s, ";") {
		t.Error("the JSON style holds a ';', which post_connect_cmd would split on")
	}
}

// postConnectRe finds the setting in runtime/neo4j/neo4j.conf (a template: scripts/neo4j-local
// fills in {{HTTP_PORT}}) and in docker-compose.yml.
var (
	confRe    = regexp.MustCompile(`(?m)^browser\.post_connect_cmd=(.*)$`)
	composeRe = regexp.MustCompile(`(?m)^(\s*NEO4J_browser_post__connect__cmd: )'(.*)'$`)
)

// TestPostConnectCommitted keeps the post-connect command of the local server's config and of
// docker-compose.yml in step with the style sheet; go test ./cypher -update rewrites them.
func TestPostConnectCommitted(t *testing.T) {
	for _, f := range []struct {
		path, guide string
		re          *regexp.Regexp
		quote       func(string) string
	}{
		{filepath.Join("..", "runtime", "neo4j", "neo4j.conf"), "http://127.0.0.1:{{HTTP_PORT}}/browser/" + GuideFile, confRe,
			func(s string) string { return "browser.post_connect_cmd=" + s }},
		// YAML single quotes: a quote inside is doubled; docker compose reads $ as a variable.
		{filepath.Join("..", "docker-compose.yml"), "http://127.0.0.1:7479/" + GuideFile, composeRe,
			func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }},
	} {
		want, err := PostConnectCmd(f.guide, extract.RelationTypes())
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(want, "$") {
			t.Fatalf("the post-connect command holds a $: %s", want)
		}
		b, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		m := f.re.FindSubmatchIndex(b)
		if m == nil {
			t.Fatalf("%s has no post-connect command", f.path)
		}
		var line string
		if f.re == confRe {
			line = f.quote(want)
		} else {
			line = string(b[m[2]:m[3]]) + f.quote(want)
		}
		got := string(b[m[0]:m[1]])
		if got == line {
			continue
		}
		if !*update {
			t.Errorf("%s: the post-connect command is stale: run go test ./cypher -run TestPostConnectCommitted -update", f.path)
			continue
		}
		out := string(b[:m[0]]) + line + string(b[m[1]:])
		if err := os.WriteFile(f.path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
