package graph

import (
	"path"
	"strings"
)

// Statements returns the writer's statements by name (queries/<name>.cypher), for tests in
// package graph_test that plan them against a real server.
func Statements() map[string]string {
	entries, err := queryFS.ReadDir("queries")
	if err != nil {
		panic(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), path.Ext(e.Name()))
		out[name] = query(name)
	}
	return out
}
