package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-analytics/kg/graph/graphtest"
)

// localServer is a throwaway server run by scripts/neo4j-local from a temp folder on free
// ports, owned by one test: it can be killed without disturbing the shared test server.
type localServer struct {
	root, home string
	bolt, http int
}

func (s *localServer) uri() string { return "bolt://127.0.0.1:" + strconv.Itoa(s.bolt) }

// env is the environment of scripts/neo4j-local and kg for this server, with no NEO4J_*
// credentials: the password must come from the server's own file.
func (s *localServer) env() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") && !strings.HasPrefix(kv, "KG_NEO4J_") {
			env = append(env, kv)
		}
	}
	return append(env, "KG_NEO4J_HOME="+s.home, "KG_NEO4J_BOLT_PORT="+strconv.Itoa(s.bolt),
		"KG_NEO4J_HTTP_PORT="+strconv.Itoa(s.http), "KG_NEO4J_HEAP_INITIAL=256m", "KG_NEO4J_HEAP_MAX=512m",
		"KG_NEO4J_PAGECACHE=64m", "KG_NEO4J_TX_LOG_PREALLOCATE=false", "NEO4J_URI="+s.uri(),
		// A slow start is not what these tests check: a busy CI machine took over 180 s.
		"KG_NEO4J_START_TIMEOUT=600")
}

func (s *localServer) script(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(s.root, "scripts", "neo4j-local"), args...)
	cmd.Env = s.env()
	began := time.Now()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("scripts/neo4j-local %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	t.Logf("scripts/neo4j-local %s: %s", strings.Join(args, " "), time.Since(began).Round(100*time.Millisecond))
	return string(out)
}

// localServersEnv set to "off" skips the tests that start a server from jars of their own.
// scripts/test-containers sets it: scripts/test has run those tests in the same CI run, and in
// the container phase each would start one more JVM beside the test containers on a 2-core
// machine (on a slow CI machine such a start outlived its 180 s wait and the package its
// 20-minute limit).
const localServersEnv = "KG_TEST_LOCAL_SERVERS"

// needLocalServers skips t where localServersEnv is "off"; a test that starts a local server
// calls it before any other work.
func needLocalServers(t *testing.T) {
	t.Helper()
	if os.Getenv(localServersEnv) == "off" {
		t.Skipf("starts a Neo4j server from jars of its own, which scripts/test runs (%s=off)", localServersEnv)
	}
}

func startLocalServer(t *testing.T) *localServer {
	t.Helper()
	needLocalServers(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	s := &localServer{root: root, home: filepath.Join(t.TempDir(), "neo4j"), bolt: freePort(t), http: freePort(t)}
	// Registered before the start, because a start that times out leaves the server running:
	// it must still be stopped before t.TempDir removes its folder.
	t.Cleanup(func() {
		cmd := exec.Command(filepath.Join(root, "scripts", "neo4j-local"), "stop")
		cmd.Env = s.env()
		_ = cmd.Run()
	})
	s.script(t, "start")
	return s
}

func (s *localServer) password(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(s.home, "password"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

// cmdlines records the command line of every process on the machine while it runs, polling
// /proc, so a test can check that a secret never appeared in any.
type cmdlines struct {
	stop chan struct{}
	done chan struct{}
	mu   sync.Mutex
	seen map[string]bool
}

func watchCmdlines() *cmdlines {
	w := &cmdlines{stop: make(chan struct{}), done: make(chan struct{}), seen: map[string]bool{}}
	go func() {
		defer close(w.done)
		for {
			paths, _ := filepath.Glob("/proc/[0-9]*/cmdline")
			w.mu.Lock()
			for _, p := range paths {
				if b, err := os.ReadFile(p); err == nil && len(b) > 0 {
					w.seen[string(bytes.ReplaceAll(b, []byte{0}, []byte{' '}))] = true
				}
			}
			w.mu.Unlock()
			select {
			case <-w.stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	return w
}

// containing stops the watch and returns the command lines that contained secret.
func (w *cmdlines) containing(secret string) (hits []string, total int) {
	close(w.stop)
	<-w.done
	for line := range w.seen {
		if strings.Contains(line, secret) {
			hits = append(hits, line)
		}
	}
	return hits, len(w.seen)
}

// Issue 16, items 2 and 3, on a server of the test's own: a random password kept 0600 and on
// no command line, found by kg by itself; and a build that loses its server stops within
// seconds with one line, and a rerun after a restart gives the graph a clean build gives.
func TestLocalServer(t *testing.T) {
	needLocalServers(t)
	if _, err := exec.LookPath("mvn"); err != nil {
		t.Fatalf("this test runs scripts/neo4j-local, which needs Maven and Java 17: %v", err)
	}
	bin := graphtest.BuildKG(t, ".")
	watch := watchCmdlines()
	s := startLocalServer(t)
	pw := s.password(t)
	runKGBin := func(args ...string) (string, string, int) {
		cmd := exec.Command(bin, args...)
		cmd.Env = s.env()
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if exit, ok := err.(*exec.ExitError); ok {
			return stdout.String(), stderr.String(), exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return stdout.String(), stderr.String(), 0
	}

	t.Run("password", func(t *testing.T) {
		if len(pw) < 32 || pw == "kg-local-password" {
			t.Errorf("password %d characters long, want a random one of 32", len(pw))
		}
		for path, want := range map[string]os.FileMode{
			filepath.Join(s.home, "password"):                 0o600,
			filepath.Join(s.home, "data", "dbms", "auth.ini"): 0o600,
		} {
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode().Perm() != want {
				t.Errorf("%s: mode %o, want %o", path, info.Mode().Perm(), want)
			}
		}
		for _, dir := range []string{s.home, filepath.Join(s.home, "data"), filepath.Join(s.home, "logs")} {
			info, err := os.Stat(dir)
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode().Perm()&0o077 != 0 {
				t.Errorf("%s: mode %o, readable by others", dir, info.Mode().Perm())
			}
		}
		if got := strings.TrimSpace(s.script(t, "password")); got != pw {
			t.Errorf("scripts/neo4j-local password printed %d characters, not the file's password", len(got))
		}
		// kg finds the password itself: no NEO4J_PASSWORD in its environment.
		stdout, stderr, code := runKGBin("status")
		if code != 0 || !strings.Contains(stdout, s.uri()) {
			t.Fatalf("kg status without NEO4J_PASSWORD: exit %d\n%s%s", code, stdout, stderr)
		}
		// Credentials in a URI never come back in output, parseable or not. (A made-up secret:
		// the real one must not appear on the command line the watch reads.)
		const fake = "f4ke-s3cret-in-uri"
		for _, uri := range []string{"bolt://neo4j:" + fake + "@127.0.0.1:1/%zz", "bolt://neo4j:" + fake + "@127.0.0.1:1"} {
			stdout, stderr, code := runKGBin("status", "--uri", uri, "--connect-timeout", "2s")
			if code == 0 || strings.Contains(stdout+stderr, fake) {
				t.Errorf("kg status --uri with credentials: exit %d, output shows the password: %s%s", code, stdout, stderr)
			}
		}
	})

	// The watch ran through the first start (password made and set) and every command above.
	hits, total := watch.containing(pw)
	if total < 10 {
		t.Errorf("saw only %d command lines; the /proc watch did not work", total)
	}
	for _, h := range hits {
		t.Errorf("the password appeared on a command line: %.200s", h)
	}

	t.Run("server lost mid-build", func(t *testing.T) {
		const docs = 80
		corpus := writeCorpus(t, docs, 20)
		drv, err := neo4j.NewDriverWithContext(s.uri(), neo4j.BasicAuth("neo4j", pw, ""))
		if err != nil {
			t.Fatal(err)
		}
		defer drv.Close(context.Background())
		cmd := exec.Command(bin, "build", "--batch", "1", "--no-progress", corpus)
		cmd.Env = s.env()
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		// Kill the server once the build is under way: some documents written, most not.
		for deadline := time.Now().Add(3 * time.Minute); ; {
			if time.Now().After(deadline) {
				t.Fatal("the build wrote no 3 documents in 3 minutes")
			}
			if documents(t, drv) >= 3 {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		pidText, err := os.ReadFile(filepath.Join(s.home, "run", "neo4j.pid"))
		if err != nil {
			t.Fatal(err)
		}
		pid, _ := strconv.Atoi(strings.TrimSpace(string(pidText)))
		if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
			t.Fatalf("killing the server (pid %d): %v", pid, err)
		}
		killed := time.Now()
		select {
		case err = <-exited:
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			t.Fatalf("kg build still running 30 s after the server was killed\nstderr: %s", stderr.String())
		}
		t.Logf("kg build ended %s after the server was killed: %v; stderr %s", time.Since(killed).Round(100*time.Millisecond), err, stderr.String())
		if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 1 {
			t.Errorf("kg build: %v, want exit status 1", err)
		}
		lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
		if len(lines) != 1 || !strings.Contains(lines[0], "stopped answering mid-build") ||
			!strings.Contains(lines[0], "documents were written") || !strings.Contains(lines[0], "rerun `kg build`") {
			t.Errorf("stderr %q, want one line saying how many documents were written and to rerun kg build", stderr.String())
		}

		// Restart, rerun: the graph equals a clean build of the same corpus.
		s.script(t, "start")
		began := time.Now()
		if _, stderr, code := runKGBin("build", "--no-progress", corpus); code != 0 {
			t.Fatalf("rerun after restart: exit %d: %s", code, stderr)
		}
		t.Logf("rerun: %s", time.Since(began).Round(100*time.Millisecond))
		resumed := fingerprint(t, drv)
		wipe(t, drv)
		if _, stderr, code := runKGBin("build", "--no-progress", corpus); code != 0 {
			t.Fatalf("clean build: exit %d: %s", code, stderr)
		}
		clean := fingerprint(t, drv)
		t.Logf("wipe, clean build, fingerprints: %s", time.Since(began).Round(100*time.Millisecond))
		if len(resumed) != len(clean) || strings.Join(resumed, "\n") != strings.Join(clean, "\n") {
			t.Errorf("resumed build (%d rows) differs from a clean build (%d rows)", len(resumed), len(clean))
		}
		if n := documents(t, drv); n != docs {
			t.Errorf("%d documents, want %d", n, docs)
		}
	})

}

func documents(t *testing.T, drv neo4j.DriverWithContext) int64 {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), drv, "MATCH (d:Document) RETURN count(d)", nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	return res.Records[0].Values[0].(int64)
}

func wipe(t *testing.T, drv neo4j.DriverWithContext) {
	t.Helper()
	ctx := context.Background()
	s := drv.NewSession(ctx, neo4j.SessionConfig{})
	defer s.Close(ctx)
	res, err := s.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// fingerprint lists what a build wrote, except ingestion times: documents, sentences,
// mentions, claims, entities with aliases, alias links, typed relationships with their
// aggregates, and counts per relationship type; sorted.
func fingerprint(t *testing.T, drv neo4j.DriverWithContext) []string {
	t.Helper()
	q := `MATCH (d:Document) RETURN 'D ' + d.id + ' ' + d.sha256 + ' ' + coalesce(d.graph_sha256, '') AS x
UNION ALL MATCH (s:Sentence)-[:IN_DOCUMENT]->(d) RETURN 'S ' + s.id + ' ' + d.id + ' ' + s.text AS x
UNION ALL MATCH (s:Sentence)-[m:MENTIONS]->(e) RETURN 'M ' + s.id + ' ' + e.id + ' ' + m.surface + ' ' + m.start + ' ' + m.end AS x
UNION ALL MATCH (c:Claim)-[:STATED_IN]->(s) RETURN 'C ' + c.id + ' ' + s.id + ' ' + c.type + ' ' + c.src + ' ' + c.dst AS x
UNION ALL MATCH (e:Entity) RETURN 'E ' + e.id + ' ' + e.name + ' ' + reduce(a = '', x IN e.aliases | a + x + ',') AS x
UNION ALL MATCH (a:Alias)-[:ALIAS_OF]->(e) RETURN 'A ' + a.key + ' ' + e.id AS x
UNION ALL MATCH (a)-[r]->(b) WHERE r.key IS NOT NULL
  RETURN 'R ' + r.key + ' ' + r.claim_count + ' ' + reduce(s = '', x IN r.claim_ids | s + x + ',') + ' ' + reduce(s = '', x IN r.dates | s + x + ',') AS x
UNION ALL MATCH ()-[r]->() WITH type(r) AS t, count(*) AS n RETURN 'T ' + t + ' ' + n AS x`
	res, err := neo4j.ExecuteQuery(context.Background(), drv, q, nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, 0, len(res.Records))
	for _, r := range res.Records {
		out = append(out, r.Values[0].(string))
	}
	sort.Strings(out)
	return out
}
