package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"
)

// InputError is an input that cannot be scored at all (score.py exits with status 2).
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

// Entity is an entity of one document: a gold entity, or an extracted one (records with the
// same id merged).
type Entity struct {
	ID    string
	Type  string
	Label string              // a name to show people
	Names map[string]struct{} // normalised names
}

// Relation is one relation record, gold or extracted. Empty strings stand for absent values
// (score.py drops both None and "").
type Relation struct {
	Src, Type, Dst string
	Dates          []string
	Polarity       string
	Modality       string
	Item           string
	Source         string // where an extracted record came from, for --verbose
}

// Document holds one document's entities (in first-seen order) and relation records.
type Document struct {
	order     []string
	entities  map[string]*Entity
	Relations []Relation
}

func newDocument() *Document { return &Document{entities: map[string]*Entity{}} }

func (d *Document) entity(id string) (*Entity, bool) {
	e, ok := d.entities[id]
	return e, ok
}

func (d *Document) addEntity(e *Entity) {
	if _, ok := d.entities[e.ID]; !ok {
		d.order = append(d.order, e.ID)
	}
	d.entities[e.ID] = e
}

// Entities returns the document's entities in order.
func (d *Document) Entities() []*Entity {
	out := make([]*Entity, len(d.order))
	for i, id := range d.order {
		out[i] = d.entities[id]
	}
	return out
}

// Gold is a gold file: its documents in file order.
type Gold struct {
	IDs  []string
	Docs map[string]*Document
}

// Output is extractor output: documents by id.
type Output struct {
	Docs map[string]*Document
}

// AsOutput reads a second annotation of the same documents as if an extractor had written
// it, so that two annotators can be scored against each other (inter-annotator agreement).
// A gold relation's dates all count as extracted, so its date is right when any of them
// matches one of the other annotator's.
func (g *Gold) AsOutput() *Output { return &Output{Docs: g.Docs} }

func nameSet(forms []string) map[string]struct{} {
	set := map[string]struct{}{}
	for _, f := range forms {
		if f == "" {
			continue
		}
		if n := normalise(f); n != "" {
			set[n] = struct{}{}
		}
	}
	return set
}

func makeEntity(id, typ string, forms []string) *Entity {
	label := id
	for _, f := range forms {
		if f != "" {
			label = f
			break
		}
	}
	return &Entity{ID: id, Type: typ, Label: label, Names: nameSet(forms)}
}

// fieldProblem is why record breaks the contract (a missing required string, a non-string
// optional value, a list that is not all strings), or "".
func fieldProblem(record map[string]any, required, optional, stringLists []string) string {
	for _, key := range required {
		if s, ok := record[key].(string); !ok || s == "" {
			return fmt.Sprintf("%q must be a non-empty string", key)
		}
	}
	for _, key := range optional {
		if v, present := record[key]; present && v != nil {
			if _, ok := v.(string); !ok {
				return fmt.Sprintf("%q must be a string or null", key)
			}
		}
	}
	for _, key := range stringLists {
		if v, present := record[key]; present && v != nil {
			if _, ok := stringList(v); !ok {
				return fmt.Sprintf("%q must be a list of strings", key)
			}
		}
	}
	return ""
}

func stringList(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, len(list))
	for i, item := range list {
		s, ok := item.(string)
		if !ok {
			return nil, false
		}
		out[i] = s
	}
	return out, true
}

func str(record map[string]any, key string) string {
	s, _ := record[key].(string)
	return s
}

// LoadGoldFile reads a gold file (SCHEMA.md, "Gold format"). warn receives warnings about
// relations that refer to entities the document does not declare.
func LoadGoldFile(path string, warn func(string)) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &InputError{fmt.Sprintf("%s: cannot read gold file: %v", path, unwrapPath(err))}
	}
	return LoadGold(data, path, warn)
}

// LoadGold parses gold data; name is used in messages.
func LoadGold(data []byte, name string, warn func(string)) (*Gold, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, &InputError{fmt.Sprintf("%s: cannot read gold file: not valid UTF-8", name)}
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		var any any
		if json.Unmarshal(data, &any) == nil {
			return nil, &InputError{fmt.Sprintf(`%s: the gold file must be an object with a "documents" object`, name)}
		}
		return nil, &InputError{fmt.Sprintf("%s: cannot read gold file: %v", name, err)}
	}
	ids, raws, err := orderedObject(top["documents"])
	if err != nil {
		return nil, &InputError{fmt.Sprintf(`%s: the gold file must be an object with a "documents" object`, name)}
	}
	gold := &Gold{Docs: map[string]*Document{}}
	for _, id := range ids {
		doc, err := parseGoldDocument(raws[id])
		if err != nil {
			return nil, &InputError{fmt.Sprintf("%s: document %s: %v", name, id, err)}
		}
		gold.IDs = append(gold.IDs, id)
		gold.Docs[id] = doc
		for _, r := range doc.Relations {
			for _, ref := range []string{r.Src, r.Dst, r.Item} {
				if _, ok := doc.entity(ref); ref != "" && !ok {
					warn(fmt.Sprintf("%s: document %s: relation refers to %s, not an entity of the document", name, id, ref))
				}
			}
		}
	}
	return gold, nil
}

// orderedObject decodes a JSON object keeping its key order. A repeated key keeps the place
// of its first occurrence and the value of its last, as a Python dict built from it does.
func orderedObject(raw json.RawMessage) ([]string, map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('{') {
		return nil, nil, errors.New("not an object")
	}
	var keys []string
	values := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		key := tok.(string)
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return nil, nil, err
		}
		if _, seen := values[key]; !seen {
			keys = append(keys, key)
		}
		values[key] = value
	}
	return keys, values, nil
}

func parseGoldDocument(raw json.RawMessage) (*Document, error) {
	var doc map[string]any
	if err := unmarshal(raw, &doc); err != nil || doc == nil {
		return nil, errors.New("not an object")
	}
	parsed := newDocument()
	entities, err := goldList(doc, "entities")
	if err != nil {
		return nil, err
	}
	for i, e := range entities {
		problem := fieldProblem(e, []string{"id", "type"}, nil, []string{"names"})
		if _, ok := e["names"]; problem == "" && !ok {
			problem = `no "names"`
		}
		if _, dup := parsed.entity(str(e, "id")); problem == "" && dup {
			problem = "duplicate id " + str(e, "id")
		}
		if problem != "" {
			return nil, fmt.Errorf("entities[%d]: %s", i, problem)
		}
		names, _ := stringList(e["names"])
		parsed.addEntity(makeEntity(str(e, "id"), str(e, "type"), names))
	}
	relations, err := goldList(doc, "relations")
	if err != nil {
		return nil, err
	}
	for i, r := range relations {
		problem := fieldProblem(r, []string{"src", "type", "dst"}, []string{"item", "polarity", "modality"}, []string{"dates"})
		if problem != "" {
			return nil, fmt.Errorf("relations[%d]: %s", i, problem)
		}
		dates, _ := stringList(r["dates"])
		parsed.Relations = append(parsed.Relations, Relation{
			Src: str(r, "src"), Type: str(r, "type"), Dst: str(r, "dst"), Dates: dates,
			Polarity: str(r, "polarity"), Modality: str(r, "modality"), Item: str(r, "item"),
		})
	}
	return parsed, nil
}

func goldList(doc map[string]any, key string) ([]map[string]any, error) {
	v, present := doc[key]
	if !present {
		return nil, nil
	}
	list, ok := v.([]any)
	if ok {
		out := make([]map[string]any, len(list))
		for i, item := range list {
			if out[i], ok = item.(map[string]any); !ok {
				break
			}
		}
		if ok {
			return out, nil
		}
	}
	return nil, fmt.Errorf("%q must be a list of objects", key)
}

// unmarshal decodes JSON keeping numbers as json.Number, so that values Go's float64 cannot
// hold (1e999) do not make a line invalid that Python reads.
func unmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("extra data after the JSON value")
	}
	return nil
}

// LoadOutputFile reads extractor output (JSONL) and returns it with the number of malformed
// lines skipped (each reported through warn).
func LoadOutputFile(path string, warn func(string)) (*Output, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, &InputError{fmt.Sprintf("%s: cannot read output file: %v", path, unwrapPath(err))}
	}
	defer f.Close()
	return LoadOutput(f, path, warn)
}

// LoadOutput reads extractor output from r; name is used in messages. Entity records with the
// same id in one document merge their names; lines that break the contract are reported and
// skipped, as score.py does.
func LoadOutput(r io.Reader, name string, warn func(string)) (*Output, int, error) {
	out := &Output{Docs: map[string]*Document{}}
	skipped := 0
	skip := func(number int, msg string) {
		skipped++
		warn(fmt.Sprintf("%s:%d: %s; line skipped", name, number, msg))
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for number := 1; ; number++ {
		raw, err := br.ReadBytes('\n')
		if len(raw) == 0 && err != nil {
			if err == io.EOF {
				break
			}
			return nil, 0, &InputError{fmt.Sprintf("%s: cannot read output file: %v", name, err)}
		}
		if !utf8.Valid(raw) {
			skip(number, "not valid UTF-8")
			continue
		}
		line := strings.TrimPrefix(string(raw), "\ufeff")
		if pyStrip(line) == "" {
			continue
		}
		var value any
		if err := unmarshal([]byte(line), &value); err != nil {
			skip(number, fmt.Sprintf("invalid JSON (%v)", err))
			continue
		}
		record, problem := recordProblem(value)
		if problem != "" {
			skip(number, problem)
			continue
		}
		kind := str(record, "kind")
		if kind != "entity" && kind != "relation" {
			continue
		}
		docID := str(record, "doc")
		doc, ok := out.Docs[docID]
		if !ok {
			doc = newDocument()
			out.Docs[docID] = doc
		}
		if kind == "entity" {
			surfaces, _ := stringList(record["surfaces"])
			forms := append([]string{str(record, "name")}, surfaces...)
			if e, ok := doc.entity(str(record, "id")); ok {
				for n := range nameSet(forms) {
					e.Names[n] = struct{}{}
				}
			} else {
				doc.addEntity(makeEntity(str(record, "id"), str(record, "type"), forms))
			}
			continue
		}
		doc.Relations = append(doc.Relations, Relation{
			Src: str(record, "src"), Type: str(record, "type"), Dst: str(record, "dst"),
			Dates: []string{str(record, "date")}, Polarity: str(record, "polarity"),
			Modality: str(record, "modality"), Item: str(record, "item"), Source: recordSource(record),
		})
	}
	return out, skipped, nil
}

// recordProblem is why an output record is malformed, or "" (records of other kinds are not
// checked).
func recordProblem(value any) (map[string]any, string) {
	record, ok := value.(map[string]any)
	if !ok {
		return nil, "not a JSON object"
	}
	kind, ok := record["kind"].(string)
	if !ok {
		return nil, `no "kind"`
	}
	switch kind {
	case "entity":
		return record, fieldProblem(record, []string{"doc", "id", "type"}, []string{"name"}, []string{"surfaces"})
	case "relation":
		return record, fieldProblem(record, []string{"doc", "type", "src", "dst"}, []string{"date", "polarity", "modality", "item"}, nil)
	}
	return record, ""
}

// recordSource is where an extracted relation came from, for --verbose: its sentence and
// evidence (cut at 100 characters).
func recordSource(record map[string]any) string {
	const width = 100
	var parts []string
	if s, ok := record["sentence"]; ok && s != nil {
		parts = append(parts, "sentence "+pyStr(s))
	}
	ev := ""
	if v, ok := record["evidence"]; ok && truthy(v) {
		ev = pyStr(v)
	}
	evidence := strings.Join(pyFields(ev), " ")
	if evidence != "" {
		runes := []rune(evidence)
		if len(runes) > width {
			parts = append(parts, `"`+string(runes[:width])+`..."`)
		} else {
			parts = append(parts, `"`+evidence+`"`)
		}
	}
	return strings.Join(parts, ": ")
}

// truthy is Python's truth value of a JSON value.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case string:
		return v != ""
	case json.Number:
		f, err := v.Float64()
		return err != nil || f != 0
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

// pyStr is str() of a JSON value as Python holds it, for the scalars a record's "sentence"
// or "evidence" reasonably hold.
func pyStr(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case bool:
		if v {
			return "True"
		}
		return "False"
	case json.Number:
		s := v.String()
		if strings.ContainsAny(s, ".eE") {
			if f, err := v.Float64(); err == nil {
				return pyFloat(f)
			}
			return "inf"
		}
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
