package graph

import (
	"os"
	"path/filepath"
	"testing"
)

func TestLocalPassword(t *testing.T) {
	root := t.TempDir()
	server := func(home, port, pw string) {
		if err := os.MkdirAll(filepath.Join(home, "conf"), 0o700); err != nil {
			t.Fatal(err)
		}
		conf := "server.bolt.enabled=true\nserver.bolt.listen_address=:" + port + "\n"
		if err := os.WriteFile(filepath.Join(home, "conf", "neo4j.conf"), []byte(conf), 0o600); err != nil {
			t.Fatal(err)
		}
		if pw != "" {
			if err := os.WriteFile(filepath.Join(home, "password"), []byte(pw+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	server(filepath.Join(root, ".kg", "neo4j"), "7687", "main-secret")
	server(filepath.Join(root, ".kg", "neo4j", "test"), "7688", "test-secret")
	other := filepath.Join(t.TempDir(), "elsewhere")
	server(other, "7699", "other-secret")
	sub := filepath.Join(root, "cmd", "kg")
	if err := os.MkdirAll(sub, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, uri, home, wd, want string
	}{
		{"default port, repository root", "bolt://localhost", "", root, "main-secret"},
		{"from a subfolder", "bolt://127.0.0.1:7687", "", sub, "main-secret"},
		{"test server", "neo4j://127.0.0.1:7688", "", sub, "test-secret"},
		{"KG_NEO4J_HOME", "bolt://[::1]:7699", other, sub, "other-secret"},
		{"port of no local server", "bolt://127.0.0.1:7000", "", root, ""},
		{"remote host", "bolt://db.example.org:7687", "", root, ""},
		{"private address", "bolt://10.1.2.3:7687", "", root, ""},
		{"unparseable", "bolt://127.0.0.1:7687/%zz", "", root, ""},
		{"no .kg anywhere", "bolt://127.0.0.1:7687", "", t.TempDir(), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, path, ok := LocalPassword(tc.uri, tc.home, tc.wd)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("LocalPassword(%q) = %q, %v (from %s), want %q", tc.uri, got, ok, path, tc.want)
			}
		})
	}
}
