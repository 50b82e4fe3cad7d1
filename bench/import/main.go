// Command import-bench measures, side by side on one generated corpus of extracted records,
// three ways to load a new database: `kg import --from RECORDS` (CSV files, neo4j-admin
// database import full, start, schema), `kg build --from RECORDS` (online transactions) and
// the server's own LOAD CSV ... CALL {...} IN TRANSACTIONS over the corpus's rows (the per-row
// Cypher of bench/build, bench/build/row.cypher), and kg build --writers 2 (loader build2).
// It checks that the imported and the two-writer graphs equal the one-writer build's
// (graph.Fingerprint: counts per label and type, checksums over every node and relationship
// with their properties but ingested_at). -sample N loads only the corpus's first N relations
// with the slow loaders (and import-sample), for a machine too busy to build all of it.
//
// Each loader gets a fresh database: the bench runs its own local server (scripts/neo4j-local)
// in a folder of its own, which it resets between loaders. Run it through bench/import/run.sh.
package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "import-bench: "+err.Error())
		os.Exit(1)
	}
}

type bench struct {
	root, home, work, bin string
	bolt, http            int
}

func run() error {
	relations := flag.Int("relations", 1000000, "relations in the generated corpus")
	perDoc := flag.Int("per-doc", 100, "relations (sentences) per document")
	loaders := flag.String("loaders", "import,build,csv", "loaders to run, comma-separated (import, build, build2: kg build --writers 2, csv)")
	sample := flag.Int("sample", 0, "build, build2, csv and import-sample load only the first this many relations (whole documents) of the corpus; 0: all of it")
	keep := flag.String("corpus", "", "keep the generated corpus (corpus.jsonl, rows.csv) in this folder, and reuse it when it is there already")
	var b bench
	flag.IntVar(&b.bolt, "bolt", 7743, "Bolt port of the bench's own server")
	flag.IntVar(&b.http, "http", 7744, "HTTP port of the bench's own server")
	flag.StringVar(&b.home, "home", ".kg/neo4j-bench", "folder of the bench's own server (reset between loaders)")
	flag.Parse()
	var err error
	if b.root, err = os.Getwd(); err != nil {
		return err
	}
	b.home, _ = filepath.Abs(b.home)
	if b.work, err = os.MkdirTemp("", "kg-import-bench-"); err != nil {
		return err
	}
	defer os.RemoveAll(b.work)
	ctx := context.Background()

	b.bin = filepath.Join(b.work, "kg")
	if out, err := exec.Command("go", "build", "-o", b.bin, "./cmd/kg").CombinedOutput(); err != nil {
		return fmt.Errorf("building kg: %v\n%s", err, out)
	}
	dir := b.work
	if *keep != "" {
		dir = *keep
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	records := filepath.Join(dir, "corpus.jsonl")
	rows := filepath.Join(dir, "rows.csv")
	stamp := filepath.Join(dir, "corpus.params")
	params := fmt.Sprintf("relations=%d per-doc=%d\n", *relations, *perDoc)
	docs, ents := 0, 0
	if old, err := os.ReadFile(stamp); err == nil && strings.HasPrefix(string(old), params) && *keep != "" {
		if _, err := fmt.Sscanf(strings.TrimPrefix(string(old), params), "docs=%d entities=%d", &docs, &ents); err != nil {
			return fmt.Errorf("%s: %w", stamp, err)
		}
	} else {
		os.Remove(stamp)
		if docs, ents, err = generate(*relations, *perDoc, records, rows); err != nil {
			return err
		}
		if err := os.WriteFile(stamp, []byte(params+fmt.Sprintf("docs=%d entities=%d\n", docs, ents)), 0o644); err != nil {
			return err
		}
	}
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("corpus: %d documents, %d relations, %d entities (records %s); server: scripts/neo4j-local defaults, %s; load average at start %s",
		docs, *relations, ents, size(records), b.home, strings.Join(strings.Fields(string(load))[:3], " ")+"\n")

	// The sample: the first documents of the corpus and their rows, for loaders too slow on a
	// busy machine to load all of it in the time there is.
	sRecords, sRows, sRelations := records, rows, *relations
	if *sample > 0 && *sample < *relations {
		sRelations = (*sample + *perDoc - 1) / *perDoc * *perDoc
		sRecords, sRows = filepath.Join(b.work, "sample.jsonl"), filepath.Join(b.work, "sample-rows.csv")
		if err := prefixLines(records, sRecords, sRelations / *perDoc); err != nil {
			return err
		}
		if err := prefixLines(rows, sRows, sRelations+1); err != nil { // and the header
			return err
		}
		fmt.Printf("sample: the first %d documents, %d relations (build, build2, csv, import-sample)\n", sRelations / *perDoc, sRelations)
	}

	fps := map[string]graph.Fingerprint{}
	rates := map[string]float64{}
	// compare prints each ratio and graph comparison once both its loaders have run, so that a
	// long run that is stopped before its last loader still says what it measured.
	printed := map[string]bool{}
	once := func(what string) bool {
		if printed[what] {
			return false
		}
		printed[what] = true
		return true
	}
	compare := func() error {
		if rates["import"] > 0 && rates["build"] > 0 && once("import/build") {
			fmt.Printf("\nkg import / kg build: %.1fx (target >= 10x)", rates["import"]/rates["build"])
			if sRelations != *relations {
				fmt.Printf(" [import: %d relations; build: the %d-relation sample]", *relations, sRelations)
			}
			fmt.Println()
		}
		if rates["import"] > 0 && rates["build"] > 0 && rates["csv"] > 0 && once("csv") {
			fmt.Printf("kg import / LOAD CSV: %.1fx; kg build / LOAD CSV: %.2fx\n", rates["import"]/rates["csv"], rates["build"]/rates["csv"])
		}
		if rates["build2"] > 0 && rates["csv"] > 0 && once("build2/csv") {
			fmt.Printf("kg build --writers 2 / LOAD CSV: %.2fx (target >= 1.2x)", rates["build2"]/rates["csv"])
			if rates["build"] > 0 {
				fmt.Printf("; / kg build: %.2fx", rates["build2"]/rates["build"])
			}
			fmt.Println()
		}
		for _, other := range []string{"import", "import-sample", "build2"} {
			if other == "import" && sRelations != *relations {
				continue // the build loaded the sample only
			}
			a, ok := fps[other]
			c, ok2 := fps["build"]
			if !ok || !ok2 || !once("equal "+other) {
				continue
			}
			ja, _ := json.Marshal(a)
			jc, _ := json.Marshal(c)
			if string(ja) != string(jc) {
				return fmt.Errorf("the %s and the build (one writer) graphs differ:\n%s %s\nbuild  %s", other, other, ja, jc)
			}
			fmt.Printf("%s and build graphs equal: %s\n", other, ja)
		}
		return nil
	}
	for _, l := range strings.Split(*loaders, ",") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue // -loaders "": only generate the corpus (with -corpus)
		}
		if err := b.fresh(); err != nil {
			return err
		}
		start := time.Now()
		var detail string
		n := sRelations
		switch l {
		case "import", "import-sample":
			from := sRecords
			if l == "import" {
				from, n = records, *relations
			}
			out, err := b.kg("import", "--from", from)
			if err != nil {
				return err
			}
			// kg import returns while a few indexes no report hints are still populating;
			// the clock runs on until they are online, so the rate is that of a finished
			// schema, as a build's is.
			returned := time.Since(start).Seconds()
			if err := b.awaitIndexes(ctx); err != nil {
				return err
			}
			detail = fmt.Sprintf("(kg returned at %.1fs) %s", returned, lastLine(out))
		case "build", "build2":
			args := []string{"build", "--from", sRecords}
			if l == "build2" {
				args = append(args, "--writers", "2")
			}
			out, err := b.kg(args...)
			if err != nil {
				return err
			}
			detail = lastLine(out)
		case "csv":
			if err := b.loadCSV(ctx, sRows); err != nil {
				return err
			}
		default:
			return fmt.Errorf("-loaders: unknown loader %q (want import, import-sample, build, build2, csv)", l)
		}
		secs := time.Since(start).Seconds()
		rates[l] = float64(n) / secs
		load, _ := os.ReadFile("/proc/loadavg")
		fmt.Printf("%-13s %8d relations in %8.1fs  %9.0f relations/s  (load %s) %s\n", l, n, secs, rates[l],
			strings.Join(strings.Fields(string(load))[:3], " "), detail)
		if l != "csv" {
			fp, err := b.fingerprint(ctx)
			if err != nil {
				return err
			}
			fps[l] = fp
			j, _ := json.Marshal(fp)
			fmt.Printf("%-13s graph: %s\n", l, j)
		}
		if err := compare(); err != nil {
			return err
		}
	}
	if len(fps)+len(rates) > 0 {
		if err := b.script("stop"); err != nil {
			return err
		}
	}
	return nil
}

// prefixLines copies the first n lines of src to dst.
func prefixLines(src, dst string, n int) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	r := bufio.NewReaderSize(in, 1<<20)
	w := bufio.NewWriterSize(out, 1<<20)
	for i := 0; i < n; i++ {
		line, err := r.ReadBytes('\n')
		w.Write(line)
		if err != nil {
			break
		}
	}
	if err := w.Flush(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func size(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return "?"
	}
	return fmt.Sprintf("%.0f MB", float64(info.Size())/1e6)
}

func (b *bench) env() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") && !strings.HasPrefix(kv, "KG_NEO4J_HOME=") &&
			!strings.HasPrefix(kv, "KG_NEO4J_BOLT_PORT=") && !strings.HasPrefix(kv, "KG_NEO4J_HTTP_PORT=") {
			env = append(env, kv)
		}
	}
	return append(env, "KG_NEO4J_HOME="+b.home, "KG_NEO4J_BOLT_PORT="+strconv.Itoa(b.bolt),
		"KG_NEO4J_HTTP_PORT="+strconv.Itoa(b.http), "NEO4J_URI="+b.uri())
}

func (b *bench) uri() string { return "bolt://127.0.0.1:" + strconv.Itoa(b.bolt) }

func (b *bench) script(args ...string) error {
	cmd := exec.Command(filepath.Join(b.root, "scripts", "neo4j-local"), args...)
	cmd.Env = b.env()
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("scripts/neo4j-local %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return nil
}

// fresh gives the next loader an empty database on a started server.
func (b *bench) fresh() error {
	for _, step := range [][]string{{"stop"}, {"reset"}, {"start"}} {
		if err := b.script(step...); err != nil {
			return err
		}
	}
	return nil
}

func (b *bench) kg(args ...string) (string, error) {
	cmd := exec.Command(b.bin, args...)
	cmd.Env = b.env()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("kg %s: %v\n%s%s", strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out), nil
}

func (b *bench) password() string {
	pw, _ := os.ReadFile(filepath.Join(b.home, "password"))
	return strings.TrimSpace(string(pw))
}

func (b *bench) fingerprint(ctx context.Context) (graph.Fingerprint, error) {
	c, err := graph.Open(ctx, graph.Config{URI: b.uri(), Username: "neo4j", Password: b.password()})
	if err != nil {
		return graph.Fingerprint{}, err
	}
	defer c.Close(ctx)
	return c.Fingerprint(ctx, graph.FingerprintOptions{SkipProps: []string{"ingested_at"}})
}

// awaitIndexes waits until every index and constraint of the database is online.
func (b *bench) awaitIndexes(ctx context.Context) error {
	c, err := graph.Open(ctx, graph.Config{URI: b.uri(), Username: "neo4j", Password: b.password()})
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	for {
		left, err := c.PopulatingIndexes(ctx)
		if err != nil {
			return err
		}
		if len(left) == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// loadCSV runs bench/build's per-row Cypher over the rows with LOAD CSV, in transactions of
// 1000 rows, after creating kg's schema (its MERGEs need the indexes).
func (b *bench) loadCSV(ctx context.Context, rows string) error {
	row, err := os.ReadFile(filepath.Join(b.root, "bench", "build", "row.cypher"))
	if err != nil {
		return err
	}
	c, err := graph.Open(ctx, graph.Config{URI: b.uri(), Username: "neo4j", Password: b.password()})
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	if _, err := c.ApplySchema(ctx); err != nil {
		return err
	}
	dst := filepath.Join(b.home, "import", "bench-rows.csv")
	if err := os.Link(rows, dst); err != nil {
		if data, err := os.ReadFile(rows); err != nil || os.WriteFile(dst, data, 0o600) != nil {
			return fmt.Errorf("copying the rows into %s", dst)
		}
	}
	d, err := neo4j.NewDriverWithContext(b.uri(), neo4j.BasicAuth("neo4j", b.password(), ""))
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	s := d.NewSession(ctx, neo4j.SessionConfig{})
	defer s.Close(ctx)
	q := "LOAD CSV WITH HEADERS FROM 'file:///bench-rows.csv' AS row CALL (row) {\n" + string(row) + "\n} IN TRANSACTIONS OF 1000 ROWS"
	res, err := s.Run(ctx, q, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("LOAD CSV: %w", err)
	}
	return nil
}

// generate writes a corpus of documents of perDoc sentences, each stating one relation
// between two entities of fixed pools (150 states, 2,000 people, 300 institutions), as kg
// extract --format records does, and the same relations as rows for LOAD CSV (the columns
// bench/build/row.cypher reads). Deterministic: one seed.
func generate(relations, perDoc int, records, rows string) (docs, entities int, err error) {
	rng := rand.New(rand.NewPCG(13, 2026))
	type ent struct{ id, typ, name string }
	var pool []ent
	for i := range 150 {
		pool = append(pool, ent{fmt.Sprintf("state:B%03d", i), extract.TypeState, fmt.Sprintf("Bench State %d", i)})
	}
	for i := range 2000 {
		pool = append(pool, ent{fmt.Sprintf("person:bench-person-%04d", i), extract.TypePerson, fmt.Sprintf("Bench Person %d", i)})
	}
	for i := range 300 {
		pool = append(pool, ent{fmt.Sprintf("institution:bench-%03d", i), extract.TypeInstitution, fmt.Sprintf("Bench Institution %d", i)})
	}
	rf, err := os.Create(records)
	if err != nil {
		return 0, 0, err
	}
	defer rf.Close()
	rbuf := bufio.NewWriterSize(rf, 1<<20)
	w, err := extract.NewWriter(rbuf, extract.FormatRecords, extract.OutputOptions{})
	if err != nil {
		return 0, 0, err
	}
	cf, err := os.Create(rows)
	if err != nil {
		return 0, 0, err
	}
	defer cf.Close()
	cw := csv.NewWriter(cf)
	if err := cw.Write([]string{"doc_id", "sentence_id", "sentence_index", "text", "claim_id", "type", "src", "src_type",
		"src_name", "dst", "dst_type", "dst_name", "date", "polarity", "modality", "rel_key"}); err != nil {
		return 0, 0, err
	}
	// The four types bench/build/row.cypher writes.
	types := []string{extract.RelSupports, extract.RelCondemned, extract.RelMetWith, extract.RelSanctioned}
	used := map[string]bool{}
	for n := 0; n < relations; n += perDoc {
		id := fmt.Sprintf("benchdoc-%06d", docs)
		doc := extract.Document{Meta: extract.Meta{ID: id, Title: "Import bench " + strconv.Itoa(docs),
			SHA256: fmt.Sprintf("%064x", docs+1), Published: fmt.Sprintf("20%02d-%02d-01", 10+rng.IntN(15), 1+rng.IntN(12))}}
		seen := map[string]bool{}
		for k := 0; k < perDoc && n+k < relations; k++ {
			typ := types[rng.IntN(len(types))]
			var a, b ent
			for a.id == b.id {
				if typ == extract.RelMetWith {
					a, b = pool[150+rng.IntN(2000)], pool[150+rng.IntN(2000)]
				} else {
					a, b = pool[rng.IntN(len(pool))], pool[rng.IntN(150)]
				}
			}
			if typ == extract.RelMetWith && b.id < a.id {
				a, b = b, a // undirected: row.cypher merges the relationship in id order, as kg does
			}
			date := fmt.Sprintf("20%02d-%02d", 10+rng.IntN(15), 1+rng.IntN(12))
			text := fmt.Sprintf("%s and %s, statement %d of %s.", a.name, b.name, k, id)
			doc.Sentences = append(doc.Sentences, extract.Sentence{Index: k, Text: text})
			doc.Mentions = append(doc.Mentions,
				extract.Mention{EntityID: a.id, Sentence: k, Surface: a.name, Start: 0, End: len(a.name)},
				extract.Mention{EntityID: b.id, Sentence: k, Surface: b.name, Start: len(a.name) + 5, End: len(a.name) + 5 + len(b.name)})
			doc.Relations = append(doc.Relations, extract.Relation{Type: typ, Src: a.id, Dst: b.id, Dates: []string{date},
				Polarity: extract.Asserted, Modality: extract.Fact, Sentence: k, Evidence: text})
			for _, e := range []ent{a, b} {
				if !seen[e.id] {
					seen[e.id] = true
					used[e.id] = true
					doc.Entities = append(doc.Entities, extract.Entity{ID: e.id, Type: e.typ, Name: e.name})
				}
			}
			if err := cw.Write([]string{id, graph.SentenceID(id, k), strconv.Itoa(k), text, fmt.Sprintf("claim:%s:%d", id, k),
				typ, a.id, a.typ, a.name, b.id, b.typ, b.name, date, extract.Asserted, extract.Fact, graph.RelKey(typ, a.id, b.id)}); err != nil {
				return 0, 0, err
			}
		}
		if err := w.Write(doc); err != nil {
			return 0, 0, err
		}
		docs++
	}
	if err := w.Close(); err != nil {
		return 0, 0, err
	}
	if err := rbuf.Flush(); err != nil {
		return 0, 0, err
	}
	cw.Flush()
	return docs, len(used), cw.Error()
}
