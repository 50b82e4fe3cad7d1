package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-analytics/kg/extract"
)

// Status is what `kg status` shows.
type Status struct {
	URI           string
	Version       string
	Edition       string
	Database      string
	Nodes         int64
	Relationships int64
	Labels        []Count // the model's labels, in model order
	Types         []Count // the model's relationship types, in model order
}

// Count is a number of nodes with a label or relationships of a type.
type Count struct {
	Name string
	N    int64
}

// ModelLabels are the node labels of the graph model: structural ones, then entity types.
func ModelLabels() []string {
	return append([]string{"Document", "Sentence", "Entity", "Alias", "Claim", "NameWord"}, extract.EntityTypes()...)
}

// ModelRelationshipTypes are the relationship types of the graph model.
func ModelRelationshipTypes() []string {
	return append([]string{"IN_DOCUMENT", "MENTIONS", "ALIAS_OF", "STATED_IN", "ITEM", "NAME_WORD"},
		extract.RelationTypes()...)
}

// countQuery builds one query counting each name with the count store. The names come only
// from the model's constants above, never from input, so writing them into the text is safe
// (Cypher has no parameter for a label in a count-store lookup).
func countQuery(names []string, pattern string) string {
	parts := make([]string, len(names))
	for i, n := range names {
		// Aggregate first: a literal grouping key would give no row at all for a zero count.
		parts[i] = fmt.Sprintf("MATCH "+pattern+" WITH count(*) AS n RETURN '%s' AS name, n", n, n)
	}
	return strings.Join(parts, "\nUNION ALL\n")
}

// Status reads the server's identity and the graph's size. It only reads.
func (c *Client) Status(ctx context.Context) (Status, error) {
	st := Status{URI: c.uri}
	recs, err := c.read(ctx, "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition", nil)
	if err != nil {
		return st, fmt.Errorf("reading server version: %w", c.wrapQueryErr(err))
	}
	for _, r := range recs {
		if str(r, "name") == "Neo4j Kernel" {
			st.Version, st.Edition = str(r, "version"), str(r, "edition")
		}
	}
	recs, err = c.read(ctx, "CALL db.info() YIELD name RETURN name", nil)
	if err != nil {
		return st, fmt.Errorf("reading database name: %w", c.wrapQueryErr(err))
	}
	if len(recs) > 0 {
		st.Database = str(recs[0], "name")
	}
	recs, err = c.read(ctx, "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels", nil)
	if err != nil {
		return st, fmt.Errorf("counting nodes: %w", c.wrapQueryErr(err))
	}
	st.Nodes, st.Relationships = count(recs[0], "nodes"), count(recs[0], "rels")
	if st.Labels, err = c.counts(ctx, ModelLabels(), "(x:%s)"); err != nil {
		return st, fmt.Errorf("counting labels: %w", err)
	}
	if st.Types, err = c.counts(ctx, ModelRelationshipTypes(), "()-[x:%s]->()"); err != nil {
		return st, fmt.Errorf("counting relationship types: %w", err)
	}
	return st, nil
}

func (c *Client) counts(ctx context.Context, names []string, pattern string) ([]Count, error) {
	recs, err := c.read(ctx, countQuery(names, pattern), nil)
	if err != nil {
		return nil, c.wrapQueryErr(err)
	}
	out := make([]Count, 0, len(recs))
	for _, r := range recs {
		out = append(out, Count{Name: str(r, "name"), N: count(r, "n")})
	}
	return out, nil
}

// count reads an integer column; null or a missing column gives 0.
func count(r *neo4j.Record, key string) int64 {
	n, _, _ := neo4j.GetRecordValue[int64](r, key)
	return n
}
