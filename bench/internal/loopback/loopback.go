// Package loopback opens the Neo4j server a benchmark talks to. Benchmarks write into and
// wipe their database, so they refuse any server that is not on this machine's loopback.
package loopback

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"os"

	"github.com/kg-analytics/kg/graph"
)

// Config reads NEO4J_URI (required), NEO4J_USERNAME (default neo4j) and NEO4J_PASSWORD; without
// a password it takes the local server's from its file under KG_NEO4J_HOME or the working
// directory, as kg does.
func Config() (graph.Config, error) {
	uri := os.Getenv("NEO4J_URI")
	u, err := url.Parse(uri)
	if err != nil || u.Hostname() == "" {
		return graph.Config{}, fmt.Errorf("NEO4J_URI %q: want a loopback server's bolt://127.0.0.1:PORT", graph.RedactURI(uri))
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return graph.Config{}, fmt.Errorf("NEO4J_URI %s is not on the loopback; benchmarks only run against a local server", graph.RedactURI(uri))
	}
	cfg := graph.Config{URI: uri, Username: os.Getenv("NEO4J_USERNAME"), Password: os.Getenv("NEO4J_PASSWORD")}
	if cfg.Username == "" {
		cfg.Username = "neo4j"
	}
	if cfg.Password == "" {
		wd, _ := os.Getwd()
		cfg.Password, _, _ = graph.LocalPassword(uri, os.Getenv("KG_NEO4J_HOME"), wd)
	}
	return cfg, nil
}

// Open connects with Config.
func Open(ctx context.Context) (*graph.Client, error) {
	cfg, err := Config()
	if err != nil {
		return nil, err
	}
	return graph.Open(ctx, cfg)
}
