package export

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// GraphML (http://graphml.graphdrawing.org/) as Gephi and yEd read it: every attribute
// declared once by a <key> with its attr.type, nodes by entity id, edges by relationship key.
// Gephi takes "label" for captions and "weight" for edge weights; undirected relation types
// carry directed="false" on the edge.

const graphmlNS = "http://graphml.graphdrawing.org/xmlns"

// GraphMLDoc is the document structure, also used by the tests to parse an export back.
type GraphMLDoc struct {
	XMLName        xml.Name     `xml:"graphml"`
	XMLNS          string       `xml:"xmlns,attr"`
	XSI            string       `xml:"xmlns:xsi,attr,omitempty"`
	SchemaLocation string       `xml:"xsi:schemaLocation,attr,omitempty"`
	Keys           []GraphMLKey `xml:"key"`
	Graph          GraphMLGraph `xml:"graph"`
}

type GraphMLKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type GraphMLGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []GraphMLNode `xml:"node"`
	Edges       []GraphMLEdge `xml:"edge"`
}

type GraphMLNode struct {
	ID   string        `xml:"id,attr"`
	Data []GraphMLData `xml:"data"`
}

type GraphMLEdge struct {
	ID       string        `xml:"id,attr"`
	Source   string        `xml:"source,attr"`
	Target   string        `xml:"target,attr"`
	Directed string        `xml:"directed,attr,omitempty"`
	Data     []GraphMLData `xml:"data"`
}

type GraphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// attr is one declared attribute and how to read it off a value.
type attr[T any] struct {
	id, name, typ string
	value         func(T) string
}

func nodeAttrs() []attr[Entity] {
	return []attr[Entity]{
		{"n_label", "label", "string", func(e Entity) string { return e.Name }},
		{"n_type", "type", "string", func(e Entity) string { return e.Type }},
		{"n_aliases", "aliases", "string", func(e Entity) string { return strings.Join(e.Aliases, "; ") }},
	}
}

func edgeAttrs(evidence map[string][]Claim) []attr[Relation] {
	list := func(f func(Relation) []string) func(Relation) string {
		return func(r Relation) string { return strings.Join(f(r), "; ") }
	}
	count := func(f func(Relation) int64) func(Relation) string {
		return func(r Relation) string { return strconv.FormatInt(f(r), 10) }
	}
	attrs := []attr[Relation]{
		{"e_label", "label", "string", func(r Relation) string { return r.Type }},
		{"e_relation", "relation", "string", func(r Relation) string { return r.Type }},
		{"e_weight", "weight", "double", func(r Relation) string { return strconv.FormatInt(max(r.Claims, 1), 10) }},
		{"e_claims", "claims", "int", count(func(r Relation) int64 { return r.Claims })},
		{"e_asserted", "asserted", "int", count(func(r Relation) int64 { return r.Asserted })},
		{"e_denied", "denied", "int", count(func(r Relation) int64 { return r.Denied })},
		{"e_first_date", "first_date", "string", func(r Relation) string { return r.FirstDate }},
		{"e_last_date", "last_date", "string", func(r Relation) string { return r.LastDate }},
		{"e_dates", "dates", "string", list(func(r Relation) []string { return r.Dates })},
		{"e_items", "items", "string", list(func(r Relation) []string { return r.Items })},
		{"e_roles", "roles", "string", list(func(r Relation) []string { return r.Roles })},
		{"e_modalities", "modalities", "string", list(func(r Relation) []string { return r.Modalities })},
		{"e_documents", "documents", "string", list(func(r Relation) []string { return r.Documents })},
	}
	if evidence != nil {
		attrs = append(attrs, attr[Relation]{"e_evidence", "evidence", "string", func(r Relation) string {
			var lines []string
			for _, c := range evidence[r.Key] {
				lines = append(lines, "["+c.Polarity+", "+c.Document+"] "+c.Evidence)
			}
			return strings.Join(lines, "\n")
		}})
	}
	return attrs
}

func writeGraphML(out *Output, g Graph, o WriteOptions) error {
	var evidence map[string][]Claim
	if o.Claims {
		evidence = map[string][]Claim{}
		for _, c := range g.Claims {
			evidence[c.Relation] = append(evidence[c.Relation], c)
		}
	}
	na, ea := nodeAttrs(), edgeAttrs(evidence)
	doc := GraphMLDoc{
		XMLNS:          graphmlNS,
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: graphmlNS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Graph:          GraphMLGraph{ID: "kg", EdgeDefault: "directed"},
	}
	for _, a := range na {
		doc.Keys = append(doc.Keys, GraphMLKey{ID: a.id, For: "node", Name: a.name, Type: a.typ})
	}
	for _, a := range ea {
		doc.Keys = append(doc.Keys, GraphMLKey{ID: a.id, For: "edge", Name: a.name, Type: a.typ})
	}
	for _, e := range g.Entities {
		n := GraphMLNode{ID: e.ID}
		for _, a := range na {
			if v := a.value(e); v != "" {
				n.Data = append(n.Data, GraphMLData{Key: a.id, Value: v})
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, n)
	}
	for _, r := range g.Relations {
		e := GraphMLEdge{ID: r.Key, Source: r.Source, Target: r.Target}
		if !r.Directed {
			e.Directed = "false"
		}
		for _, a := range ea {
			if v := a.value(r); v != "" {
				e.Data = append(e.Data, GraphMLData{Key: a.id, Value: v})
			}
		}
		doc.Graph.Edges = append(doc.Graph.Edges, e)
	}
	w := out.File("")
	if _, err := w.Write([]byte(xml.Header)); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := w.Write([]byte("\n"))
	return err
}
