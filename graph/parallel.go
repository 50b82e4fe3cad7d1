package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Parallel writes (PoolOptions.Writers > 1) follow neo4j-parallel-spark-loader: transactions
// that run at once never touch the same entity, so they neither wait on each other's locks
// nor deadlock. Whole documents cannot be scheduled that way, since nearly every document
// names the same few hub states; a window of new documents is written in three phases:
//
//  1. nodes: the documents (marked kg_pending, without their hashes), their sentences and
//     claims, in batches of whole documents, on all writers; these touch no entity.
//  2. links, in buckets run in rounds. The window's entities are dealt into 2N groups of about
//     equal weight (heaviest first, each to the lightest group, so a hub gets a group nearly
//     to itself) and its documents into 2N groups likewise. Mentions and claim items join a
//     document group to an entity group: bucket (d, e), in rounds where bucket (d, (d+r) mod
//     2N) runs beside the others of round r. Typed relationships join two entity groups:
//     bucket (g, h), in the rounds of a round-robin tournament plus one round of the (g, g)
//     buckets. No two buckets of a round share a group, so each round keeps N writers busy
//     on disjoint nodes (sentences are locked by the relationships created on them, hence
//     the document groups). Entities are created and their aliases written with the first
//     bucket that names them.
//  3. finish: the documents get their hashes and lose kg_pending, on all writers.
//
// A relationship's aggregates are its stored ones plus the window's claims not yet listed in
// them, so a claim committed in phase 1 counts once whatever recomputed the relationship
// meanwhile. A document is complete only after phase 3. If anything fails, every document of
// the window is written again on its own (writeBatch); one left pending by a failed parallel
// build is completed there as a replacement of what it left, as is the case for the next
// build when a server died mid-window. The graph equals a one-writer build's (tested).

// windowClaims bounds the claims of new documents a parallel window holds. Larger windows
// make fewer, larger buckets (a hub relationship's stored aggregates are read once per
// window) at the cost of memory and of how much is written again after a failure.
const windowClaims = 20000

// entityRows are the lock rows of one entity, one per type documents gave it, in document
// order (the first creates it, as in a one-by-one build).
type entityRows map[string][]entityRow

// linkBucket is the part of a window that touches one document group and one entity group
// (mentions, items, aliases) or two entity groups (typed relationships).
type linkBucket struct {
	mentions  []mentionRow
	items     []claimRow
	aliasEnts []entityRow // one row per document naming an entity of the group, in document order
	refs      map[string]relRef
	own       map[string][]claimFacts // the window's claims, by relationship key
	ents      map[string]bool         // every entity the bucket's rows name
	rows      int
}

func newLinkBucket() *linkBucket {
	return &linkBucket{refs: map[string]relRef{}, own: map[string][]claimFacts{}, ents: map[string]bool{}}
}

// window is the new documents of one parallel window after phase 1.
type window struct {
	docs      []docPlan
	ids       []string // sorted
	sentences map[string]sentenceRow
	entities  entityRows
}

// writeWindow writes plans (in document order) with writers parallel transactions and
// reports each document once. Documents that are not new (stored, pending or unchanged) are
// written or skipped one by one after the window, as WriteDocument would.
func (c *Client) writeWindow(ctx context.Context, plans []docPlan, writers, batchClaims int, opts WriteOptions, report func(WriteResult, error)) {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	now = now.UTC()

	// Phase 1: documents, sentences and claims, in batches of whole documents.
	var batches [][]docPlan
	claims := 0
	for _, p := range plans {
		if len(batches) == 0 || claims >= batchClaims {
			batches = append(batches, nil)
			claims = 0
		}
		batches[len(batches)-1] = append(batches[len(batches)-1], p)
		claims += len(p.claims)
	}
	isNew := make([][]bool, len(batches))
	var mu sync.Mutex
	var alone []docPlan // written one by one after the window
	var lost error
	skippedIDs := map[string]bool{}
	phase := time.Now()
	runAll(writers, len(batches), func(i int) {
		fresh, skipped, err := c.writeNodes(ctx, batches[i], now, opts)
		mu.Lock()
		defer mu.Unlock()
		switch {
		case errors.Is(err, ErrServerLost) || ctx.Err() != nil:
			lost = errors.Join(err, ctx.Err())
		case err != nil:
			alone = append(alone, batches[i]...)
		default:
			isNew[i] = fresh
			for j, p := range batches[i] {
				if skipped[j] {
					skippedIDs[p.id] = true
					report(WriteResult{ID: p.id, Outcome: Skipped}, nil)
				} else if !fresh[j] {
					alone = append(alone, p)
				}
			}
		}
	})
	if lost != nil {
		// Nothing more can be written; unchanged documents found before were reported.
		var rest []docPlan
		for _, p := range plans {
			if !skippedIDs[p.id] {
				rest = append(rest, p)
			}
		}
		failEach(rest, lost, report)
		return
	}
	w := window{sentences: map[string]sentenceRow{}, entities: entityRows{}}
	seenType := map[[2]string]bool{}
	for i, b := range batches {
		for j, p := range b {
			if isNew[i] == nil || !isNew[i][j] {
				continue
			}
			w.docs = append(w.docs, p)
			w.ids = append(w.ids, p.id)
			for _, s := range p.sentences {
				w.sentences[s.ID] = s
			}
			for _, e := range p.entities {
				if !seenType[[2]string{e.ID, e.Type}] {
					seenType[[2]string{e.ID, e.Type}] = true
					w.entities[e.ID] = append(w.entities[e.ID], e)
				}
			}
		}
	}
	sort.Strings(w.ids)
	opts.wall("window nodes (wall)", phase)

	// Phase 2 and 3.
	phase = time.Now()
	err := c.writeLinks(ctx, w, writers, batchClaims, opts)
	opts.wall("window links (wall)", phase)
	if err == nil {
		phase = time.Now()
		err = c.finishDocuments(ctx, w.docs, writers, batchClaims, opts)
		opts.wall("window finish (wall)", phase)
	}
	switch {
	case err == nil:
		for _, p := range w.docs {
			keys := map[string]bool{}
			for _, cl := range p.claims {
				keys[cl.relKey] = true
			}
			report(WriteResult{ID: p.id, Outcome: Created, Entities: len(p.entities), Claims: len(p.claims), Relationships: len(keys)}, nil)
		}
	case errors.Is(err, ErrServerLost) || ctx.Err() != nil:
		failEach(w.docs, errors.Join(err, ctx.Err()), report)
		failEach(alone, errors.Join(err, ctx.Err()), report)
		return
	default:
		// Written again one by one: each completes what the window left of it.
		alone = append(w.docs, alone...)
	}
	// In input order, as a one-writer build writes them (the first document naming an
	// entity gives it its name).
	index := make(map[string]int, len(plans))
	for i := len(plans) - 1; i >= 0; i-- {
		index[plans[i].id] = i
	}
	sort.SliceStable(alone, func(i, j int) bool { return index[alone[i].id] < index[alone[j].id] })
	for _, p := range alone {
		c.writeAlone(ctx, p, opts, report)
	}
}

// runAll calls fn(0..n-1) on at most writers goroutines and waits for them.
func runAll(writers, n int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(writers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// inTx runs work in one managed write transaction, with the retries of executeWrite.
func (c *Client) inTx(ctx context.Context, opts WriteOptions, what string, work func(run *counted) error) error {
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(context.WithoutCancel(ctx))
	var statementsDone time.Time
	_, err := executeWrite(ctx, c, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		err := work(&counted{ctx: ctx, tx: tx, q: c.q, timer: opts.Timer})
		statementsDone = time.Now()
		return struct{}{}, err
	})
	if err == nil && opts.Timer != nil {
		opts.Timer("commit", time.Since(statementsDone))
	}
	if err != nil {
		if errors.Is(err, ErrServerLost) {
			return fmt.Errorf("writing %s: %w", what, err)
		}
		return fmt.Errorf("writing %s: %w", what, c.wrapQueryErr(err))
	}
	return nil
}

// writeNodes is phase 1 for one batch: it locks the documents, tells which are new (fresh)
// and which are unchanged (skipped), and writes the new ones' nodes, marked pending: the
// documents, sentences and claims.
func (c *Client) writeNodes(ctx context.Context, batch []docPlan, now time.Time, opts WriteOptions) (fresh, skipped []bool, err error) {
	what := fmt.Sprintf("%d documents (%s ... %s)", len(batch), batch[0].id, batch[len(batch)-1].id)
	err = c.inTx(ctx, opts, what, func(run *counted) error {
		fresh, skipped = make([]bool, len(batch)), make([]bool, len(batch))
		ids := make([]string, len(batch))
		for i, p := range batch {
			ids[i] = p.id
		}
		sort.Strings(ids)
		recs, err := run.run("doc_lock", map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		type state struct {
			sha          any
			graphSHA     string
			pendingWrite bool
		}
		stored := map[string]state{}
		for _, r := range recs {
			sha, _ := r.Get("sha256")
			stored[str(r, "id")] = state{sha, str(r, "graph_sha256"), flag(r, "pending")}
		}
		rows := newBatchRows()
		for i, p := range batch {
			st := stored[p.id]
			switch {
			case st.pendingWrite:
			case st.sha == nil:
				fresh[i] = true
				rows.addNodes(p, now)
			case st.sha == p.props["sha256"] && !opts.Force, st.graphSHA != "" && st.graphSHA == p.props["graph_sha256"]:
				skipped[i] = true
			}
		}
		return rows.write(run)
	})
	return fresh, skipped, err
}

// addNodes adds a document, marked pending and without its hashes, with its sentences and
// claims (their items are linked in phase 2).
func (b *batchRows) addNodes(p docPlan, now time.Time) {
	props := make(map[string]any, len(p.props)+1)
	for k, v := range p.props {
		if k != "sha256" && k != "graph_sha256" {
			props[k] = v
		}
	}
	props["ingested_at"] = now
	props["kg_pending"] = true
	d := len(b.docs)
	b.docs = append(b.docs, docParam{id: p.id, props: props})
	for _, s := range p.sentences {
		b.sentPos[s.ID] = len(b.sentences)
		b.sentences = append(b.sentences, sentenceParam{id: s.ID, docID: p.id, index: s.Index, text: s.Text, doc: d})
	}
	for _, c := range p.claims {
		b.claims = append(b.claims, claimParam{props: c.props, s: b.sentPos[c.SentenceID], w: -1})
	}
}

// weigh deals the window's entities into groups of about equal weight (the rows naming
// them): heaviest first, each to the lightest group, ties by id, so the grouping is the same
// on every run.
func weigh(w window, groups int) map[string]int {
	weight := map[string]int{}
	for _, p := range w.docs {
		for _, m := range p.mentions {
			weight[m.EntityID]++
		}
		for _, c := range p.claims {
			weight[c.Src]++
			weight[c.Dst]++
			if c.Item != "" {
				weight[c.Item]++
			}
		}
		for _, e := range p.entities {
			weight[e.ID]++
		}
	}
	ids := sortedKeys(weight)
	sort.SliceStable(ids, func(i, j int) bool { return weight[ids[i]] > weight[ids[j]] })
	load := make([]int, groups)
	group := make(map[string]int, len(ids))
	for _, id := range ids {
		g := lightest(load)
		group[id] = g
		load[g] += weight[id]
	}
	return group
}

// rounds lists, for groups (even), the bucket pairs of each round: one round of the (g, g)
// buckets, then a round-robin tournament's rounds, in each of which every group plays once.
func rounds(groups int) [][][2]int {
	var out [][][2]int
	diag := make([][2]int, groups)
	for g := range diag {
		diag[g] = [2]int{g, g}
	}
	out = append(out, diag)
	// Circle method: group 0 stays, the others rotate.
	ring := make([]int, groups-1)
	for i := range ring {
		ring[i] = i + 1
	}
	for r := 0; r < groups-1; r++ {
		var round [][2]int
		round = append(round, pair(0, ring[r%len(ring)]))
		for k := 1; k < groups/2; k++ {
			a := ring[(r+k)%len(ring)]
			b := ring[(r-k+len(ring))%len(ring)]
			round = append(round, pair(a, b))
		}
		out = append(out, round)
	}
	return out
}

func pair(a, b int) [2]int {
	if a > b {
		a, b = b, a
	}
	return [2]int{a, b}
}

// writeLinks is phase 2: the window's entity-touching rows in buckets, round by round.
func (c *Client) writeLinks(ctx context.Context, w window, writers, batchClaims int, opts WriteOptions) error {
	if len(w.docs) == 0 {
		return nil
	}
	groups := 2 * writers
	group := weigh(w, groups)
	docGroup := dealDocuments(w.docs, groups)
	type key struct {
		rel  bool
		a, b int
	}
	buckets := map[key]*linkBucket{}
	bucket := func(k key) *linkBucket {
		if buckets[k] == nil {
			buckets[k] = newLinkBucket()
		}
		return buckets[k]
	}
	aliased := map[string]bool{}
	for _, p := range w.docs {
		d := docGroup[p.id]
		for _, m := range p.mentions {
			b := bucket(key{false, d, group[m.EntityID]})
			b.mentions = append(b.mentions, m)
			b.ents[m.EntityID] = true
			b.rows++
		}
		for _, e := range p.entities {
			// Aliases go with the entity group's bucket of the first round.
			g := group[e.ID]
			b := bucket(key{false, g, g})
			b.aliasEnts = append(b.aliasEnts, e)
			b.ents[e.ID] = true
			if !aliased[e.ID] {
				aliased[e.ID] = true
				b.rows++
			}
		}
		for _, cl := range p.claims {
			if cl.Item != "" {
				b := bucket(key{false, d, group[cl.Item]})
				b.items = append(b.items, cl)
				b.ents[cl.Item] = true
				b.rows++
			}
			ga, gb := group[cl.Src], group[cl.Dst]
			r := bucket(key{true, min(ga, gb), max(ga, gb)})
			if _, ok := r.refs[cl.relKey]; !ok {
				r.rows++
			}
			r.refs[cl.relKey] = relRef{Key: cl.relKey, Type: cl.Type, Src: cl.Src, Dst: cl.Dst}
			r.own[cl.relKey] = append(r.own[cl.relKey], cl.facts())
			r.ents[cl.Src], r.ents[cl.Dst] = true, true
		}
	}
	var schedule [][]key
	for r := 0; r < groups; r++ {
		var round []key
		for d := 0; d < groups; d++ {
			round = append(round, key{false, d, (d + r) % groups})
		}
		schedule = append(schedule, round)
	}
	for _, pairs := range rounds(groups) {
		var round []key
		for _, p := range pairs {
			round = append(round, key{true, p[0], p[1]})
		}
		schedule = append(schedule, round)
	}
	what := fmt.Sprintf("links of %d documents", len(w.docs))
	for _, round := range schedule {
		var todo []*linkBucket
		rels := false
		for _, k := range round {
			if b := buckets[k]; b != nil {
				todo = append(todo, b)
				rels = k.rel
			}
		}
		errs := make([]error, len(todo))
		busy := make([]time.Duration, len(todo))
		start := time.Now()
		runAll(writers, len(todo), func(i int) {
			t := time.Now()
			defer func() { busy[i] = time.Since(t) }()
			// A bucket's transactions run one after the other: they may share nodes.
			for _, part := range todo[i].split(3 * batchClaims) {
				if errs[i] = c.inTx(ctx, opts, what, func(run *counted) error { return writeBucket(run, w, part) }); errs[i] != nil {
					return
				}
			}
		})
		if opts.Timer != nil {
			// How long writers waited for the round's slowest bucket (the rounds' barriers).
			idle := time.Duration(min(writers, len(todo))) * time.Since(start)
			for _, b := range busy {
				idle -= b
			}
			opts.Timer("window links idle", idle)
			kind := "window mention buckets (busy)"
			if rels {
				kind = "window relationship buckets (busy)"
			}
			opts.Timer(kind, sum(busy))
		}
		if err := errors.Join(errs...); err != nil {
			return err
		}
	}
	return nil
}

func sum(ds []time.Duration) time.Duration {
	var t time.Duration
	for _, d := range ds {
		t += d
	}
	return t
}

// lightest is the group with the least load (the first of equals).
func lightest(load []int) int {
	g := 0
	for k := range load {
		if load[k] < load[g] {
			g = k
		}
	}
	return g
}

// dealDocuments deals documents into groups of about equal size (their mentions and claims),
// in document order, each to the lightest group.
func dealDocuments(docs []docPlan, groups int) map[string]int {
	load := make([]int, groups)
	out := make(map[string]int, len(docs))
	for _, p := range docs {
		g := lightest(load)
		out[p.id] = g
		load[g] += len(p.mentions) + len(p.claims) + 1
	}
	return out
}

// split cuts a bucket into parts of about limit rows, written in turn. A relationship's
// claims stay in one part: its aggregates are computed from them together.
func (bk *linkBucket) split(limit int) []*linkBucket {
	if bk.rows <= limit {
		return []*linkBucket{bk}
	}
	var parts []*linkBucket
	cur := newLinkBucket()
	next := func() {
		if cur.rows >= limit {
			parts = append(parts, cur)
			cur = newLinkBucket()
		}
	}
	// Aliases first, whole: an entity's rows from several documents are merged.
	for _, e := range bk.aliasEnts {
		cur.aliasEnts = append(cur.aliasEnts, e)
		cur.ents[e.ID] = true
	}
	for _, m := range bk.mentions {
		cur.mentions = append(cur.mentions, m)
		cur.ents[m.EntityID] = true
		cur.rows++
		next()
	}
	for _, cl := range bk.items {
		cur.items = append(cur.items, cl)
		cur.ents[cl.Item] = true
		cur.rows++
		next()
	}
	for _, k := range sortedKeys(bk.refs) {
		r := bk.refs[k]
		cur.refs[k], cur.own[k] = r, bk.own[k]
		cur.ents[r.Src], cur.ents[r.Dst] = true, true
		cur.rows += len(bk.own[k])
		next()
	}
	if cur.rows > 0 || len(cur.aliasEnts) > 0 {
		parts = append(parts, cur)
	}
	return parts
}

// writeBucket writes one bucket (part) in its transaction; its rows are built inside, so a
// retried transaction starts from the same inputs.
func writeBucket(run *counted, w window, bk *linkBucket) error {
	var ents []entityRow
	for _, id := range sortedKeys(bk.ents) {
		ents = append(ents, w.entities[id]...)
	}
	full := map[string]bool{}
	for k, r := range bk.refs {
		if !incremental(r.Type) {
			full[k] = true
		}
	}
	locked, err := lockEntities(run, w.ids, ents, nil, bk.refs, full)
	if err != nil {
		return err
	}
	rows := newBatchRows()
	for _, m := range bk.mentions {
		s := w.sentences[m.SentenceID]
		pos, ok := rows.sentPos[s.ID]
		if !ok {
			pos = len(rows.keptSentences)
			rows.sentPos[s.ID] = pos
			// Written by phase 1 of this window: named, not sent again (up to one copy of its
			// text per entity group its mentions fall in).
			rows.keptSentences = append(rows.keptSentences, keptSentenceParam{id: s.ID, linkOnly: true})
		}
		rows.mentions = append(rows.mentions, mentionParam{s: pos, e: rows.entity(m.EntityID),
			surface: m.Surface, start: m.Start, end: m.End, coref: m.Coref})
	}
	for _, cl := range bk.items {
		rows.items = append(rows.items, itemParam{claim: cl.props["id"].(string), w: rows.entity(cl.Item)})
	}
	rows.addAliases(bk.aliasEnts, locked.entities)
	byKey := locked.claims
	fresh := map[string]bool{}
	for k := range bk.refs {
		if locked.rels[k] == nil {
			fresh[k] = true
		}
		byKey[k] = append(byKey[k], bk.own[k]...)
	}
	rows.addRelationships(bk.refs, byKey, fresh, locked.rels, full)
	if err := rows.write(run); err != nil {
		return err
	}
	if len(bk.refs) == 0 {
		return nil
	}
	return refreshEntityStats(run, bk.refs, storedCounts(bk.refs, locked.rels), rows.counts)
}

// finishDocuments is phase 3: the window's documents get their hashes and lose kg_pending.
func (c *Client) finishDocuments(ctx context.Context, docs []docPlan, writers, batchClaims int, opts WriteOptions) error {
	var batches [][]map[string]any
	claims := 0
	for _, p := range docs {
		if len(batches) == 0 || claims >= batchClaims*4 {
			batches = append(batches, nil)
			claims = 0
		}
		props := map[string]any{}
		for _, k := range []string{"sha256", "graph_sha256"} {
			if v, ok := p.props[k]; ok {
				props[k] = v
			}
		}
		batches[len(batches)-1] = append(batches[len(batches)-1], map[string]any{"id": p.id, "props": props})
		claims += len(p.claims)
	}
	errs := make([]error, len(batches))
	runAll(writers, len(batches), func(i int) {
		errs[i] = c.inTx(ctx, opts, fmt.Sprintf("%d documents' hashes", len(batches[i])), func(run *counted) error {
			_, err := run.run("finish_documents", map[string]any{"rows": batches[i]})
			return err
		})
	})
	return errors.Join(errs...)
}
