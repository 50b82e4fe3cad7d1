package graphtest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// BuildKG compiles the kg command (cmdDir is its package directory relative to the calling
// test, e.g. "../cmd/kg") into the test's temp dir and returns the binary's path. Tests that
// check kg end to end run the real binary against the real server.
func BuildKG(t testing.TB, cmdDir string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kg")
	if out, err := exec.Command("go", "build", "-o", bin, cmdDir).CombinedOutput(); err != nil {
		t.Fatalf("building kg: %v\n%s", err, out)
	}
	return bin
}

// RunKG runs the kg binary with the server's connection settings in its environment and
// returns stdout, stderr and the exit code. A failure to start the process fails the test.
func (s Server) RunKG(t testing.TB, bin string, args ...string) (string, string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), s.Env()...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return stdout.String(), stderr.String(), exit.ExitCode()
	case err != nil:
		t.Fatalf("running kg: %v", err)
	}
	return stdout.String(), stderr.String(), 0
}
