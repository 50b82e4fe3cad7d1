package graph

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kg-analytics/kg/extract"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Rows is a whole query result as plain Go values: the column names (known even when no
// record came back) and the rows in server order, each with one value per column. Values
// are nil, bool, int64, float64, string, []any, map[string]any, Node, Rel or Path; temporal
// and spatial values arrive as their ISO / WKT-like text. Packages that read results (report,
// export) therefore never see the driver's types.
type Rows struct {
	Keys []string
	Rows [][]any
}

// Node is a node of a result.
type Node struct {
	Labels     []string // sorted
	Properties map[string]any
	ElementID  string // the server's id of the node, only to match paths' ends
}

// Rel is a relationship of a result, with the element ids of its start and end nodes.
type Rel struct {
	Type       string
	Properties map[string]any
	StartID    string
	EndID      string
}

// Path is a path of a result: n nodes and the n-1 relationships between them, in order.
type Path struct {
	Nodes []Node
	Rels  []Rel
}

// rowsOf converts driver records into Rows; the driver stops here.
func rowsOf(keys []string, recs []*neo4j.Record) Rows {
	out := Rows{Keys: keys, Rows: make([][]any, len(recs))}
	for i, rec := range recs {
		row := make([]any, len(rec.Values))
		for j, v := range rec.Values {
			row[j] = plainValue(v)
		}
		out.Rows[i] = row
	}
	return out
}

// plainValue converts one driver value into the plain values Rows documents.
func plainValue(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string:
		return x
	case []byte:
		return fmt.Sprintf("%x", x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plainValue(e)
		}
		return out
	case map[string]any:
		return plainMap(x)
	case neo4j.Node:
		return plainNode(x)
	case neo4j.Relationship:
		return plainRel(x)
	case neo4j.Path:
		p := Path{Nodes: make([]Node, len(x.Nodes)), Rels: make([]Rel, len(x.Relationships))}
		for i, n := range x.Nodes {
			p.Nodes[i] = plainNode(n)
		}
		for i, r := range x.Relationships {
			p.Rels[i] = plainRel(r)
		}
		return p
	case dbtype.Date:
		return x.Time().Format(time.DateOnly)
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05.999999999")
	case dbtype.LocalTime:
		return x.Time().Format("15:04:05.999999999")
	case dbtype.Time:
		return x.Time().Format("15:04:05.999999999Z07:00")
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Duration:
		return x.String()
	case dbtype.Point2D:
		return x.String()
	case dbtype.Point3D:
		return x.String()
	}
	return fmt.Sprint(v)
}

func plainNode(n neo4j.Node) Node {
	labels := slices.Clone(n.Labels)
	slices.Sort(labels)
	props := plainMap(n.Props)
	for _, l := range labels {
		withEmptyLists(props, nodeLists[l])
	}
	return Node{Labels: labels, Properties: props, ElementID: n.ElementId}
}

func plainRel(r neo4j.Relationship) Rel {
	props := plainMap(r.Props)
	if relationTypeSet[r.Type] {
		withEmptyLists(props, relLists)
		if r.Type == extract.RelOfficialOf {
			withEmptyLists(props, periodLists)
		}
	}
	return Rel{Type: r.Type, Properties: props, StartID: r.StartElementId, EndID: r.EndElementId}
}

// The list properties of kg's model that a whole node or relationship in a result always
// has: kg stores an empty list as no property (dropEmptyLists), so a reader of whole
// nodes and relationships (a path in a report, for example) gets [] back for a missing one,
// as when kg stored []. They are read off the bulk importer's typed columns (bulk.go), the
// one declaration of the model's property types; the role periods belong to OFFICIAL_OF.
var (
	nodeLists   = map[string][]string{"Entity": listColumns(entityCols, anyColumn), "Claim": listColumns(claimCols, anyColumn)}
	relLists    = listColumns(relationCols, func(name string) bool { return !periodColumn(name) })
	periodLists = listColumns(relationCols, periodColumn)
)

func anyColumn(string) bool { return true }

func periodColumn(name string) bool { return strings.HasPrefix(name, "period_") }

// listColumns returns the names of cols' array-typed columns that keep accepts.
func listColumns(cols []column, keep func(name string) bool) []string {
	var out []string
	for _, c := range cols {
		if strings.HasSuffix(c.kind, "[]") && keep(c.name) {
			out = append(out, c.name)
		}
	}
	return out
}

func withEmptyLists(props map[string]any, names []string) {
	for _, k := range names {
		if _, ok := props[k]; !ok {
			props[k] = []any{}
		}
	}
}

func plainMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = plainValue(v)
	}
	return out
}
