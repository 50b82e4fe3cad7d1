package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    Shard
		wantErr string
	}{
		{"0/1", Shard{0, 1}, ""},
		{"2/3", Shard{2, 3}, ""},
		{" 1 / 4 ", Shard{1, 4}, ""},
		{"3/3", Shard{}, "index must be from 0 to 2"},
		{"-1/3", Shard{}, "index must be from 0 to 2"},
		{"0/0", Shard{}, "count must be at least 1"},
		{"1/-2", Shard{}, "count must be at least 1"},
		{"1", Shard{}, "want i/n"},
		{"a/b", Shard{}, "want two integers"},
		{"", Shard{}, "want i/n"},
	} {
		got, err := ParseShard(tc.in)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParseShard(%q) error = %v, want %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseShard(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

// Every id falls in exactly one shard of n, and the split is not lopsided.
func TestShardOwnsPartition(t *testing.T) {
	const n, ids = 5, 5000
	counts := make([]int, n)
	for k := range ids {
		id := fmt.Sprintf("doc-%05d", k)
		owners := 0
		for i := range n {
			if (Shard{i, n}).Owns(id) {
				owners++
				counts[i]++
			}
		}
		if owners != 1 {
			t.Fatalf("%s owned by %d shards of %d", id, owners, n)
		}
	}
	for i, c := range counts {
		if c < ids/n*8/10 || c > ids/n*12/10 {
			t.Errorf("shard %d/%d holds %d of %d ids: %v", i, n, c, ids, counts)
		}
	}
	// FNV-1a 32 of "a" is 0xe40c292c: the hash is the documented one, not a changeable detail.
	if !(Shard{0xe40c292c % 7, 7}).Owns("a") {
		t.Error(`"a" is not in shard 0xe40c292c mod 7 of 7`)
	}
}

// Records carry the whole Document: what ReadRecords gives back equals what was extracted.
func TestRecordsRoundTrip(t *testing.T) {
	x := newRunExtractor(t)
	inputs, err := CollectInputs([]string{"../testdata/corpus"}, "")
	if err != nil {
		t.Fatal(err)
	}
	var docs []Document
	var buf bytes.Buffer
	w, err := NewWriter(&buf, FormatRecords, OutputOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := Run(ctx, x, inputs, RunOptions{Workers: 2}, func(r Result) error {
		if r.Err != nil {
			return r.Err
		}
		docs = append(docs, r.Doc)
		return w.Write(r.Doc)
	}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if len(docs) < 20 {
		t.Fatalf("only %d documents extracted from testdata/corpus", len(docs))
	}
	path := filepath.Join(t.TempDir(), "all.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	index, err := IndexRecords(ctx, []string{path})
	if err != nil {
		t.Fatal(err)
	}
	if len(index) != len(docs) {
		t.Fatalf("IndexRecords: %d inputs, want %d", len(index), len(docs))
	}
	var back []Document
	if _, err := ReadRecords(ctx, []string{path}, func(r Result) error {
		back = append(back, r.Doc)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(back) != len(docs) {
		t.Fatalf("read %d documents, wrote %d", len(back), len(docs))
	}
	mentions := 0
	for i := range docs {
		mentions += len(back[i].Mentions)
		if !reflect.DeepEqual(normalizeEmpty(back[i]), normalizeEmpty(docs[i])) {
			t.Errorf("document %s differs after a round trip:\n got %+v\nwant %+v", docs[i].ID, back[i], docs[i])
		}
		if index[i].Meta.ID != docs[i].ID || index[i].Meta.SHA256 != docs[i].SHA256 || docs[i].SHA256 == "" {
			t.Errorf("index %d = %+v, want id %s sha256 %s", i, index[i].Meta, docs[i].ID, docs[i].SHA256)
		}
	}
	if mentions == 0 {
		t.Error("no mentions came back: records must carry them")
	}
}

// normalizeEmpty maps empty slices to nil: JSON cannot tell them apart and nothing reads
// the difference.
func normalizeEmpty(d Document) Document {
	if len(d.Authors) == 0 {
		d.Authors = nil
	}
	if len(d.Sentences) == 0 {
		d.Sentences = nil
	}
	if len(d.Entities) == 0 {
		d.Entities = nil
	}
	if len(d.Mentions) == 0 {
		d.Mentions = nil
	}
	if len(d.Relations) == 0 {
		d.Relations = nil
	}
	d.Entities = append([]Entity(nil), d.Entities...)
	for i := range d.Entities {
		if len(d.Entities[i].Surfaces) == 0 {
			d.Entities[i].Surfaces = nil
		}
	}
	d.Relations = append([]Relation(nil), d.Relations...)
	for i := range d.Relations {
		if len(d.Relations[i].Dates) == 0 {
			d.Relations[i].Dates = nil
		}
	}
	return d
}

func TestRecordsBadInput(t *testing.T) {
	dir := t.TempDir()
	good := `{"kind":"kg-document","version":1,"id":"a","sentences":[],"entities":[],"mentions":[],"relations":[]}` + "\n"
	files := map[string]string{
		"good.jsonl":    good,
		"again.jsonl":   good,
		"scorer.jsonl":  `{"kind":"entity","doc":"a","id":"state:RUS","type":"State","name":"Russia","surfaces":[]}` + "\n",
		"newer.jsonl":   strings.Replace(good, `"version":1`, `"version":2`, 1),
		"broken.jsonl":  good + `{"kind":"kg-document","version":1,"id":"b","sent` + "\n",
		"noid.jsonl":    `{"kind":"kg-document","version":1}` + "\n",
		"empty/x.txt":   "not a record file",
		"blanks.jsonl":  "\n" + good + "\n\n",
		"twice/1.jsonl": good,
		"twice/2.jsonl": good,
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		files   []string
		wantErr string
	}{
		{"good", []string{"good.jsonl"}, ""},
		{"blank lines", []string{"blanks.jsonl"}, ""},
		{"same id in two files", []string{"good.jsonl", "again.jsonl"}, "document a is in " + filepath.Join(dir, "good.jsonl") + " line 1 and in " + filepath.Join(dir, "again.jsonl") + " line 1"},
		{"scorer jsonl", []string{"scorer.jsonl"}, `scorer.jsonl line 1: not a kg record (kind "entity"`},
		{"newer version", []string{"newer.jsonl"}, "newer.jsonl line 1: not a kg record"},
		{"truncated", []string{"broken.jsonl"}, "broken.jsonl line 2: not JSON"},
		{"no id", []string{"noid.jsonl"}, "noid.jsonl line 1: document without an id"},
		{"missing", []string{"nope.jsonl"}, "nope.jsonl"},
	} {
		var paths []string
		for _, f := range tc.files {
			paths = append(paths, filepath.Join(dir, f))
		}
		_, err := IndexRecords(ctx, paths)
		if tc.wantErr == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %v, want one line containing %q", tc.name, err, tc.wantErr)
		}
	}

	if _, err := RecordFiles(filepath.Join(dir, "empty")); err == nil || !strings.Contains(err.Error(), "no *.jsonl files") {
		t.Errorf("RecordFiles of a directory without records: %v", err)
	}
	got, err := RecordFiles(filepath.Join(dir, "twice"))
	want := []string{filepath.Join(dir, "twice", "1.jsonl"), filepath.Join(dir, "twice", "2.jsonl")}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("RecordFiles(twice) = %v, %v; want %v", got, err, want)
	}
}

// FuzzRecords: any file content gives an error or documents, never a panic, and what
// IndexRecords accepts ReadRecords reads the same way (go test ./extract -run '^$' -fuzz FuzzRecords).
func FuzzRecords(f *testing.F) {
	f.Add([]byte(`{"kind":"kg-document","version":1,"id":"a","sentences":[{"index":0,"start":0,"end":3,"text":"Hi."}],"entities":[],"mentions":[],"relations":[]}` + "\n"))
	f.Add([]byte(`{"kind":"kg-document","version":1,"id":"a"}` + "\n" + `{"kind":"kg-document","version":1,"id":"a"}`))
	f.Add([]byte("\n\n{\"kind\":\"entity\"}\n"))
	f.Add([]byte(`{"kind":"kg-document","version":1,"id":"b","relations":[{"type":"VISITED","dates":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "r.jsonl")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		index, err := IndexRecords(ctx, []string{path})
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error of more than one line: %q", err)
			}
			return
		}
		var ids []string
		if _, err := ReadRecords(ctx, []string{path}, func(r Result) error {
			ids = append(ids, r.Doc.ID)
			return nil
		}); err != nil {
			t.Fatalf("IndexRecords accepted what ReadRecords refuses: %v", err)
		}
		if len(ids) != len(index) {
			t.Fatalf("ReadRecords gave %d documents, IndexRecords %d", len(ids), len(index))
		}
		for i, in := range index {
			if in.Meta.ID != ids[i] || ids[i] == "" {
				t.Fatalf("document %d: index id %q, read id %q", i, in.Meta.ID, ids[i])
			}
		}
	})
}

// TestReadRecordsMergesShardsInPathOrder: shards hand kg build --from their documents in the
// order a build of the source folders would see them, whichever shard holds which document
// and in whatever order the files are named.
func TestReadRecordsMergesShardsInPathOrder(t *testing.T) {
	dir := t.TempDir()
	writeShard := func(name string, paths ...string) string {
		var buf bytes.Buffer
		w, err := NewWriter(&buf, FormatRecords, OutputOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			if err := w.Write(Document{Meta: Meta{ID: DocID(p), Path: p}}); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	s0 := writeShard("s0.jsonl", "docs/b.txt", "docs/e.txt", "more/a.txt")
	s1 := writeShard("s1.jsonl", "docs/a.txt", "docs/c.txt")
	s2 := writeShard("s2.jsonl", "docs/d.txt")
	for _, files := range [][]string{{s0, s1, s2}, {s2, s1, s0}} {
		var got []string
		sum, err := ReadRecords(context.Background(), files, func(r Result) error {
			if r.Index != len(got) {
				t.Errorf("index %d for the document at position %d", r.Index, len(got))
			}
			got = append(got, r.Doc.Path)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := "docs/a.txt docs/b.txt docs/c.txt docs/d.txt docs/e.txt more/a.txt"
		if strings.Join(got, " ") != want || sum.Docs != 6 {
			t.Errorf("order %v (%d docs), want %s", got, sum.Docs, want)
		}
	}
}

// Record files are decoded ahead of the caller in goroutines: a caller that stops early, or a
// context cancelled half-way, ends them, and a cancelled read is an error, never a short
// read that looks complete.
func TestReadRecordsStopsEarly(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewWriter(&buf, FormatRecords, OutputOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 50 {
		p := fmt.Sprintf("docs/%03d.txt", i)
		if err := w.Write(Document{Meta: Meta{ID: DocID(p), Path: p}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "r.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()

	stop := errors.New("enough")
	n := 0
	if _, err := ReadRecords(context.Background(), []string{path}, func(Result) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	}); !errors.Is(err, stop) || n != 3 {
		t.Errorf("emit's error after 3 documents: got %v after %d", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	_, err = ReadRecords(ctx, []string{path}, func(Result) error {
		if n++; n == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled after %d of 50 documents: err %v, want context.Canceled", n, err)
	}
	for range 100 { // the readers' goroutines end once ReadRecords returns
		if runtime.NumGoroutine() <= before {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines left running, %d before", g, before)
	}
}
