package graph

import (
	"embed"
	"fmt"
	"path"
	"strings"
	"sync"
)

// The writer's Cypher lives in queries/*.cypher as data; each file is one statement.
//
//go:embed queries/*.cypher
var queryFS embed.FS

// statements are the texts of queries/*.cypher by name, read once on first use and never
// changed after.
var statements = sync.OnceValue(func() map[string]string {
	entries, err := queryFS.ReadDir("queries")
	if err != nil {
		panic(fmt.Sprintf("graph: reading embedded queries: %v", err))
	}
	out := make(map[string]string, len(entries))
	for _, e := range entries {
		b, err := queryFS.ReadFile("queries/" + e.Name())
		if err != nil {
			panic(fmt.Sprintf("graph: reading embedded query %s: %v", e.Name(), err))
		}
		out[strings.TrimSuffix(e.Name(), path.Ext(e.Name()))] = string(b)
	}
	return out
})

// query returns the text of queries/<name>.cypher. The files are compiled into the binary
// and every name used is exercised by the tests, so a missing one is a programming error.
func query(name string) string {
	q, ok := statements()[name]
	if !ok {
		panic(fmt.Sprintf("graph: missing embedded query %s", name))
	}
	return q
}
