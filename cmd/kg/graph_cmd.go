package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/identity"
)

// openGraph connects to the configured server. Its errors are already one line.
func openGraph(ctx context.Context, cfg config) (*graph.Client, error) {
	c, err := graph.Open(ctx, graph.Config{URI: cfg.Neo4jURI, Username: cfg.Neo4jUser,
		Password: cfg.Neo4jPassword, Database: cfg.Neo4jDatabase, ConnectTimeout: cfg.ConnectTimeout})
	if err != nil {
		return nil, credentialHint(cfg, err)
	}
	return c, nil
}

// credentialHint adds to a rejected login where a password is looked for, when none was
// found: the configuration has no default password.
func credentialHint(cfg config, err error) error {
	if errors.Is(err, graph.ErrCredentials) && cfg.PasswordSource == "" {
		return fmt.Errorf("%w (no password given: set NEO4J_PASSWORD; for the local server kg reads .kg/neo4j/password, which `scripts/neo4j-local password` prints)", err)
	}
	return err
}

// withGraph loads the configuration, connects, runs fn and closes the connection.
func withGraph(cmd *cobra.Command, fn func(context.Context, *graph.Client) error) error {
	cfg, err := loadConfig(cmd)
	if err != nil {
		return asUsage(err)
	}
	c, err := openGraph(cmd.Context(), cfg)
	if err != nil {
		return err
	}
	defer c.Close(context.WithoutCancel(cmd.Context()))
	return fn(cmd.Context(), c)
}

func newStatusCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show the Neo4j server, database and graph size",
		Long: `status connects to the configured Neo4j server and prints its address, version and
edition, the database in use, and how many nodes and relationships the graph holds, with
counts per label and relationship type of the kg model. It only reads. An unreachable
server or rejected credentials give one line and exit status 1.`,
		Example: `  kg status
  NEO4J_URI=bolt://db.example.internal:7687 NEO4J_PASSWORD=... kg status`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withGraph(cmd, func(ctx context.Context, c *graph.Client) error {
				st, err := c.Status(ctx)
				if err != nil {
					return err
				}
				printStatus(cmd.OutOrStdout(), st)
				return nil
			})
		},
	}
}

func printStatus(w io.Writer, st graph.Status) {
	fmt.Fprintf(w, "server        %s\n", st.URI)
	fmt.Fprintf(w, "version       Neo4j %s (%s)\n", st.Version, st.Edition)
	fmt.Fprintf(w, "database      %s\n", st.Database)
	fmt.Fprintf(w, "nodes         %d\n", st.Nodes)
	fmt.Fprintf(w, "relationships %d\n", st.Relationships)
	for _, group := range []struct {
		title  string
		counts []graph.Count
	}{{"labels", st.Labels}, {"types", st.Types}} {
		var parts []string
		for _, c := range group.counts {
			if c.N > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", c.Name, c.N))
			}
		}
		if len(parts) == 0 {
			parts = []string{"(none)"}
		}
		fmt.Fprintf(w, "%-13s %s\n", group.title, strings.Join(parts, ", "))
	}
}

func newSchemaCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "schema",
		Short:   "Manage the graph's constraints and indexes",
		Example: "  kg schema apply",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "apply",
		Short: "Create the constraints and indexes kg needs (idempotent)",
		Long: `apply creates every uniqueness constraint and index of the kg graph model that does
not exist yet, and says for each whether it was created now or already present. Running
it again changes nothing. kg build applies the schema itself before writing.`,
		Example: `  kg schema apply
  kg schema apply --uri bolt://127.0.0.1:7688`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withGraph(cmd, func(ctx context.Context, c *graph.Client) error {
				changes, err := c.ApplySchema(ctx)
				out := cmd.OutOrStdout()
				created := 0
				for _, ch := range changes {
					state := "present"
					if ch.Created {
						state = "created"
						created++
					}
					fmt.Fprintf(out, "%s  %-10s %s\n", state, ch.Kind, ch.Name)
				}
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "schema: %d created, %d already present\n", created, len(changes)-created)
				return nil
			})
		},
	})
	return cmd
}

// buildSummary is the outcome of kg build, printed as one JSON line when stdout is not a
// terminal.
type buildSummary struct {
	Created       int     `json:"created"`
	Updated       int     `json:"updated"`
	Skipped       int     `json:"skipped"`
	Failed        int     `json:"failed"`
	Removed       int     `json:"removed"`
	Entities      int     `json:"entities"`
	Relations     int     `json:"relations"`
	Relationships int     `json:"relationships"`
	DryRun        bool    `json:"dry_run"`
	Seconds       float64 `json:"seconds"`
}

func newBuildCommand() *cobra.Command {
	var (
		in      extractFlags
		prune   bool
		dryRun  bool
		force   bool
		writers int
		batch   int
		noBar   bool
		jsonOut bool
		from    string
	)
	cmd := &cobra.Command{
		Use:   "build [paths...]",
		Short: "Extract documents and write them into the Neo4j graph",
		Long: `build extracts the given files, directories or standard input (as kg extract does, on
a pool of workers) and writes each document into Neo4j in one transaction: its sentences,
the entities it mentions, one Claim per relation it states, and the typed relationships
between entities (SUPPLIED, MET_WITH, ...) whose dates, polarities and evidence are
aggregated from all claims behind them.

Builds are incremental: a document whose sha256 is unchanged is skipped; a changed one
replaces its previous version, and every relationship it touched is recomputed (and
deleted when no claim supports it any more). --prune also removes stored documents that
are not among the inputs. The schema (constraints and indexes) is applied first.

--from FILE|DIR writes the documents of record files (kg extract --format records, one file
or a directory of *.jsonl shards) instead of extracting: the same graph, with the same ids
and hashes. Every record file is checked whole before anything is written.

On a terminal a progress bar is shown; otherwise a one-line JSON summary is printed.
Exit status: 0 when every document was written or skipped, 1 when some failed (each is
reported on stderr), 2 for bad arguments or bad record files. An unreachable server stops
the build before anything is extracted or written (record files are checked before that).`,
		Example: `  kg build seeds/
  kg build --prune corpus/
  kg build --dry-run corpus/ new-article.txt
  kg build --from shards/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return asUsage(err)
			}
			logger, err := newLogger(cfg.LogLevel)
			if err != nil {
				return asUsage(err)
			}
			if in.maxBytes <= 0 {
				return usageErrorf("--max-bytes %d: must be positive", in.maxBytes)
			}
			if writers < 1 {
				return usageErrorf("--writers %d: must be at least 1", writers)
			}
			if batch < 1 {
				return usageErrorf("--batch %d: must be at least 1", batch)
			}
			ctx := cmd.Context()
			bi, err := loadBuildInputs(cmd, args, from, in, cfg, true)
			if err != nil {
				return err
			}
			inputs, source, x, corr := bi.inputs, bi.source, bi.x, bi.corr
			// Every flag, file and configuration value is checked above: from here on, a
			// failure is the server's or the documents'.
			c, err := openGraph(ctx, cfg)
			if err != nil {
				return err
			}
			defer c.Close(context.WithoutCancel(ctx))
			b := &builder{c: c, x: x, corr: corr, log: logger, stdin: cmd.InOrStdin(), stderr: cmd.ErrOrStderr(),
				dryRun: dryRun, force: force, source: source,
				pool: graph.PoolOptions{Writers: writers, BatchClaims: batch, Force: force}}
			showBar := !noBar && !jsonOut && isTerminal(cmd.ErrOrStderr())
			sum, err := b.run(ctx, cfg, in, inputs, prune, showBar)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if jsonOut || !isTerminal(out) {
				line, _ := json.Marshal(sum)
				fmt.Fprintln(out, string(line))
			} else {
				verb := "build"
				if dryRun {
					verb = "dry run (nothing written)"
				}
				fmt.Fprintf(out, "kg %s: %d created, %d updated, %d skipped, %d failed, %d removed documents; %d entities, %d relations, %d relationships in %.1fs\n",
					verb, sum.Created, sum.Updated, sum.Skipped, sum.Failed, sum.Removed, sum.Entities, sum.Relations, sum.Relationships, sum.Seconds)
			}
			if sum.Failed > 0 {
				return fmt.Errorf("%d documents failed (see above)", sum.Failed)
			}
			return nil
		},
	}
	in.register(cmd)
	f := cmd.Flags()
	// A document is written in one transaction; see buildMaxBytes.
	in.maxBytes = buildMaxBytes
	mb := f.Lookup("max-bytes")
	mb.DefValue = strconv.Itoa(buildMaxBytes)
	mb.Usage = "per-file size limit in bytes (a document is written in one transaction; larger files are skipped with a message)"
	f.StringVar(&from, "from", "", "write the documents of record files (kg extract --format records; a file or a directory of *.jsonl shards) instead of extracting")
	f.BoolVar(&prune, "prune", false, "remove stored documents that are not among the inputs")
	f.BoolVar(&dryRun, "dry-run", false, "extract and compare with the graph, but write nothing")
	f.BoolVar(&force, "force", false, "rewrite documents even when their sha256 is unchanged")
	f.IntVar(&writers, "writers", 1, "concurrent write transactions; above 1, new documents are written in windows whose concurrent transactions never share an entity")
	f.IntVar(&batch, "batch", 500, "group new documents into one transaction up to this many relations (1: one document per transaction)")
	f.BoolVar(&noBar, "no-progress", false, "no progress bar, even on a terminal")
	f.BoolVar(&jsonOut, "json", false, "print the summary as one JSON line even on a terminal")
	f.String("identity", "", "identity corrections file (env KG_IDENTITY; default kg-identity.tsv)")
	return cmd
}

// buildMaxBytes is kg build's default --max-bytes, lower than kg extract's (16 MiB): a
// document is written in one transaction, and the Bolt parameters of a dense 16 MiB document
// (345,000 sentences, each with a claim) filled the local server's default 1 GB heap before its
// per-transaction memory limit could refuse it, and the server exited. At 4 MiB the densest
// test document is refused by that limit with an error, and the server stays up; ordinary
// articles are a few KB to a few hundred.
const buildMaxBytes = 4 << 20

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// builder runs one kg build: extraction on extract's worker pool, writes in input order.
type builder struct {
	c      *graph.Client
	x      *extract.Extractor
	corr   *identity.Corrections // the analyst's identity file
	log    *slog.Logger
	stdin  io.Reader // the command's standard input, for the input "-"
	stderr io.Writer
	dryRun bool
	force  bool
	pool   graph.PoolOptions
	source documentSource // kg build --from; nil extracts the inputs
}

func (b *builder) run(parent context.Context, cfg config, in extractFlags, inputs []extract.Input, prune, showBar bool) (buildSummary, error) {
	start := time.Now()
	// A lost server cancels the rest of the build: extraction, queued and running writes.
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	var lost error
	sum := buildSummary{DryRun: b.dryRun}
	bar := newBuildProgress(b.stderr, len(inputs), showBar, func() int { return sum.Relations })
	defer bar.stop()
	if !b.dryRun {
		if _, err := b.c.ApplySchema(ctx); err != nil {
			return sum, err
		}
	}
	stored, err := b.c.DocumentHashes(ctx)
	if err != nil {
		return sum, err
	}
	x := b.x
	ident, err := newIdentity(ctx, b.c, x, b.corr)
	if err != nil {
		return sum, err
	}
	if !b.dryRun {
		if _, err := ident.repointPending(ctx); err != nil {
			return sum, err
		}
	}
	report := func(msg string) {
		if bar != nil {
			_ = bar.Clear()
		}
		fmt.Fprintln(b.stderr, "kg: "+oneLine(msg))
	}
	entities := map[string]bool{}
	pending := map[string][]extract.Entity{} // entities of documents being written, by document
	// Extraction results arrive in input order; documents to write go to a pool of writers
	// (graph.WriteDocuments), whose results come back on other goroutines: mu guards the
	// summary, the bar and stderr.
	var mu sync.Mutex
	toWrite := make(chan extract.Document)
	written := make(chan struct{})
	go func() {
		defer close(written)
		b.c.WriteDocuments(ctx, toWrite, b.pool, func(res graph.WriteResult, err error) {
			mu.Lock()
			defer mu.Unlock()
			if bar != nil {
				defer bar.Add(1)
			}
			ents := pending[res.ID]
			delete(pending, res.ID)
			if errors.Is(err, graph.ErrServerLost) {
				if lost == nil {
					lost = err
					cancel()
				}
				return
			}
			if err != nil {
				if ctx.Err() == nil {
					sum.Failed++
					report(err.Error())
				}
				return
			}
			switch res.Outcome {
			case graph.Created:
				sum.Created++
			case graph.Updated:
				sum.Updated++
			case graph.Skipped:
				sum.Skipped++
				return
			}
			sum.Relations += res.Claims
			sum.Relationships += res.Relationships
			for _, e := range ents {
				entities[e.ID] = true
			}
			b.log.Debug("document written", "id", res.ID, "outcome", res.Outcome, "claims", res.Claims)
		})
	}()
	source := b.source
	if source == nil {
		opts := extract.RunOptions{Workers: cfg.Workers, MaxBytes: in.maxBytes, Stdin: b.stdin}
		source = func(ctx context.Context, emit func(extract.Result) error) (extract.Summary, error) {
			return extract.Run(ctx, x, inputs, opts, emit)
		}
	}
	_, err = source(ctx, func(r extract.Result) error {
		mu.Lock()
		if r.Err != nil {
			sum.Failed++
			report("skipped " + r.Err.Error())
			if bar != nil {
				_ = bar.Add(1)
			}
			mu.Unlock()
			return nil
		}
		for _, w := range r.Doc.Warnings {
			report("warning: " + w)
		}
		doc := r.Doc
		old, known := stored[doc.ID]
		skip := known && old == doc.SHA256 && !b.force
		if !skip {
			doc = ident.resolve(doc) // one entity, one node across documents (entities_cmd.go)
		}
		switch {
		case skip:
			sum.Skipped++
		case b.dryRun:
			if known {
				sum.Updated++
			} else {
				sum.Created++
			}
			sum.Relations += len(doc.Relations)
		}
		if b.dryRun && !skip {
			for _, e := range doc.Entities {
				entities[e.ID] = true
			}
		} else if !skip {
			pending[doc.ID] = doc.Entities
		}
		if (skip || b.dryRun) && bar != nil {
			_ = bar.Add(1)
		}
		mu.Unlock()
		if skip || b.dryRun {
			return nil
		}
		select {
		case toWrite <- doc:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(toWrite)
	<-written
	if bar != nil {
		_ = bar.Finish()
	}
	if lost != nil {
		written := sum.Created + sum.Updated + sum.Skipped
		rest := "the rest were not"
		if n := len(inputs) - written - sum.Failed; b.source == nil && n >= 0 {
			rest = fmt.Sprintf("of %d inputs, the other %d were not", len(inputs), n)
		}
		return sum, fmt.Errorf(
			"the Neo4j server at %s stopped answering mid-build (%s): %d documents were written or unchanged, %s; rerun `kg build` to complete the graph",
			b.c.URI(), serverLostReason(lost), written, rest)
	}
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return sum, fmt.Errorf("build interrupted: %v", err)
	}
	sum.Entities = len(entities)
	if !b.dryRun {
		if err := ident.finish(ctx); err != nil {
			return sum, err
		}
	}
	if prune {
		present := map[string]bool{}
		for _, in := range inputs {
			present[in.Meta.ID] = true
		}
		var gone []string
		for id := range stored {
			if !present[id] {
				gone = append(gone, id)
			}
		}
		sort.Strings(gone)
		for _, id := range gone {
			if b.dryRun {
				sum.Removed++
				continue
			}
			ok, err := b.c.RemoveDocument(ctx, id)
			if err != nil {
				sum.Failed++
				report(err.Error())
				continue
			}
			if ok {
				sum.Removed++
			}
		}
	}
	sum.Seconds = float64(time.Since(start).Round(time.Millisecond)) / float64(time.Second)
	return sum, nil
}

// serverLostReason is the cause in a graph.ErrServerLost error ("connection refused"), the
// part after the sentinel's text.
func serverLostReason(err error) string {
	msg := err.Error()
	if _, after, ok := strings.Cut(msg, graph.ErrServerLost.Error()); ok {
		if r := strings.Trim(strings.TrimSpace(after), "()"); r != "" {
			return r
		}
	}
	return "no answer"
}
