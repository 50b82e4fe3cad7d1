// Package export writes the entity graph in formats other tools read: GraphML for Gephi and
// yEd, CSV for spreadsheets (and Gephi's spreadsheet import), JSON Lines for scripts. It reads
// the graph read-only through a Querier and knows nothing of how the graph was built.
package export

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
)

// Querier runs one query; *graph.Client is the implementation. Export calls it with
// write=false only.
type Querier interface {
	Query(ctx context.Context, query string, params map[string]any, write bool) (graph.Rows, error)
}

// Entity is one node of the export.
type Entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
}

// Relation is one typed relationship: all the claims of one (source, type, target).
type Relation struct {
	Key        string   `json:"key"`
	Type       string   `json:"type"`
	Source     string   `json:"source"` // entity id
	Target     string   `json:"target"`
	Directed   bool     `json:"directed"` // false for MET_WITH and ALLY_OF, stored in id order
	Dates      []string `json:"dates,omitempty"`
	FirstDate  string   `json:"first_date,omitempty"`
	LastDate   string   `json:"last_date,omitempty"`
	Claims     int64    `json:"claims"`
	Asserted   int64    `json:"asserted"`
	Denied     int64    `json:"denied"`
	Items      []string `json:"items,omitempty"` // entity names
	Roles      []string `json:"roles,omitempty"`
	Modalities []string `json:"modalities,omitempty"`
	Documents  []string `json:"documents,omitempty"` // document ids
}

// Claim is one sentence's statement of a relation, with its evidence.
type Claim struct {
	ID          string   `json:"id"`
	Relation    string   `json:"relation"` // the Relation's key
	Type        string   `json:"type"`
	Source      string   `json:"source"`
	Target      string   `json:"target"`
	Dates       []string `json:"dates,omitempty"`
	Polarity    string   `json:"polarity"`
	Modality    string   `json:"modality"`
	Item        string   `json:"item,omitempty"` // entity name
	Role        string   `json:"role,omitempty"`
	Attribution string   `json:"according_to,omitempty"`
	Document    string   `json:"document"`
	Title       string   `json:"document_title,omitempty"`
	Published   string   `json:"published,omitempty"`
	Evidence    string   `json:"evidence"`
}

// Graph is what one export writes.
type Graph struct {
	Entities  []Entity
	Relations []Relation
	Claims    []Claim // only with Filter.Claims
}

// Filter chooses what to export. The zero Filter exports every entity and relation.
type Filter struct {
	EntityTypes   []string // keep entities of these types, and relations between them
	RelationTypes []string // keep relations of these types
	// Since and Until (YYYY, YYYY-MM or YYYY-MM-DD, inclusive) keep the relations with a date
	// in range, and their claims with a date in range; undated ones are left out.
	Since, Until string
	Claims       bool // also export the claims with their evidence sentences
}

var dateRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// ParseTypes sorts names of the closed schema into entity and relation types, in any case
// ("state", "supplied"); a name of neither is an error naming both lists.
func ParseTypes(names []string) (entities, relations []string, err error) {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if t, ok := fold(extract.EntityTypes(), n); ok {
			entities = append(entities, t)
		} else if t, ok := fold(extract.RelationTypes(), n); ok {
			relations = append(relations, t)
		} else {
			return nil, nil, fmt.Errorf("unknown type %q; want an entity type (%s) or a relation type (%s)",
				n, strings.Join(extract.EntityTypes(), ", "), strings.Join(extract.RelationTypes(), ", "))
		}
	}
	return entities, relations, nil
}

func fold(set []string, s string) (string, bool) {
	for _, t := range set {
		if strings.EqualFold(t, s) {
			return t, true
		}
	}
	return "", false
}

// CheckDate returns an error unless d is empty or a YYYY, YYYY-MM or YYYY-MM-DD date.
func CheckDate(flag, d string) error {
	if d != "" && !dateRe.MatchString(d) {
		return fmt.Errorf("--%s %q: want a date as YYYY, YYYY-MM or YYYY-MM-DD", flag, d)
	}
	return nil
}

// inRange reports whether date d (possibly partial, as the graph stores "2024" or "2024-03")
// overlaps [since, until]: each bound is compared on the precision both share.
func inRange(d, since, until string) bool {
	cut := func(a, b string) (string, string) {
		n := min(len(a), len(b))
		return a[:n], b[:n]
	}
	if since != "" {
		if a, b := cut(d, since); a < b {
			return false
		}
	}
	if until != "" {
		if a, b := cut(d, until); a > b {
			return false
		}
	}
	return true
}

func anyInRange(dates []string, since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	for _, d := range dates {
		if inRange(d, since, until) {
			return true
		}
	}
	return false
}

// relPattern matches every typed relationship of the closed schema (never user input).
var relPattern = strings.Join(extract.RelationTypes(), "|")

// Read reads the entity graph read-only and applies f. Entities are sorted by id, relations
// by source, type and target, claims by relation and id, so two exports of one graph are
// byte-identical.
func Read(ctx context.Context, q Querier, f Filter) (Graph, error) {
	for _, d := range [][2]string{{"since", f.Since}, {"until", f.Until}} {
		if err := CheckDate(d[0], d[1]); err != nil {
			return Graph{}, err
		}
	}
	var g Graph
	rows, err := q.Query(ctx, `MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases ORDER BY id`, nil, false)
	if err != nil {
		return Graph{}, fmt.Errorf("reading entities: %w", err)
	}
	names := make(map[string]string, len(rows.Rows))
	kept := map[string]bool{}
	for _, v := range rows.Rows {
		e := Entity{ID: str(v[0]), Name: str(v[1]), Type: str(v[2]), Aliases: strs(v[3])}
		names[e.ID] = e.Name
		if len(f.EntityTypes) > 0 && !slices.Contains(f.EntityTypes, e.Type) {
			continue
		}
		kept[e.ID] = true
		g.Entities = append(g.Entities, e)
	}

	rows, err = q.Query(ctx, `MATCH (a:Entity)-[r:`+relPattern+`]->(b:Entity)
RETURN r.key, type(r), a.id, b.id, r.dates, r.first_date, r.last_date, r.claim_count, r.asserted, r.denied,
       r.items, r.roles, r.modalities, r.doc_ids
ORDER BY a.id, type(r), b.id`, nil, false)
	if err != nil {
		return Graph{}, fmt.Errorf("reading relationships: %w", err)
	}
	keys := map[string]bool{}
	for _, v := range rows.Rows {
		r := Relation{Key: str(v[0]), Type: str(v[1]), Source: str(v[2]), Target: str(v[3]), Dates: strs(v[4]),
			FirstDate: str(v[5]), LastDate: str(v[6]), Claims: num(v[7]), Asserted: num(v[8]), Denied: num(v[9]),
			Items: strs(v[10]), Roles: strs(v[11]), Modalities: strs(v[12]), Documents: strs(v[13])}
		r.Directed = !extract.Undirected(r.Type)
		if !kept[r.Source] || !kept[r.Target] ||
			(len(f.RelationTypes) > 0 && !slices.Contains(f.RelationTypes, r.Type)) ||
			!anyInRange(r.Dates, f.Since, f.Until) {
			continue
		}
		for i, it := range r.Items {
			if n, ok := names[it]; ok {
				r.Items[i] = n
			}
		}
		keys[r.Key] = true
		g.Relations = append(g.Relations, r)
	}
	if !f.Claims {
		return g, nil
	}

	rows, err = q.Query(ctx, `MATCH (c:Claim)-[:STATED_IN]->(s:Sentence)-[:IN_DOCUMENT]->(d:Document)
RETURN c.id, c.rel_key, c.type, c.src, c.dst, c.dates, c.polarity, c.modality, c.item, c.role, c.attribution,
       d.id, d.title, d.published, s.text
ORDER BY c.rel_key, c.id`, nil, false)
	if err != nil {
		return Graph{}, fmt.Errorf("reading claims: %w", err)
	}
	for _, v := range rows.Rows {
		c := Claim{ID: str(v[0]), Relation: str(v[1]), Type: str(v[2]), Source: str(v[3]), Target: str(v[4]),
			Dates: strs(v[5]), Polarity: str(v[6]), Modality: str(v[7]), Item: str(v[8]), Role: str(v[9]),
			Attribution: str(v[10]), Document: str(v[11]), Title: str(v[12]), Published: str(v[13]),
			Evidence: strings.Join(strings.Fields(str(v[14])), " ")}
		if !keys[c.Relation] || !anyInRange(c.Dates, f.Since, f.Until) {
			continue
		}
		if n, ok := names[c.Item]; ok {
			c.Item = n
		}
		g.Claims = append(g.Claims, c)
	}
	return g, nil
}

func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	}
	return fmt.Sprint(v)
}

func strs(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, e := range list {
		if s := str(e); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func num(v any) int64 {
	n, _ := v.(int64)
	return n
}
