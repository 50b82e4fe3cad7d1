package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/graph/graphtest"
)

// kgLocal runs kg against a throwaway local server, with the server's own environment (its
// folder and ports; the password comes from its file).
func (s *localServer) kg(t *testing.T, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = s.env()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("kg %s: %v\n%s%s", strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out)
}

func (s *localServer) client(t *testing.T) *graph.Client {
	t.Helper()
	c, err := graph.Open(context.Background(), graph.Config{URI: s.uri(), Username: "neo4j", Password: s.password(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close(context.Background()) })
	return c
}

var fingerprintOpts = graph.FingerprintOptions{SkipProps: []string{"ingested_at"}, SkipLabels: []string{"KgTestMarker"}}

// Issue 13: kg import of extracted records into a new database, then an incremental kg build
// of more documents, gives the graph that building everything incrementally gives: the
// same counts per label and type, the same entities, aliases, claims, mentions and typed
// relationships with their aggregates, and the same checksum over every node's properties
// (but when documents were written) and every relationship. The imported documents count as
// unchanged for the build.
func TestImportThenBuildEqualsBuild(t *testing.T) {
	needLocalServers(t)
	client, srv := graphtest.Open(t)
	bin := graphtest.BuildKG(t, ".")
	tmp := t.TempDir()
	first := []string{"../../seeds", "../../testdata/corpus"}
	all := append(append([]string{}, first...), identityCorpus)

	// Built incrementally: the first part, then everything.
	kgOK(t, srv, bin, append([]string{"build", "--identity", filepath.Join(tmp, "build.tsv")}, first...)...)
	kgOK(t, srv, bin, append([]string{"build", "--identity", filepath.Join(tmp, "build.tsv")}, all...)...)
	want := fullState(t, client)
	wantFP, err := client.Fingerprint(context.Background(), fingerprintOpts)
	if err != nil {
		t.Fatal(err)
	}
	if want.Counts["label Document"] < 50 || wantFP.Types["SUPPLIED"] == 0 {
		t.Fatalf("the build wrote little: %v %v", want.Counts, wantFP.Types)
	}

	// Imported from records on a server of the test's own, then built incrementally.
	records := filepath.Join(tmp, "first.jsonl")
	kgOK(t, srv, bin, append([]string{"extract", "--format", "records", "-o", records}, first...)...)
	s := startLocalServer(t)
	out := s.kg(t, bin, "import", "--identity", filepath.Join(tmp, "import.tsv"), "--from", records)
	var isum importSummary
	if err := json.Unmarshal([]byte(lastLine(out)), &isum); err != nil || isum.Documents == 0 || isum.Relationships == 0 {
		t.Fatalf("import summary %q: %v", out, err)
	}
	// A second import is refused: the database holds the first.
	cmd := exec.Command(bin, "import", "--identity", filepath.Join(tmp, "import.tsv"), "--from", records)
	cmd.Env = s.env()
	if msg, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(msg), "loads a new database") {
		t.Errorf("a second import into a full database: %v\n%s", err, msg)
	}
	out = s.kg(t, bin, append([]string{"build", "--identity", filepath.Join(tmp, "import.tsv")}, all...)...)
	var bsum buildSummary
	if err := json.Unmarshal([]byte(out), &bsum); err != nil {
		t.Fatalf("build summary %q: %v", out, err)
	}
	if bsum.Skipped != isum.Documents || bsum.Updated != 0 || bsum.Failed != 0 || bsum.Created == 0 {
		t.Errorf("build after import: %+v; want the %d imported documents skipped, the others created", bsum, isum.Documents)
	}
	ic := s.client(t)
	diffStates(t, "import then build", fullState(t, ic), want)
	gotFP, err := ic.Fingerprint(context.Background(), fingerprintOpts)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what      string
		got, want any
	}{{"labels", gotFP.Labels, wantFP.Labels}, {"types", gotFP.Types, wantFP.Types},
		{"node checksum", gotFP.Nodes, wantFP.Nodes}, {"relationship checksum", gotFP.Relationships, wantFP.Relationships}} {
		g, _ := json.Marshal(c.got)
		w, _ := json.Marshal(c.want)
		if string(g) != string(w) {
			t.Errorf("import then build: %s %s, want %s", c.what, g, w)
		}
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// kg import --csv-only writes the importer's files and the argument file that loads them,
// touching no server; a bad record fails it with one line and leaves no folder behind.
func TestImportCSVOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "csv")
	out, errOut, code := runKG(t, "", "import", "--identity", filepath.Join(t.TempDir(), "id.tsv"), "--csv-only", dir, "../../seeds")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	args, err := os.ReadFile(filepath.Join(dir, graph.ImportArgsFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"--nodes=documents.csv", "--nodes=entities.csv", "--relationships=rel-supplied.csv", "--array-delimiter=U+001F"} {
		if !strings.Contains(string(args), want) {
			t.Errorf("%s lacks %s:\n%s", graph.ImportArgsFile, want, args)
		}
	}
	head, err := os.ReadFile(filepath.Join(dir, "rel-supplied.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(head), ":START_ID(Entity),:END_ID(Entity),:TYPE,key:string,dates:string[]") {
		t.Errorf("rel-supplied.csv header: %.80s", head)
	}

	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"kind":"kg-document","version":1,"id":"x","entities":[{"id":"e","type":"Planet","name":"Mars"}]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir2 := filepath.Join(t.TempDir(), "csv2")
	_, errOut, code = runKG(t, "", "import", "--csv-only", dir2, "--from", bad)
	if code == 0 || strings.Count(strings.TrimSpace(errOut), "\n") > 2 {
		t.Errorf("a bad record: exit %d, stderr %q; want a failure in a line or two", code, errOut)
	}
	if _, err := os.Stat(dir2); err == nil {
		t.Errorf("a failed import left %s behind", dir2)
	}
}

// Text with line breaks (here a title and a sentence, as records may hold them) survives an
// import: the importer parses fields across lines only in the files that need it (it is much
// slower that way), so kg import lists exactly those files, and the imported graph equals
// the built one.
func TestImportMultilineFields(t *testing.T) {
	needLocalServers(t)
	client, srv := graphtest.Open(t)
	bin := graphtest.BuildKG(t, ".")
	tmp := t.TempDir()
	plain := filepath.Join(tmp, "plain.jsonl")
	kgOK(t, srv, bin, "extract", "--format", "records", "-o", plain, "../../seeds")
	b, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			rec["title"] = "A title\nover two lines"
			sents := rec["sentences"].([]any)
			s0 := sents[0].(map[string]any)
			s0["text"] = strings.Replace(s0["text"].(string), " ", "\r\n", 1)
		}
		out, _ := json.Marshal(rec)
		lines = append(lines, string(out))
	}
	records := filepath.Join(tmp, "multiline.jsonl")
	if err := os.WriteFile(records, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	dir := filepath.Join(tmp, "csv")
	if _, errOut, code := runKG(t, "", "import", "--identity", filepath.Join(tmp, "csv.tsv"), "--csv-only", dir, "--from", records); code != 0 {
		t.Fatalf("kg import --csv-only: exit %d: %s", code, errOut)
	}
	args, err := os.ReadFile(filepath.Join(dir, graph.ImportArgsFile))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(args), "--multiline-fields=documents\\.csv,sentences\\.csv\n") ||
		!strings.Contains(string(args), "--multiline-fields-format=v2\n") {
		t.Errorf("%s should parse documents.csv and sentences.csv (only) across lines:\n%s", graph.ImportArgsFile, args)
	}
	if _, errOut, code := runKG(t, "", "import", "--identity", filepath.Join(tmp, "plain.tsv"), "--csv-only", filepath.Join(tmp, "csv-plain"), "--from", plain); code != 0 {
		t.Fatalf("kg import --csv-only: exit %d: %s", code, errOut)
	} else if args, _ := os.ReadFile(filepath.Join(tmp, "csv-plain", graph.ImportArgsFile)); strings.Contains(string(args), "multiline") {
		t.Errorf("records without line breaks: %s should not ask for multiline fields:\n%s", graph.ImportArgsFile, args)
	}

	kgOK(t, srv, bin, "build", "--identity", filepath.Join(tmp, "build.tsv"), "--from", records)
	wantFP, err := client.Fingerprint(context.Background(), fingerprintOpts)
	if err != nil {
		t.Fatal(err)
	}
	s := startLocalServer(t)
	s.kg(t, bin, "import", "--identity", filepath.Join(tmp, "import.tsv"), "--from", records)
	ic := s.client(t)
	recs, err := ic.Read(context.Background(), `MATCH (d:Document) WHERE d.title CONTAINS '\n'
		MATCH (s:Sentence {doc_id: d.id}) WHERE s.text CONTAINS '\r\n' RETURN d.title AS title, count(s) AS n`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Values[0] != "A title\nover two lines" || recs[0].Values[1] != int64(1) {
		t.Errorf("imported line breaks: %v", recs)
	}
	gotFP, err := ic.Fingerprint(context.Background(), fingerprintOpts)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := json.Marshal(gotFP)
	w, _ := json.Marshal(wantFP)
	if string(g) != string(w) {
		t.Errorf("imported graph differs from the built one:\nimport %s\nbuild  %s", g, w)
	}
}
