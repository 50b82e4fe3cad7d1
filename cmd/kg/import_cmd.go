package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/identity"
)

// importSummary is the outcome of kg import, printed as one JSON line.
type importSummary struct {
	Documents     int     `json:"documents"`
	Sentences     int     `json:"sentences"`
	Claims        int     `json:"claims"`
	Entities      int     `json:"entities"`
	Aliases       int     `json:"aliases"`
	Relationships int     `json:"relationships"`
	CSVDir        string  `json:"csv_dir,omitempty"`
	CSVSeconds    float64 `json:"csv_seconds"`
	ImportSeconds float64 `json:"import_seconds,omitempty"` // stop, neo4j-admin import, start
	SchemaSeconds float64 `json:"schema_seconds,omitempty"` // constraints, indexes online, name words
	ListsSeconds  float64 `json:"lists_seconds,omitempty"`  // lists the CSV cannot hold ([""]) set
	// IndexesPopulating names the indexes still populating when kg import returned: the
	// plain indexes no report hints, created last (graph.Client.ApplyDeferredIndexes).
	IndexesPopulating []string `json:"indexes_populating,omitempty"`
	Seconds           float64  `json:"seconds"`
}

func newImportCommand() *cobra.Command {
	var (
		in      extractFlags
		from    string
		csvOnly string
		csvDir  string
		finish  string
	)
	cmd := &cobra.Command{
		Use:   "import [paths...]",
		Short: "First load of a large corpus into a new database through neo4j-admin's offline importer",
		Long: `import writes the graph kg build would write into an empty database (the same ids,
aliases, claims, sentences, documents, relationship aggregates and properties) as CSV files
for Neo4j's offline importer, neo4j-admin database import full, and loads them. It is many
times faster than kg build for a first load; afterwards kg build carries on incrementally
(the imported documents count as unchanged).

Input is documents to extract (as kg build) or, with --from FILE|DIR, the record files of
kg extract --format records [--shard i/n]. Every input is read and checked before the
database is touched: a document that fails fails the import, and nothing is loaded.

The offline importer needs the database stopped, and replaces it, so kg import refuses a
database that holds any node. With the local server (scripts/neo4j-local; the URI names its
Bolt port), kg stops it, imports, starts it and applies the schema itself. For any other
server (docker compose, a remote machine), --csv-only DIR writes the files and stops; the
README's "Bulk import" section gives the neo4j-admin command that loads them, and
kg import --finish DIR completes such an import once that server runs: it applies the schema
(constraints and indexes), waits until the constraints and the indexes reports hint are
online, sets the few list properties the importer cannot hold (lists holding an empty string,
listed in DIR/list-fixes.jsonl), and creates the other indexes last, which the server
populates after kg returns (queries are correct meanwhile; SHOW INDEXES tells when they are
online).`,
		Example: `  kg import corpus/
  kg extract --format records --shard 1/4 corpus/ > shards/1.jsonl   # on four machines
  kg import --from shards/
  kg import --from shards/ --csv-only /tmp/kg-csv                   # files only, for another server
  kg import --finish /tmp/kg-csv                                    # after neo4j-admin loaded them`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return asUsage(err)
			}
			if _, err := newLogger(cfg.LogLevel); err != nil {
				return asUsage(err)
			}
			if in.maxBytes <= 0 {
				return usageErrorf("--max-bytes %d: must be positive", in.maxBytes)
			}
			if csvOnly != "" && csvDir != "" {
				return usageErrorf("give either --csv-only DIR or --csv-dir DIR, not both")
			}
			if finish != "" {
				// A flag, not a subcommand: a corpus folder may be called finish.
				if len(args) > 0 || from != "" || csvOnly != "" || csvDir != "" {
					return usageErrorf("--finish DIR completes an import already loaded by neo4j-admin: give it alone, without paths, --from, --csv-only or --csv-dir")
				}
				if _, err := os.Stat(filepath.Join(finish, graph.ListFixesFile)); err != nil {
					return usageErrorf("--finish %s: not a folder written by kg import --csv-only (no %s)", finish, graph.ListFixesFile)
				}
				return withGraph(cmd, func(ctx context.Context, c *graph.Client) error {
					fin, err := finishImport(ctx, c, finish)
					if err == nil {
						reportPopulating(cmd.ErrOrStderr(), fin.populating)
					}
					return err
				})
			}
			if os.Getenv("GOMEMLIMIT") == "" {
				// kg import keeps every typed relationship's claims until the last input is
				// read, so its live heap grows with the corpus (about 0.9 GiB per million
				// relations) past kg's soft limit, where the collector would run without
				// pause: on 1M relations 163 CPU-seconds for the CSV files under the limit, 71
				// without it (peak RSS 3.6 GB; GOGC=100 makes that 1.7 GB for 102 s).
				debug.SetMemoryLimit(math.MaxInt64)
			}
			ctx := cmd.Context()
			bi, err := loadBuildInputs(cmd, args, from, in, cfg, false)
			if err != nil {
				return err
			}
			inputs, source, x, corr := bi.inputs, bi.source, bi.x, bi.corr
			if source == nil {
				opts := extract.RunOptions{Workers: cfg.Workers, MaxBytes: in.maxBytes, Stdin: cmd.InOrStdin()}
				source = func(ctx context.Context, emit func(extract.Result) error) (extract.Summary, error) {
					return extract.Run(ctx, x, inputs, opts, emit)
				}
			}
			im := &importer{cfg: cfg, x: x, corr: corr, source: source, stderr: cmd.ErrOrStderr()}
			sum, err := im.run(ctx, csvOnly, csvDir)
			if err != nil {
				return err
			}
			line, _ := json.Marshal(sum)
			fmt.Fprintln(cmd.OutOrStdout(), string(line))
			reportPopulating(cmd.ErrOrStderr(), sum.IndexesPopulating)
			if csvOnly != "" {
				fmt.Fprintf(cmd.ErrOrStderr(), "kg import: CSV files in %s; load them into a stopped server with\n"+
					"  cd %s && neo4j-admin database import full neo4j @%s\n"+
					"then start it and run: kg import --finish %s\n", csvOnly, csvOnly, graph.ImportArgsFile, csvOnly)
			}
			return nil
		},
	}
	in.register(cmd)
	f := cmd.Flags()
	in.maxBytes = buildMaxBytes // the same documents as kg build, which refuses larger ones
	mb := f.Lookup("max-bytes")
	mb.DefValue = strconv.Itoa(buildMaxBytes)
	mb.Usage = "per-file size limit in bytes (kg build's; larger files are skipped with a message)"
	f.StringVar(&from, "from", "", "import the documents of record files (kg extract --format records; a file or a directory of *.jsonl shards) instead of extracting")
	f.StringVar(&csvOnly, "csv-only", "", "write the importer's CSV files into this new folder and stop (for a server kg does not run)")
	f.StringVar(&csvDir, "csv-dir", "", "keep the CSV files in this new folder (default: a temporary folder, removed after the import)")
	f.String("identity", "", "identity corrections file (env KG_IDENTITY; default kg-identity.tsv)")
	f.StringVar(&finish, "finish", "", "complete an import of --csv-only files that neo4j-admin loaded into a server kg does not run, once it is started: schema (the indexes no report hints left populating), lists the CSV cannot hold")
	return cmd
}

// importer runs one kg import.
type importer struct {
	cfg    config
	x      *extract.Extractor
	corr   *identity.Corrections
	source documentSource
	stderr io.Writer
}

func (im *importer) run(ctx context.Context, csvOnly, keepDir string) (importSummary, error) {
	start := time.Now()
	var sum importSummary
	var rt *localRuntime
	if csvOnly == "" {
		var err error
		if rt, err = findLocalRuntime(im.cfg); err != nil {
			return sum, err
		}
		// The importer replaces the database: refuse one that holds anything.
		c, err := openGraph(ctx, im.cfg)
		if err != nil {
			return sum, err
		}
		n, err := c.NodeCount(ctx)
		c.Close(context.WithoutCancel(ctx))
		if err != nil {
			return sum, err
		}
		if n > 0 {
			return sum, fmt.Errorf("kg import loads a new database, and the one at %s holds %d nodes; use kg build to add to it, or empty it first (scripts/neo4j-local stop && scripts/neo4j-local reset)", graph.RedactURI(im.cfg.Neo4jURI), n)
		}
	}
	dir := csvOnly
	if dir == "" {
		dir = keepDir
	}
	if dir == "" {
		tmp, err := os.MkdirTemp("", "kg-import-")
		if err != nil {
			return sum, fmt.Errorf("creating a folder for the CSV files: %w", err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else {
		sum.CSVDir = dir
	}
	// The local server is stopped while the files are written (it holds an empty database
	// and the importer needs it stopped): its stop, some seconds, overlaps the CSV phase.
	// Should the files fail, it is started again.
	stopped := make(chan error, 1)
	if rt != nil {
		go func() { stopped <- rt.script(ctx, "stop") }()
	} else {
		stopped <- nil
	}
	stats, err := im.writeCSV(ctx, dir)
	stopErr := <-stopped
	if err != nil {
		if csvOnly != "" || keepDir != "" {
			os.RemoveAll(dir) // nothing half-written
		}
		if rt != nil && stopErr == nil {
			if err := rt.script(context.WithoutCancel(ctx), "start"); err != nil {
				fmt.Fprintln(im.stderr, "kg: "+oneLine(err.Error()))
			}
		}
		return sum, err
	}
	if stopErr != nil {
		return sum, stopErr
	}
	sum.Documents, sum.Sentences, sum.Claims = stats.Documents, stats.Sentences, stats.Claims
	sum.Entities, sum.Aliases, sum.Relationships = stats.Entities, stats.Aliases, stats.Relationships
	sum.CSVSeconds = seconds(time.Since(start))
	if csvOnly != "" {
		sum.Seconds = sum.CSVSeconds
		return sum, nil
	}
	t := time.Now()
	if err := rt.load(ctx, dir, im.stderr); err != nil {
		return sum, err
	}
	sum.ImportSeconds = seconds(time.Since(t))
	c, err := openGraph(ctx, im.cfg)
	if err != nil {
		return sum, err
	}
	defer c.Close(context.WithoutCancel(ctx))
	fin, err := finishImport(ctx, c, dir)
	if err != nil {
		return sum, err
	}
	sum.SchemaSeconds, sum.ListsSeconds = seconds(fin.schema), seconds(fin.lists)
	sum.IndexesPopulating = fin.populating
	sum.Seconds = seconds(time.Since(start))
	return sum, nil
}

func seconds(d time.Duration) float64 {
	return float64(d.Round(time.Millisecond)) / float64(time.Second)
}

// writeCSV reads every input, resolves identities as kg build does on an empty graph, and
// writes the importer's files. Any failed input fails it.
func (im *importer) writeCSV(ctx context.Context, dir string) (graph.BulkStats, error) {
	bulk, err := graph.NewBulk(dir, time.Now())
	if err != nil {
		return graph.BulkStats{}, err
	}
	// An empty graph knows no entity: documents are resolved against each other only.
	ident := &idSession{x: im.x, corr: im.corr, res: identity.New(im.x.IdentityKey, im.corr, nil),
		props: map[string]graph.EntityProps{}}
	for eid, name := range im.corr.Renames() {
		ident.props[eid] = graph.EntityProps{ID: eid, Name: name}
	}
	// Resolving identities (in input order, against every document before), planning a
	// document (pure: one worker per core) and writing its rows (in input order) are stages
	// of their own goroutines. One goroutine writes, and prints every failure, so the lines
	// do not interleave.
	type resolved struct {
		plan     chan graph.BulkPlan // filled by a planning worker
		err      error
		warnings []string // the document's (extract.Document.Warnings), written in order with the errors
	}
	docs := make(chan resolved, 16)
	work := make(chan func(), 16)
	for range runtime.GOMAXPROCS(0) {
		go func() {
			for f := range work {
				f()
			}
		}()
	}
	failedc := make(chan int, 1)
	go func() {
		failed := 0
		for r := range docs {
			for _, w := range r.warnings {
				fmt.Fprintln(im.stderr, warningLine(w))
			}
			if r.err == nil {
				r.err = bulk.AddPlan(<-r.plan)
			}
			if r.err != nil {
				failed++
				fmt.Fprintln(im.stderr, "kg: "+oneLine(r.err.Error()))
			}
		}
		failedc <- failed
	}()
	_, err = im.source(ctx, func(r extract.Result) error {
		if r.Err != nil {
			docs <- resolved{err: r.Err}
			return nil
		}
		doc := ident.resolve(r.Doc)
		plan := make(chan graph.BulkPlan, 1)
		work <- func() { plan <- graph.PlanBulk(doc) }
		docs <- resolved{plan: plan, warnings: r.Doc.Warnings}
		return nil
	})
	close(work)
	close(docs)
	failed := <-failedc
	if err != nil {
		return graph.BulkStats{}, fmt.Errorf("reading the inputs: %w", err)
	}
	if failed > 0 {
		return graph.BulkStats{}, fmt.Errorf("%d inputs failed (see above); nothing was imported", failed)
	}
	props := make([]graph.EntityProps, 0, len(ident.props))
	for _, p := range ident.props {
		props = append(props, p)
	}
	bulk.SetEntityProps(props)
	return bulk.Close()
}

// finished is what finishImport did: how long the schema and the lists took, and which
// indexes were still populating when it returned.
type finished struct {
	schema, lists time.Duration
	populating    []string
}

// finishImport makes an imported database what kg build leaves: the schema applied, then the
// lists the CSV could not hold (graph.ListFixesFile; empty lists need nothing, since neither
// kg build nor the importer stores them). Constraints and the indexes reports hint are online
// when it returns; the other plain indexes are created last and populate in the background
// (queries are correct meanwhile, and the planner uses each once it is online), which on a
// large import is about half of the indexes' work.
func finishImport(ctx context.Context, c *graph.Client, dir string) (finished, error) {
	var fin finished
	t := time.Now()
	if err := c.ApplyImportedSchema(ctx, dir); err != nil {
		return fin, err
	}
	if err := c.AwaitIndexes(ctx, 30*time.Minute); err != nil {
		return fin, err
	}
	fin.schema, t = time.Since(t), time.Now()
	if err := c.FixLists(ctx, dir); err != nil {
		return fin, err
	}
	fin.lists = time.Since(t)
	if err := c.ApplyDeferredIndexes(ctx); err != nil {
		return fin, err
	}
	var err error
	fin.populating, err = c.PopulatingIndexes(ctx)
	return fin, err
}

// reportPopulating says which indexes are still being populated by the server.
func reportPopulating(w io.Writer, names []string) {
	if len(names) == 0 {
		return
	}
	fmt.Fprintf(w, "kg import: done; the server is still populating %d indexes in the background (%s): "+
		"queries are correct meanwhile, some slower until SHOW INDEXES lists them ONLINE\n",
		len(names), strings.Join(names, ", "))
}

// localRuntime is a server run by scripts/neo4j-local, which kg can stop, import into and
// start again.
type localRuntime struct {
	path, home, bolt, http string // path: the script
}

// findLocalRuntime finds the local server the configured URI names, and the script that runs
// it (scripts/neo4j-local in the working directory or a parent, or KG_NEO4J_LOCAL).
func findLocalRuntime(cfg config) (*localRuntime, error) {
	notLocal := fmt.Errorf("%s is not a local server kg can stop and start (scripts/neo4j-local); write the files with kg import --csv-only DIR and load them with neo4j-admin (README, Bulk import)", graph.RedactURI(cfg.Neo4jURI))
	if db := cfg.Neo4jDatabase; db != "" && db != "neo4j" {
		return nil, fmt.Errorf("kg import loads database neo4j of the local server, not %s", db)
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("finding the local server: %w", err)
	}
	homes := graph.LocalHomes(cfg.Neo4jURI, os.Getenv("KG_NEO4J_HOME"), wd)
	if len(homes) == 0 {
		return nil, notLocal
	}
	rt := &localRuntime{home: homes[0], http: graph.LocalHTTPPort(homes[0])}
	rt.bolt = graph.LocalBoltPort(homes[0])
	rt.path = os.Getenv("KG_NEO4J_LOCAL")
	for dir := wd; rt.path == ""; {
		p := filepath.Join(dir, "scripts", "neo4j-local")
		if info, err := os.Stat(p); err == nil && info.Mode()&0o111 != 0 {
			rt.path = p
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, fmt.Errorf("%w (no scripts/neo4j-local found from %s up; set KG_NEO4J_LOCAL to it)", notLocal, wd)
		}
		dir = parent
	}
	return rt, nil
}

// load runs scripts/neo4j-local import DIR: stop (when running), neo4j-admin database import
// full, start.
func (rt *localRuntime) load(ctx context.Context, dir string, stderr io.Writer) error {
	out, err := rt.command(ctx, "import", dir).CombinedOutput()
	if err != nil {
		return fmt.Errorf("loading the CSV files into the local server (%s import): %v: %s", rt.path, err,
			strings.TrimSpace(lastLines(string(out), 12)))
	}
	fmt.Fprint(stderr, string(out))
	return nil
}

// script runs scripts/neo4j-local with one action (stop, start) on the local server.
func (rt *localRuntime) script(ctx context.Context, action string) error {
	if out, err := rt.command(ctx, action).CombinedOutput(); err != nil {
		return fmt.Errorf("the local server (%s %s): %v: %s", rt.path, action, err,
			strings.TrimSpace(lastLines(string(out), 12)))
	}
	return nil
}

func (rt *localRuntime) command(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, rt.path, args...)
	env := os.Environ()
	env = append(env, "KG_NEO4J_HOME="+rt.home, "KG_NEO4J_BOLT_PORT="+rt.bolt)
	if rt.http != "" {
		env = append(env, "KG_NEO4J_HTTP_PORT="+rt.http)
	}
	cmd.Env = env
	return cmd
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
