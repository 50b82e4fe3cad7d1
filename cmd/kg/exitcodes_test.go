package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExitCodes checks kg's one error policy (errors.go) command by command: a wrong flag,
// argument, parameter or configuration value exits 2 and is reported before any connection
// is tried (the server here is an address nothing listens on); a failure at run time exits
// 1; success exits 0.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.txt")
	write(t, doc, "Kim Jong Un met Vladimir Putin in Vladivostok in September 2023.")
	badConfig := filepath.Join(dir, "bad.yaml")
	write(t, badConfig, "neo4j:\n  uri: [soon\n")
	gold := filepath.Join(dir, "gold.json")
	write(t, gold, `{"documents": {"doc": {"entities": [], "relations": []}}}`)
	missing := filepath.Join(dir, "missing.txt")

	type row struct {
		name  string
		stdin string
		args  []string
		code  int
		want  string // in stderr
	}
	unreachable := "bolt://127.0.0.1:1"
	byCommand := map[string][]row{
		"root": {
			{name: "help", args: nil, code: 0},
			{name: "unknown command", args: []string{"frobnicate"}, code: 2, want: "unknown command"},
			{name: "unknown flag", args: []string{"--frobnicate"}, code: 2, want: "unknown flag"},
		},
		"extract": {
			{name: "stdin", stdin: "Kim Jong Un met Vladimir Putin.", args: []string{"extract"}, code: 0},
			{name: "file", args: []string{"extract", doc}, code: 0},
			{name: "bad format", args: []string{"extract", "--format", "xml", doc}, code: 2, want: "--format"},
			{name: "bad max-bytes", args: []string{"extract", "--max-bytes", "0", doc}, code: 2, want: "--max-bytes"},
			{name: "bad shard", args: []string{"extract", "--shard", "3/2", doc}, code: 2, want: "3/2"},
			{name: "bad flag value", args: []string{"extract", "--max-bytes", "lots", doc}, code: 2, want: "lots"},
			{name: "bad config", args: []string{"extract", "--config", badConfig, doc}, code: 2, want: "bad.yaml"},
			{name: "bad log level", args: []string{"extract", "--log-level", "loud", doc}, code: 2, want: "loud"},
			{name: "bad workers", args: []string{"extract", "--workers", "-1", doc}, code: 2, want: "worker"},
			{name: "missing file", args: []string{"extract", missing}, code: 1, want: "missing.txt"},
		},
		"eval": {
			{name: "no gold", args: []string{"eval", doc}, code: 2, want: "--gold"},
			{name: "bad config", args: []string{"eval", "--config", badConfig, "--gold", gold, doc}, code: 2, want: "bad.yaml"},
			{name: "ok", args: []string{"eval", "--gold", gold, doc}, code: 0},
			{name: "missing input", args: []string{"eval", "--gold", gold, missing}, code: 1, want: "missing.txt"},
			{name: "against a second gold", args: []string{"eval", "--gold", gold, "--against", gold}, code: 0},
			{name: "against and paths", args: []string{"eval", "--gold", gold, "--against", gold, doc}, code: 2, want: "--against"},
			{name: "against a missing file", args: []string{"eval", "--gold", gold, "--against", missing}, code: 2, want: "missing.txt"},
		},
		"report list": {
			{name: "ok", args: []string{"report", "list"}, code: 0},
			{name: "bad format", args: []string{"report", "list", "--format", "xml"}, code: 2, want: "xml"},
			{name: "bad width", args: []string{"report", "list", "--width", "-3"}, code: 2, want: "-3"},
			{name: "extra argument", args: []string{"report", "list", "extra"}, code: 2},
		},
		"report show": {
			{name: "ok", args: []string{"report", "show", "entity-profile", "--param", "entity=DPRK"}, code: 0},
			{name: "unknown report", args: []string{"report", "show", "no-such-report"}, code: 2, want: "no-such-report"},
			{name: "unknown param", args: []string{"report", "show", "entity-profile", "--param", "nope=1"}, code: 2, want: "nope"},
			{name: "no name", args: []string{"report", "show"}, code: 2},
		},
		"report run": {
			{name: "unreachable", args: []string{"report", "run", "entity-profile", "--uri", unreachable}, code: 1, want: "127.0.0.1:1"},
			{name: "bad format", args: []string{"report", "run", "entity-profile", "--format", "xml", "--uri", unreachable}, code: 2, want: "xml"},
			{name: "bad param", args: []string{"report", "run", "entity-profile", "--param", "entity", "--uri", unreachable}, code: 2, want: "NAME=VALUE"},
			{name: "bad width", args: []string{"report", "run", "entity-profile", "--width", "-3", "--uri", unreachable}, code: 2, want: "-3"},
			{name: "bad config", args: []string{"report", "run", "entity-profile", "--config", badConfig}, code: 2, want: "bad.yaml"},
			{name: "unknown subcommand", args: []string{"report", "frobnicate"}, code: 2, want: "frobnicate"},
		},
		"query": {
			{name: "unreachable", args: []string{"query", "RETURN 1", "--uri", unreachable}, code: 1, want: "127.0.0.1:1"},
			{name: "empty", stdin: "  ", args: []string{"query", "-", "--uri", unreachable}, code: 2, want: "empty"},
			{name: "bad format", args: []string{"query", "RETURN 1", "--format", "xml", "--uri", unreachable}, code: 2, want: "xml"},
			{name: "bad param", args: []string{"query", "RETURN 1", "--param", "x", "--uri", unreachable}, code: 2, want: "NAME=VALUE"},
		},
		"status": {
			{name: "unreachable", args: []string{"status", "--uri", unreachable}, code: 1, want: "127.0.0.1:1"},
			{name: "bad config", args: []string{"status", "--config", badConfig, "--uri", unreachable}, code: 2, want: "bad.yaml"},
			{name: "bad log level", args: []string{"status", "--log-level", "loud", "--uri", unreachable}, code: 2, want: "loud"},
			{name: "bad timeout", args: []string{"status", "--connect-timeout", "-1s", "--uri", unreachable}, code: 2, want: "-1s"},
			{name: "extra argument", args: []string{"status", "extra"}, code: 2},
		},
		"schema": {
			{name: "unreachable", args: []string{"schema", "apply", "--uri", unreachable}, code: 1, want: "127.0.0.1:1"},
			{name: "unknown subcommand", args: []string{"schema", "drop"}, code: 2, want: "drop"},
		},
		"build": {
			{name: "unreachable", args: []string{"build", doc, "--uri", unreachable}, code: 1, want: "127.0.0.1:1"},
			{name: "writers 0", args: []string{"build", doc, "--writers", "0", "--uri", unreachable}, code: 2, want: "--writers 0"},
			{name: "batch 0", args: []string{"build", doc, "--batch", "0", "--uri", unreachable}, code: 2, want: "--batch 0"},
			{name: "max-bytes 0", args: []string{"build", doc, "--max-bytes", "0", "--uri", unreachable}, code: 2, want: "--max-bytes"},
			{name: "from and paths", args: []string{"build", "--from", dir, doc, "--uri", unreachable}, code: 2, want: "not both"},
			{name: "bad log level", args: []string{"build", doc, "--log-level", "loud", "--uri", unreachable}, code: 2, want: "loud"},
			{name: "bad rules", args: []string{"build", doc, "--uri", unreachable}, code: 2, want: "rules"},
		},
		"export": {
			{name: "unreachable", args: []string{"export", "--uri", unreachable}, code: 1, want: "127.0.0.1:1"},
			{name: "bad format", args: []string{"export", "--format", "xml", "--uri", unreachable}, code: 2, want: "xml"},
			{name: "bom without csv", args: []string{"export", "--bom", "--uri", unreachable}, code: 2, want: "--bom"},
			{name: "bad type", args: []string{"export", "--type", "planet", "--uri", unreachable}, code: 2, want: "planet"},
			{name: "dates reversed", args: []string{"export", "--since", "2024", "--until", "2023", "--uri", unreachable}, code: 2, want: "after"},
		},
		"entities": {
			{name: "unreachable", args: []string{"entities", "merge", "person:a", "person:b", "--uri", unreachable}, code: 1, want: "127.0.0.1:1"},
			{name: "same ids", args: []string{"entities", "merge", "person:a", "person:a", "--uri", unreachable}, code: 2, want: "the same"},
			{name: "one id", args: []string{"entities", "split", "person:a"}, code: 2},
		},
		"browser-assets": {
			{name: "write", args: []string{"browser-assets", "--write", filepath.Join(dir, "assets")}, code: 0},
			{name: "extra argument", args: []string{"browser-assets", "extra"}, code: 2},
		},
	}
	for command, rows := range byCommand {
		for _, r := range rows {
			t.Run(command+"/"+r.name, func(t *testing.T) {
				// No kg.yaml, environment or local server password may leak in.
				t.Chdir(dir)
				home := t.TempDir()
				t.Setenv("HOME", home)
				t.Setenv("XDG_CONFIG_HOME", home)
				for _, env := range configKeys {
					t.Setenv(env, "")
					os.Unsetenv(env)
				}
				t.Setenv("KG_CONNECT_TIMEOUT", "3s")
				if r.name == "bad rules" {
					t.Setenv("KG_RULES", filepath.Join(dir, "no-such-rules"))
				}
				args := r.args
				_, stderr, code := runKG(t, r.stdin, args...)
				if code != r.code || !strings.Contains(stderr, r.want) {
					t.Errorf("kg %s: exit %d, stderr %q; want exit %d and %q", strings.Join(args, " "), code, stderr, r.code, r.want)
				}
				if r.code == 2 && strings.Contains(stderr, "cannot reach") {
					t.Errorf("kg %s: a usage error reported as a connection failure: %q", strings.Join(args, " "), stderr)
				}
				if strings.Contains(stderr, "goroutine ") {
					t.Errorf("stack trace on stderr: %q", stderr)
				}
			})
		}
	}
}
