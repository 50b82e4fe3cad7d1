package report

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-analytics/kg/graph"
)

// Node, Rel and Path are the graph values of a result, kept apart from plain values so that
// each output format can show them its own way (a caption in a table, a structure in JSON).
type Node struct {
	Labels     []string       `json:"labels"`
	Properties map[string]any `json:"properties"`
	elementID  string
}

type Rel struct {
	Type       string         `json:"type"`
	Start      string         `json:"start"` // caption of the start node when known
	End        string         `json:"end"`
	Properties map[string]any `json:"properties"`
	startID    string
	endID      string
}

type Path struct {
	Nodes []Node `json:"nodes"`
	Rels  []Rel  `json:"relationships"`
}

// plain converts a value of graph.Rows into the values the formatters know: nil, bool,
// int64, float64, string, []any, map[string]any, Node, Rel, Path (graph.Rows has turned
// temporal and spatial values into text already).
func plain(v any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		return plainMap(x)
	case graph.Node:
		return Node{Labels: x.Labels, Properties: plainMap(x.Properties), elementID: x.ElementID}
	case graph.Rel:
		return Rel{Type: x.Type, Properties: plainMap(x.Properties), startID: x.StartID, endID: x.EndID}
	case graph.Path:
		p := Path{Nodes: make([]Node, len(x.Nodes)), Rels: make([]Rel, len(x.Rels))}
		captions := map[string]string{}
		for i, n := range x.Nodes {
			p.Nodes[i] = plain(n).(Node)
			captions[n.ElementID] = p.Nodes[i].Caption()
		}
		for i, r := range x.Rels {
			rel := plain(r).(Rel)
			rel.Start, rel.End = captions[rel.startID], captions[rel.endID]
			p.Rels[i] = rel
		}
		return p
	}
	return v
}

func plainMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = plain(v)
	}
	return out
}

// Caption names a node for a person reading a table: its name, else its id, else its labels.
func (n Node) Caption() string {
	for _, k := range []string{"name", "title", "id", "key"} {
		if s, ok := n.Properties[k].(string); ok && s != "" {
			return s
		}
	}
	return "(:" + strings.Join(n.Labels, ":") + ")"
}

// text renders any plain value as one line of text for table, CSV and Markdown cells.
func text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			if s := text(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + ": " + text(x[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case Node:
		return x.Caption()
	case Rel:
		if x.Start != "" || x.End != "" {
			return x.Start + " -[:" + x.Type + "]-> " + x.End
		}
		return ":" + x.Type
	case Path:
		return x.text()
	}
	return fmt.Sprint(v)
}

// text draws the path in Cypher's arrow notation, with each relationship pointing the way
// it is stored: "Sergey Lavrov -[:MET_WITH]-> Kim Jong Un <-[:OFFICIAL_OF]- ...".
func (p Path) text() string {
	if len(p.Nodes) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(p.Nodes[0].Caption())
	for i, r := range p.Rels {
		if i+1 >= len(p.Nodes) {
			break
		}
		if r.startID == p.Nodes[i].elementID {
			b.WriteString(" -[:" + r.Type + "]-> ")
		} else {
			b.WriteString(" <-[:" + r.Type + "]- ")
		}
		b.WriteString(p.Nodes[i+1].Caption())
	}
	return b.String()
}
