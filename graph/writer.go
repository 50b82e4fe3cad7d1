package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-analytics/kg/extract"
)

// Outcome says what writing a document did.
type Outcome string

const (
	Created Outcome = "created" // the document was new
	Updated Outcome = "updated" // its content changed and was replaced
	Skipped Outcome = "skipped" // same sha256 as stored, or (forced) same graph content: nothing written
)

// WriteOptions tune WriteDocument.
type WriteOptions struct {
	// Force rewrites a document even when its sha256 matches the stored one, unless what it
	// would write equals what is stored (Document.graph_sha256).
	Force bool
	// failAfter, when positive, makes the document's transaction fail after that many
	// statements with errInjected: a test hook (export_test.go) proving that a document
	// failing half-way leaves nothing of itself behind.
	failAfter int
	// Now stamps Document.ingested_at; zero means time.Now().
	Now time.Time
	// Timer, when set, is called after each statement with its name (the file name under
	// queries/) and how long it took to run and stream its result, and after each commit
	// with "commit"; in a parallel build (parallel.go) also with each window's phases' wall
	// times ("window nodes (wall)", "window links (wall)", "window finish (wall)") and the
	// time writers waited at the links rounds' barriers ("window links idle") and spent in
	// each kind of bucket ("window mention buckets (busy)", "window relationship buckets
	// (busy)"). It may be called from several writers at once.
	Timer func(statement string, elapsed time.Duration)
}

// wall reports the wall time since start to Timer under name (phases of a parallel window).
func (o WriteOptions) wall(name string, start time.Time) {
	if o.Timer != nil {
		o.Timer(name, time.Since(start))
	}
}

// WriteResult is what writing one document did.
type WriteResult struct {
	ID            string
	Outcome       Outcome
	Entities      int // entities the document refers to
	Claims        int // claims (relation records) written
	Relationships int // typed relationships created, updated or deleted
}

// errInjected is the error of the failAfter test hook.
var errInjected = errors.New("injected failure (test hook)")

// counted runs statements in one transaction and implements the failAfter hook.
type counted struct {
	ctx       context.Context
	tx        neo4j.ManagedTransaction
	q         queries
	n         int
	failAfter int
	timer     func(string, time.Duration)
}

// replanSkip keeps the server from replanning the writer's statements while a build runs.
// The server replans a cached query when the graph's statistics have drifted, which a build
// into a growing graph triggers again and again; planning the larger statements cost about a
// sixth of a 100k-relation build. Their plans do not depend on statistics: every lookup is an
// equality on a constrained or indexed key, which the planner picks even on an empty graph
// (TestWriterPlansOnEmptyGraph checks that).
const replanSkip = "CYPHER replan=skip\n"

func (c *counted) run(name string, params map[string]any) ([]*neo4j.Record, error) {
	if c.failAfter > 0 && c.n >= c.failAfter {
		return nil, errInjected
	}
	c.n++
	text, err := c.q.query(name)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	res, err := c.tx.Run(c.ctx, replanSkip+text, params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, tooLarge(err))
	}
	recs, err := res.Collect(c.ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, tooLarge(err))
	}
	if c.timer != nil {
		c.timer(name, time.Since(start))
	}
	return recs, nil
}

// WriteDocument writes one extracted document in a single managed transaction (retried by
// the driver on transient errors such as deadlocks). Unchanged documents are skipped; a
// changed one has its previous sentences, mentions and claims replaced and every typed
// relationship it touched, before or now, recomputed from the claims that remain.
func (c *Client) WriteDocument(ctx context.Context, doc extract.Document, opts WriteOptions) (WriteResult, error) {
	plan, err := planDocument(doc)
	if err != nil {
		return WriteResult{ID: doc.ID}, err
	}
	res, _, err := c.writeBatch(ctx, []docPlan{plan}, opts)
	if err != nil {
		return WriteResult{ID: doc.ID}, err
	}
	return res[0], nil
}

// writeBatch writes whole documents in one managed transaction. A batch of one may create,
// replace or skip its document. In a larger batch only new documents (and unchanged ones,
// skipped) are written; the indexes of documents that need replacing come back in later, for
// the caller to write on their own.
func (c *Client) writeBatch(ctx context.Context, plans []docPlan, opts WriteOptions) ([]WriteResult, []int, error) {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	type out struct {
		res   []WriteResult
		later []int
	}
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(context.WithoutCancel(ctx))
	var statementsDone time.Time
	o, err := executeWrite(ctx, c, s, func(tx neo4j.ManagedTransaction) (out, error) {
		run := &counted{ctx: ctx, tx: tx, q: c.q, failAfter: opts.failAfter, timer: opts.Timer}
		res, later, err := writePlans(run, plans, now.UTC(), opts.Force)
		statementsDone = time.Now()
		return out{res, later}, err
	})
	if err == nil && opts.Timer != nil {
		opts.Timer("commit", time.Since(statementsDone))
	}
	if err != nil {
		what := "document " + plans[0].id
		if len(plans) > 1 {
			what = fmt.Sprintf("%d documents (%s ... %s)", len(plans), plans[0].id, plans[len(plans)-1].id)
		}
		if errors.Is(err, errInjected) || errors.Is(err, ErrServerLost) {
			return nil, nil, fmt.Errorf("writing %s: %w", what, err)
		}
		var big *TooLargeError
		if errors.As(err, &big) {
			return nil, nil, fmt.Errorf("writing %s: %w", what, big)
		}
		return nil, nil, fmt.Errorf("writing %s: %w", what, c.wrapQueryErr(err))
	}
	return o.res, o.later, nil
}

func writePlans(run *counted, plans []docPlan, now time.Time, force bool) ([]WriteResult, []int, error) {
	results := make([]WriteResult, len(plans))
	ids := make([]string, len(plans))
	for i, p := range plans {
		ids[i] = p.id
		results[i] = WriteResult{ID: p.id, Outcome: Created, Entities: len(p.entities), Claims: len(p.claims)}
	}
	sort.Strings(ids)
	recs, err := run.run("doc_lock", map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, err
	}
	stored := map[string]any{}
	storedGraph := map[string]string{}
	pending := map[string]bool{}
	for _, r := range recs {
		stored[str(r, "id")], _ = r.Get("sha256")
		storedGraph[str(r, "id")] = str(r, "graph_sha256")
		pending[str(r, "id")] = flag(r, "pending")
	}
	var write []docPlan // the documents this transaction writes
	var later []int
	var old previous
	replacing := false // a single document whose stored rows are replaced in place
	wasPending := false
	for i, p := range plans {
		sha := stored[p.id]
		switch {
		case pending[p.id] && len(plans) > 1:
			later = append(later, i)
		case pending[p.id]:
			// Written in part by a parallel build that failed: completed as a replacement of
			// what it left, and created as far as the caller is concerned.
			replacing, wasPending = true, true
			if old, err = readPrevious(run, p.id); err != nil {
				return nil, nil, err
			}
			write = append(write, p)
		case sha == nil:
			write = append(write, p)
		case sha == p.props["sha256"] && sha != nil && !force,
			storedGraph[p.id] != "" && storedGraph[p.id] == p.props["graph_sha256"]:
			// Unchanged text, or (with Force) an extraction identical to the stored one:
			// writing it again would change nothing.
			results[i] = WriteResult{ID: p.id, Outcome: Skipped}
		case len(plans) > 1:
			later = append(later, i)
		default:
			results[i].Outcome = Updated
			replacing = true
			if old, err = readPrevious(run, p.id); err != nil {
				return nil, nil, err
			}
			write = append(write, p)
		}
	}
	if len(write) == 0 {
		return results, later, nil
	}
	writeIDs := make([]string, len(write))
	for i, p := range write {
		writeIDs[i] = p.id
	}

	// Every typed relationship the documents touch, before or now, and every entity. Those the
	// previous version touched are recomputed from all their claims (claims leave them); the
	// others only gain the documents' claims.
	refs := map[string]relRef{}
	full := map[string]bool{}
	for _, r := range old.rels {
		refs[r.Key] = r
		full[r.Key] = true
	}
	var ents []entityRow
	for _, p := range write {
		for _, cl := range p.claims {
			refs[cl.relKey] = relRef{Key: cl.relKey, Type: cl.Type, Src: cl.Src, Dst: cl.Dst}
			// A pending document's claims may or may not be in the stored aggregates.
			if !incremental(cl.Type) || wasPending {
				full[cl.relKey] = true
			}
		}
		ents = append(ents, p.entities...)
	}
	locked, err := lockEntities(run, writeIDs, ents, old.entities, refs, full)
	if err != nil {
		return nil, nil, err
	}
	rows := newBatchRows()
	if replacing {
		// In place: delete only what the new version lacks, keep the rest (readers meanwhile
		// see old or new rows, never none), and write only what is new.
		stale, kept := old.diff(write[0])
		if wasPending {
			// Its claims' item links may be missing (a parallel window links them after
			// writing the claims): its claims are written again, links and all.
			for id := range kept.claims {
				stale["claims"] = append(stale["claims"].([]string), id)
			}
			sort.Strings(stale["claims"].([]string))
			clear(kept.claims)
		}
		if _, err := run.run("delete_stale", stale); err != nil {
			return nil, nil, err
		}
		rows.kept = kept
	}

	// Only entities that are new, renamed by a document or gain a surface form need their
	// aliases written; for the others the write would change nothing (their keys were linked
	// when the stored aliases were), and skipping it saves most of the alias work of a build.
	// Rows of one entity from several documents are merged, in document order.
	var docEnts []entityRow
	for _, p := range write {
		rows.addDocument(p, now)
		docEnts = append(docEnts, p.entities...)
	}
	rows.addAliases(docEnts, locked.entities)

	// The documents' own claims are in hand; the other documents' claims (for keys recomputed
	// in full) and the stored relationships came with the locks. A key without a stored
	// relationship is created (both ends are locked, so none can appear meanwhile).
	byKey := locked.claims
	fresh := map[string]bool{}
	for k := range refs {
		if locked.rels[k] == nil {
			fresh[k] = true
		}
	}
	// Claims behind each relationship before this write, as stored (the relationship exists
	// while it has any).
	before := storedCounts(refs, locked.rels)
	perDoc := map[string]int{}
	for _, p := range write {
		keys := map[string]bool{}
		for _, c := range p.claims {
			byKey[c.relKey] = append(byKey[c.relKey], c.facts())
			keys[c.relKey] = true
		}
		perDoc[p.id] = len(keys)
	}
	n := rows.addRelationships(refs, byKey, fresh, locked.rels, full)
	if err := rows.write(run); err != nil {
		return nil, nil, err
	}
	for i := range results {
		if results[i].Outcome == Skipped {
			continue
		}
		if len(plans) == 1 {
			results[i].Relationships = n // includes relationships the old version touched
		} else {
			results[i].Relationships = perDoc[results[i].ID]
		}
	}
	if err := refreshEntityStats(run, refs, before, rows.counts); err != nil {
		return nil, nil, err
	}
	if len(old.entities) > 0 {
		if err := refreshEntities(run, old.entities); err != nil {
			return nil, nil, err
		}
	}
	return results, later, nil
}

// nonNil turns a nil list into an empty one: the driver sends a nil slice as null, and
// write_batch counts its lists with size(), which gives null for null.
func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// subset reports whether every element of xs is in sorted.
func subset(xs, sorted []string) bool {
	for _, x := range xs {
		if _, ok := slices.BinarySearch(sorted, x); !ok {
			return false
		}
	}
	return true
}

// entityState is what merge_entities found of one entity before the document's writes.
type entityState struct {
	created bool
	name    string
	aliases []string // sorted
}

// lockResult is what lockEntities returns: the state of each entity and, by relationship
// key, the claims of other documents (keys recomputed in full) or the stored properties (the
// others, when the relationship exists).
type lockResult struct {
	entities map[string]entityState
	claims   map[string][]claimFacts
	rels     map[string]map[string]any
}

// lockEntities creates the document's entities and write-locks them together with the
// previous version's (oldIDs), in id order, and reads, under those locks, the claims of other
// documents behind the relationship keys of refs in full, and the stored properties of the
// other relationships of refs.
func lockEntities(run *counted, docIDs []string, ents []entityRow, oldIDs []string, refs map[string]relRef, full map[string]bool) (lockResult, error) {
	res := lockResult{entities: map[string]entityState{}, claims: map[string][]claimFacts{}, rels: map[string]map[string]any{}}
	rows := make([]map[string]any, 0, len(ents)+len(oldIDs))
	newIDs := map[string]bool{}
	seen := map[[2]string]bool{}
	for _, e := range ents {
		// Documents of a batch share entities: one row each, unless they disagree on the
		// type (then each type's label is set, as writing them one by one would).
		if seen[[2]string{e.ID, e.Type}] {
			continue
		}
		seen[[2]string{e.ID, e.Type}] = true
		newIDs[e.ID] = true
		rows = append(rows, map[string]any{"id": e.ID, "type": e.Type, "name": e.Name})
	}
	for _, id := range oldIDs {
		if !newIDs[id] {
			rows = append(rows, map[string]any{"id": id, "type": "", "name": ""})
		}
	}
	// Stable: the first document naming an entity creates it, as in a one-by-one build.
	sort.SliceStable(rows, func(i, j int) bool { return rows[i]["id"].(string) < rows[j]["id"].(string) })
	keys := []string{}
	byType := map[string][]string{}
	for _, k := range sortedKeys(refs) {
		if full[k] {
			keys = append(keys, k)
		}
		// Every relationship's stored properties: the aggregates of those that only gain
		// claims, and the claim counts the entity statistics change by.
		byType[refs[k].Type] = append(byType[refs[k].Type], k)
	}
	rels := make(map[string]any, len(relationTypeSet))
	for t := range relationTypeSet {
		rels[t] = nonNil(byType[t])
	}
	recs, err := run.run("merge_entities", map[string]any{"ids": docIDs, "rows": rows, "keys": keys, "rels": rels})
	if err != nil {
		return res, err
	}
	if len(recs) != 1 {
		return res, fmt.Errorf("merge_entities: %d result rows, want 1", len(recs))
	}
	ents0, _ := recs[0].Get("entities")
	list, _ := ents0.([]any)
	for _, x := range list {
		m, _ := x.(map[string]any)
		id, _ := m["id"].(string)
		created, _ := m["created"].(bool)
		name, _ := m["name"].(string)
		res.entities[id] = entityState{created: created, name: name, aliases: toStrings(m["aliases"])}
	}
	// New entities get their name words, the suspected-duplicates report's blocking keys.
	var created []string
	for id, st := range res.entities {
		if st.created {
			created = append(created, id)
		}
	}
	if len(created) > 0 {
		sort.Strings(created)
		if _, err := run.run("entity_words", map[string]any{"ids": created}); err != nil {
			return res, err
		}
	}
	cl0, _ := recs[0].Get("claims")
	list, _ = cl0.([]any)
	for _, x := range list {
		m, _ := x.(map[string]any)
		s := func(k string) string { v, _ := m[k].(string); return v }
		f := claimFacts{ID: s("id"), Item: s("item"), Role: s("role"), Polarity: s("polarity"),
			Modality: s("modality"), SentenceID: s("sentence_id"), DocID: s("doc_id"), Dates: toStrings(m["dates"])}
		f.Past, _ = m["past"].(bool)
		f.RoleKey, _ = m["role_key"].(string)
		res.claims[s("key")] = append(res.claims[s("key")], f)
	}
	rels0, _ := recs[0].Get("rels")
	list, _ = rels0.([]any)
	for _, x := range list {
		m, _ := x.(map[string]any)
		key, _ := m["key"].(string)
		if props, ok := m["props"].(map[string]any); ok {
			res.rels[key] = props
		}
	}
	return res, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// toStrings converts a driver list value to strings, dropping anything else.
func toStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// previous is what a stored version of a document contributed.
type previous struct {
	rels      []relRef
	entities  []string
	sentences map[string]oldSentence // by id
}

type oldSentence struct {
	claims   map[string]bool // ids
	mentions map[mentionKey]bool
}

// mentionKey identifies a MENTIONS relationship of a sentence.
type mentionKey struct{ entity, surface, start, end string }

func keyOf(m mentionRow) mentionKey {
	return mentionKey{m.EntityID, m.Surface, strconv.Itoa(m.Start), strconv.Itoa(m.End)}
}

// keptRows is what a replacement keeps of the previous version: sentence ids (updated in
// place), claim ids (left as they are) and mentions (by sentence, left as they are).
type keptRows struct {
	sentences map[string]bool
	claims    map[string]bool
	mentions  map[string]map[mentionKey]bool
}

// diff compares the stored version with the new one: the parameters of delete_stale (what
// only the old one has) and what both have.
func (old previous) diff(p docPlan) (map[string]any, keptRows) {
	kept := keptRows{sentences: map[string]bool{}, claims: map[string]bool{}, mentions: map[string]map[mentionKey]bool{}}
	newClaims := map[string]bool{}
	for _, c := range p.claims {
		newClaims[c.props["id"].(string)] = true
	}
	newMentions := map[string]map[mentionKey]bool{}
	for _, m := range p.mentions {
		if newMentions[m.SentenceID] == nil {
			newMentions[m.SentenceID] = map[mentionKey]bool{}
		}
		newMentions[m.SentenceID][keyOf(m)] = true
	}
	newSentences := map[string]bool{}
	for _, s := range p.sentences {
		newSentences[s.ID] = true
	}
	staleSentences, staleClaims := []string{}, []string{}
	staleMentions := []map[string]any{}
	ids := make([]string, 0, len(old.sentences))
	for id := range old.sentences {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		os := old.sentences[id]
		for c := range os.claims {
			if newClaims[c] {
				kept.claims[c] = true
			} else {
				staleClaims = append(staleClaims, c)
			}
		}
		if !newSentences[id] {
			staleSentences = append(staleSentences, id)
			continue
		}
		kept.sentences[id] = true
		kept.mentions[id] = map[mentionKey]bool{}
		for k := range os.mentions {
			if newMentions[id][k] {
				kept.mentions[id][k] = true
				continue
			}
			start, _ := strconv.Atoi(k.start)
			end, _ := strconv.Atoi(k.end)
			staleMentions = append(staleMentions, map[string]any{"s": id, "e": k.entity, "surface": k.surface, "start": start, "end": end})
		}
	}
	sort.Strings(staleClaims)
	return map[string]any{"claims": staleClaims, "sentences": staleSentences, "mentions": staleMentions}, kept
}

func readPrevious(run *counted, id string) (previous, error) {
	var p previous
	recs, err := run.run("old_keys", map[string]any{"id": id})
	if err != nil {
		return p, err
	}
	for _, r := range recs {
		p.rels = append(p.rels, relRef{Key: str(r, "key"), Type: str(r, "type"), Src: str(r, "src"), Dst: str(r, "dst")})
	}
	recs, err = run.run("old_entities", map[string]any{"id": id})
	if err != nil {
		return p, err
	}
	for _, r := range recs {
		p.entities = append(p.entities, str(r, "id"))
	}
	sort.Strings(p.entities)
	recs, err = run.run("old_rows", map[string]any{"id": id})
	if err != nil {
		return p, err
	}
	p.sentences = make(map[string]oldSentence, len(recs))
	for _, r := range recs {
		os := oldSentence{claims: map[string]bool{}, mentions: map[mentionKey]bool{}}
		claims, _ := r.Get("claims")
		for _, c := range toStrings(claims) {
			os.claims[c] = true
		}
		mentions, _ := r.Get("mentions")
		list, _ := mentions.([]any)
		for _, x := range list {
			if m := toStrings(x); len(m) == 4 {
				os.mentions[mentionKey{m[0], m[1], m[2], m[3]}] = true
			}
		}
		p.sentences[str(r, "id")] = os
	}
	return p, nil
}

// batchRows are the parameters of write_batch, as typed rows; write turns them into the
// driver's maps. Rows name entities and sentences by their position in entity_ids and
// sentences, so the statement looks each up once.
type batchRows struct {
	entityIDs []string
	entityPos map[string]int
	sentPos   map[string]int

	docs      []docParam
	sentences []sentenceParam
	aliases   []aliasParam
	mentions  []mentionParam
	claims    []claimParam
	items     []itemParam
	created   []relParam
	merged    []relParam
	gone      []goneParam
	// kept is what a single replaced document keeps of its previous version (empty
	// otherwise): kept sentences go to keptSentences, kept claims to keptClaims, and kept
	// mentions are not written again.
	kept          keptRows
	keptSentences []keptSentenceParam
	keptClaims    []map[string]any // the claims' properties
	// counts is the claim count of each relationship addRelationships wrote (0: deleted).
	counts map[string]int
}

// The rows of write_batch and delete_relationships. Each turns into the map the statement
// reads (param) only when the statement is run.
type (
	// docParam is a document node with its properties.
	docParam struct {
		id    string
		props map[string]any
	}
	// sentenceParam is a new sentence of the document at position doc of docs.
	sentenceParam struct {
		id, docID string
		index     int
		text      string
		doc       int
	}
	// keptSentenceParam is a sentence already stored, named by a row (s) of this batch.
	// linkOnly names it by id alone (no text, nothing to compare or update): a parallel
	// window links sentences it wrote itself in its first phase.
	keptSentenceParam struct {
		id       string
		index    int
		text     string
		linkOnly bool
	}
	// mentionParam links the sentence at position s to the entity at position e.
	mentionParam struct {
		s, e       int
		surface    string
		start, end int
		coref      bool
	}
	// claimParam is a claim stated in the sentence at position s, about the item entity at
	// position w (-1: none).
	claimParam struct {
		props map[string]any
		s, w  int
	}
	// itemParam links a stored claim to the item entity at position w.
	itemParam struct {
		claim string
		w     int
	}
	// aliasParam is the surface forms and alias keys of the entity at position e.
	aliasParam struct {
		e              int
		surfaces, keys []string
	}
	// relParam is a typed relationship between the entities at positions a and b.
	relParam struct {
		key, typ string
		a, b     int
		props    map[string]any
	}
	// goneParam is a typed relationship left without claims.
	goneParam struct{ key, src, dst string }
)

func (r docParam) param() map[string]any { return map[string]any{"id": r.id, "props": r.props} }
func (r sentenceParam) param() map[string]any {
	return map[string]any{"id": r.id, "doc_id": r.docID, "index": r.index, "text": r.text, "d": r.doc}
}
func (r keptSentenceParam) param() map[string]any {
	if r.linkOnly {
		return map[string]any{"id": r.id}
	}
	return map[string]any{"id": r.id, "index": r.index, "text": r.text}
}
func (r mentionParam) param() map[string]any {
	return map[string]any{"s": r.s, "e": r.e, "surface": r.surface, "start": r.start, "end": r.end, "coref": corefProp(r.coref)}
}
func (r claimParam) param() map[string]any {
	row := map[string]any{"props": withoutEmptyLists(r.props), "s": r.s, "w": nil}
	if r.w >= 0 {
		row["w"] = r.w
	}
	return row
}
func (r itemParam) param() map[string]any { return map[string]any{"c": r.claim, "w": r.w} }
func (r aliasParam) param() map[string]any {
	return map[string]any{"e": r.e, "surfaces": r.surfaces, "keys": r.keys}
}
func (r relParam) param() map[string]any {
	return map[string]any{"key": r.key, "a": r.a, "b": r.b, "props": r.props}
}

// relsByType lists relationship rows by type for write_batch, which writes each schema type
// from its own list; every type has a list, empty when the batch has none of it.
func relsByType(rows []relParam) map[string]any {
	out := make(map[string]any, len(relationTypeSet))
	byType := make(map[string][]relParam, len(relationTypeSet))
	for _, r := range rows {
		byType[r.typ] = append(byType[r.typ], r)
	}
	for t := range relationTypeSet {
		out[t] = params(byType[t])
	}
	return out
}
func (r goneParam) param() map[string]any {
	return map[string]any{"key": r.key, "src": r.src, "dst": r.dst}
}

// params turns typed rows into the driver's list of maps (never nil: the statements UNWIND
// every list).
func params[T interface{ param() map[string]any }](rows []T) []map[string]any {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		out[i] = r.param()
	}
	return out
}

func newBatchRows() *batchRows {
	return &batchRows{entityPos: map[string]int{}, sentPos: map[string]int{}}
}

// entity returns the position of an entity id in entity_ids, adding it when new.
func (b *batchRows) entity(id string) int {
	if i, ok := b.entityPos[id]; ok {
		return i
	}
	b.entityPos[id] = len(b.entityIDs)
	b.entityIDs = append(b.entityIDs, id)
	return len(b.entityIDs) - 1
}

// addDocument adds a document, stamped as ingested now, with its sentences, mentions and claims.
func (b *batchRows) addDocument(p docPlan, now time.Time) {
	props := make(map[string]any, len(p.props)+1)
	for k, v := range p.props {
		props[k] = v
	}
	props["ingested_at"] = now
	docIndex := len(b.docs)
	b.docs = append(b.docs, docParam{id: p.id, props: props})
	// write_batch lists created sentences, then kept ones: a kept sentence's position is
	// known once every created one of the batch is counted (kept ones occur only in a batch
	// of one replaced document).
	var keptIDs []string
	for _, s := range p.sentences {
		if b.kept.sentences[s.ID] {
			keptIDs = append(keptIDs, s.ID)
			b.keptSentences = append(b.keptSentences, keptSentenceParam{id: s.ID, index: s.Index, text: s.Text})
			continue
		}
		b.sentPos[s.ID] = len(b.sentences)
		b.sentences = append(b.sentences, sentenceParam{id: s.ID, docID: p.id, index: s.Index, text: s.Text, doc: docIndex})
	}
	for i, id := range keptIDs {
		b.sentPos[id] = len(b.sentences) + i
	}
	for _, m := range p.mentions {
		if b.kept.mentions[m.SentenceID][keyOf(m)] {
			continue
		}
		b.mentions = append(b.mentions, mentionParam{s: b.sentPos[m.SentenceID], e: b.entity(m.EntityID),
			surface: m.Surface, start: m.Start, end: m.End, coref: m.Coref})
	}
	for _, c := range p.claims {
		if b.kept.claims[c.props["id"].(string)] {
			b.keptClaims = append(b.keptClaims, withoutEmptyLists(c.props))
			continue
		}
		row := claimParam{props: c.props, s: b.sentPos[c.SentenceID], w: -1}
		if c.Item != "" {
			row.w = b.entity(c.Item)
		}
		b.claims = append(b.claims, row)
	}
}

// addAliases adds the alias rows of entities (one row per document naming them, in document
// order). Only entities that are new, renamed by a document or gain a surface form need their
// aliases written; for the others the write would change nothing (their keys were linked
// when the stored aliases were), and skipping it saves most of the alias work of a build.
// Rows of one entity from several documents are merged, in document order.
func (b *batchRows) addAliases(ents []entityRow, state map[string]entityState) {
	aliasByID := map[string]*aliasParam{}
	var aliasIDs []string
	for _, e := range ents {
		if st, ok := state[e.ID]; ok && !st.created && st.name == e.Name && subset(e.Surfaces, st.aliases) {
			continue
		}
		keys := aliasKeys(e.ID, e.Name, e.Surfaces)
		if row, ok := aliasByID[e.ID]; ok {
			row.surfaces = distinct(append(row.surfaces, e.Surfaces...))
			row.keys = distinct(append(row.keys, keys...))
			continue
		}
		aliasByID[e.ID] = &aliasParam{e: b.entity(e.ID), surfaces: slices.Clone(e.Surfaces), keys: keys}
		aliasIDs = append(aliasIDs, e.ID)
	}
	sort.Strings(aliasIDs)
	for _, id := range aliasIDs {
		b.aliases = append(b.aliases, *aliasByID[id])
	}
}

// addRelationships adds each referenced typed relationship with its aggregates: from the
// stored properties plus the new claims (byKey) when stored has the relationship, else from
// all its claims (byKey): created when its key is fresh, merged otherwise, and deleted when
// no claim is left. It returns how many relationships that touches.
func (b *batchRows) addRelationships(refs map[string]relRef, byKey map[string][]claimFacts, fresh map[string]bool, stored map[string]map[string]any, full map[string]bool) int {
	keys := sortedKeys(refs)
	b.counts = make(map[string]int, len(keys))
	for _, k := range keys {
		ref := refs[k]
		cl := byKey[k]
		var props map[string]any
		if st, ok := stored[k]; ok && !full[k] {
			// Claims already listed were counted (a parallel build commits claims before their
			// relationships, and another build may have recomputed one meanwhile).
			a := storedAggregates(st)
			listed := make(map[string]bool, len(a.cids))
			for _, id := range a.cids {
				listed[id] = true
			}
			for _, c := range cl {
				if !listed[c.ID] {
					a.add(c)
				}
			}
			props = a.props(ref)
		} else if len(cl) == 0 {
			b.gone = append(b.gone, goneParam{key: k, src: ref.Src, dst: ref.Dst})
			continue
		} else {
			props = aggregate(ref, cl)
		}
		b.counts[k], _ = props["claim_count"].(int)
		row := relParam{key: k, typ: ref.Type, a: b.entity(ref.Src), b: b.entity(ref.Dst), props: props}
		if fresh[k] {
			b.created = append(b.created, row)
		} else {
			b.merged = append(b.merged, row)
		}
	}
	return len(keys)
}

// write runs write_batch, then delete_relationships for relationships left without claims.
func (b *batchRows) write(run *counted) error {
	if len(b.docs)+len(b.created)+len(b.merged)+len(b.mentions)+len(b.claims)+len(b.items)+len(b.aliases) > 0 {
		recs, err := run.run("write_batch", map[string]any{"entity_ids": nonNil(b.entityIDs),
			"docs": params(b.docs), "sentences": params(b.sentences), "aliases": params(b.aliases),
			"kept_sentences": params(b.keptSentences), "kept_claims": nonNil(b.keptClaims),
			"mentions": params(b.mentions), "claims": params(b.claims), "items": params(b.items),
			"created": relsByType(b.created), "merged": relsByType(b.merged)})
		if err != nil {
			return err
		}
		if len(recs) != 1 {
			return fmt.Errorf("write_batch: %d result rows, want 1", len(recs))
		}
		if done, _ := recs[0].Get("done"); done != int64(1) {
			return fmt.Errorf("write_batch: an entity of the batch is missing from the graph")
		}
	}
	if len(b.gone) > 0 {
		if _, err := run.run("delete_relationships", map[string]any{"rows": params(b.gone)}); err != nil {
			return err
		}
	}
	return nil
}

// refreshEntities recomputes aliases and alias links of entities a removed document version
// touched, and deletes those nothing refers to any more.
func refreshEntities(run *counted, ids []string) error {
	recs, err := run.run("entity_aliases", map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	var keep []map[string]any
	var orphans []string
	for _, r := range recs {
		id := str(r, "id")
		if !flag(r, "used") {
			orphans = append(orphans, id)
			continue
		}
		al, _, _ := neo4j.GetRecordValue[[]any](r, "aliases")
		surfaces := toStrings(al)
		keep = append(keep, map[string]any{"id": id, "keys": aliasKeys(id, str(r, "name"), surfaces)})
	}
	if len(keep) > 0 {
		if _, err := run.run("prune_aliases", map[string]any{"rows": keep}); err != nil {
			return err
		}
	}
	if len(orphans) > 0 {
		if _, err := run.run("delete_entities", map[string]any{"ids": orphans}); err != nil {
			return err
		}
	}
	return nil
}

// storedCounts is the stored claim count of each relationship of refs (0: none stored).
func storedCounts(refs map[string]relRef, stored map[string]map[string]any) map[string]int {
	out := make(map[string]int, len(refs))
	for k := range refs {
		n, _ := stored[k]["claim_count"].(int64)
		out[k] = int(n)
	}
	return out
}

// refreshEntityStats updates the ranking properties of the ends of the typed relationships
// refs names (entity_stats_delta), from their claim counts before and after the write: a
// relationship exists while it has claims, and an entity's claims are its relationships'
// claim counts summed. The change is applied rather than the properties recomputed, which
// would read every relationship of the busiest entities in every batch (a fifth of a
// bench/build run, where nearly every claim is a new relationship). An entity's neighbours
// (distinct entities it has typed relationships with) change only where a pair of entities
// gains its first relationship or loses its last: for the pairs whose relationships the write
// created or deleted, pair_links counts what links them now (expanding only the end with
// fewer relationships). Measured on bench/build, that is about a tenth of a run's statement
// time (bench/README.md, "Reports").
func refreshEntityStats(run *counted, refs map[string]relRef, before, after map[string]int) error {
	type delta struct{ degree, claims, neighbours int }
	byID := map[string]*delta{}
	at := func(id string) *delta {
		if byID[id] == nil {
			byID[id] = &delta{}
		}
		return byID[id]
	}
	type pairChange struct{ created, deleted int }
	pairs := map[[2]string]*pairChange{}
	for k, r := range refs {
		b, a := before[k], after[k]
		if a == b {
			continue
		}
		change := 0
		switch {
		case a > 0 && b == 0:
			change = 1
		case a == 0 && b > 0:
			change = -1
		}
		for _, end := range []string{r.Src, r.Dst} {
			at(end).degree += change
			at(end).claims += a - b
		}
		if change != 0 {
			p := [2]string{min(r.Src, r.Dst), max(r.Src, r.Dst)}
			if pairs[p] == nil {
				pairs[p] = &pairChange{}
			}
			if change > 0 {
				pairs[p].created++
			} else {
				pairs[p].deleted++
			}
		}
	}
	if len(byID) == 0 {
		return nil
	}
	if len(pairs) > 0 {
		list := make([][2]string, 0, len(pairs))
		for p := range pairs {
			list = append(list, p)
		}
		sort.Slice(list, func(i, j int) bool {
			return list[i][0] < list[j][0] || (list[i][0] == list[j][0] && list[i][1] < list[j][1])
		})
		rows := make([]map[string]any, len(list))
		for i, p := range list {
			rows[i] = map[string]any{"i": i, "a": p[0], "b": p[1]}
		}
		recs, err := run.run("pair_links", map[string]any{"pairs": rows})
		if err != nil {
			return err
		}
		now := make([]int, len(list))
		for _, r := range recs {
			i, _, _ := neo4j.GetRecordValue[int64](r, "i")
			n, _, _ := neo4j.GetRecordValue[int64](r, "links")
			if i >= 0 && int(i) < len(now) {
				now[i] = int(n)
			}
		}
		for i, p := range list {
			ch := pairs[p]
			was := now[i] - ch.created + ch.deleted
			change := 0
			switch {
			case now[i] > 0 && was == 0:
				change = 1
			case now[i] == 0 && was > 0:
				change = -1
			}
			at(p[0]).neighbours += change
			if p[1] != p[0] { // an entity related to itself is one neighbour of its own
				at(p[1]).neighbours += change
			}
		}
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	rows := make([]map[string]any, len(ids))
	for i, id := range ids {
		d := byID[id]
		rows[i] = map[string]any{"id": id, "degree": d.degree, "claims": d.claims, "neighbours": d.neighbours}
	}
	_, err := run.run("entity_stats_delta", map[string]any{"rows": rows})
	return err
}

// RemoveDocument deletes a document with everything it contributed, recomputing the typed
// relationships and entities it touched. It reports whether the document existed.
func (c *Client) RemoveDocument(ctx context.Context, id string) (bool, error) {
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(context.WithoutCancel(ctx))
	existed, err := executeWrite(ctx, c, s, func(tx neo4j.ManagedTransaction) (bool, error) {
		run := &counted{ctx: ctx, tx: tx, q: c.q}
		recs, err := run.run("doc_lock", map[string]any{"ids": []string{id}})
		if err != nil {
			return false, err
		}
		if sha, _ := recs[0].Get("sha256"); sha == nil && !flag(recs[0], "pending") {
			// doc_lock created an empty node; drop it again.
			_, err := run.run("delete_document", map[string]any{"id": id})
			return false, err
		}
		old, err := readPrevious(run, id)
		if err != nil {
			return false, err
		}
		refs := map[string]relRef{}
		for _, r := range old.rels {
			refs[r.Key] = r
		}
		full := map[string]bool{}
		for k := range refs {
			full[k] = true
		}
		locked, err := lockEntities(run, []string{id}, nil, old.entities, refs, full)
		if err != nil {
			return false, err
		}
		for _, name := range []string{"delete_old", "delete_document"} {
			if _, err := run.run(name, map[string]any{"id": id}); err != nil {
				return false, err
			}
		}
		rows := newBatchRows()
		rows.addRelationships(refs, locked.claims, nil, locked.rels, full)
		if err := rows.write(run); err != nil {
			return false, err
		}
		if err := refreshEntityStats(run, refs, storedCounts(refs, locked.rels), rows.counts); err != nil {
			return false, err
		}
		if len(old.entities) > 0 {
			if err := refreshEntities(run, old.entities); err != nil {
				return false, err
			}
		}
		return true, nil
	})
	if err != nil {
		return false, fmt.Errorf("removing document %s: %w", id, c.wrapQueryErr(err))
	}
	return existed, nil
}

// DocumentHashes returns the stored sha256 of every document, by id.
func (c *Client) DocumentHashes(ctx context.Context) (map[string]string, error) {
	recs, err := c.readNamed(ctx, "document_hashes", nil)
	if err != nil {
		return nil, fmt.Errorf("reading stored documents: %w", c.wrapQueryErr(err))
	}
	out := make(map[string]string, len(recs))
	for _, r := range recs {
		out[str(r, "id")] = str(r, "sha256")
	}
	return out, nil
}

// str and flag read a string or boolean column; null, a missing column or another type gives
// the zero value (the writer's own statements return these columns).
func str(r *neo4j.Record, key string) string {
	s, _, _ := neo4j.GetRecordValue[string](r, key)
	return s
}

func flag(r *neo4j.Record, key string) bool {
	b, _, _ := neo4j.GetRecordValue[bool](r, key)
	return b
}

// PoolOptions tune WriteDocuments.
type PoolOptions struct {
	// Writers is how many transactions run at once (<= 0: 1). With more than one, new
	// documents are written in windows whose concurrent transactions never share an entity
	// (graph/parallel.go); documents that replace a stored version are written one by one.
	Writers int
	// BatchClaims groups consecutive new documents into one transaction until they hold this
	// many claims (<= 1: one document per transaction). A batch is whole documents: if it
	// fails, each of its documents is retried in its own transaction, so one bad document
	// does not sink the others. Documents that replace a stored version always get their own.
	BatchClaims int
	// MaxBatchDocs caps the documents of one batch (<= 0: 100).
	MaxBatchDocs int
	// WindowClaims bounds the claims of new documents one parallel window holds (Writers > 1;
	// <= 0: 20,000). See graph/parallel.go.
	WindowClaims int
	Force        bool
	Now          time.Time
	// Timer is passed to every transaction (see WriteOptions.Timer).
	Timer func(statement string, elapsed time.Duration)
}

// WriteDocuments writes the documents received on docs until it is closed, on a pool of
// writers, and calls done once per document with what writing it did. done is never called
// concurrently. It returns when every document is done or ctx ends.
func (c *Client) WriteDocuments(ctx context.Context, docs <-chan extract.Document, opts PoolOptions, done func(WriteResult, error)) {
	writers := max(opts.Writers, 1)
	maxDocs := opts.MaxBatchDocs
	if maxDocs <= 0 {
		maxDocs = 100
	}
	wopts := WriteOptions{Force: opts.Force, Now: opts.Now, Timer: opts.Timer}
	var mu sync.Mutex
	report := func(r WriteResult, err error) {
		mu.Lock()
		defer mu.Unlock()
		done(r, err)
	}
	if writers > 1 {
		window := opts.WindowClaims
		if window <= 0 {
			window = windowClaims
		}
		c.writeWindows(ctx, docs, writers, max(opts.BatchClaims, 1), window, wopts, report)
		return
	}
	batches := make(chan []docPlan)
	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				c.writePool(ctx, b, wopts, report)
			}
		}()
	}
	var batch []docPlan
	claims := 0
	flush := func() {
		if len(batch) > 0 {
			batches <- batch
		}
		batch, claims = nil, 0
	}
	for doc := range docs {
		p, err := planDocument(doc)
		if err != nil {
			report(WriteResult{ID: doc.ID}, err)
			continue
		}
		batch = append(batch, p)
		claims += len(p.claims)
		if claims >= opts.BatchClaims || len(batch) >= maxDocs {
			flush()
		}
	}
	flush()
	close(batches)
	wg.Wait()
}

// writeWindows gathers documents into windows of about window claims and writes each
// with writers parallel transactions (graph/parallel.go).
func (c *Client) writeWindows(ctx context.Context, docs <-chan extract.Document, writers, batchClaims, window int, opts WriteOptions, report func(WriteResult, error)) {
	var plans []docPlan
	claims := 0
	flush := func() {
		if len(plans) > 0 {
			c.writeWindow(ctx, plans, writers, batchClaims, opts, report)
		}
		plans, claims = nil, 0
	}
	for doc := range docs {
		p, err := planDocument(doc)
		if err != nil {
			report(WriteResult{ID: doc.ID}, err)
			continue
		}
		plans = append(plans, p)
		claims += len(p.claims)
		if claims >= window {
			flush()
		}
	}
	flush()
}

// writeAlone writes one document in a transaction of its own and reports it.
func (c *Client) writeAlone(ctx context.Context, p docPlan, opts WriteOptions, report func(WriteResult, error)) {
	res, _, err := c.writeBatch(ctx, []docPlan{p}, opts)
	if err != nil {
		report(WriteResult{ID: p.id}, err)
		return
	}
	report(res[0], nil)
}

// failEach reports err for every document of ps, none of which was written.
func failEach(ps []docPlan, err error, report func(WriteResult, error)) {
	for _, p := range ps {
		report(WriteResult{ID: p.id}, fmt.Errorf("writing document %s: %w", p.id, err))
	}
}

// writePool writes one batch, falling back to one transaction per document when the batch
// fails and writing documents that replace a stored version on their own.
func (c *Client) writePool(ctx context.Context, batch []docPlan, opts WriteOptions, report func(WriteResult, error)) {
	if len(batch) == 1 {
		c.writeAlone(ctx, batch[0], opts, report)
		return
	}
	res, later, err := c.writeBatch(ctx, batch, opts)
	if err != nil {
		if errors.Is(err, ErrServerLost) {
			// Trying each document on its own would only wait for the server again.
			failEach(batch, err, report)
			return
		}
		if ctx.Err() != nil {
			failEach(batch, ctx.Err(), report)
			return
		}
		for _, p := range batch {
			c.writeAlone(ctx, p, opts, report)
		}
		return
	}
	isLater := map[int]bool{}
	for _, i := range later {
		isLater[i] = true
	}
	for i, r := range res {
		if !isLater[i] {
			report(r, nil)
		}
	}
	for _, i := range later {
		c.writeAlone(ctx, batch[i], opts, report)
	}
}

// entityStatsBatch is how many entities one transaction of RefreshEntityStats recomputes.
const entityStatsBatch = 2000

// RefreshEntityStats recomputes the ranking properties of every entity (entity_stats, the
// statement the writer runs for the entities a write touches) and its name words
// (entity_words), a batch of entities per transaction. A graph written other than through the writer (a bulk load, the report
// benchmark's generator) runs it once afterwards; kg build keeps them current itself.
func (c *Client) RefreshEntityStats(ctx context.Context) error {
	return c.refreshEntities(ctx, "recomputing entity statistics", "entity_stats", "entity_words")
}

// RefreshNameWords computes the name words (entity_words) of every entity, a batch of
// entities per transaction: after a bulk load whose files carry the entities' statistics,
// this is all that is left to derive, and it reads no relationship.
func (c *Client) RefreshNameWords(ctx context.Context) error {
	return c.refreshEntities(ctx, "computing name words", "entity_words")
}

// RefreshNameWordsOf computes the name words of the entities ids, as RefreshNameWords does for
// all of them.
func (c *Client) RefreshNameWordsOf(ctx context.Context, ids []string) error {
	return c.refreshEntityIDs(ctx, ids, "computing name words", "entity_words")
}

// refreshEntities runs the named statements (each taking $ids) over every entity, in id order.
func (c *Client) refreshEntities(ctx context.Context, what string, queries ...string) error {
	recs, err := c.read(ctx, "MATCH (e:Entity) RETURN e.id AS id ORDER BY id", nil)
	if err != nil {
		return fmt.Errorf("listing entities: %w", c.wrapQueryErr(err))
	}
	ids := make([]string, len(recs))
	for i, r := range recs {
		ids[i] = str(r, "id")
	}
	return c.refreshEntityIDs(ctx, ids, what, queries...)
}

// refreshEntityIDs runs the named statements (each taking $ids) over the entities ids.
func (c *Client) refreshEntityIDs(ctx context.Context, ids []string, what string, queries ...string) error {
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(context.WithoutCancel(ctx))
	for start := 0; start < len(ids); start += entityStatsBatch {
		batch := ids[start:min(start+entityStatsBatch, len(ids))]
		_, err := executeWrite(ctx, c, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			run := &counted{ctx: ctx, tx: tx, q: c.q}
			for _, q := range queries {
				if _, err := run.run(q, map[string]any{"ids": batch}); err != nil {
					return struct{}{}, err
				}
			}
			return struct{}{}, nil
		})
		if err != nil {
			return fmt.Errorf("%s (%s ... %s): %w", what, batch[0], batch[len(batch)-1], c.wrapQueryErr(err))
		}
	}
	return nil
}
