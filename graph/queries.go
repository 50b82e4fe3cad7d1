package graph

import (
	"embed"
	"fmt"
)

// The writer's Cypher lives in queries/*.cypher as data; each file is one statement.
//
//go:embed queries/*.cypher
var queryFS embed.FS

// query returns the text of queries/<name>.cypher. The files are compiled into the binary
// and every name used is exercised by the tests, so a missing one is a programming error.
func query(name string) string {
	b, err := queryFS.ReadFile("queries/" + name + ".cypher")
	if err != nil {
		panic(fmt.Sprintf("graph: missing embedded query %s", name))
	}
	return string(b)
}
