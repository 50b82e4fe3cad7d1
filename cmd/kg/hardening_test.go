package main

import (
	"context"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/graph/graphtest"
)

// Issue 16, item 1: without --write, kg query reads the graph and nothing else; with it, the
// server's own configuration still refuses files outside its import folder and URLs on the
// loopback or private ranges.
func TestQueryReadsTheGraphOnly(t *testing.T) {
	srv := graphtest.Acquire(t)
	bin := graphtest.BuildKG(t, ".")
	u, err := url.Parse(srv.URI)
	if err != nil {
		t.Fatal(err)
	}
	selfURL := "http://127.0.0.1:" + u.Port() + "/"

	for _, tc := range []struct{ name, stmt, want string }{
		{"file load", `LOAD CSV FROM "file:///etc/passwd" AS l RETURN l LIMIT 2`, "LOAD CSV"},
		{"server config", `LOAD CSV FROM "file:///conf/neo4j.conf" AS l RETURN l`, "LOAD CSV"},
		{"URL load", `LOAD CSV FROM "` + selfURL + `" AS l RETURN l LIMIT 1`, "LOAD CSV"},
		{"load in a subquery", `CALL () { LOAD CSV FROM "file:///x.csv" AS l RETURN l } RETURN count(*)`, "LOAD CSV"},
		{"load hidden by case and comments", "load /* x */ csv\nFROM 'file:///etc/passwd' AS l RETURN l", "LOAD CSV"},
		{"show transactions", `SHOW TRANSACTIONS`, "ShowTransactions"},
		{"terminate transactions", `TERMINATE TRANSACTIONS "neo4j-transaction-1"`, "TerminateTransactions"},
		{"show then terminate", `SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id YIELD message RETURN message`, "query refused"},
		{"kill connections", `CALL dbms.killConnections(["bolt-1"])`, "dbms.killConnections"},
		{"kill connection", `CALL dbms.killConnection("bolt-1")`, "dbms.killConnection"},
		{"list connections", `CALL dbms.listConnections()`, "dbms.listConnections"},
		{"procedure in a subquery", `MATCH (n) WITH count(n) AS n CALL dbms.listConnections() YIELD connectionId RETURN connectionId`, "dbms.listConnections"},
		{"clear caches", `CALL db.clearQueryCaches()`, "db.clearQueryCaches"},
		{"settings", `SHOW SETTINGS`, "ShowSettings"},
		{"users", `SHOW USERS`, "query refused"},
		{"write", `CREATE (:Probe {x: 1})`, "writes to the graph"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := srv.RunKG(t, bin, "query", tc.stmt)
			if code == 0 || stdout != "" {
				t.Fatalf("kg query %q: exit %d, stdout %q; want a refusal", tc.stmt, code, stdout)
			}
			if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 1 || !strings.Contains(stderr, tc.want) {
				t.Errorf("kg query %q: stderr %q, want one line naming %q", tc.stmt, stderr, tc.want)
			}
			if strings.Contains(stderr, "root:") {
				t.Errorf("kg query %q leaked a file: %s", tc.stmt, stderr)
			}
		})
	}

	// Reading the graph and its schema still works without --write.
	for _, stmt := range []string{`MATCH (n) RETURN count(n) AS n`, `CALL db.labels() YIELD label RETURN count(label)`,
		`SHOW INDEXES YIELD name RETURN count(name)`, `CALL dbms.components() YIELD name RETURN name`} {
		if _, stderr, code := srv.RunKG(t, bin, "query", stmt); code != 0 {
			t.Errorf("kg query %q: exit %d: %s", stmt, code, stderr)
		}
	}

	// With --write, the plan check is off but the server refuses loads outside its import
	// folder and from blocked addresses.
	for _, tc := range []struct{ name, stmt, want string }{
		{"file outside the import folder", `LOAD CSV FROM "file:///etc/passwd" AS l RETURN l LIMIT 2`, "ExternalResourceFailed"},
		{"escape the import folder", `LOAD CSV FROM "file:///../../../../../../etc/passwd" AS l RETURN l LIMIT 2`, "ExternalResourceFailed"},
		{"loopback URL", `LOAD CSV FROM "` + selfURL + `" AS l RETURN l LIMIT 1`, "blocklist"},
		{"private URL", `LOAD CSV FROM "http://10.0.0.1/x.csv" AS l RETURN l LIMIT 1`, "blocklist"},
	} {
		t.Run("write/"+tc.name, func(t *testing.T) {
			stdout, stderr, code := srv.RunKG(t, bin, "query", "--write", tc.stmt)
			if code == 0 || strings.Contains(stdout+stderr, "root:") {
				t.Fatalf("kg query --write %q: exit %d, stdout %q, stderr %q; want the server to refuse", tc.stmt, code, stdout, stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("kg query --write %q: stderr %q, want %q", tc.stmt, stderr, tc.want)
			}
		})
	}
}

// Issue 16, item 4: a document at kg build's size limit is written or refused in one line,
// whole or not at all, and the server is still up afterwards.
func TestDocumentAtSizeLimit(t *testing.T) {
	srv := graphtest.Acquire(t)
	bin := graphtest.BuildKG(t, ".")
	dir := t.TempDir()
	// As dense as text gets for the writer: every sentence a claim with two mentions.
	var b strings.Builder
	for i := 0; ; i++ {
		s := corpusSentence(i, 0) + " "
		if b.Len()+len(s) > buildMaxBytes {
			break
		}
		b.WriteString(s)
	}
	b.WriteString(strings.Repeat(" ", buildMaxBytes-b.Len()))
	if err := os.WriteFile(filepath.Join(dir, "huge.txt"), []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	stdout, stderr, code := srv.RunKG(t, bin, "build", "--no-progress", dir)
	t.Logf("kg build of a %d-byte document: exit %d in %s; stdout %s stderr %s", buildMaxBytes, code,
		time.Since(start).Round(time.Second), stdout, stderr)

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := graph.Open(ctx, srv.Config())
	if err != nil {
		t.Fatalf("the server is not up after the build: %v", err)
	}
	defer c.Close(ctx)
	recs, err := c.Read(ctx, `OPTIONAL MATCH (d:Document {id: 'huge'}) WITH count(d) AS docs
		OPTIONAL MATCH (s:Sentence {doc_id: 'huge'}) RETURN docs, count(s) AS sentences`, nil)
	if err != nil {
		t.Fatal(err)
	}
	docs, sentences := recs[0].Values[0].(int64), recs[0].Values[1].(int64)
	switch code {
	case 0:
		if docs != 1 || sentences == 0 {
			t.Errorf("build succeeded but the graph holds %d documents, %d sentences", docs, sentences)
		}
	case 1:
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if len(lines) != 2 || !strings.Contains(lines[0], "document huge") || !strings.Contains(lines[1], "1 documents failed") {
			t.Errorf("refusal: stderr %q, want one line naming document huge and the failure count", stderr)
		}
		if docs != 0 || sentences != 0 {
			t.Errorf("refused document left %d documents, %d sentences behind", docs, sentences)
		}
	default:
		t.Errorf("kg build: exit %d, want 0 or 1", code)
	}
}

// freePort asks the kernel for an unused loopback port.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
