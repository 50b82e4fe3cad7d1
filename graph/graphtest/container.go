package graphtest

// Neo4j in a throwaway Docker container, for test processes that have no NEO4J_URI.
//
// The container uses host networking on two free loopback ports chosen per container, because
// the engine on the team's machines runs without a bridge network, and because a fixed 7687
// would collide with the local server and with other test packages running at the same time.
// Each test process (so each test package) gets its own container, hence its own database.

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/api/types/network"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/testcontainers/testcontainers-go"
	tclog "github.com/testcontainers/testcontainers-go/log"
	"github.com/testcontainers/testcontainers-go/wait"
)

// DefaultImage is the Neo4j image started when KG_TEST_NEO4J_IMAGE is not set: the official
// image, for machines with Docker and internet access. scripts/test-containers sets the
// variable to the locally built kg/neo4j:5.26-local instead.
const DefaultImage = "neo4j:5.26-community"

// ImageEnv names the variable that picks the container image.
const ImageEnv = "KG_TEST_NEO4J_IMAGE"

// ReaperLogEnv names the file where the container reaper writes its stop lines (default
// kg-graphtest-containers.log in the temp dir); scripts/test-containers prints it.
const ReaperLogEnv = "KG_TEST_CONTAINER_LOG"

// RequiredVersion is the Neo4j release line the project targets; a container running anything
// else is refused, so a wrong KG_TEST_NEO4J_IMAGE cannot pass the suite on another version.
const RequiredVersion = "5.26."

const (
	startAttempts  = 3
	startupTimeout = 3 * time.Minute
	containerLabel = "kg.graphtest"
)

// DockerReachable reports whether a Docker engine answers on DOCKER_HOST or the default socket.
func DockerReachable() bool {
	addr := os.Getenv("DOCKER_HOST")
	network, target := "unix", "/var/run/docker.sock"
	switch {
	case strings.HasPrefix(addr, "unix://"):
		target = strings.TrimPrefix(addr, "unix://")
	case strings.HasPrefix(addr, "tcp://"):
		network, target = "tcp", strings.TrimPrefix(addr, "tcp://")
	case addr != "":
		return false
	}
	conn, err := net.DialTimeout(network, target, 2*time.Second)
	if err != nil {
		return false
	}
	conn.Close()
	return true
}

// StartContainer starts a Neo4j 5.26 container with a fresh database and a random password and
// returns once Bolt answers. The container lives as long as the test process: the harness
// shares it between all tests of a package, so it is not tied to t's lifetime. A small reaper
// process removes it when the test process exits, however it exits (Ryuk, testcontainers' own
// reaper, cannot be pulled on machines without a registry). t is used for log lines only.
func StartContainer(ctx context.Context, t testing.TB) (Server, error) {
	image := os.Getenv(ImageEnv)
	if image == "" {
		image = DefaultImage
	}
	password, err := randomPassword()
	if err != nil {
		return Server{}, err
	}
	var lastErr error
	for attempt := 1; attempt <= startAttempts; attempt++ {
		srv, retry, err := startOnce(ctx, t, image, password)
		if err == nil {
			return srv, nil
		}
		lastErr = err
		if !retry {
			break
		}
		t.Logf("neo4j container: port taken before the server bound it, retrying (%d/%d)", attempt, startAttempts)
	}
	return Server{}, withHint(lastErr, image)
}

// withHint adds the usual fix for the two failures seen on machines without a registry.
func withHint(err error, image string) error {
	msg := err.Error()
	switch {
	case strings.Contains(strings.ToLower(msg), "ryuk") && os.Getenv("TESTCONTAINERS_RYUK_DISABLED") != "true":
		return fmt.Errorf("%w\n(hint: without an image registry set TESTCONTAINERS_RYUK_DISABLED=true)", err)
	case strings.Contains(msg, "registry") || strings.Contains(msg, "pull"):
		return fmt.Errorf("%w\n(hint: image %s is not in the engine and cannot be pulled; run scripts/test-containers, "+
			"or scripts/build-neo4j-image and set %s=kg/neo4j:5.26-local)", err, image, ImageEnv)
	}
	return err
}

// startOnce makes one start attempt on fresh ports; retry reports a lost race for a port.
func startOnce(ctx context.Context, t testing.TB, image, password string) (srv Server, retry bool, err error) {
	ports, err := freePorts(2)
	if err != nil {
		return Server{}, false, err
	}
	bolt, http := ports[0], ports[1]
	srv = Server{
		URI:      fmt.Sprintf("bolt://127.0.0.1:%d", bolt),
		Username: "neo4j",
		Password: password,
		Database: "neo4j",
	}

	t.Logf("neo4j container: starting image %s (bolt 127.0.0.1:%d, http 127.0.0.1:%d)", image, bolt, http)
	began := time.Now()
	ctr, err := testcontainers.Run(ctx, image,
		testcontainers.WithLogger(tclog.TestLogger(t)),
		testcontainers.WithEnv(containerEnv(bolt, http, password)),
		testcontainers.WithLabels(map[string]string{containerLabel: strconv.Itoa(os.Getpid())}),
		testcontainers.WithHostConfigModifier(func(hc *container.HostConfig) {
			hc.NetworkMode = "host"
		}),
		// testcontainers attaches every container to a default bridge network ("reaper_default"
		// when the engine has no "bridge"); a host-network container cannot join one, so drop it.
		testcontainers.WithEndpointSettingsModifier(func(settings map[string]*network.EndpointSettings) {
			clear(settings)
		}),
		// The reaper starts as soon as the container exists, so even a test process killed
		// while waiting for the server leaves nothing behind.
		testcontainers.WithAdditionalLifecycleHooks(testcontainers.ContainerLifecycleHooks{
			PostCreates: []testcontainers.ContainerHook{func(_ context.Context, c testcontainers.Container) error {
				return startReaper(c.GetContainerID())
			}},
		}),
		testcontainers.WithWaitStrategyAndDeadline(startupTimeout,
			// The log line proves the server on this port is the container's own, not a
			// process that grabbed the port meanwhile; the Bolt check proves it serves queries.
			wait.ForLog(fmt.Sprintf(`Bolt enabled on [^\s]*:%d\b`, bolt)).AsRegexp().
				WithStartupTimeout(startupTimeout),
			boltReady{server: srv},
		),
	)
	if err != nil {
		logs := containerLogTail(ctr)
		if ctr != nil {
			_ = testcontainers.TerminateContainer(ctr, testcontainers.StopTimeout(0))
		}
		retry = strings.Contains(logs, "Address already in use") || strings.Contains(logs, "BindException")
		return Server{}, retry, fmt.Errorf("starting Neo4j container from image %s: %w\nlast container log lines:\n%s",
			image, err, logs)
	}

	id := ctr.GetContainerID()
	t.Logf("neo4j container: %s ready on %s in %s (removed when this test process exits; log in %s)",
		shortID(id), srv.URI, time.Since(began).Round(100*time.Millisecond), reaperLogPath())
	return srv, false, nil
}

// IPBlocklist is the value of internal.dbms.cypher_ip_blocklist in runtime/neo4j/neo4j.conf
// and docker-compose.yml: loopback, private, link-local, carrier-grade NAT and unspecified
// ranges, IPv4 and IPv6.
const IPBlocklist = "0.0.0.0/8,10.0.0.0/8,100.64.0.0/10,127.0.0.0/8,169.254.0.0/16,172.16.0.0/12,192.168.0.0/16,::/128,::1/128,::ffff:0:0/96,fc00::/7,fe80::/10"

// containerEnv configures both the official image and the local one, which read the same
// NEO4J_* convention ("_" for ".", "__" for "_").
func containerEnv(bolt, http int, password string) map[string]string {
	return map[string]string{
		"NEO4J_AUTH":                                "neo4j/" + password,
		"NEO4J_server_default__listen__address":     "127.0.0.1",
		"NEO4J_server_default__advertised__address": "127.0.0.1",
		"NEO4J_server_bolt_listen__address":         fmt.Sprintf("127.0.0.1:%d", bolt),
		"NEO4J_server_bolt_advertised__address":     fmt.Sprintf("127.0.0.1:%d", bolt),
		"NEO4J_server_http_listen__address":         fmt.Sprintf("127.0.0.1:%d", http),
		"NEO4J_server_http_advertised__address":     fmt.Sprintf("127.0.0.1:%d", http),
		// Several servers may share a 2-core machine: keep each one small.
		"NEO4J_server_memory_heap_initial__size": "256m",
		// The local runtime's default heap: kg build's default --max-bytes is measured
		// against it (a test writes a document at that limit; with 512m the server hung).
		"NEO4J_server_memory_heap_max__size": "1g",
		"NEO4J_server_memory_pagecache_size": "64m",
		// A throwaway server need not reserve 512 MiB of transaction log files at start.
		"NEO4J_db_tx__log_preallocate": "false",
		// Tests must send nothing off the host.
		"NEO4J_dbms_usage__report_enabled": "false",
		"NEO4J_client_allow__telemetry":    "false",
		// The hardening of runtime/neo4j/neo4j.conf, which the tests check: LOAD CSV reads the
		// import folder only and fetches no loopback or private address; one transaction may
		// not fill the heap.
		"NEO4J_server_directories_import":           "import",
		"NEO4J_internal_dbms_cypher__ip__blocklist": IPBlocklist,
		"NEO4J_db_memory_transaction_max":           "256m",
		"NEO4J_db_memory_transaction_total_max":     "512m",
		// Read by the local image's entry point only: the C1 compiler alone starts the server
		// about a third faster on a busy 2-core machine, which matters more here than peak speed.
		"KG_NEO4J_JAVA_OPTS": "-XX:TieredStopAtLevel=1",
	}
}

// boltReady waits until the server answers a query over Bolt with the right credentials and
// runs the required Neo4j version.
type boltReady struct{ server Server }

func (b boltReady) WaitUntilReady(ctx context.Context, _ wait.StrategyTarget) error {
	d, err := neo4j.NewDriverWithContext(b.server.URI, neo4j.BasicAuth(b.server.Username, b.server.Password, ""))
	if err != nil {
		return fmt.Errorf("bolt driver for %s: %w", b.server.URI, err)
	}
	defer d.Close(context.WithoutCancel(ctx))
	for {
		version, err := serverVersion(ctx, d)
		if err == nil {
			if !strings.HasPrefix(version, RequiredVersion) {
				return fmt.Errorf("container runs Neo4j %s, the tests need %sx", version, RequiredVersion)
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for Bolt on %s: %w (last error: %v)", b.server.URI, ctx.Err(), err)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func serverVersion(ctx context.Context, d neo4j.DriverWithContext) (string, error) {
	qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	res, err := neo4j.ExecuteQuery(qctx, d, "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return "", err
	}
	if len(res.Records) != 1 {
		return "", errors.New("dbms.components() returned no row")
	}
	version, _ := res.Records[0].Values[0].(string)
	return version, nil
}

// startReaper starts a detached shell that removes the container once this process is gone.
// Its output goes to a file, not to the test's stdout: go test would otherwise wait for the
// reaper to close the pipe.
func startReaper(id string) error {
	docker, err := exec.LookPath("docker")
	if err != nil {
		return fmt.Errorf("the docker CLI is needed to remove the test container when the tests end: %w", err)
	}
	logFile, err := os.OpenFile(reaperLogPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("opening container reaper log: %w", err)
	}
	defer logFile.Close()
	const script = `while kill -0 "$1" 2>/dev/null; do sleep 0.5; done
# A container that failed to start was already removed by the test itself.
"$2" inspect "$4" >/dev/null 2>&1 || exit 0
printf 'graphtest: stopping neo4j container %s (test process %s exited)\n' "$3" "$1"
start=$(date +%s%N)
if "$2" rm --force --volumes "$4" >/dev/null; then
  printf 'graphtest: stopped neo4j container %s in %sms\n' "$3" $(( ($(date +%s%N) - start) / 1000000 ))
else
  printf 'graphtest: FAILED to remove neo4j container %s\n' "$3"
fi`
	cmd := exec.Command("/bin/sh", "-c", script, "kg-graphtest-reaper",
		strconv.Itoa(os.Getpid()), docker, shortID(id), id)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Own session: the reaper must survive the test process and its process group.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting container reaper: %w", err)
	}
	// Not waited for on purpose; release it so it is not left as this process's child.
	return cmd.Process.Release()
}

func reaperLogPath() string {
	if p := os.Getenv(ReaperLogEnv); p != "" {
		return p
	}
	return filepath.Join(os.TempDir(), "kg-graphtest-containers.log")
}

// freePorts asks the kernel for n distinct free loopback ports. They are released before the
// container binds them, so a race is possible; startOnce retries when it loses one.
func freePorts(n int) ([]int, error) {
	ports := make([]int, 0, n)
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("finding a free port for the Neo4j container: %w", err)
		}
		defer l.Close()
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

func randomPassword() (string, error) {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("making a password for the Neo4j container: %w", err)
	}
	return "kg-" + hex.EncodeToString(b), nil
}

// containerLogTail returns the last lines of a failed container's log, for the error message.
func containerLogTail(ctr *testcontainers.DockerContainer) string {
	if ctr == nil {
		return "(no container)"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rc, err := ctr.Logs(ctx)
	if err != nil {
		return fmt.Sprintf("(logs unavailable: %v)", err)
	}
	defer rc.Close()
	b, _ := io.ReadAll(rc)
	lines := bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	if len(lines) > 20 {
		lines = lines[len(lines)-20:]
	}
	return string(bytes.Join(lines, []byte("\n")))
}

// shortID is the 12-character form that docker ps shows.
func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}
