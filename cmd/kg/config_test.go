package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestConfigPrecedence: flags > environment > kg.yaml > defaults.
func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "xdg"))
	t.Setenv("HOME", dir)
	for _, env := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "KG_WORKERS", "KG_RULES"} {
		t.Setenv(env, "")
		os.Unsetenv(env)
	}
	load := func(args ...string) config {
		t.Helper()
		cmd := newRootCommand()
		if err := cmd.ParseFlags(args); err != nil {
			t.Fatal(err)
		}
		cfg, err := loadConfig(cmd)
		if err != nil {
			t.Fatal(err)
		}
		return cfg
	}
	if got := load().Neo4jURI; got != "bolt://localhost:7687" {
		t.Fatalf("default URI = %q", got)
	}
	// A file named plain "kg" (the binary) must not be read as the config.
	if err := os.WriteFile("kg", []byte{0x7f, 'E', 'L', 'F', 0}, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := load().Neo4jURI; got != "bolt://localhost:7687" {
		t.Fatalf("with a kg binary present, URI = %q", got)
	}
	if err := os.WriteFile("kg.yaml", []byte("neo4j:\n  uri: bolt://file:1\n  username: fileuser\nworkers: 3\nrules: [a, b]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := load()
	if cfg.Neo4jURI != "bolt://file:1" || cfg.Neo4jUser != "fileuser" || cfg.Workers != 3 || len(cfg.RulesDirs) != 2 {
		t.Fatalf("from kg.yaml: %+v", cfg)
	}
	t.Setenv("NEO4J_URI", "bolt://env:2")
	if got := load().Neo4jURI; got != "bolt://env:2" {
		t.Fatalf("env should beat the file: %q", got)
	}
	if got := load("--uri", "bolt://flag:3").Neo4jURI; got != "bolt://flag:3" {
		t.Fatalf("flag should beat env: %q", got)
	}
	if got := load().Neo4jUser; got != "fileuser" {
		t.Fatalf("file value kept where env is silent: %q", got)
	}
}
