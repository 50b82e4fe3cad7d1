package extract

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestDecodeRecordIsEncodingJSON checks that records decode as encoding/json decodes them:
// the seed documents as extracted and written, a document of odd strings, and lines kg did not
// write (unknown fields, nulls, keys in another case).
func TestDecodeRecordIsEncodingJSON(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("seed documents: %v (%d files)", err, len(files))
	}
	var buf bytes.Buffer
	w := &recordsWriter{w: bufio.NewWriter(&buf)}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := x.Extract(context.Background(), Meta{ID: filepath.Base(f)}, string(text))
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	odd := "say \"no\" \\ <b>&amp;</b> tab\there\nline \u2028 Пхеньян 平壤 \U0001F600"
	if err := w.Write(Document{Meta: Meta{ID: odd, Authors: []string{odd, ""}}, Sentences: []Sentence{{Text: odd}},
		Relations: []Relation{{Type: RelSupplied, Evidence: odd, Dates: []string{"2024-06"}, Past: true}}}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n"))
	lines = append(lines,
		[]byte(`{"kind":"kg-document","version":1,"id":"x","sentences":null,"Relations":[{"TYPE":"A","past":true,"dates":[]}],"extra":{"a":[1,2.5,null]}}`),
		[]byte(`{"kind":"kg-document","version":1,"id":"y","entities":[{"id":"e","surfaces":null,"curated":false}],"mentions":[]}`))
	for i, line := range lines {
		var got, want record
		if err := decodeRecord(line, &got); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if err := json.Unmarshal(line, &want); err != nil {
			t.Fatalf("line %d: encoding/json: %v", i+1, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("line %d decodes to\n%+v\nencoding/json gives\n%+v", i+1, got, want)
		}
	}
}
