package main

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/kg-analytics/kg/graph"
)

// config is everything kg reads from flags, environment, kg.yaml and defaults, in that order
// of precedence.
type config struct {
	Neo4jURI      string
	Neo4jUser     string
	Neo4jPassword string
	// PasswordSource says where Neo4jPassword came from, for error messages: "" when none
	// was found, else "configuration" or the local server's password file.
	PasswordSource string
	Neo4jDatabase  string
	// ConnectTimeout bounds connecting to Neo4j (graph.Config.ConnectTimeout).
	ConnectTimeout time.Duration
	RulesDirs      []string // extra gazetteer and rule files (extract package format)
	Workers        int
	LogLevel       string
	IdentityFile   string // the analyst's identity corrections (graph.Corrections)
}

// configKeys maps viper keys to their environment variables. Neo4j settings use the names
// the official tools use; kg's own settings use the KG_ prefix.
var configKeys = map[string]string{
	"neo4j.uri":       "NEO4J_URI",
	"neo4j.username":  "NEO4J_USERNAME",
	"neo4j.password":  "NEO4J_PASSWORD",
	"neo4j.database":  "NEO4J_DATABASE",
	"connect_timeout": "KG_CONNECT_TIMEOUT",
	"rules":           "KG_RULES",
	"workers":         "KG_WORKERS",
	"log_level":       "KG_LOG_LEVEL",
	"identity":        "KG_IDENTITY",
}

// newViper builds the configuration source for one command invocation: defaults, then an
// optional kg.yaml (working directory, then the user config dir), then environment; flags
// are bound by each command.
func newViper(configFile string) (*viper.Viper, error) {
	v := viper.New()
	v.SetDefault("neo4j.uri", "bolt://localhost:7687")
	v.SetDefault("neo4j.username", "neo4j")
	v.SetDefault("neo4j.database", "neo4j")
	v.SetDefault("connect_timeout", "15s")
	v.SetDefault("workers", 0)
	v.SetDefault("log_level", "warn")
	v.SetDefault("identity", "kg-identity.tsv")
	for key, env := range configKeys {
		if err := v.BindEnv(key, env); err != nil {
			return nil, fmt.Errorf("binding %s: %w", env, err)
		}
	}
	if configFile == "" {
		configFile = findConfigFile()
	}
	if configFile == "" {
		return v, nil
	}
	// Named explicitly: viper's own search would also take a file called plain "kg" (the
	// binary itself, in a build directory) for the config.
	v.SetConfigFile(configFile)
	v.SetConfigType("yaml")
	if err := v.ReadInConfig(); err != nil {
		return nil, fmt.Errorf("reading config %s: %w", configFile, err)
	}
	return v, nil
}

// findConfigFile returns kg.yaml (or kg.yml) from the working directory, else from the user
// config directory, or "" when there is none.
func findConfigFile() string {
	dirs := []string{"."}
	if dir, err := os.UserConfigDir(); err == nil {
		dirs = append(dirs, filepath.Join(dir, "kg"))
	}
	for _, dir := range dirs {
		for _, name := range []string{"kg.yaml", "kg.yml"} {
			path := filepath.Join(dir, name)
			if info, err := os.Stat(path); err == nil && !info.IsDir() {
				return path
			}
		}
	}
	return ""
}

// loadConfig resolves the configuration for cmd; every error it returns is a usage error
// (a bad configuration value or file), reported before any connection is made.
func loadConfig(cmd *cobra.Command) (config, error) {
	cfg, err := resolveConfig(cmd)
	return cfg, asUsage(err)
}

// resolveConfig resolves the configuration for cmd, binding the persistent flags so that a flag
// given on the command line wins over everything else.
func resolveConfig(cmd *cobra.Command) (config, error) {
	configFile, _ := cmd.Flags().GetString("config")
	v, err := newViper(configFile)
	if err != nil {
		return config{}, err
	}
	for key, flag := range map[string]string{
		"neo4j.uri": "uri", "neo4j.username": "username", "neo4j.password": "password",
		"neo4j.database": "database", "workers": "workers", "log_level": "log-level",
		"connect_timeout": "connect-timeout", "identity": "identity",
	} {
		if f := cmd.Flags().Lookup(flag); f != nil {
			if err := v.BindPFlag(key, f); err != nil {
				return config{}, fmt.Errorf("binding --%s: %w", flag, err)
			}
		}
	}
	cfg := config{
		Neo4jURI:      v.GetString("neo4j.uri"),
		Neo4jUser:     v.GetString("neo4j.username"),
		Neo4jPassword: v.GetString("neo4j.password"),
		Neo4jDatabase: v.GetString("neo4j.database"),
		Workers:       v.GetInt("workers"),
		LogLevel:      v.GetString("log_level"),
		IdentityFile:  v.GetString("identity"),
	}
	if cfg.Neo4jPassword != "" {
		cfg.PasswordSource = "configuration"
	} else if wd, err := os.Getwd(); err == nil {
		// The local server's random password, when the URI names it (scripts/neo4j-local).
		if pw, path, ok := graph.LocalPassword(cfg.Neo4jURI, os.Getenv("KG_NEO4J_HOME"), wd); ok {
			cfg.Neo4jPassword, cfg.PasswordSource = pw, path
		}
	}
	for _, dir := range v.GetStringSlice("rules") {
		for _, part := range strings.Split(dir, string(os.PathListSeparator)) {
			if part = strings.TrimSpace(part); part != "" {
				cfg.RulesDirs = append(cfg.RulesDirs, part)
			}
		}
	}
	if cfg.ConnectTimeout, err = parseTimeout(v.GetString("connect_timeout")); err != nil {
		return config{}, err
	}
	if _, err := parseLevel(cfg.LogLevel); err != nil {
		return config{}, err
	}
	if cfg.Workers < 0 {
		return config{}, fmt.Errorf("workers: %d is not a valid worker count", cfg.Workers)
	}
	return cfg, nil
}

// parseTimeout reads a connect timeout given as a Go duration ("15s", "1m") or a bare number
// of seconds ("30").
func parseTimeout(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	d, err := time.ParseDuration(s)
	if err != nil {
		n, nerr := strconv.ParseFloat(s, 64)
		if nerr != nil {
			return 0, fmt.Errorf("connect timeout %q: want a duration such as 15s or a number of seconds", s)
		}
		d = time.Duration(n * float64(time.Second))
	}
	if d <= 0 {
		return 0, fmt.Errorf("connect timeout %q: must be positive", s)
	}
	return d, nil
}

// newLogger returns a text logger on stderr at the configured level.
func newLogger(level string) (*slog.Logger, error) {
	l, err := parseLevel(level)
	if err != nil {
		return nil, err
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l})), nil
}

func parseLevel(level string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return l, fmt.Errorf("log level %q: want debug, info, warn or error", level)
	}
	return l, nil
}
