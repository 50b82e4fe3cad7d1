package cypher

import (
	"bytes"
	_ "embed"
	"encoding/json"
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

// StyleJSON returns the style sheet as the JSON object Neo4j Browser also accepts after
// :style ({"node.State": {"color": "#4C8EDA", ...}, ...}), in the style sheet's order. Unlike
// GraSS it holds no ";", which browser.post_connect_cmd would take for a command separator,
// so the style can be applied inline on connect without fetching a URL.
func StyleJSON() (string, error) {
	type rule struct {
		selector string
		decls    [][2]string
	}
	var rules []rule
	// Split into rules at braces outside quotes: captions such as '{name}' hold braces.
	var cur strings.Builder
	var quote rune
	selector := ""
	inRule := false
	for _, c := range string(styleSheet) {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			cur.WriteRune(c)
			continue
		case c == '\'' || c == '"':
			quote = c
			cur.WriteRune(c)
			continue
		case c == '{' && !inRule:
			selector, inRule = strings.TrimSpace(cur.String()), true
			cur.Reset()
			continue
		case c == '}' && inRule:
			r := rule{selector: selector}
			for _, decl := range strings.Split(cur.String(), ";") {
				if strings.TrimSpace(decl) == "" {
					continue
				}
				prop, val, ok := strings.Cut(decl, ":")
				if !ok {
					return "", fmt.Errorf("style sheet: %s: %q is not property: value", selector, strings.TrimSpace(decl))
				}
				r.decls = append(r.decls, [2]string{strings.TrimSpace(prop), strings.Trim(strings.TrimSpace(val), `'"`)})
			}
			rules = append(rules, r)
			inRule = false
			cur.Reset()
			continue
		}
		cur.WriteRune(c)
	}
	if inRule || quote != 0 || strings.TrimSpace(cur.String()) != "" {
		return "", fmt.Errorf("style sheet: unterminated rule or text after the last rule near %q", strings.TrimSpace(cur.String()))
	}
	var b strings.Builder
	b.WriteString("{")
	for i, r := range rules {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(jsonString(r.selector) + ":{")
		for j, d := range r.decls {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString(jsonString(d[0]) + ":" + jsonString(d[1]))
		}
		b.WriteString("}")
	}
	b.WriteString("}")
	return b.String(), nil
}

// jsonString quotes s as JSON without escaping <, > and & (captions such as "<id>" stay legible).
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// DefaultEntity is the entity whose neighbourhood Browser draws on connect and the guide's
// first slide shows.
const DefaultEntity = "North Korea"

// NeighbourhoodQuery draws an entity's relations to other entities: entity is a Cypher
// expression for its name or alias ($entity, or a quoted literal). Relations are matched
// without a direction, so MET_WITH and ALLY_OF, which have none, come out with the rest.
func NeighbourhoodQuery(entity string, relTypes []string) string {
	return "MATCH (:Alias {key: toLower(replace(trim(" + entity + "), '.', ''))})-[:ALIAS_OF]->(e:Entity)\n" +
		"MATCH p = (e)-[:" + strings.Join(relTypes, "|") + "]-(:Entity)\n" +
		"RETURN p LIMIT 100"
}

// PostConnectCmd is the browser.post_connect_cmd that makes Browser's first screen kg's: it
// applies the style inline (a :style URL would print the whole sheet in a frame), clears
// the stream of that frame and Browser's own start page, draws the default entity's
// neighbourhood (:auto runs a Cypher query) and opens the guide at guideURL in the sidebar.
func PostConnectCmd(guideURL string, relTypes []string) (string, error) {
	style, err := StyleJSON()
	if err != nil {
		return "", err
	}
	// Commands are split on ";" outside quotes, so the query, like the style, has none.
	query := strings.ReplaceAll(NeighbourhoodQuery(Literal(DefaultEntity), relTypes), "\n", " ")
	return "style " + style + "; clear; auto " + query + "; guide " + guideURL, nil
}

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
		"Reports":       c.All(),
		"StyleURL":      styleURL,
		"RelTypes":      strings.Join(relTypes, "|"),
		"Neighbourhood": NeighbourhoodQuery("$entity", relTypes),
		"DefaultEntity": DefaultEntity,
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
