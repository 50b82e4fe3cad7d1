// Command build-bench measures how fast relations get into Neo4j three ways over one
// generated corpus, side by side: kg's writer (one transaction per document, UNWIND batches),
// a naive loader (one transaction per relation) and the server's own LOAD CSV ... CALL {...}
// IN TRANSACTIONS. The naive loader and LOAD CSV run the same per-row Cypher (row.cypher).
//
// It wipes the database between runs, so it refuses a database holding data it did not
// create. Run it through bench/build/run.sh.
package main

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-analytics/kg/bench/internal/pool"
	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
)

//go:embed row.cypher
var rowCypher string

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "build-bench: "+err.Error())
		os.Exit(1)
	}
}

type options struct {
	relations, perDoc, naive, runs int
	writers                        []int
	batch                          int
	importDir, csvName, csvURL     string
	cfg                            graph.Config
}

func run() error {
	var o options
	flag.IntVar(&o.relations, "relations", 100000, "relations in the generated corpus")
	flag.IntVar(&o.perDoc, "per-doc", 100, "relations (sentences) per document")
	flag.IntVar(&o.naive, "naive", 5000, "relations the naive loader writes per run (its rate is steady; a full run would take long)")
	writersFlag := flag.String("writers", "1,2", "kg writer: concurrent transactions (kg build --writers), comma-separated: each count runs as its own loader, side by side")
	flag.IntVar(&o.batch, "batch", 500, "kg writer: claims per transaction of whole new documents (kg build --batch; 1: one document per transaction)")
	flag.IntVar(&o.runs, "runs", 3, "runs of each loader; medians are reported")
	warmup := flag.Bool("warmup", true, "run every loader once before the timed runs, untimed: a server's first runs after a start pay for JIT compilation and query planning")
	flag.StringVar(&o.importDir, "import-dir", os.Getenv("KG_NEO4J_IMPORT_DIR"), "the server's import directory (default: asked from the server's server.directories.import; the server must be on this machine)")
	statements := flag.Bool("statements", false, "kg writer: print where each run's time went, per statement and commit")
	loaderList := flag.String("loaders", "kg,csv,naive", "loaders to run, comma-separated (kg, csv, naive); one alone is for quick A/B runs of the writer")
	serverPID := flag.Int("server-pid", 0, "process id of the Neo4j server (on this machine): print the server CPU time each run took, from /proc; on a shared machine that is steadier than wall time")
	flag.Parse()
	for _, w := range strings.Split(*writersFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(w))
		if err != nil || n < 1 || n > 16 {
			return fmt.Errorf("-writers: %q is not a writer count in [1, 16]", w)
		}
		o.writers = append(o.writers, n)
	}
	want := map[string]bool{}
	for _, l := range strings.Split(*loaderList, ",") {
		l = strings.TrimSpace(l)
		if l != "kg" && l != "csv" && l != "naive" {
			return fmt.Errorf("-loaders: unknown loader %q (want kg, csv, naive)", l)
		}
		want[l] = true
	}
	o.csvName = "kg-build-bench.csv"
	o.cfg = graph.Config{URI: envOr("NEO4J_URI", "bolt://127.0.0.1:7687"), Username: envOr("NEO4J_USERNAME", "neo4j"),
		Password: localPassword(), Database: os.Getenv("NEO4J_DATABASE")}
	ctx := context.Background()

	c, err := graph.Open(ctx, o.cfg)
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	d, err := neo4j.NewDriverWithContext(o.cfg.URI, neo4j.BasicAuth(o.cfg.Username, o.cfg.Password, ""))
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	if err := claim(ctx, d, o.cfg.Database); err != nil {
		return err
	}
	if _, err := c.ApplySchema(ctx); err != nil {
		return err
	}
	if o.importDir == "" {
		res, err := neo4j.ExecuteQuery(ctx, d, "SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.import' RETURN value",
			nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(o.cfg.Database))
		if err != nil || len(res.Records) == 0 {
			return fmt.Errorf("cannot ask the server for its import directory (%v); set KG_NEO4J_IMPORT_DIR", err)
		}
		o.importDir, _ = res.Records[0].Values[0].(string)
	}
	docs := corpus(o.relations, o.perDoc)
	rows := csvRows(docs)
	if err := writeCSV(filepath.Join(o.importDir, o.csvName), rows); err != nil {
		return err
	}
	defer os.Remove(filepath.Join(o.importDir, o.csvName))
	// A server without an explicit server.directories.import resolves file URLs from the
	// file system root; one with it, from the import directory. Probe which one this is.
	o.csvURL = "file:///" + o.csvName
	if probe(ctx, d, o.cfg.Database, o.csvURL) != nil {
		abs, _ := filepath.Abs(filepath.Join(o.importDir, o.csvName))
		o.csvURL = "file://" + abs
		if err := probe(ctx, d, o.cfg.Database, o.csvURL); err != nil {
			return fmt.Errorf("the server cannot read %s: %w", abs, err)
		}
	}
	fmt.Printf("corpus: %d documents, %d relations, %d entities; naive loader sample %d relations; %d runs; kg writer: %v writers, batches of %d claims\n",
		len(docs), len(rows)-1, countEntities(docs), min(o.naive, len(rows)-1), o.runs, o.writers, o.batch)
	fmt.Printf("load average at start: %s\n", loadAvg())

	rates := map[string][]float64{}
	var breakdown string
	first := 1
	if *warmup {
		first = 0
	}
	type loader struct {
		flag, name string
		fn         func() (int, error)
	}
	var loaders []loader
	for _, w := range o.writers {
		name := fmt.Sprintf("kg %d writer", w)
		if w > 1 {
			name += "s"
		}
		loaders = append(loaders, loader{"kg", name, func() (int, error) {
			n, spent, err := pool.Write(ctx, c, docs, graph.PoolOptions{Writers: w, BatchClaims: o.batch}, *statements)
			breakdown = spent
			return n, err
		}})
	}
	loaders = append(loaders,
		loader{"csv", "LOAD CSV", func() (int, error) { return loadCSV(ctx, d, o.cfg.Database, o.csvURL) }},
		loader{"naive", "naive", func() (int, error) { return naive(ctx, d, o.cfg.Database, rows, o.naive) }})
	var sums []string
	for r := first; r <= o.runs; r++ {
		for _, l := range loaders {
			if !want[l.flag] {
				continue
			}
			if err := wipe(ctx, d, o.cfg.Database); err != nil {
				return err
			}
			cpu0, err := cpuTime(*serverPID)
			if err != nil {
				return err
			}
			start := time.Now()
			n, err := l.fn()
			if err != nil {
				return fmt.Errorf("%s: %w", l.name, err)
			}
			secs := time.Since(start).Seconds()
			cpu1, err := cpuTime(*serverPID)
			if err != nil {
				return err
			}
			rate := float64(n) / secs
			label := fmt.Sprintf("run %d ", r)
			if r == 0 {
				label = "warm-up"
			} else {
				rates[l.name] = append(rates[l.name], rate)
			}
			fmt.Printf("%s %-13s %7d relations in %7.2fs  %9.0f relations/s  (load %s)\n", label, l.name, n, secs, rate, loadAvg())
			if *serverPID > 0 {
				fmt.Printf("       server CPU %.1fs, %.1fs per 100k relations\n", cpu1-cpu0, (cpu1-cpu0)*100000/float64(n))
			}
			if breakdown != "" {
				fmt.Printf("       kg time by statement: %s\n", breakdown)
				breakdown = ""
			}
			if l.flag == "kg" && r == o.runs {
				sum, err := checksum(ctx, c)
				if err != nil {
					return err
				}
				sums = append(sums, l.name+" "+sum)
			}
		}
	}
	if len(sums) > 0 {
		fmt.Printf("checksum of typed relationships with aggregates: %s\n", strings.Join(sums, ", "))
	}
	if err := wipe(ctx, d, o.cfg.Database); err != nil {
		return err
	}
	lc, nv := median(rates["LOAD CSV"]), median(rates["naive"])
	fmt.Printf("\nmedian relations/s: LOAD CSV %.0f, naive %.0f", lc, nv)
	for _, l := range loaders {
		if l.flag == "kg" {
			fmt.Printf(", %s %.0f", l.name, median(rates[l.name]))
		}
	}
	fmt.Println()
	one := median(rates["kg 1 writer"])
	for _, l := range loaders {
		kg := median(rates[l.name])
		if l.flag != "kg" || kg == 0 {
			continue
		}
		fmt.Printf("%s:", l.name)
		if nv > 0 {
			fmt.Printf(" %.1fx naive (target >= 10x);", kg/nv)
		}
		if lc > 0 {
			fmt.Printf(" %.2fx LOAD CSV (1 writer: target >= 0.5x; --writers 2: target >= 1.2x);", kg/lc)
		}
		if one > 0 && l.name != "kg 1 writer" {
			fmt.Printf(" %.2fx 1 writer", kg/one)
		}
		fmt.Println()
	}
	fmt.Printf("load average at end: %s\n", loadAvg())
	return nil
}

// corpus generates documents of perDoc sentences with one relation each among a fixed pool
// of states, persons and institutions, deterministically.
func corpus(relations, perDoc int) []extract.Document {
	rng := rand.New(rand.NewPCG(1, 2))
	var ents []extract.Entity
	for i := 0; i < 150; i++ {
		ents = append(ents, extract.Entity{ID: fmt.Sprintf("state:S%03d", i), Type: extract.TypeState, Name: fmt.Sprintf("State %d", i)})
	}
	for i := 0; i < 2000; i++ {
		ents = append(ents, extract.Entity{ID: fmt.Sprintf("person:p%04d", i), Type: extract.TypePerson, Name: fmt.Sprintf("Person %d", i)})
	}
	for i := 0; i < 300; i++ {
		ents = append(ents, extract.Entity{ID: fmt.Sprintf("inst:i%03d", i), Type: extract.TypeInstitution, Name: fmt.Sprintf("Institution %d", i)})
	}
	types := []string{extract.RelSupports, extract.RelCondemned, extract.RelMetWith, extract.RelSanctioned}
	var docs []extract.Document
	for n := 0; n < relations; n += perDoc {
		doc := extract.Document{Meta: extract.Meta{ID: fmt.Sprintf("bench%05d", len(docs)), SHA256: strconv.Itoa(len(docs)), Title: "Bench"}}
		seen := map[string]bool{}
		for k := 0; k < perDoc && n+k < relations; k++ {
			typ := types[rng.IntN(len(types))]
			var a, b extract.Entity
			for a.ID == b.ID {
				if typ == extract.RelMetWith {
					a, b = ents[150+rng.IntN(2000)], ents[150+rng.IntN(2000)]
				} else {
					a, b = ents[rng.IntN(len(ents))], ents[rng.IntN(150)]
				}
			}
			if typ == extract.RelMetWith && b.ID < a.ID {
				a, b = b, a
			}
			text := fmt.Sprintf("%s and %s: statement %d.", a.Name, b.Name, k)
			doc.Sentences = append(doc.Sentences, extract.Sentence{Index: k, Text: text})
			doc.Mentions = append(doc.Mentions, extract.Mention{EntityID: a.ID, Sentence: k, Surface: a.Name},
				extract.Mention{EntityID: b.ID, Sentence: k, Surface: b.Name})
			doc.Relations = append(doc.Relations, extract.Relation{Type: typ, Src: a.ID, Dst: b.ID,
				Dates:    []string{fmt.Sprintf("20%02d-%02d", 10+rng.IntN(15), 1+rng.IntN(12))},
				Polarity: extract.Asserted, Modality: extract.Fact, Sentence: k, Evidence: text})
			for _, e := range []extract.Entity{a, b} {
				if !seen[e.ID] {
					seen[e.ID] = true
					doc.Entities = append(doc.Entities, e)
				}
			}
		}
		docs = append(docs, doc)
	}
	return docs
}

func countEntities(docs []extract.Document) int {
	set := map[string]bool{}
	for _, d := range docs {
		for _, e := range d.Entities {
			set[e.ID] = true
		}
	}
	return len(set)
}

var csvHeader = []string{"doc_id", "sentence_id", "sentence_index", "text", "claim_id", "type", "src", "src_type",
	"src_name", "dst", "dst_type", "dst_name", "date", "polarity", "modality", "rel_key"}

// csvRows flattens the corpus into one row per relation (header first).
func csvRows(docs []extract.Document) [][]string {
	rows := [][]string{csvHeader}
	for _, d := range docs {
		byID := map[string]extract.Entity{}
		for _, e := range d.Entities {
			byID[e.ID] = e
		}
		for i, r := range d.Relations {
			a, b := byID[r.Src], byID[r.Dst]
			sid := graph.SentenceID(d.ID, r.Sentence)
			rows = append(rows, []string{d.ID, sid, strconv.Itoa(r.Sentence), d.Sentences[r.Sentence].Text,
				fmt.Sprintf("claim:%s:%d", d.ID, i), r.Type, a.ID, a.Type, a.Name, b.ID, b.Type, b.Name,
				r.Dates[0], r.Polarity, r.Modality, graph.RelKey(r.Type, a.ID, b.ID)})
		}
	}
	return rows
}

func writeCSV(path string, rows [][]string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("import dir: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	w := csv.NewWriter(f)
	if err := w.WriteAll(rows); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}

// loadAvg is the machine's 1, 5 and 15 minute load averages: the cores are shared, so
// figures measured under load are only comparable within one run.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// cpuTime is the user plus system CPU time, in seconds, process pid has used so far (0 when
// pid is 0), from /proc/PID/stat; the clock tick is taken as 100 Hz, Linux's USER_HZ.
func cpuTime(pid int) (float64, error) {
	if pid == 0 {
		return 0, nil
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("reading the server's CPU time: %w", err)
	}
	// Fields after the command name, which is in parentheses and may hold spaces: utime and
	// stime are the 12th and 13th.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0, fmt.Errorf("reading the server's CPU time: short /proc/%d/stat", pid)
	}
	user, err1 := strconv.ParseFloat(f[11], 64)
	sys, err2 := strconv.ParseFloat(f[12], 64)
	if err := errors.Join(err1, err2); err != nil {
		return 0, fmt.Errorf("reading the server's CPU time: %w", err)
	}
	return (user + sys) / 100, nil
}

// checksum hashes every typed relationship with its ends, type and aggregate properties, in
// key order: builds with different writer counts must give the same graph.
func checksum(ctx context.Context, c *graph.Client) (string, error) {
	recs, err := c.Read(ctx, `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.key IS NOT NULL
		RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props ORDER BY r.key, type`, nil)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, r := range recs {
		b, err := json.Marshal(r.Values)
		if err != nil {
			return "", err
		}
		h.Write(b)
		h.Write([]byte{'\n'})
	}
	return fmt.Sprintf("%d relationships %x", len(recs), h.Sum(nil)[:8]), nil
}

func probe(ctx context.Context, d neo4j.DriverWithContext, db, url string) error {
	_, err := neo4j.ExecuteQuery(ctx, d, "LOAD CSV FROM $url AS row RETURN count(row)", map[string]any{"url": url},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	return err
}

func loadCSV(ctx context.Context, d neo4j.DriverWithContext, db, url string) (int, error) {
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db})
	defer s.Close(ctx)
	q := "LOAD CSV WITH HEADERS FROM $url AS row CALL (row) {\n" + rowCypher + "\n} IN TRANSACTIONS OF 1000 ROWS"
	res, err := s.Run(ctx, q, map[string]any{"url": url})
	if err != nil {
		return 0, err
	}
	if _, err := res.Consume(ctx); err != nil {
		return 0, err
	}
	// One Claim per relation row: count what actually landed.
	out, err := neo4j.ExecuteQuery(ctx, d, "MATCH (c:Claim) RETURN count(c)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		return 0, err
	}
	n, _ := out.Records[0].Values[0].(int64)
	return int(n), nil
}

func naive(ctx context.Context, d neo4j.DriverWithContext, db string, rows [][]string, limit int) (int, error) {
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db})
	defer s.Close(ctx)
	q := "WITH $row AS row\n" + rowCypher
	n := 0
	for _, r := range rows[1:] {
		if n >= limit {
			break
		}
		row := map[string]any{}
		for i, h := range csvHeader {
			row[h] = r[i]
		}
		_, err := neo4j.ExecuteWrite(ctx, s, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, q, map[string]any{"row": row})
			if err != nil {
				return nil, err
			}
			return res.Consume(ctx)
		})
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

const benchMarker = "KgBenchMarker"

func claim(ctx context.Context, d neo4j.DriverWithContext, db string) error {
	res, err := neo4j.ExecuteQuery(ctx, d, "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH (m:"+benchMarker+") RETURN count(m) AS markers } RETURN nodes, markers",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		return err
	}
	nodes, _ := res.Records[0].Values[0].(int64)
	markers, _ := res.Records[0].Values[1].(int64)
	if nodes > 0 && markers == 0 {
		return fmt.Errorf("refusing to run: the database holds %d nodes the benchmark did not create and it wipes the database; use an empty server", nodes)
	}
	_, err = neo4j.ExecuteQuery(ctx, d, "MERGE (:"+benchMarker+")", nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	return err
}

func wipe(ctx context.Context, d neo4j.DriverWithContext, db string) error {
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db})
	defer s.Close(ctx)
	// Relationships first, in batches: one hub entity's DETACH DELETE would otherwise hold
	// all its relationships in one transaction and exceed the server's memory pool.
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) WHERE NOT n:" + benchMarker + " CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
	} {
		res, err := s.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("wiping: %w", err)
		}
	}
	slog.Debug("wiped")
	return nil
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// localPassword is NEO4J_PASSWORD, else the local server's password file (scripts/neo4j-local).
func localPassword() string {
	if pw := os.Getenv("NEO4J_PASSWORD"); pw != "" {
		return pw
	}
	wd, _ := os.Getwd()
	pw, _, _ := graph.LocalPassword(envOr("NEO4J_URI", "bolt://127.0.0.1:7687"), os.Getenv("KG_NEO4J_HOME"), wd)
	return pw
}
