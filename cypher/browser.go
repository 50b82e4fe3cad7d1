package cypher

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"strings"
)

//go:embed browser/guide.html.tmpl
var guideTemplate string

//go:embed browser/style.grass
var styleSheet []byte

// Asset paths, relative to wherever the files are served from.
const (
	GuideFile = "kg/guide.html"
	StyleFile = "kg/style.grass"
)

// Style returns the GraSS style sheet for Neo4j Browser: a colour and caption per label.
func Style() []byte { return bytes.Clone(styleSheet) }

// Guide renders the Neo4j Browser guide: an HTML page of <slide>s (the remote guide format
// Browser 5 shows in its sidebar with `:guide URL`), one slide per report with its runnable
// :param lines and query. styleURL is the absolute URL the guide offers for `:style`;
// relTypes are the schema's relation types (extract.RelationTypes), used by the
// neighbourhood query. Callers pass them so this package stays free of the extractor.
func Guide(c *Catalog, styleURL string, relTypes []string) ([]byte, error) {
	tmpl, err := template.New("guide").Funcs(template.FuncMap{
		"params":  func(r Report) string { return strings.TrimSuffix(r.ParamLines(nil), "\n") },
		"literal": func(v any) string { return Literal(v) },
		"plain":   shellWord,
	}).Parse(guideTemplate)
	if err != nil {
		return nil, fmt.Errorf("parsing the guide template: %w", err)
	}
	var b bytes.Buffer
	err = tmpl.Execute(&b, map[string]any{
		"Reports":  c.All(),
		"StyleURL": styleURL,
		"RelTypes": strings.Join(relTypes, "|"),
	})
	if err != nil {
		return nil, fmt.Errorf("rendering the guide: %w", err)
	}
	return b.Bytes(), nil
}

// Assets returns every Browser file keyed by its path (GuideFile, StyleFile), for a server
// or for writing into a folder that some server already serves.
func Assets(c *Catalog, styleURL string, relTypes []string) (map[string][]byte, error) {
	guide, err := Guide(c, styleURL, relTypes)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{GuideFile: guide, StyleFile: Style()}, nil
}

// shellWord renders a default value as it would be typed after --param NAME=.
func shellWord(v any) string {
	s := fmt.Sprint(v)
	if v == nil {
		return ""
	}
	if str, ok := v.(string); ok && (str == "" || strings.ContainsAny(str, " \t'\"$\\")) {
		return Literal(str)
	}
	return s
}
