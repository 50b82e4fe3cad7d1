package graph

import (
	"context"
	"embed"
	"fmt"
	"path"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The writer's Cypher lives in queries/*.cypher as data; each file is one statement.
//
//go:embed queries/*.cypher
var queryFS embed.FS

// queries are the texts of queries/*.cypher by name. Open reads them once into the Client;
// they never change after.
type queries map[string]string

func loadQueries() (queries, error) {
	entries, err := queryFS.ReadDir("queries")
	if err != nil {
		return nil, fmt.Errorf("reading the embedded queries: %w", err)
	}
	out := make(queries, len(entries))
	for _, e := range entries {
		b, err := queryFS.ReadFile("queries/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("reading the embedded query %s: %w", e.Name(), err)
		}
		out[strings.TrimSuffix(e.Name(), path.Ext(e.Name()))] = string(b)
	}
	return out, nil
}

// query returns the text of queries/<name>.cypher. The files are compiled into the binary
// and every name used is exercised by the tests, so a missing one is a programming error,
// reported as an error of the statement rather than a crash.
func (q queries) query(name string) (string, error) {
	text, ok := q[name]
	if !ok {
		return "", fmt.Errorf("graph: no embedded query %s", name)
	}
	return text, nil
}

// readNamed runs the read query queries/<name>.cypher.
func (c *Client) readNamed(ctx context.Context, name string, params map[string]any) ([]*neo4j.Record, error) {
	text, err := c.q.query(name)
	if err != nil {
		return nil, err
	}
	return c.read(ctx, text, params)
}
