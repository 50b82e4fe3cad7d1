package extract

// Records: extraction apart from writing. kg extract --format records writes each document
// whole, one JSON object a line, so that kg build --from can write the graph from it on
// another machine exactly as it would from the source files; --shard i/n splits the inputs
// between machines by a hash of the document id.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	gojson "github.com/goccy/go-json"
)

// FormatRecords is the output format that carries everything kg build writes.
const FormatRecords = "records"

// RecordKind and RecordVersion mark every line of a records file, so that a reader given
// the scorer's jsonl (or a newer layout) says so rather than writing half a graph.
const (
	RecordKind    = "kg-document"
	RecordVersion = 1
)

// RecordExt is the file extension kg build --from looks for in a directory.
const RecordExt = ".jsonl"

// record is one line of a records file: the marker, then the Document's own fields.
type record struct {
	Kind    string `json:"kind"`
	Version int    `json:"version"`
	Document
}

// recordsWriter writes each document as extracted, unsorted: the graph is built from the
// extractor's own order, so records must not be another order of it.
type recordsWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func (r *recordsWriter) Write(doc Document) error {
	if r.enc == nil {
		r.enc = json.NewEncoder(r.w)
		r.enc.SetEscapeHTML(false)
	}
	if err := r.enc.Encode(record{Kind: RecordKind, Version: RecordVersion, Document: doc}); err != nil {
		return fmt.Errorf("writing record of %s: %w", doc.ID, err)
	}
	return nil
}

func (r *recordsWriter) Close() error { return r.w.Flush() }

// Shard is one part of a corpus split between Count extraction runs.
type Shard struct {
	Index, Count int
}

// ParseShard reads "i/n" with 0 <= i < n.
func ParseShard(s string) (Shard, error) {
	is, ns, ok := strings.Cut(s, "/")
	if !ok {
		return Shard{}, fmt.Errorf("--shard %q: want i/n, e.g. 0/4", s)
	}
	i, err1 := strconv.Atoi(strings.TrimSpace(is))
	n, err2 := strconv.Atoi(strings.TrimSpace(ns))
	switch {
	case err1 != nil || err2 != nil:
		return Shard{}, fmt.Errorf("--shard %q: want two integers i/n, e.g. 0/4", s)
	case n < 1:
		return Shard{}, fmt.Errorf("--shard %q: the shard count must be at least 1", s)
	case i < 0 || i >= n:
		return Shard{}, fmt.Errorf("--shard %q: the index must be from 0 to %d", s, n-1)
	}
	return Shard{Index: i, Count: n}, nil
}

// Owns reports whether the document id falls in this shard: FNV-1a (32 bits) of the id,
// modulo the count. The id alone decides, so every run given the same corpus assigns each
// document to the same shard, whatever the machine, the order or the other files.
func (s Shard) Owns(id string) bool {
	if s.Count <= 1 {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32()%uint32(s.Count)) == s.Index
}

// Filter returns the inputs this shard owns, in their order.
func (s Shard) Filter(inputs []Input) []Input {
	var out []Input
	for _, in := range inputs {
		if s.Owns(in.Meta.ID) {
			out = append(out, in)
		}
	}
	return out
}

// RecordFiles resolves a --from argument: a file, or a directory whose *.jsonl files (not
// recursive, lexical order) are the shards.
func RecordFiles(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("records %s: %w", path, unwrapPath(err))
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, fmt.Errorf("records %s: %w", path, unwrapPath(err))
	}
	var files []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), RecordExt) {
			files = append(files, filepath.Join(path, e.Name()))
		}
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("records %s: no *%s files in the directory", path, RecordExt)
	}
	return files, nil
}

// eachRecord decodes the records of one file in order. A line that is not a record of this
// version is an error naming the file and line: records are written by kg, so a bad one
// means the wrong file or a truncated copy, and nothing should be written from it.
func eachRecord(ctx context.Context, path string, fn func(line int, rec *record) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("records %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := r.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("records %s line %d: %w", path, line, err)
		}
		if len(bytes.TrimSpace(b)) > 0 {
			var rec record
			if jerr := decodeRecord(b, &rec); jerr != nil {
				return fmt.Errorf("records %s line %d: not JSON: %v", path, line, jerr)
			}
			if rec.Kind != RecordKind || rec.Version != RecordVersion {
				return fmt.Errorf("records %s line %d: not a kg record (kind %q version %d, want %q version %d; write records with kg extract --format records)",
					path, line, rec.Kind, rec.Version, RecordKind, RecordVersion)
			}
			if rec.ID == "" {
				return fmt.Errorf("records %s line %d: document without an id", path, line)
			}
			if ferr := fn(line, &rec); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// decodeRecord reads one line of a records file. goccy/go-json decodes as encoding/json does
// (TestDecodeRecordIsEncodingJSON) at about a quarter of its CPU time: encoding/json was 4.5
// of the 20 CPU-seconds of kg import per 200,000 relations.
func decodeRecord(b []byte, rec *record) error { return gojson.Unmarshal(b, rec) }

// IndexRecords reads every record file through once, before anything is written, and
// returns one Input per document (Meta as recorded, Path the record file): a malformed
// line or a document id in two places is an error, so kg build --from never writes part of
// a bad set of shards.
func IndexRecords(ctx context.Context, files []string) ([]Input, error) {
	var inputs []Input
	where := map[string]string{}
	for _, path := range files {
		err := eachRecord(ctx, path, func(line int, rec *record) error {
			at := fmt.Sprintf("%s line %d", path, line)
			if prev, dup := where[rec.ID]; dup {
				return fmt.Errorf("records: document %s is in %s and in %s (overlapping shards?)", rec.ID, prev, at)
			}
			where[rec.ID] = at
			meta := rec.Meta
			meta.Path = path
			inputs = append(inputs, Input{Meta: meta})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return inputs, nil
}

// ReadRecords calls emit with each document of the record files in the order a build of
// the source folders would write them: by source path (then id), merging the files, each of
// which kg extract wrote in input order. The order matters because identity resolution gives
// an entity the id and name of its first spelling: the graph must not depend on how the
// documents were split into shards. It stops at the first error of emit or of a file.
func ReadRecords(ctx context.Context, files []string, emit func(Result) error) (Summary, error) {
	start := time.Now()
	var sum Summary
	heads := make([]*recordHead, 0, len(files))
	defer func() {
		for _, h := range heads {
			h.stop()
		}
	}()
	finish := func(err error) (Summary, error) {
		sum.Elapsed = time.Since(start)
		return sum, err
	}
	for _, path := range files {
		h := startHead(ctx, path)
		heads = append(heads, h)
		if err := h.advance(); err != nil {
			return finish(err)
		}
	}
	for index := 0; ; index++ {
		var first *recordHead
		for _, h := range heads {
			if h.rec != nil && (first == nil || h.before(first)) {
				first = h
			}
		}
		if first == nil {
			// A cancelled context may have ended the files' goroutines without an error sent.
			return finish(ctx.Err())
		}
		doc := first.rec.Document
		sum.Docs++
		sum.Entities += len(doc.Entities)
		sum.Relations += len(doc.Relations)
		if err := emit(Result{Index: index, Input: Input{Meta: doc.Meta}, Doc: doc}); err != nil {
			return finish(err)
		}
		if err := first.advance(); err != nil {
			return finish(err)
		}
	}
}

// recordHead is one record file being merged: its next unread record, nil once it is done.
// A goroutine decodes the file's records a few ahead of the merge, so that decoding JSON
// runs beside whatever the caller does with each document (kg import: planning and writing
// CSV rows), on a second core when there is one.
type recordHead struct {
	rec  *record
	ch   <-chan decoded
	stop func()
}

// decoded is one record of a file, or the error that ended reading it.
type decoded struct {
	rec *record
	err error
}

// readAhead is how many decoded records a file's goroutine may hold beyond the one merged:
// enough to keep decoding busy, few enough that many shards stay small in memory.
const readAhead = 4

func startHead(ctx context.Context, path string) *recordHead {
	ctx, cancel := context.WithCancel(ctx)
	ch := make(chan decoded, readAhead)
	go func() {
		defer close(ch)
		err := eachRecord(ctx, path, func(_ int, rec *record) error {
			select {
			case ch <- decoded{rec: rec}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		if err != nil {
			select {
			case ch <- decoded{err: err}:
			case <-ctx.Done():
			}
		}
	}()
	return &recordHead{ch: ch, stop: func() {
		cancel()
		for range ch { // wait for the goroutine to end
		}
	}}
}

func (h *recordHead) advance() error {
	h.rec = nil
	d, ok := <-h.ch
	if !ok {
		return nil
	}
	if d.err != nil {
		return d.err
	}
	h.rec = d.rec
	return nil
}

func (h *recordHead) before(o *recordHead) bool {
	if h.rec.Meta.Path != o.rec.Meta.Path {
		return h.rec.Meta.Path < o.rec.Meta.Path
	}
	return h.rec.ID < o.rec.ID
}
