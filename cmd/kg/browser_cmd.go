package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-analytics/kg/cypher"
	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
)

// defaultAssetsBase is where scripts/neo4j-local's Browser serves runtime/neo4j/browser-extra.
const defaultAssetsBase = "http://127.0.0.1:7474/browser/"

func newBrowserAssetsCommand() *cobra.Command {
	var (
		listen  string
		write   string
		baseURL string
	)
	cmd := &cobra.Command{
		Use:   "browser-assets",
		Short: "Serve or write kg's Neo4j Browser guide and style sheet",
		Long: `Neo4j Browser fetches guides (:guide URL) and style sheets (:style URL) only from hosts
on the server's browser.remote_content_hostname_whitelist. kg's guide (one slide per report,
with runnable queries) and GraSS style sheet are built from the embedded reports.

Without --write, serves them on --listen with CORS allowed, for a Browser that cannot serve
them itself (e.g. the docker compose server): open Browser, then run
  :style http://127.0.0.1:7479/kg/style.grass
  :guide http://127.0.0.1:7479/kg/guide.html
With --write DIR, writes DIR/kg/guide.html and DIR/kg/style.grass instead; scripts/neo4j-local
serves runtime/neo4j/browser-extra this way under http://127.0.0.1:7474/browser/.`,
		Example: `  kg browser-assets                      # serve on http://127.0.0.1:7479/
  kg browser-assets --write runtime/neo4j/browser-extra`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cat, err := cypher.Reports()
			if err != nil {
				return err
			}
			if write != "" {
				base := baseURL
				if base == "" {
					base = defaultAssetsBase
				}
				return writeAssets(cmd, cat, write, base)
			}
			return serveAssets(cmd.Context(), cmd, cat, listen, baseURL)
		},
	}
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:7479", "address to serve on")
	cmd.Flags().StringVar(&write, "write", "", "write the files under this folder instead of serving them")
	cmd.Flags().StringVar(&baseURL, "base-url", "", "URL the files are served under, used for links inside the guide (default: http://LISTEN/, or "+defaultAssetsBase+" with --write)")
	return cmd
}

func styleURL(base string) string { return strings.TrimSuffix(base, "/") + "/" + cypher.StyleFile }

func writeAssets(cmd *cobra.Command, cat *cypher.Catalog, dir, base string) error {
	files, err := cypher.Assets(cat, styleURL(base), extract.RelationTypes())
	if err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
		fmt.Fprintln(cmd.OutOrStdout(), path)
	}
	return nil
}

func serveAssets(ctx context.Context, cmd *cobra.Command, cat *cypher.Catalog, listen, base string) error {
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return fmt.Errorf("browser-assets: cannot listen on %s: %w", listen, err)
	}
	if !graph.IsLoopbackAddr(listen) {
		// The guide holds the reports' Cypher; other machines have no business with it.
		fmt.Fprintf(cmd.ErrOrStderr(), "kg: warning: browser-assets listens on %s, which other machines can reach; use 127.0.0.1:PORT to serve this machine only\n", ln.Addr())
	}
	if base == "" {
		base = "http://" + ln.Addr().String() + "/"
	}
	files, err := cypher.Assets(cat, styleURL(base), extract.RelationTypes())
	if err != nil {
		_ = ln.Close()
		return err
	}
	mux := http.NewServeMux()
	for name, body := range files {
		ctype := "text/html; charset=utf-8"
		if strings.HasSuffix(name, ".grass") {
			ctype = "text/plain; charset=utf-8"
		}
		mux.HandleFunc("GET /"+name, func(w http.ResponseWriter, _ *http.Request) {
			// Browser fetches from its own origin (e.g. http://127.0.0.1:7474), so a
			// cross-origin read has to be allowed; the files are public documentation.
			w.Header().Set("Access-Control-Allow-Origin", "*")
			w.Header().Set("Content-Type", ctype)
			w.Header().Set("Cache-Control", "no-store")
			_, _ = w.Write(body)
		})
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	fmt.Fprintf(cmd.OutOrStdout(), "serving %s and %s on %s (Ctrl+C stops)\n", cypher.GuideFile, cypher.StyleFile, base)
	fmt.Fprintf(cmd.OutOrStdout(), "in Neo4j Browser: :style %s\n                   :guide %s%s\n",
		styleURL(base), strings.TrimSuffix(base, "/")+"/", cypher.GuideFile)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		slog.Debug("browser-assets: stopping")
		return srv.Shutdown(sctx)
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("browser-assets: %w", err)
	}
}
