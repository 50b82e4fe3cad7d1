package graph

import "testing"

func TestRedactURI(t *testing.T) {
	for in, want := range map[string]string{
		"bolt://neo4j:secret@localhost:7687": "bolt://localhost:7687",
		"neo4j://localhost":                  "neo4j://localhost",
	} {
		if got := redactURI(in); got != want {
			t.Errorf("redactURI(%q) = %q, want %q", in, got, want)
		}
	}
}
