// Package graphtest gives integration tests a real Neo4j server: the one named by NEO4J_URI,
// else a container when a Docker engine is reachable. It never mocks the server and never
// skips: without a server the test fails saying how to start one.
//
// The tests wipe the database, so the harness refuses a database that holds data it did not
// create (it keeps a :KgTestMarker node in databases it owns), and it serialises test
// processes on one server with a file lock, so packages can run in any order and in parallel.
package graphtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-analytics/kg/graph"
)

// Server is where a test server listens.
type Server struct {
	URI      string
	Username string
	Password string
	Database string
}

// Config is the graph.Config of the server.
func (s Server) Config() graph.Config {
	return graph.Config{URI: s.URI, Username: s.Username, Password: s.Password, Database: s.Database}
}

// Env returns NEO4J_* variables for running the kg binary against the server.
func (s Server) Env() []string {
	return []string{"NEO4J_URI=" + s.URI, "NEO4J_USERNAME=" + s.Username, "NEO4J_PASSWORD=" + s.Password,
		"NEO4J_DATABASE=" + s.Database}
}

// The server is resolved, locked and claimed once per test process: starting a container or
// re-checking ownership per test would cost seconds each. This is the package's only state
// and it is write-once.
var shared struct {
	once   sync.Once
	server Server
	err    error
}

// Acquire returns the test server with an empty database (schema applied), ready for one
// test. Every call wipes the data left by the previous test.
func Acquire(t testing.TB) Server {
	t.Helper()
	shared.once.Do(func() { shared.server, shared.err = setup(t) })
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := Wipe(ctx, shared.server); err != nil {
		t.Fatal(err)
	}
	return shared.server
}

// AcquireKept returns the test server without wiping it, for a benchmark that keeps a large
// generated graph between runs (the server is still locked and claimed as the harness's own).
func AcquireKept(t testing.TB) Server {
	t.Helper()
	shared.once.Do(func() { shared.server, shared.err = setup(t) })
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.server
}

// Open is Acquire plus an open client, closed when the test ends.
func Open(t testing.TB) (*graph.Client, Server) {
	t.Helper()
	srv := Acquire(t)
	// The first call of a process creates every index on a cold server: on a loaded 2-core
	// machine that took over a minute.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c, err := graph.Open(ctx, srv.Config())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close(context.Background()) })
	if _, err := c.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	return c, srv
}

// noServerMessage answers a plain `go test` with no server: scripts/test is the way in (the
// demo's server on 7687 is refused, since the tests would delete its graph).
const noServerMessage = "no Neo4j server for integration tests: run them with scripts/test, which starts a local " +
	"Neo4j of its own and stops it afterwards (e.g. scripts/test ./graph/, or scripts/test -run TestName ./cmd/kg/); " +
	"or set NEO4J_URI (with NEO4J_USERNAME/NEO4J_PASSWORD) to a server whose database holds no other data, " +
	"or make a Docker engine reachable so the tests start a container"

func setup(t testing.TB) (Server, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var srv Server
	switch {
	case os.Getenv("NEO4J_URI") != "":
		srv = Server{URI: os.Getenv("NEO4J_URI"), Username: envOr("NEO4J_USERNAME", "neo4j"),
			Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
		if srv.Password == "" {
			// The local server's own password file (scripts/neo4j-local), as kg finds it.
			if wd, err := os.Getwd(); err == nil {
				srv.Password, _, _ = graph.LocalPassword(srv.URI, os.Getenv("KG_NEO4J_HOME"), wd)
			}
		}
	case DockerReachable():
		var err error
		if srv, err = StartContainer(ctx, t); err != nil {
			return srv, err
		}
	default:
		return srv, errors.New(noServerMessage)
	}
	if err := lockServer(srv); err != nil {
		return srv, err
	}
	if err := claim(ctx, srv); err != nil {
		return srv, err
	}
	return srv, nil
}

// lockServer takes an exclusive lock, held until the test process exits, on a file named
// after the server, so test processes sharing a server take turns.
func lockServer(srv Server) error {
	sum := sha256.Sum256([]byte(srv.URI + "\x00" + srv.Database))
	path := filepath.Join(os.TempDir(), "kg-graphtest-"+hex.EncodeToString(sum[:8])+".lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return fmt.Errorf("opening test lock %s: %w", path, err)
	}
	// The descriptor stays open on purpose: closing it would release the lock.
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("locking %s: %w", path, err)
	}
	return nil
}

const markerLabel = "KgTestMarker"

// claim checks that the database is empty or already marked as the harness's own, and marks it.
func claim(ctx context.Context, srv Server) error {
	d, err := driver(ctx, srv)
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d,
		"CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH (m:"+markerLabel+") RETURN count(m) AS markers } RETURN nodes, markers",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(srv.Database))
	if err != nil {
		return fmt.Errorf("inspecting test database at %s: %w", srv.URI, err)
	}
	nodes, _ := res.Records[0].Values[0].(int64)
	markers, _ := res.Records[0].Values[1].(int64)
	if nodes > 0 && markers == 0 {
		return fmt.Errorf("refusing to run integration tests against %s: its database holds %d nodes that the test "+
			"harness did not create, and the tests delete everything (the demo's graph, maybe). Run the tests "+
			"with scripts/test, which starts a test server of its own (scripts/test ./graph/), or point NEO4J_URI "+
			"at an empty server", srv.URI, nodes)
	}
	_, err = neo4j.ExecuteQuery(ctx, d, "MERGE (:"+markerLabel+" {created_by: 'kg graphtest'})",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(srv.Database))
	if err != nil {
		return fmt.Errorf("marking test database at %s: %w", srv.URI, err)
	}
	return nil
}

// Wipe deletes every node but the harness's marker, in batches.
func Wipe(ctx context.Context, srv Server) error {
	d, err := driver(ctx, srv)
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: srv.Database})
	defer s.Close(ctx)
	// CALL ... IN TRANSACTIONS needs an auto-commit transaction.
	// Relationships first, in batches, so that a hub node's relationships never have to
	// fit in one transaction.
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) WHERE NOT n:" + markerLabel + " CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
	} {
		res, err := s.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("wiping test database at %s: %w", srv.URI, err)
		}
	}
	return nil
}

func driver(ctx context.Context, srv Server) (neo4j.DriverWithContext, error) {
	d, err := neo4j.NewDriverWithContext(srv.URI, neo4j.BasicAuth(srv.Username, srv.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("test server %s: %w", srv.URI, err)
	}
	vctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := d.VerifyConnectivity(vctx); err != nil {
		d.Close(ctx)
		return nil, fmt.Errorf("cannot reach test server %s: %w", srv.URI, err)
	}
	return d, nil
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
