package graph

import (
	"strings"
	"testing"
)

func TestRedactURI(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"bolt://neo4j:secret@localhost:7687", "bolt://localhost:7687"},
		{"neo4j://localhost", "neo4j://localhost"},
		// Unparseable: the credentials go all the same.
		{"bolt://neo4j:secret@127.0.0.1:7687/%zz", "bolt://[redacted]@127.0.0.1:7687/%zz"},
		{"bolt://neo4j:se%zzcret@127.0.0.1:7687", "bolt://[redacted]@127.0.0.1:7687"},
		{"bolt://neo4j:se/cr%et@127.0.0.1:7687", "bolt://[redacted]"},
		{"%zz", "%zz"},
	} {
		got := RedactURI(tc.in)
		if got != tc.want {
			t.Errorf("RedactURI(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if strings.Contains(got, "secret") || strings.Contains(got, "cret") {
			t.Errorf("RedactURI(%q) = %q still shows the password", tc.in, got)
		}
	}
}

func TestIsLoopbackAddr(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:7479": true, "localhost:7479": true, "[::1]:7479": true,
		":7479": false, "0.0.0.0:7479": false, "192.168.1.4:7479": false, "nonsense": false,
	} {
		if got := IsLoopbackAddr(addr); got != want {
			t.Errorf("IsLoopbackAddr(%q) = %v, want %v", addr, got, want)
		}
	}
}
