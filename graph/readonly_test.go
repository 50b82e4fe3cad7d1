package graph

import (
	"strings"
	"testing"
)

func TestReadOnlyPolicy(t *testing.T) {
	p, err := loadPolicy()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		op      string
		refused string // "" when allowed
	}{
		{"NodeIndexSeek UNIQUE a:Alias(key) WHERE key = $k", ""},
		{"Expand(All) (e)-[r]-(other)", ""},
		{"ProcedureCall db.labels() :: (label :: STRING)", ""},
		{"ProcedureCall DB.LABELS()", ""},
		{"ShowIndexes allIndexes", ""},
		{"LoadCSV l", "LOAD CSV"},
		{"ProcedureCall dbms.killConnections($autostring_0) :: (connectionId :: STRING)", "dbms.killConnections"},
		{"ProcedureCall dbms.listConnections()", "dbms.listConnections"},
		{"ProcedureCall", "does not name"},
		{"ShowTransactions allTransactions", "ShowTransactions"},
		{"TerminateTransactions", "TerminateTransactions"},
		{"ShowSettings allSettings", "ShowSettings"},
	} {
		why := p.refusal(tc.op)
		if (why == "") != (tc.refused == "") || !strings.Contains(why, tc.refused) {
			t.Errorf("refusal(%q) = %q, want %q", tc.op, why, tc.refused)
		}
	}
	for _, bad := range []string{"procedure", "function x", "procedure a b"} {
		if _, err := parsePolicy(bad); err == nil {
			t.Errorf("parsePolicy(%q) accepted a malformed line", bad)
		}
	}
}
