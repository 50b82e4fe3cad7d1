package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Output formats of WriteDocuments / NewWriter.
const (
	FormatJSONL = "jsonl"
	FormatJSON  = "json"
	FormatText  = "text"
)

// Formats lists the output formats.
func Formats() []string { return []string{FormatJSONL, FormatJSON, FormatText, FormatRecords} }

// OutputOptions configure a Writer.
type OutputOptions struct {
	// Sentences adds a "document" record and one "sentence" record per sentence to jsonl
	// output (the scorer ignores them), and the sentence list to text output.
	Sentences bool
}

// Writer writes extracted documents in one format. Write is called once per document, in
// order; Close finishes the output (the closing bracket of a JSON array) and flushes it, but
// does not close the underlying io.Writer.
type Writer interface {
	Write(doc Document) error
	Close() error
}

// NewWriter returns a Writer for format.
func NewWriter(w io.Writer, format string, opts OutputOptions) (Writer, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch format {
	case FormatJSONL:
		return &jsonlWriter{w: bw, opts: opts}, nil
	case FormatJSON:
		return &jsonWriter{w: bw}, nil
	case FormatText:
		return &textWriter{w: bw, opts: opts}, nil
	case FormatRecords:
		return &recordsWriter{w: bw}, nil
	}
	return nil, fmt.Errorf("unknown output format %q: want %s", format, strings.Join(Formats(), ", "))
}

// Canonical returns doc with entities ordered by id and relations by sentence, then type,
// source and target (the extractor's order is kept among equals), so that every output
// format is stable whatever order the pipeline produced.
func Canonical(doc Document) Document {
	doc.Entities = sortedStable(doc.Entities, compareEntities)
	doc.Relations = sortedStable(doc.Relations, compareRelations)
	return doc
}

func compareEntities(a, b *Entity) int { return strings.Compare(a.ID, b.ID) }

func compareRelations(a, b *Relation) int {
	if a.Sentence != b.Sentence {
		return a.Sentence - b.Sentence
	}
	if c := strings.Compare(a.Type, b.Type); c != 0 {
		return c
	}
	if c := strings.Compare(a.Src, b.Src); c != 0 {
		return c
	}
	return strings.Compare(a.Dst, b.Dst)
}

// sortedStable returns a sorted copy of s, equal elements in their order in s, as
// slices.SortStableFunc on a clone would; it sorts positions rather than moving the large
// structs of a document in every swap.
func sortedStable[T any](s []T, cmp func(a, b *T) int) []T {
	if len(s) < 2 {
		return slices.Clone(s)
	}
	out := make([]T, len(s))
	for k, i := range stableOrder(s, cmp) {
		out[k] = s[i]
	}
	return out
}

// stableOrder returns the positions of s in sortedStable's order, for a writer that reads
// the elements in place instead of copying them.
func stableOrder[T any](s []T, cmp func(a, b *T) int) []int32 {
	pos := make([]int32, len(s))
	for i := range pos {
		pos[i] = int32(i)
	}
	slices.SortStableFunc(pos, func(i, j int32) int { return cmp(&s[i], &s[j]) })
	return pos
}

// Records of the jsonl format (SCHEMA.md, "Extractor output"). Field order is the order in
// the schema; extras come after the fields the scorer reads.
type entityRecord struct {
	Kind     string   `json:"kind"`
	Doc      string   `json:"doc"`
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Surfaces []string `json:"surfaces"`
}

type relationRecord struct {
	Kind        string   `json:"kind"`
	Doc         string   `json:"doc"`
	Type        string   `json:"type"`
	Src         string   `json:"src"`
	Dst         string   `json:"dst"`
	Item        *string  `json:"item"`
	Date        *string  `json:"date"`
	Polarity    string   `json:"polarity"`
	Modality    string   `json:"modality"`
	Sentence    int      `json:"sentence"`
	Evidence    string   `json:"evidence"`
	Role        string   `json:"role,omitempty"`
	Attribution string   `json:"attribution,omitempty"`
	Dates       []string `json:"dates"`
	Quantity    string   `json:"quantity,omitempty"`
	Rule        string   `json:"rule,omitempty"`
	Past        bool     `json:"past,omitempty"`
}

type documentRecord struct {
	Kind string `json:"kind"`
	Doc  string `json:"doc"`
	Meta
	RefDate   string `json:"ref_date,omitempty"`
	Sentences int    `json:"sentences"`
}

type sentenceRecord struct {
	Kind  string `json:"kind"`
	Doc   string `json:"doc"`
	Index int    `json:"index"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// writeRelation writes one relation's jsonl records: one per date, since the scorer's "date"
// is a single value (any record's date may match), or one with a null date. rec is filled in
// place and its optional fields point into r, so that a record costs no allocation (a
// record or string passed by value to the encoder is copied to the heap).
func (j *jsonlWriter) writeRelation(rec *relationRecord, docID string, r *Relation) error {
	*rec = relationRecord{
		Kind: "relation", Doc: docID, Type: r.Type, Src: r.Src, Dst: r.Dst, Item: optionalIn(&r.Item),
		Polarity: r.Polarity, Modality: r.Modality, Sentence: r.Sentence, Evidence: r.Evidence,
		Role: r.Role, Attribution: r.Attribution, Dates: nonNil(r.Dates), Quantity: r.Quantity, Rule: r.Rule, Past: r.Past,
	}
	if len(r.Dates) == 0 {
		return j.record(rec.appendJSON(j.buf[:0], &j.str))
	}
	for k := range r.Dates {
		rec.Date = optionalIn(&r.Dates[k])
		if err := j.record(rec.appendJSON(j.buf[:0], &j.str)); err != nil {
			return err
		}
	}
	return nil
}

// appendJSON appends rec as encoding/json writes it (with SetEscapeHTML(false)): fields in
// the struct's order, under their tag names, omitempty ones left out when empty. Written by
// hand because reflection over the struct was most of the output's cost, the records being
// a third of a million lines per 12.5 MB; TestRecordJSONMatchesEncoder holds it to the
// encoder's bytes.
func (rec *relationRecord) appendJSON(b []byte, s *jsonStrings) []byte {
	b = append(b, `{"kind":`...)
	b = s.append(b, rec.Kind)
	b = append(b, `,"doc":`...)
	b = s.append(b, rec.Doc)
	b = append(b, `,"type":`...)
	b = s.append(b, rec.Type)
	b = append(b, `,"src":`...)
	b = s.append(b, rec.Src)
	b = append(b, `,"dst":`...)
	b = s.append(b, rec.Dst)
	b = append(b, `,"item":`...)
	b = s.appendOptional(b, rec.Item)
	b = append(b, `,"date":`...)
	b = s.appendOptional(b, rec.Date)
	b = append(b, `,"polarity":`...)
	b = s.append(b, rec.Polarity)
	b = append(b, `,"modality":`...)
	b = s.append(b, rec.Modality)
	b = append(b, `,"sentence":`...)
	b = strconv.AppendInt(b, int64(rec.Sentence), 10)
	b = append(b, `,"evidence":`...)
	b = s.appendEvidence(b, rec.Evidence)
	if rec.Role != "" {
		b = append(b, `,"role":`...)
		b = s.append(b, rec.Role)
	}
	if rec.Attribution != "" {
		b = append(b, `,"attribution":`...)
		b = s.append(b, rec.Attribution)
	}
	b = append(b, `,"dates":`...)
	b = s.appendList(b, rec.Dates)
	if rec.Quantity != "" {
		b = append(b, `,"quantity":`...)
		b = s.append(b, rec.Quantity)
	}
	if rec.Rule != "" {
		b = append(b, `,"rule":`...)
		b = s.append(b, rec.Rule)
	}
	if rec.Past {
		b = append(b, `,"past":true`...)
	}
	return append(b, '}', '\n')
}

// appendJSON appends rec as encoding/json writes it; see relationRecord.appendJSON.
func (rec *entityRecord) appendJSON(b []byte, s *jsonStrings) []byte {
	b = append(b, `{"kind":`...)
	b = s.append(b, rec.Kind)
	b = append(b, `,"doc":`...)
	b = s.append(b, rec.Doc)
	b = append(b, `,"id":`...)
	b = s.append(b, rec.ID)
	b = append(b, `,"type":`...)
	b = s.append(b, rec.Type)
	b = append(b, `,"name":`...)
	b = s.append(b, rec.Name)
	b = append(b, `,"surfaces":`...)
	b = s.appendList(b, rec.Surfaces)
	return append(b, '}', '\n')
}

// jsonStrings appends JSON strings exactly as encoding/json does without HTML escaping. The
// common string (no quote, backslash or control byte, valid UTF-8 without U+2028/U+2029)
// is copied between quotes; any other goes through the encoder itself, so that the escapes
// cannot differ from encoding/json's.
type jsonStrings struct {
	buf bytes.Buffer
	enc *json.Encoder
	// evidence is the last evidence found plain (appendEvidence).
	evidence string
}

// appendEvidence is append for a relation's evidence: the relations of a sentence share it,
// one string, and comparing a string with itself is a pointer comparison, not a scan of the
// sentence for bytes to escape (jsonPlain was the writer's largest cost).
func (s *jsonStrings) appendEvidence(b []byte, v string) []byte {
	if v != s.evidence {
		if !jsonPlain(v) {
			return s.appendEncoded(b, v)
		}
		s.evidence = v
	}
	b = append(b, '"')
	b = append(b, v...)
	return append(b, '"')
}

func (s *jsonStrings) append(b []byte, v string) []byte {
	if !jsonPlain(v) {
		return s.appendEncoded(b, v)
	}
	b = append(b, '"')
	b = append(b, v...)
	return append(b, '"')
}

// jsonPlain reports whether encoding/json writes v unchanged between quotes.
func jsonPlain(v string) bool {
	// Eight bytes at a time while none can need a look (evidence is mostly plain ASCII and
	// this was the writer's largest cost): the first chunk holding a byte >= 0x80, < 0x20,
	// a quote or a backslash, and everything after it, goes through the byte loop.
	i := 0
	for ; i+8 <= len(v); i += 8 {
		x := uint64(v[i]) | uint64(v[i+1])<<8 | uint64(v[i+2])<<16 | uint64(v[i+3])<<24 |
			uint64(v[i+4])<<32 | uint64(v[i+5])<<40 | uint64(v[i+6])<<48 | uint64(v[i+7])<<56
		if x&highBits != 0 || byteBelow(x, 0x20) || byteBelow(x^(lowBits*'"'), 1) || byteBelow(x^(lowBits*'\\'), 1) {
			break
		}
	}
	for i < len(v) {
		c := v[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(v[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			return false
		}
		i += size
	}
	return true
}

const (
	lowBits  = 0x0101010101010101 // 1 in each byte
	highBits = 0x8080808080808080 // the top bit of each byte
)

// byteBelow reports whether some byte of x, whose bytes are all below 0x80, is below n
// (n <= 0x80): subtracting n from each byte borrows into its top bit exactly when it is.
func byteBelow(x uint64, n uint64) bool { return (x-lowBits*n)&^x&highBits != 0 }

func (s *jsonStrings) appendEncoded(b []byte, v string) []byte {
	if s.enc == nil {
		s.enc = json.NewEncoder(&s.buf)
		s.enc.SetEscapeHTML(false)
	}
	s.buf.Reset()
	if err := s.enc.Encode(v); err != nil {
		panic(fmt.Sprintf("encoding a string cannot fail: %v", err)) // a string always encodes
	}
	return append(b, bytes.TrimSuffix(s.buf.Bytes(), []byte{'\n'})...)
}

func (s *jsonStrings) appendOptional(b []byte, v *string) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	return s.append(b, *v)
}

// appendList appends a list of strings; nil is [] here, as the records pass nonNil lists.
func (s *jsonStrings) appendList(b []byte, vs []string) []byte {
	b = append(b, '[')
	for k, v := range vs {
		if k > 0 {
			b = append(b, ',')
		}
		b = s.append(b, v)
	}
	return append(b, ']')
}

// optionalIn is s itself, or nil for an empty string (a null in the record).
func optionalIn(s *string) *string {
	if *s == "" {
		return nil
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

type jsonlWriter struct {
	w    *bufio.Writer
	opts OutputOptions
	enc  *json.Encoder // one for the whole output: an encoder per record costs allocations
	buf  []byte        // the entity or relation line being written, reused
	str  jsonStrings
}

// record writes one line made by an appendJSON and keeps its buffer for the next.
func (j *jsonlWriter) record(line []byte) error {
	j.buf = line
	if _, err := j.w.Write(line); err != nil {
		return fmt.Errorf("writing record: %w", err)
	}
	return nil
}

func (j *jsonlWriter) line(v any) error {
	if j.enc == nil {
		j.enc = json.NewEncoder(j.w)
		j.enc.SetEscapeHTML(false) // evidence is prose; keep "&" and "<" readable
	}
	if err := j.enc.Encode(v); err != nil {
		return fmt.Errorf("writing record: %w", err)
	}
	return nil
}

// Write writes doc's records in Canonical's order, reading entities and relations in place
// (a canonical copy of a document's relations was a tenth of the bytes allocated).
func (j *jsonlWriter) Write(doc Document) error {
	if j.opts.Sentences {
		if err := j.line(documentRecord{Kind: "document", Doc: doc.ID, Meta: doc.Meta, RefDate: doc.RefDate, Sentences: len(doc.Sentences)}); err != nil {
			return err
		}
		for _, s := range doc.Sentences {
			if err := j.line(sentenceRecord{Kind: "sentence", Doc: doc.ID, Index: s.Index, Start: s.Start, End: s.End, Text: s.Text}); err != nil {
				return err
			}
		}
	}
	// One record of each kind, refilled per line and passed by pointer (see writeRelation).
	ent := &entityRecord{}
	for _, k := range stableOrder(doc.Entities, compareEntities) {
		e := &doc.Entities[k]
		*ent = entityRecord{Kind: "entity", Doc: doc.ID, ID: e.ID, Type: e.Type, Name: e.Name, Surfaces: nonNil(e.Surfaces)}
		if err := j.record(ent.appendJSON(j.buf[:0], &j.str)); err != nil {
			return err
		}
	}
	rel := &relationRecord{}
	for _, k := range stableOrder(doc.Relations, compareRelations) {
		if err := j.writeRelation(rel, doc.ID, &doc.Relations[k]); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonlWriter) Close() error { return j.w.Flush() }

// jsonWriter writes one JSON array with one object per document, streamed: documents are not
// held until the end.
type jsonWriter struct {
	w     *bufio.Writer
	count int
}

func (j *jsonWriter) Write(doc Document) error {
	doc = Canonical(doc)
	// Empty lists as [] rather than null, so consumers need not special-case them.
	if doc.Sentences == nil {
		doc.Sentences = []Sentence{}
	}
	if doc.Entities == nil {
		doc.Entities = []Entity{}
	}
	if doc.Mentions == nil {
		doc.Mentions = []Mention{}
	}
	if doc.Relations == nil {
		doc.Relations = []Relation{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encoding document %s: %w", doc.ID, err)
	}
	sep := ",\n  "
	if j.count == 0 {
		sep = "[\n  "
	}
	j.count++
	if _, err := j.w.WriteString(sep); err != nil {
		return err
	}
	_, err := j.w.Write(bytes.TrimRight(buf.Bytes(), "\n"))
	return err
}

func (j *jsonWriter) Close() error {
	end := "\n]\n"
	if j.count == 0 {
		end = "[]\n"
	}
	if _, err := j.w.WriteString(end); err != nil {
		return err
	}
	return j.w.Flush()
}

// textWriter is for people reading what was found: per document, the entities with their
// surface forms, then the relations with their attributes and the sentence that states them.
type textWriter struct {
	w     *bufio.Writer
	opts  OutputOptions
	count int
}

func (t *textWriter) Write(doc Document) error {
	doc = Canonical(doc)
	w := t.w
	if t.count > 0 {
		w.WriteString("\n")
	}
	t.count++
	fmt.Fprintf(w, "== %s\n", doc.ID)
	if doc.Title != "" {
		fmt.Fprintf(w, "   title:     %s\n", doc.Title)
	}
	if len(doc.Authors) > 0 {
		fmt.Fprintf(w, "   authors:   %s\n", strings.Join(doc.Authors, ", "))
	}
	if doc.Source != "" {
		fmt.Fprintf(w, "   source:    %s\n", doc.Source)
	}
	if doc.Published != "" {
		fmt.Fprintf(w, "   published: %s\n", doc.Published)
	}
	if doc.RefDate != "" {
		fmt.Fprintf(w, "   reference date: %s\n", doc.RefDate)
	}
	names := make(map[string]string, len(doc.Entities))
	for _, e := range doc.Entities {
		names[e.ID] = e.Name
	}
	name := func(id string) string {
		if n, ok := names[id]; ok && n != "" {
			return n
		}
		return id
	}
	fmt.Fprintf(w, "\nEntities (%d)\n", len(doc.Entities))
	for _, e := range doc.Entities {
		fmt.Fprintf(w, "  %-12s %-32s %s", e.Type, e.ID, e.Name)
		if others := otherSurfaces(e); len(others) > 0 {
			fmt.Fprintf(w, "  (also: %s)", strings.Join(others, "; "))
		}
		w.WriteString("\n")
	}
	fmt.Fprintf(w, "\nRelations (%d)\n", len(doc.Relations))
	for _, r := range doc.Relations {
		arrow := "->"
		if Undirected(r.Type) {
			arrow = "<->"
		}
		fmt.Fprintf(w, "  [s%d] %s %s %s %s", r.Sentence, name(r.Src), r.Type, arrow, name(r.Dst))
		var attrs []string
		if r.Item != "" {
			attrs = append(attrs, "item: "+name(r.Item))
		}
		if r.Role != "" {
			attrs = append(attrs, "role: "+r.Role)
		}
		if r.Quantity != "" {
			attrs = append(attrs, "quantity: "+r.Quantity)
		}
		if len(r.Dates) > 0 {
			attrs = append(attrs, "date: "+strings.Join(r.Dates, ", "))
		}
		if r.Polarity != "" && r.Polarity != Asserted {
			attrs = append(attrs, strings.ToUpper(r.Polarity))
		}
		if r.Modality != "" && r.Modality != Fact {
			m := r.Modality
			if r.Attribution != "" {
				m += " by " + r.Attribution
			}
			attrs = append(attrs, m)
		}
		if len(attrs) > 0 {
			fmt.Fprintf(w, "  {%s}", strings.Join(attrs, "; "))
		}
		fmt.Fprintf(w, "\n       \"%s\"\n", oneLine(r.Evidence))
	}
	if t.opts.Sentences {
		fmt.Fprintf(w, "\nSentences (%d)\n", len(doc.Sentences))
		for _, s := range doc.Sentences {
			fmt.Fprintf(w, "  [s%d] %s\n", s.Index, oneLine(s.Text))
		}
	}
	return nil
}

func (t *textWriter) Close() error { return t.w.Flush() }

func otherSurfaces(e Entity) []string {
	var out []string
	for _, s := range e.Surfaces {
		if s != e.Name {
			out = append(out, s)
		}
	}
	return out
}

// oneLine collapses runs of white space so evidence quoted from the text stays on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
