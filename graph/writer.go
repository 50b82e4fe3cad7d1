package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
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
	Skipped Outcome = "skipped" // same sha256 as stored: nothing written
)

// WriteOptions tune WriteDocument.
type WriteOptions struct {
	// Force rewrites a document even when its sha256 matches the stored one.
	Force bool
	// FailAfter, when positive, makes the document's transaction fail after that many
	// statements. It is a test hook: it proves that a document failing half-way leaves
	// nothing of itself behind.
	FailAfter int
	// Now stamps Document.ingested_at; zero means time.Now().
	Now time.Time
}

// WriteResult is what writing one document did.
type WriteResult struct {
	ID            string
	Outcome       Outcome
	Entities      int // entities the document refers to
	Claims        int // claims (relation records) written
	Relationships int // typed relationships created, updated or deleted
}

var Prof = map[string]time.Duration{}
var ProfMu sync.Mutex

// ErrInjected is the error of a FailAfter test hook.
var ErrInjected = errors.New("injected failure (test hook)")

// counted runs statements in one transaction and implements the FailAfter hook.
type counted struct {
	ctx       context.Context
	tx        neo4j.ManagedTransaction
	n         int
	failAfter int
}

func (c *counted) run(name string, params map[string]any) ([]*neo4j.Record, error) {
	if c.failAfter > 0 && c.n >= c.failAfter {
		return nil, ErrInjected
	}
	c.n++
	t0 := time.Now()
	defer func() { ProfMu.Lock(); Prof[name] += time.Since(t0); ProfMu.Unlock() }()
	res, err := c.tx.Run(c.ctx, query(name), params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	recs, err := res.Collect(c.ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
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
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(context.WithoutCancel(ctx))
	res, err := neo4j.ExecuteWrite(ctx, s, func(tx neo4j.ManagedTransaction) (WriteResult, error) {
		run := &counted{ctx: ctx, tx: tx, failAfter: opts.FailAfter}
		return writePlan(run, plan, doc.SHA256, now.UTC(), opts.Force)
	})
	if err != nil {
		if errors.Is(err, ErrInjected) {
			return WriteResult{ID: doc.ID}, fmt.Errorf("writing document %s: %w", doc.ID, err)
		}
		return WriteResult{ID: doc.ID}, fmt.Errorf("writing document %s: %w", doc.ID, c.wrapQueryErr(err))
	}
	return res, nil
}

func writePlan(run *counted, p docPlan, sha string, now time.Time, force bool) (WriteResult, error) {
	out := WriteResult{ID: p.id, Entities: len(p.entities), Claims: len(p.claims)}
	recs, err := run.run("doc_lock", map[string]any{"id": p.id})
	if err != nil {
		return out, err
	}
	oldSHA, _ := recs[0].Get("sha256")
	out.Outcome = Created
	var old previous
	if oldSHA != nil {
		if oldSHA == sha && sha != "" && !force {
			return WriteResult{ID: p.id, Outcome: Skipped}, nil
		}
		out.Outcome = Updated
		if old, err = readPrevious(run, p.id); err != nil {
			return out, err
		}
	}

	// Lock (and create) every entity involved, old and new, in id order.
	rows := make([]map[string]any, 0, len(p.entities)+len(old.entities))
	newIDs := map[string]bool{}
	for _, e := range p.entities {
		newIDs[e.ID] = true
		rows = append(rows, map[string]any{"id": e.ID, "type": e.Type, "name": e.Name})
	}
	for _, id := range old.entities {
		if !newIDs[id] {
			rows = append(rows, map[string]any{"id": id, "type": "", "name": ""})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i]["id"].(string) < rows[j]["id"].(string) })
	if _, err := run.run("merge_entities", map[string]any{"rows": rows}); err != nil {
		return out, err
	}
	if out.Outcome == Updated {
		if _, err := run.run("delete_old", map[string]any{"id": p.id}); err != nil {
			return out, err
		}
	}

	props := make(map[string]any, len(p.props)+1)
	for k, v := range p.props {
		props[k] = v
	}
	props["ingested_at"] = now
	if _, err := run.run("set_document", map[string]any{"id": p.id, "props": props}); err != nil {
		return out, err
	}
	aliasRows := make([]map[string]any, len(p.entities))
	for i, e := range p.entities {
		aliasRows[i] = map[string]any{"id": e.ID, "surfaces": e.Surfaces, "keys": aliasKeys(e.ID, e.Name, e.Surfaces)}
	}
	steps := []struct {
		name string
		rows any
		n    int
	}{
		{"write_aliases", aliasRows, len(aliasRows)},
		{"write_sentences", p.sentences, len(p.sentences)},
		{"write_mentions", p.mentions, len(p.mentions)},
		{"write_claims", claimParams(p.claims), len(p.claims)},
	}
	for _, st := range steps {
		if st.n == 0 {
			continue
		}
		if _, err := run.run(st.name, map[string]any{"id": p.id, "rows": st.rows}); err != nil {
			return out, err
		}
	}

	refs := map[string]relRef{}
	for _, r := range old.rels {
		refs[r.Key] = r
	}
	for _, cl := range p.claims {
		refs[cl.relKey] = relRef{Key: cl.relKey, Type: cl.Type, Src: cl.Src, Dst: cl.Dst}
	}
	if out.Relationships, err = recomputeRelationships(run, refs); err != nil {
		return out, err
	}
	if len(old.entities) > 0 {
		if err := refreshEntities(run, old.entities); err != nil {
			return out, err
		}
	}
	return out, nil
}

func claimParams(claims []claimRow) []map[string]any {
	rows := make([]map[string]any, len(claims))
	for i, c := range claims {
		rows[i] = map[string]any{"props": c.props}
	}
	return rows
}

// previous is what a stored version of a document contributed.
type previous struct {
	rels     []relRef
	entities []string
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
	return p, nil
}

// recomputeRelationships sets each referenced typed relationship's aggregates from all its
// claims, or deletes it when none is left. It returns how many it touched.
func recomputeRelationships(run *counted, refs map[string]relRef) (int, error) {
	if len(refs) == 0 {
		return 0, nil
	}
	keys := make([]string, 0, len(refs))
	for k := range refs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	recs, err := run.run("read_claims", map[string]any{"keys": keys})
	if err != nil {
		return 0, err
	}
	byKey := map[string][]claimFacts{}
	for _, r := range recs {
		dates, _ := r.Get("dates")
		f := claimFacts{ID: str(r, "id"), Item: str(r, "item"), Role: str(r, "role"), Polarity: str(r, "polarity"),
			Modality: str(r, "modality"), SentenceID: str(r, "sentence_id"), DocID: str(r, "doc_id")}
		if ds, ok := dates.([]any); ok {
			for _, d := range ds {
				if s, ok := d.(string); ok {
					f.Dates = append(f.Dates, s)
				}
			}
		}
		byKey[str(r, "key")] = append(byKey[str(r, "key")], f)
	}
	var write, gone []map[string]any
	for _, k := range keys {
		ref := refs[k]
		row := map[string]any{"key": k, "type": ref.Type, "src": ref.Src, "dst": ref.Dst}
		if cl := byKey[k]; len(cl) > 0 {
			row["props"] = aggregate(ref, cl)
			write = append(write, row)
		} else {
			gone = append(gone, row)
		}
	}
	if len(write) > 0 {
		if _, err := run.run("write_relationships", map[string]any{"rows": write}); err != nil {
			return 0, err
		}
	}
	if len(gone) > 0 {
		if _, err := run.run("delete_relationships", map[string]any{"rows": gone}); err != nil {
			return 0, err
		}
	}
	return len(keys), nil
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
		if used, _ := r.Get("used"); used != true {
			orphans = append(orphans, id)
			continue
		}
		var surfaces []string
		if al, ok := r.Values[2].([]any); ok {
			for _, a := range al {
				if s, ok := a.(string); ok {
					surfaces = append(surfaces, s)
				}
			}
		}
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

// RemoveDocument deletes a document with everything it contributed, recomputing the typed
// relationships and entities it touched. It reports whether the document existed.
func (c *Client) RemoveDocument(ctx context.Context, id string) (bool, error) {
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(context.WithoutCancel(ctx))
	existed, err := neo4j.ExecuteWrite(ctx, s, func(tx neo4j.ManagedTransaction) (bool, error) {
		run := &counted{ctx: ctx, tx: tx}
		recs, err := run.run("doc_lock", map[string]any{"id": id})
		if err != nil {
			return false, err
		}
		if sha, _ := recs[0].Get("sha256"); sha == nil {
			// doc_lock created an empty node; drop it again.
			_, err := run.run("delete_document", map[string]any{"id": id})
			return false, err
		}
		old, err := readPrevious(run, id)
		if err != nil {
			return false, err
		}
		rows := make([]map[string]any, len(old.entities))
		for i, e := range old.entities {
			rows[i] = map[string]any{"id": e, "type": "", "name": ""}
		}
		if _, err := run.run("merge_entities", map[string]any{"rows": rows}); err != nil {
			return false, err
		}
		for _, name := range []string{"delete_old", "delete_document"} {
			if _, err := run.run(name, map[string]any{"id": id}); err != nil {
				return false, err
			}
		}
		refs := map[string]relRef{}
		for _, r := range old.rels {
			refs[r.Key] = r
		}
		if _, err := recomputeRelationships(run, refs); err != nil {
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
	recs, err := c.read(ctx, query("document_hashes"), nil)
	if err != nil {
		return nil, fmt.Errorf("reading stored documents: %w", c.wrapQueryErr(err))
	}
	out := make(map[string]string, len(recs))
	for _, r := range recs {
		out[str(r, "id")] = str(r, "sha256")
	}
	return out, nil
}

func str(r *neo4j.Record, key string) string {
	v, _ := r.Get(key)
	s, _ := v.(string)
	return s
}
