package graphtest

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/db"
)

// RequireDockerEnv makes the container test fail, rather than skip, when no Docker engine
// answers; scripts/test-containers sets it so that run cannot pass without a container.
const RequireDockerEnv = "KG_TEST_REQUIRE_DOCKER"

func TestWithHint(t *testing.T) {
	tests := []struct {
		name, err, want string
	}{
		{"pull failure", `Get "https://registry-1.docker.io/v2/": no such host`, "scripts/build-neo4j-image"},
		{"other failure", "container exited with code 1", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := withHint(errors.New(tc.err), "neo4j:5.26-community").Error()
			if tc.want == "" && got != tc.err {
				t.Errorf("withHint added text to %q: %q", tc.err, got)
			}
			if tc.want != "" && !strings.Contains(got, tc.want) {
				t.Errorf("withHint(%q) = %q, want it to mention %q", tc.err, got, tc.want)
			}
		})
	}
}

func TestFreePortsDistinct(t *testing.T) {
	ports, err := freePorts(4)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]bool{}
	for _, p := range ports {
		if p <= 0 || p == 7687 || p == 7474 || seen[p] {
			t.Errorf("freePorts gave %v: want 4 distinct ports other than 7687/7474", ports)
		}
		seen[p] = true
	}
}

// TestStartContainer starts a real Neo4j container (image from KG_TEST_NEO4J_IMAGE) and checks
// what the harness relies on: Bolt answers with the returned credentials only, the server is
// 5.26 Community, it listens on its own port rather than the local server's, and its database
// starts empty.
func TestStartContainer(t *testing.T) {
	required := os.Getenv(RequireDockerEnv) == "1"
	if os.Getenv("NEO4J_URI") != "" && !required {
		// The run was pointed at a server; a container here would only cost time (and a pull).
		t.Skip("NEO4J_URI is set; scripts/test-containers runs this test against a container")
	}
	if !DockerReachable() {
		if required {
			t.Fatalf("%s=1 but no Docker engine answers (start one with scripts/dockerd-local start)", RequireDockerEnv)
		}
		t.Skip("no Docker engine reachable; scripts/test-containers runs this test with one")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	srv, err := StartContainer(ctx, t)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(srv.URI, ":7687") {
		t.Errorf("container URI %s uses the local server's port 7687", srv.URI)
	}

	d, err := neo4j.NewDriverWithContext(srv.URI, neo4j.BasicAuth(srv.Username, srv.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)

	tests := []struct {
		name  string
		query string
		check func(t *testing.T, rec *neo4j.Record)
	}{
		{"return 1", "RETURN 1 AS one", func(t *testing.T, rec *neo4j.Record) {
			if v, _ := rec.Values[0].(int64); v != 1 {
				t.Errorf("RETURN 1 gave %v", rec.Values[0])
			}
		}},
		{"version 5.26 community", "CALL dbms.components() YIELD versions, edition RETURN versions[0], edition",
			func(t *testing.T, rec *neo4j.Record) {
				version, _ := rec.Values[0].(string)
				edition, _ := rec.Values[1].(string)
				if !strings.HasPrefix(version, "5.26.") || edition != "community" {
					t.Errorf("server is %s %s, want 5.26.x community", version, edition)
				}
			}},
		{"fresh database", "MATCH (n) RETURN count(n)", func(t *testing.T, rec *neo4j.Record) {
			if n, _ := rec.Values[0].(int64); n != 0 {
				t.Errorf("new container's database holds %d nodes", n)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := neo4j.ExecuteQuery(ctx, d, tc.query, nil, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(srv.Database), neo4j.ExecuteQueryWithReadersRouting())
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Records) != 1 {
				t.Fatalf("%q returned %d rows, want 1", tc.query, len(res.Records))
			}
			tc.check(t, res.Records[0])
		})
	}

	t.Run("wrong password refused", func(t *testing.T) {
		bad, err := neo4j.NewDriverWithContext(srv.URI, neo4j.BasicAuth(srv.Username, srv.Password+"x", ""))
		if err != nil {
			t.Fatal(err)
		}
		defer bad.Close(ctx)
		err = bad.VerifyConnectivity(ctx)
		var neoErr *db.Neo4jError
		if !errors.As(err, &neoErr) || !strings.Contains(neoErr.Code, "Unauthorized") {
			t.Errorf("connecting with a wrong password gave %v, want an Unauthorized error", err)
		}
	})
}

// TestNoServerPointsToScriptsTest: plain `go test` without a server names the command that
// brings one, not the demo's port.
func TestNoServerPointsToScriptsTest(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Setenv("DOCKER_HOST", "ssh://no-docker-for-this-test")
	_, err := setup(t)
	if err == nil || !strings.Contains(err.Error(), "scripts/test") || strings.Contains(err.Error(), "7687") {
		t.Fatalf("setup without a server: %v; want a pointer to scripts/test and no port 7687", err)
	}
}
