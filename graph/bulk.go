package graph

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/identity"
)

// Bulk turns documents into the CSV files of `neo4j-admin database import full`: the graph
// kg build would write into an empty database, computed from the same document plans
// (planDocument) and relationship aggregates (aggregate), so the two cannot drift apart.
// Documents, sentences, claims and their links are streamed to disk as they arrive;
// entities, aliases and the claims behind each typed relationship are kept until Close.
//
// Documents are added in input order, resolved as kg build resolves them: the first document
// naming an entity gives its name and type, later ones add labels, aliases and alias keys.
type Bulk struct {
	dir       string
	now       time.Time
	files     map[string]*csvFile // by file name
	order     []string            // file names in creation order
	linkFiles map[string]*csvFile // by relationship type, for link

	docs     map[string]bool
	entities map[string]*bulkEntity
	rels     map[string]*bulkRel
	stats    BulkStats

	// Nodes are numbered for the importer (--id-type=integer): each ID group counts from 0 in
	// the order its rows are written; entities by first sight. Integer ids spare neo4j-admin
	// the sorting and collision checks of string ids; the string ids are ordinary columns.
	nextNode   map[string]int64 // by ID group
	entityNums map[string]int64
}

// BulkStats counts what a bulk load writes.
type BulkStats struct {
	Documents, Sentences, Mentions, Claims int
	Entities, Aliases, Relationships       int
}

type bulkEntity struct {
	num           int64 // node number in the Entity ID group
	id, typ, name string
	wikidata      string
	labels        map[string]bool // entity types the documents gave it
	surfaces      map[string]bool
	names         map[string]bool // names the documents gave it
	keys          map[string]bool // alias keys
}

// addKey adds the alias key of one spelling (identity.AliasKey, as aliasKeys), if any.
func (e *bulkEntity) addKey(s string) {
	if k := identity.AliasKey(s); k != "" {
		e.keys[k] = true
	}
}

type bulkRel struct {
	ref    relRef
	claims []claimFacts
}

// ArrayDelimiter separates list elements (and labels) inside a CSV field. A control
// character no extracted text holds; values holding it are refused.
const ArrayDelimiter = "\x1f"

// ImportArgsFile is the name of the argument file Close writes beside the CSV files:
// the options and files of `neo4j-admin database import full`, one per line, with paths
// relative to the folder, for `neo4j-admin database import full @neo4j-admin-import.args`
// run from that folder (picocli reads @file arguments).
const ImportArgsFile = "neo4j-admin-import.args"

// An empty list needs nothing after the import: the importer stores no property for it, and
// kg build stores none either (dropEmptyLists); readers take a missing list as [].

// ListFixesFile holds, one JSON object a line, the lists holding an empty string (an undated
// role period's [""]), which the importer cannot read back; FixLists sets them.
const ListFixesFile = "list-fixes.jsonl"

// NameWordsLeftFile lists, after Close, one a line, the entities whose name words the CSV
// files do not hold (names with a character outside ASCII, whose lower case Go and the
// server's Cypher might not agree on); the import computes theirs with entity_words.cypher.
// A folder without it (written by an older kg) holds no name words: all are computed.
const NameWordsLeftFile = "name-words-left.txt"

// NewBulk starts a bulk load into dir, which must be empty or not exist. now stamps
// Document.ingested_at.
func NewBulk(dir string, now time.Time) (*Bulk, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating CSV folder: %w", err)
	}
	if ents, err := os.ReadDir(dir); err != nil {
		return nil, fmt.Errorf("reading CSV folder: %w", err)
	} else if len(ents) > 0 {
		return nil, fmt.Errorf("CSV folder %s is not empty; give a new or empty folder", dir)
	}
	return &Bulk{dir: dir, now: now.UTC(), files: map[string]*csvFile{}, linkFiles: map[string]*csvFile{}, docs: map[string]bool{},
		entities: map[string]*bulkEntity{}, rels: map[string]*bulkRel{},
		nextNode: map[string]int64{}, entityNums: map[string]int64{}}, nil
}

// Stats says what was added so far (entities, aliases and relationships after Close).
func (b *Bulk) Stats() BulkStats { return b.stats }

// column is one CSV column: a property (or an importer field such as :ID(Document)) and the
// importer type of its values.
type column struct{ name, kind string }

func (c column) header() string {
	if c.kind == "" || strings.HasPrefix(c.name, ":") {
		return c.name
	}
	return c.name + ":" + c.kind
}

// The columns of each file. Properties not listed here are refused by csvFile.row, so a
// property added to the writer's rows fails the import loudly instead of going missing.
var (
	documentCols = []column{{":ID(Document)", ""}, {":LABEL", ""}, {"id", "string"}, {"title", "string"}, {"source", "string"},
		{"published", "string"}, {"ref_date", "string"}, {"sha256", "string"}, {"path", "string"}, {"authors", "string[]"},
		{"graph_sha256", "string"}, {"ingested_at", "datetime"}}
	sentenceCols = []column{{":ID(Sentence)", ""}, {":LABEL", ""}, {"id", "string"}, {"doc_id", "string"}, {"index", "long"}, {"text", "string"}}
	claimCols    = []column{{":ID(Claim)", ""}, {":LABEL", ""}, {"id", "string"}, {"type", "string"}, {"src", "string"}, {"dst", "string"},
		{"dates", "string[]"}, {"polarity", "string"}, {"modality", "string"}, {"doc_id", "string"},
		{"sentence_id", "string"}, {"rel_key", "string"}, {"item", "string"}, {"role", "string"},
		{"attribution", "string"}, {"quantity", "string"}, {"rule", "string"}, {"role_key", "string"}, {"past", "boolean"}}
	entityCols = []column{{":ID(Entity)", ""}, {":LABEL", ""}, {"id", "string"}, {"type", "string"}, {"name", "string"}, {"aliases", "string[]"}, {"wikidata", "string"},
		{"degree", "long"}, {"claims", "long"}, {"neighbours", "long"}}
	aliasCols    = []column{{":ID(Alias)", ""}, {":LABEL", ""}, {"key", "string"}}
	nameWordCols = []column{{":ID(NameWord)", ""}, {":LABEL", ""}, {"key", "string"}, {"type", "string"}, {"word", "string"}, {"size", "long"}}
	mentionCols  = []column{{":START_ID(Sentence)", ""}, {":END_ID(Entity)", ""}, {":TYPE", ""}, {"surface", "string"}, {"start", "long"}, {"end", "long"}, {"coref", "boolean"}}
	relationCols = []column{{":START_ID(Entity)", ""}, {":END_ID(Entity)", ""}, {":TYPE", ""}, {"key", "string"},
		{"dates", "string[]"}, {"items", "string[]"}, {"roles", "string[]"}, {"polarities", "string[]"},
		{"modalities", "string[]"}, {"sentence_ids", "string[]"}, {"doc_ids", "string[]"}, {"claim_ids", "string[]"},
		{"claim_count", "long"}, {"asserted", "long"}, {"denied", "long"}, {"first_date", "string"}, {"last_date", "string"},
		{"period_keys", "string[]"}, {"period_roles", "string[]"}, {"period_first", "string[]"},
		{"period_last", "string[]"}, {"period_past", "boolean[]"}}
)

func linkCols(from, to string) []column {
	return []column{{":START_ID(" + from + ")", ""}, {":END_ID(" + to + ")", ""}, {":TYPE", ""}}
}

// BulkPlan is one resolved document planned for Bulk.AddPlan. Planning (rows, claim
// properties, the document's graph hash) reads nothing of the Bulk, so callers may plan
// documents concurrently and add them in input order: on an import it is about half of the
// per-document CPU.
type BulkPlan struct {
	p   docPlan
	err error
}

// PlanBulk plans one resolved document for Bulk.AddPlan.
func PlanBulk(doc extract.Document) BulkPlan {
	p, err := planDocument(doc)
	return BulkPlan{p: p, err: err}
}

// Add plans one resolved document and streams its rows. A document id seen before, or a
// document that does not fit the schema, is an error naming it.
func (b *Bulk) Add(doc extract.Document) error { return b.AddPlan(PlanBulk(doc)) }

// AddPlan streams the rows of one planned document (PlanBulk), as Add does.
func (b *Bulk) AddPlan(bp BulkPlan) error {
	p, err := bp.p, bp.err
	if err != nil {
		return err
	}
	if b.docs[p.id] {
		return fmt.Errorf("document %s appears twice among the inputs", p.id)
	}
	b.docs[p.id] = true
	props := make(map[string]any, len(p.props)+1)
	for k, v := range p.props {
		props[k] = v
	}
	props["ingested_at"] = b.now
	docNum, err := b.node("documents.csv", documentCols, "Document", props)
	if err != nil {
		return err
	}
	b.stats.Documents++
	// Sentences and claims are linked only within their document.
	sentences := make(map[string]int64, len(p.sentences))
	for _, s := range p.sentences {
		if _, dup := sentences[s.ID]; dup {
			return fmt.Errorf("document %s: sentence %s twice", p.id, s.ID)
		}
		n, err := b.node("sentences.csv", sentenceCols, "Sentence",
			map[string]any{"id": s.ID, "doc_id": p.id, "index": s.Index, "text": s.Text})
		if err != nil {
			return err
		}
		sentences[s.ID] = n
		if err := b.link("IN_DOCUMENT", "Sentence", "Document", n, docNum, nil); err != nil {
			return err
		}
		b.stats.Sentences++
	}
	sentence := func(id string) (int64, error) {
		n, ok := sentences[id]
		if !ok {
			return 0, fmt.Errorf("document %s: no sentence %s", p.id, id)
		}
		return n, nil
	}
	for _, e := range p.entities {
		be := b.entities[e.ID]
		if be == nil {
			be = &bulkEntity{num: b.entityNum(e.ID), id: e.ID, typ: e.Type, name: e.Name, labels: map[string]bool{},
				surfaces: map[string]bool{}, names: map[string]bool{}, keys: map[string]bool{}}
			b.entities[e.ID] = be
			be.addKey(e.ID)
		}
		be.labels[e.Type] = true
		// The keys kg build links: the entity's id, the name this document gives it and its
		// surface forms (aliasKeys; writer.go writes them for every document that adds any).
		// A name or surface seen before added its key then: documents repeat them, and the
		// keys' normalisation was most of this loop's time.
		if !be.names[e.Name] {
			be.names[e.Name] = true
			be.addKey(e.Name)
		}
		for _, s := range e.Surfaces {
			if !be.surfaces[s] {
				be.surfaces[s] = true
				be.addKey(s)
			}
		}
	}
	for _, m := range p.mentions {
		sn, err := sentence(m.SentenceID)
		if err != nil {
			return err
		}
		if err := b.link("MENTIONS", "Sentence", "Entity", sn, b.entityNum(m.EntityID),
			mentionProps(m)); err != nil {
			return err
		}
		b.stats.Mentions++
	}
	claims := make(map[string]bool, len(p.claims))
	for _, c := range p.claims {
		id := c.props["id"].(string)
		if claims[id] {
			return fmt.Errorf("document %s: claim %s twice", p.id, id)
		}
		claims[id] = true
		sn, err := sentence(c.SentenceID)
		if err != nil {
			return err
		}
		n, err := b.node("claims.csv", claimCols, "Claim", c.props)
		if err != nil {
			return err
		}
		if err := b.link("STATED_IN", "Claim", "Sentence", n, sn, nil); err != nil {
			return err
		}
		if c.Item != "" {
			if err := b.link("ITEM", "Claim", "Entity", n, b.entityNum(c.Item), nil); err != nil {
				return err
			}
		}
		r := b.rels[c.relKey]
		if r == nil {
			r = &bulkRel{ref: relRef{Key: c.relKey, Type: c.Type, Src: c.Src, Dst: c.Dst}}
			b.rels[c.relKey] = r
		}
		r.claims = append(r.claims, c.facts())
		b.stats.Claims++
	}
	return nil
}

// node writes one node row and returns its number in the ID group of its file's first column.
func (b *Bulk) node(name string, cols []column, label string, props map[string]any) (int64, error) {
	f, err := b.file(name, cols, "nodes")
	if err != nil {
		return 0, err
	}
	n := b.nextNode[cols[0].name]
	b.nextNode[cols[0].name] = n + 1
	return n, f.row([]int64{n}, label, props)
}

// entityNum is the node number of an entity, given when the entity is first named (its row
// is written by Close).
func (b *Bulk) entityNum(id string) int64 {
	n, ok := b.entityNums[id]
	if !ok {
		n = b.nextNode[entityCols[0].name]
		b.nextNode[entityCols[0].name] = n + 1
		b.entityNums[id] = n
	}
	return n
}

func (b *Bulk) link(typ, from, to string, start, end int64, props map[string]any) error {
	// Millions of links: their file is looked up by type, without building its name and
	// columns again.
	f := b.linkFiles[typ]
	if f == nil {
		cols := linkCols(from, to)
		if typ == "MENTIONS" {
			cols = mentionCols
		}
		var err error
		if f, err = b.file(strings.ToLower(typ)+".csv", cols, "relationships"); err != nil {
			return err
		}
		b.linkFiles[typ] = f
	}
	return f.row([]int64{start, end}, typ, props)
}

func (b *Bulk) file(name string, cols []column, kind string) (*csvFile, error) {
	if f, ok := b.files[name]; ok {
		return f, nil
	}
	f, err := createCSV(filepath.Join(b.dir, name), cols, kind)
	if err != nil {
		return nil, err
	}
	b.files[name] = f
	b.order = append(b.order, name)
	return f, nil
}

// props are the entity's CSV properties. degree, claims and neighbours are what
// entity_stats.cypher computes from the typed relationships (absent without any), so the
// imported graph needs no pass over every relationship to rank entities.
func (e *bulkEntity) props(aliases []string, st *entityStat) map[string]any {
	p := map[string]any{"id": e.id, "type": e.typ, "name": e.name, "aliases": aliases}
	if e.wikidata != "" {
		p["wikidata"] = e.wikidata
	}
	if st != nil && st.degree > 0 {
		p["degree"], p["claims"], p["neighbours"] = st.degree, st.claims, len(st.neighbours)
	}
	return p
}

// entityStat is an entity's number of typed relationships (both directions, a loop once, as
// the pattern of entity_stats.cypher counts them), their claims summed, and the distinct
// entities at their other ends (itself for a loop).
type entityStat struct {
	degree, claims int
	neighbours     map[string]bool
}

// SetEntityProps sets names and Wikidata ids of entities that exist, as
// Client.SetEntityProps does after a build (identity_props.cypher): empty fields leave the
// property as it is, and a new name also becomes an alias key.
func (b *Bulk) SetEntityProps(props []EntityProps) {
	for _, p := range props {
		e := b.entities[p.ID]
		if e == nil {
			continue
		}
		if p.Name != "" {
			e.name = p.Name
			e.keys[identity.AliasKey(p.Name)] = true
		}
		if p.Wikidata != "" {
			e.wikidata = p.Wikidata
		}
	}
}

// Close writes entities, aliases and typed relationships (with their aggregates), closes
// every file and writes the importer's argument file and the list fixes.
func (b *Bulk) Close() (BulkStats, error) {
	ids := make([]string, 0, len(b.entities))
	for id := range b.entities {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	stats := make(map[string]*entityStat, len(ids))
	for _, r := range b.rels {
		n := len(r.claims) // the relationship's claim_count
		for i, id := range []string{r.ref.Src, r.ref.Dst} {
			st := stats[id]
			if st == nil {
				st = &entityStat{neighbours: map[string]bool{}}
				stats[id] = st
			}
			st.degree++
			st.claims += n
			other := r.ref.Dst
			if i == 1 {
				other = r.ref.Src
			}
			st.neighbours[other] = true
			if r.ref.Dst == r.ref.Src {
				break
			}
		}
	}
	aliasNodes := map[string]int64{}
	for _, id := range ids {
		e := b.entities[id]
		labels := []string{"Entity"}
		for _, t := range extract.EntityTypes() { // a fixed order; only schema types get here
			if e.labels[t] {
				labels = append(labels, t)
			}
		}
		aliases := make([]string, 0, len(e.surfaces))
		for s := range e.surfaces {
			aliases = append(aliases, s)
		}
		sort.Strings(aliases)
		f, err := b.file("entities.csv", entityCols, "nodes")
		if err != nil {
			return b.stats, err
		}
		if err := f.row([]int64{e.num}, strings.Join(labels, ArrayDelimiter), e.props(aliases, stats[id])); err != nil {
			return b.stats, err
		}
		keys := make([]string, 0, len(e.keys))
		for k := range e.keys {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			n, ok := aliasNodes[k]
			if !ok {
				if n, err = b.node("aliases.csv", aliasCols, "Alias", map[string]any{"key": k}); err != nil {
					return b.stats, err
				}
				aliasNodes[k] = n
			}
			if err := b.link("ALIAS_OF", "Alias", "Entity", n, e.num, nil); err != nil {
				return b.stats, err
			}
		}
	}
	b.stats.Entities, b.stats.Aliases = len(ids), len(aliasNodes)
	if err := b.nameWords(ids); err != nil {
		return b.stats, err
	}

	keys := make([]string, 0, len(b.rels))
	for k := range b.rels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// Aggregates first: a property aggregate gains later gets a column of its own (after the
	// known ones, by name), typed by its Go value. They are computed in parallel (each reads
	// only its relationship's claims), and each type's file is then written by a goroutine
	// of its own, rows in key order as before.
	aggs := make([]map[string]any, len(keys))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(keys); i += workers {
				r := b.rels[keys[i]]
				aggs[i] = aggregate(r.ref, r.claims)
			}
		}()
	}
	wg.Wait()
	cols := slices.Clone(relationCols)
	have := map[string]bool{}
	for _, c := range cols {
		have[c.name] = true
	}
	var extra []column
	for i := range keys {
		for p, v := range aggs[i] {
			if !have[p] {
				if kindOf(v) == "" {
					return b.stats, fmt.Errorf("relationship property %s: Go type %T has no CSV form", p, v)
				}
				have[p] = true
				extra = append(extra, column{p, kindOf(v)})
			}
		}
	}
	sort.Slice(extra, func(i, j int) bool { return extra[i].name < extra[j].name })
	cols = append(cols, extra...)
	byFile := map[*csvFile][]int{}
	var files []*csvFile
	for i, k := range keys {
		r := b.rels[k]
		f, err := b.file("rel-"+strings.ToLower(r.ref.Type)+".csv", cols, "relationships")
		if err != nil {
			return b.stats, err
		}
		if byFile[f] == nil {
			files = append(files, f)
		}
		byFile[f] = append(byFile[f], i)
	}
	errs := make([]error, len(files))
	sem := make(chan struct{}, workers)
	for fi, f := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			for _, i := range byFile[f] {
				r := b.rels[keys[i]]
				src, ok1 := b.entityNums[r.ref.Src]
				dst, ok2 := b.entityNums[r.ref.Dst]
				if !ok1 || !ok2 {
					errs[fi] = fmt.Errorf("relationship %s: an end is no entity of the documents", r.ref.Key)
					return
				}
				if err := f.row([]int64{src, dst}, r.ref.Type, aggs[i]); err != nil {
					errs[fi] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return b.stats, err
	}
	b.stats.Relationships = len(keys)

	args := []string{"--overwrite-destination=true", "--array-delimiter=U+001F",
		"--id-type=integer", "--skip-duplicate-nodes=false", "--skip-bad-relationships=false"}
	var multiline []string
	var fixes []listFix
	for _, name := range b.order {
		f := b.files[name]
		if err := f.close(); err != nil {
			return b.stats, err
		}
		args = append(args, "--"+f.kind+"="+name)
		if f.multiline {
			multiline = append(multiline, regexp.QuoteMeta(name))
		}
		fixes = append(fixes, f.fixes...)
	}
	if len(multiline) > 0 {
		// Parsing fields that may span lines is much slower (the importer's help says it "can
		// severely degrade the performance"): only the files that hold a line break are parsed
		// that way (format v2 takes a list of file patterns).
		args = append(args, "--multiline-fields-format=v2", "--multiline-fields="+strings.Join(multiline, ","))
	}
	var buf strings.Builder
	for _, f := range fixes {
		line, _ := json.Marshal(f)
		buf.Write(line)
		buf.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(b.dir, ListFixesFile), []byte(buf.String()), 0o644); err != nil {
		return b.stats, fmt.Errorf("writing %s: %w", ListFixesFile, err)
	}
	if err := os.WriteFile(filepath.Join(b.dir, ImportArgsFile), []byte(strings.Join(args, "\n")+"\n"), 0o644); err != nil {
		return b.stats, fmt.Errorf("writing %s: %w", ImportArgsFile, err)
	}
	return b.stats, nil
}

// csvFile writes one importer CSV file: every present value quoted (so an empty string is
// "" and stays a property), an absent one as an empty field (no property).
type csvFile struct {
	path  string
	kind  string // "nodes" or "relationships"
	owner string // the label or relationship type, once the first row names it
	cols  []column
	f     *os.File
	w     *bufio.Writer
	known map[string]bool
	fixes []listFix
	// multiline is set once a value holds a line break: the importer must then read this
	// file's quoted fields across lines.
	multiline bool
	buf       []byte // the row being formatted, reused
}

// listFix is a list property of one node (by id) or typed relationship (by key) that the
// CSV cannot hold, set after the import.
type listFix struct {
	Owner string   `json:"owner"`
	Key   string   `json:"key"`
	Prop  string   `json:"prop"`
	Value []string `json:"value"`
}

func createCSV(path string, cols []column, kind string) (*csvFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("creating %s: %w", path, err)
	}
	c := &csvFile{path: path, kind: kind, cols: cols, f: f, w: bufio.NewWriterSize(f, 1<<20),
		known: map[string]bool{}}
	for i, col := range cols {
		if i > 0 {
			c.w.WriteByte(',')
		}
		c.w.WriteString(col.header())
		if col.kind != "" {
			c.known[col.name] = true
		}
	}
	c.w.WriteByte('\n')
	return c, nil
}

// row writes one row: the importer's columns first (:ID and :LABEL of a node file; :START_ID,
// :END_ID and :TYPE of a relationship file), which are nums (a node's number, or a
// relationship's start and end) and then tag (the node's labels, or the type), then props in
// the file's property columns. The row is formatted into a buffer the file reuses, numbers
// appended in place, so that millions of rows allocate nothing per field.
func (c *csvFile) row(nums []int64, tag string, props map[string]any) error {
	if c.owner == "" {
		// The label (Entity files: the first, Entity) or relationship type, for ListFixesFile.
		c.owner, _, _ = strings.Cut(tag, ArrayDelimiter)
	}
	buf := c.buf[:0]
	found := 0 // properties with a column; fewer than len(props) means one has none
	for i, col := range c.cols {
		if i > 0 {
			buf = append(buf, ',')
		}
		if col.kind == "" {
			if i < len(nums) {
				buf = append(strconv.AppendInt(append(buf, '"'), nums[i], 10), '"')
			} else {
				buf = c.appendQuoted(buf, tag)
			}
			continue
		}
		v, ok := props[col.name]
		if !ok {
			continue
		}
		found++
		if list, ok := v.([]string); ok && slices.Contains(list, "") {
			// A quoted empty field reads as no value, so [""] cannot be written, and empty
			// elements are not worth trusting to the importer:
			// such lists are set after the import (ListFixesFile).
			c.fixes = append(c.fixes, listFix{Owner: c.owner, Key: rowKey(props), Prop: col.name, Value: list})
			continue
		}
		var err error
		if buf, err = c.appendValue(buf, v, col.kind); err != nil {
			return fmt.Errorf("%s: property %s of %s: %w", filepath.Base(c.path), col.name, rowKey(props), err)
		}
	}
	if found < len(props) {
		for k := range props {
			if !c.known[k] {
				return fmt.Errorf("%s: property %q has no CSV column (add it to graph/bulk.go)", filepath.Base(c.path), k)
			}
		}
	}
	c.buf = append(buf, '\n')
	_, err := c.w.Write(c.buf)
	return err
}

// rowKey is what names a row's node (its id) or typed relationship (its key) in the graph.
func rowKey(props map[string]any) string {
	if id, ok := props["id"].(string); ok {
		return id
	}
	key, _ := props["key"].(string)
	return key
}

// appendQuoted appends s as one quoted field.
func (c *csvFile) appendQuoted(buf []byte, s string) []byte {
	return append(c.appendEscaped(append(buf, '"'), s), '"')
}

// appendEscaped appends s with its quotes doubled, noting a line break (multiline).
func (c *csvFile) appendEscaped(buf []byte, s string) []byte {
	// Most values hold no quote and no line break: one scan decides.
	for i := 0; i < len(s); i++ {
		if b := s[i]; b == '"' || b == '\n' || b == '\r' {
			if strings.ContainsAny(s, "\n\r") {
				c.multiline = true
			}
			return append(buf, strings.ReplaceAll(s, `"`, `""`)...)
		}
	}
	return append(buf, s...)
}

// appendValue appends a value of the writer's rows as one quoted field of the importer's
// kind; an empty list, which the importer cannot hold and kg stores as no property, appends
// nothing (an empty field).
func (c *csvFile) appendValue(buf []byte, v any, kind string) ([]byte, error) {
	if want := kindOf(v); want == "" {
		return buf, fmt.Errorf("value of Go type %T has no CSV form", v)
	} else if want != kind {
		return buf, fmt.Errorf("value of Go type %T in a column of type %s", v, kind)
	}
	switch x := v.(type) {
	case string:
		return c.appendQuoted(buf, x), nil
	case int:
		return append(strconv.AppendInt(append(buf, '"'), int64(x), 10), '"'), nil
	case int64:
		return append(strconv.AppendInt(append(buf, '"'), x, 10), '"'), nil
	case bool:
		return append(strconv.AppendBool(append(buf, '"'), x), '"'), nil
	case time.Time:
		return append(x.UTC().AppendFormat(append(buf, '"'), time.RFC3339Nano), '"'), nil
	case []string:
		if len(x) == 0 {
			return buf, nil
		}
		buf = append(buf, '"')
		for i, e := range x {
			if strings.Contains(e, ArrayDelimiter) {
				return buf, fmt.Errorf("list element %q holds the CSV array delimiter U+001F", e)
			}
			if i > 0 {
				buf = append(buf, ArrayDelimiter...)
			}
			buf = c.appendEscaped(buf, e)
		}
		return append(buf, '"'), nil
	case []bool:
		if len(x) == 0 {
			return buf, nil
		}
		buf = append(buf, '"')
		for i, e := range x {
			if i > 0 {
				buf = append(buf, ArrayDelimiter...)
			}
			buf = strconv.AppendBool(buf, e)
		}
		return append(buf, '"'), nil
	}
	return buf, fmt.Errorf("value of Go type %T has no CSV form", v)
}

func (c *csvFile) close() error {
	if err := c.w.Flush(); err != nil {
		c.f.Close()
		return fmt.Errorf("writing %s: %w", c.path, err)
	}
	if err := c.f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", c.path, err)
	}
	return nil
}

func kindOf(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case int, int64:
		return "long"
	case bool:
		return "boolean"
	case time.Time:
		return "datetime"
	case []string:
		return "string[]"
	case []bool:
		return "boolean[]"
	}
	return ""
}

// nameWords writes the NameWord nodes and NAME_WORD links that entity_words.cypher would
// make for the entities (ids in order), so that the import needs no pass over the entities
// for them. Names outside ASCII are left to that query (NameWordsLeftFile): its toLower is
// Java's, whose case mapping differs from Go's for a few letters.
func (b *Bulk) nameWords(ids []string) error {
	type word struct {
		typ, word string
		ents      []int64
	}
	words := map[string]*word{}
	var left []string
	for _, id := range ids {
		e := b.entities[id]
		ws, ok := NameWords(e.name)
		if !ok {
			left = append(left, id)
			continue
		}
		for _, w := range ws {
			key := e.typ + "|" + w
			nw := words[key]
			if nw == nil {
				nw = &word{typ: e.typ, word: w}
				words[key] = nw
			}
			nw.ents = append(nw.ents, e.num)
		}
	}
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		w := words[k]
		n, err := b.node("name_words.csv", nameWordCols, "NameWord",
			map[string]any{"key": k, "type": w.typ, "word": w.word, "size": len(w.ents)})
		if err != nil {
			return err
		}
		for _, e := range w.ents {
			if err := b.link("NAME_WORD", "Entity", "NameWord", e, n, nil); err != nil {
				return err
			}
		}
	}
	text := strings.Join(left, "\n")
	if len(left) > 0 {
		text += "\n"
	}
	if err := os.WriteFile(filepath.Join(b.dir, NameWordsLeftFile), []byte(text), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", NameWordsLeftFile, err)
	}
	return nil
}

// NameWords are the name words of a name as entity_words.cypher derives them (dots removed,
// hyphens read as spaces, lower case, split at spaces, words of four characters or more,
// each once, in order of first appearance); ok is false for a name outside ASCII, whose words
// only the server's Cypher computes exactly.
func NameWords(name string) (words []string, ok bool) {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			return nil, false
		}
	}
	name = strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(name, ".", ""), "-", " "))
	for _, w := range strings.Split(name, " ") {
		if len(w) >= 4 && !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	return words, true
}

// propName is what a property name of ListFixesFile may be: it goes into Cypher text.
var propName = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// AwaitIndexes waits until every index and constraint is online (populated), at most
// timeout.
func (c *Client) AwaitIndexes(ctx context.Context, timeout time.Duration) error {
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(context.WithoutCancel(ctx))
	res, err := s.Run(ctx, "CALL db.awaitIndexes($secs)", map[string]any{"secs": int64(timeout.Seconds())})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("waiting for the indexes to come online: %w", c.wrapQueryErr(err))
	}
	return nil
}

// FixLists sets the lists of ListFixesFile (of the CSV folder dir) that the import could not
// hold, by node id or relationship key.
func (c *Client) FixLists(ctx context.Context, dir string) error {
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(context.WithoutCancel(ctx))
	b, err := os.ReadFile(filepath.Join(dir, ListFixesFile))
	if err != nil {
		return fmt.Errorf("reading the list fixes of the import: %w", err)
	}
	rows := map[string]map[string]map[string]any{} // owner -> key -> props
	var owners []string
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if line == "" {
			continue
		}
		var f listFix
		if err := json.Unmarshal([]byte(line), &f); err != nil || !propName.MatchString(f.Prop) ||
			!relationTypeSet[f.Owner] && f.Owner != "Document" && f.Owner != "Claim" && f.Owner != "Entity" && f.Owner != "Sentence" {
			return fmt.Errorf("%s line %d: not a list fix of the import", ListFixesFile, i+1)
		}
		if rows[f.Owner] == nil {
			rows[f.Owner] = map[string]map[string]any{}
			owners = append(owners, f.Owner)
		}
		if rows[f.Owner][f.Key] == nil {
			rows[f.Owner][f.Key] = map[string]any{}
		}
		rows[f.Owner][f.Key][f.Prop] = f.Value
	}
	sort.Strings(owners)
	for _, owner := range owners {
		var list []map[string]any
		for k, props := range rows[owner] {
			list = append(list, map[string]any{"key": k, "props": props})
		}
		match := "MATCH (x:" + owner + " {id: row.key})"
		if relationTypeSet[owner] {
			match = "MATCH ()-[x:" + owner + " {key: row.key}]->()"
		}
		for start := 0; start < len(list); start += 5000 {
			batch := list[start:min(start+5000, len(list))]
			res, err := s.Run(ctx, "UNWIND $rows AS row "+match+" SET x += row.props", map[string]any{"rows": batch})
			if err == nil {
				_, err = res.Consume(ctx)
			}
			if err != nil {
				return fmt.Errorf("setting lists of %s: %w", owner, c.wrapQueryErr(err))
			}
		}
	}
	return nil
}

// NodeCount counts the nodes of the database (kg import refuses one that holds any).
func (c *Client) NodeCount(ctx context.Context) (int64, error) {
	recs, err := c.read(ctx, "MATCH (n) RETURN count(n) AS n", nil)
	if err != nil {
		return 0, fmt.Errorf("counting nodes: %w", c.wrapQueryErr(err))
	}
	n, _ := recs[0].Values[0].(int64)
	return n, nil
}

// mentionProps are a MENTIONS relationship's CSV properties; coref only for an anaphor, as the
// writer sets it (an absent property is an empty field).
func mentionProps(m mentionRow) map[string]any {
	props := map[string]any{"surface": m.Surface, "start": m.Start, "end": m.End}
	if m.Coref {
		props["coref"] = true
	}
	return props
}
