package graph

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

//go:embed schema.cypher
var schemaCypher string

// SchemaStatement is one named constraint or index of the schema file.
type SchemaStatement struct {
	Kind  string // "constraint" or "index"
	Name  string
	Query string
}

// SchemaChange reports what applying one statement did.
type SchemaChange struct {
	SchemaStatement
	Created bool // false: it was already present
}

var schemaHead = regexp.MustCompile(`^CREATE\s+(CONSTRAINT|INDEX)\s+([A-Za-z_][A-Za-z0-9_]*)\s+IF\s+NOT\s+EXISTS\s`)

// ParseSchema splits schema text into statements: ';' ends a statement, '//' starts a
// comment line. Every statement must be a named CREATE ... IF NOT EXISTS so that applying it
// is idempotent.
func ParseSchema(text string) ([]SchemaStatement, error) {
	var out []SchemaStatement
	var cur []string
	seen := map[string]bool{}
	for n, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		cur = append(cur, t)
		if !strings.HasSuffix(t, ";") {
			continue
		}
		q := strings.TrimSuffix(strings.Join(cur, " "), ";")
		cur = nil
		m := schemaHead.FindStringSubmatch(q + " ")
		if m == nil {
			return nil, fmt.Errorf("schema line %d: want a named CREATE CONSTRAINT|INDEX ... IF NOT EXISTS statement", n+1)
		}
		if seen[m[2]] {
			return nil, fmt.Errorf("schema line %d: name %s used twice", n+1, m[2])
		}
		seen[m[2]] = true
		out = append(out, SchemaStatement{Kind: strings.ToLower(m[1]), Name: m[2], Query: q})
	}
	if len(cur) > 0 {
		return nil, fmt.Errorf("schema: last statement does not end with ';'")
	}
	return out, nil
}

// Schema returns the embedded schema statements.
func Schema() []SchemaStatement {
	st, err := ParseSchema(schemaCypher)
	if err != nil {
		// The file is part of the binary and covered by tests; a failure here is a build bug.
		panic(err)
	}
	return st
}

// ApplySchema creates every constraint and index that does not exist yet and reports, for
// each, whether it was created now. Running it again reports nothing created.
//
// A graph written by a kg from before the whole-graph report indexes lacks the properties
// they index, which the writer only keeps up to date from then on: when ApplySchema creates
// those indexes it also derives the properties of everything stored (on a new graph, of
// nothing).
func (c *Client) ApplySchema(ctx context.Context) ([]SchemaChange, error) {
	var out []SchemaChange
	for _, st := range Schema() {
		created, err := c.applyOne(ctx, st)
		if err != nil {
			return out, fmt.Errorf("applying %s %s: %w", st.Kind, st.Name, c.wrapQueryErr(err))
		}
		out = append(out, SchemaChange{SchemaStatement: st, Created: created})
	}
	refreshed := false
	for _, ch := range out {
		switch {
		case !ch.Created:
		case (ch.Name == "entity_neighbours" || ch.Name == "name_word_size") && !refreshed:
			// Entity statistics and name words are derived together, entity by entity.
			refreshed = true
			if err := c.RefreshEntityStats(ctx); err != nil {
				return out, err
			}
		case ch.Name == "rel_visited_contested":
			text, err := c.q.query("relationship_flags")
			if err != nil {
				return out, err
			}
			s := c.session(ctx, neo4j.AccessModeWrite)
			// CALL ... IN TRANSACTIONS runs only in an auto-commit transaction.
			res, err := s.Run(ctx, text, nil)
			if err == nil {
				_, err = res.Consume(ctx)
			}
			s.Close(context.WithoutCancel(ctx))
			if err != nil {
				return out, fmt.Errorf("deriving contested and undated of stored relationships: %w", c.wrapQueryErr(err))
			}
		}
	}
	return out, nil
}

// ApplyImportedSchema applies the schema to a database the offline importer has just loaded
// from Bulk's files (the folder dir), which hold the relationships' contested and undated,
// the entities' statistics (degree, claims, neighbours) and their name words: the passes
// ApplySchema runs to derive them are left out, but for the name words of the entities
// listed in dir's NameWordsLeftFile (of all of them when the folder has no such file).
//
// It applies what a query needs before it may run: every constraint (kg build's MERGEs rely
// on them) and the indexes that reports name in USING INDEX hints (ReportHintedIndexes: a
// hint on an index that is not online fails the query). The other plain indexes only make
// queries faster; ApplyDeferredIndexes creates them once these are online.
//
// The hinted indexes are created in one transaction first: the server populates them in the
// background, in one job. A uniqueness constraint instead populates and checks its index
// before its statement returns, so in one transaction with the indexes every constraint was
// populated, one after the other, before any index began. Here the constraints run beside
// the indexes' job, a few at once, each in a transaction of its own (the server still
// populates constraint indexes one at a time, but the statements' planning and commits
// overlap): at 200,000 relations 13.8-15.9 s until all is online against 17.4-17.5 s in one
// transaction, and 17.7-21.0 s one constraint at a time (debug.log shows the order). The
// caller waits for the indexes with AwaitIndexes. Applying it to a database that has the
// schema changes nothing.
func (c *Client) ApplyImportedSchema(ctx context.Context, dir string) error {
	var indexes, constraints []SchemaStatement
	hinted := ReportHintedIndexes()
	for _, st := range Schema() {
		switch {
		case st.Kind == "constraint":
			constraints = append(constraints, st)
		case slices.Contains(hinted, st.Name):
			indexes = append(indexes, st)
		}
	}
	if err := c.applyInOne(ctx, indexes); err != nil {
		return err
	}
	// A pool: constraints on labels of different sizes take different times.
	work := make(chan SchemaStatement)
	errs := make(chan error, len(constraints))
	var wg sync.WaitGroup
	for range min(importConstraintWorkers, len(constraints)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for st := range work {
				if _, err := c.applyOne(ctx, st); err != nil {
					errs <- fmt.Errorf("applying the schema: constraint %s: %w", st.Name, c.wrapQueryErr(err))
				}
			}
		}()
	}
	for _, st := range constraints {
		work <- st
	}
	close(work)
	wg.Wait()
	close(errs)
	var all []error
	for err := range errs {
		all = append(all, err)
	}
	if err := errors.Join(all...); err != nil {
		return err
	}
	left, err := os.ReadFile(filepath.Join(dir, NameWordsLeftFile))
	if errors.Is(err, fs.ErrNotExist) {
		return c.RefreshNameWords(ctx)
	}
	if err != nil {
		return fmt.Errorf("reading the entities whose name words are left to compute: %w", err)
	}
	if text := strings.TrimSuffix(string(left), "\n"); text != "" {
		ids := strings.Split(text, "\n") // ids may hold spaces
		return c.RefreshNameWordsOf(ctx, ids)
	}
	return nil
}

// ReportHintedIndexes names the plain indexes of the schema that report queries hint (USING
// INDEX): kg import waits for them before it returns. Every other plain index is created
// after it, by ApplyDeferredIndexes. TestReportHintsAreAwaited checks the list against the
// report files.
func ReportHintedIndexes() []string {
	return []string{"entity_neighbours", "entity_type_neighbours", "name_word_size",
		"rel_vetoed_date", "rel_sanctioned_date", "rel_vetoed_undated", "rel_sanctioned_undated",
		"rel_visited_contested", "rel_met_with_contested", "rel_vetoed_contested", "rel_supplied_contested",
		"rel_supports_contested", "rel_condemned_contested", "rel_sanctioned_contested", "rel_attacked_contested",
		"rel_official_of_contested", "rel_member_of_contested", "rel_ally_of_contested", "rel_launched_contested",
		"rel_signed_contested", "rel_deployed_contested"}
}

// ApplyDeferredIndexes creates, in one transaction, the plain indexes ApplyImportedSchema
// leaves out: the server populates them in the background after the statement returns, and until each is online the planner does without it (queries are
// correct, some slower). They are the claims' doc_id, rel_key and type, the sentences' doc_id,
// the entities' name and type and the documents' published: on an imported graph of 1M
// claims and 1M sentences about 4M of the 8M entries of all indexes and constraints.
func (c *Client) ApplyDeferredIndexes(ctx context.Context) error {
	var deferred []SchemaStatement
	hinted := ReportHintedIndexes()
	for _, st := range Schema() {
		if st.Kind == "index" && !slices.Contains(hinted, st.Name) {
			deferred = append(deferred, st)
		}
	}
	return c.applyInOne(ctx, deferred)
}

// PopulatingIndexes names the indexes and constraints that are not online yet.
func (c *Client) PopulatingIndexes(ctx context.Context) ([]string, error) {
	recs, err := c.read(ctx, "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name ORDER BY name", nil)
	if err != nil {
		return nil, fmt.Errorf("listing the indexes not online: %w", c.wrapQueryErr(err))
	}
	var names []string
	for _, r := range recs {
		name, _ := r.Values[0].(string)
		names = append(names, name)
	}
	return names, nil
}

// importConstraintWorkers is how many constraints ApplyImportedSchema creates at once.
const importConstraintWorkers = 4

// applyInOne runs schema statements in one transaction.
func (c *Client) applyInOne(ctx context.Context, sts []SchemaStatement) error {
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(context.WithoutCancel(ctx))
	_, err := neo4j.ExecuteWrite(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		for _, st := range sts {
			res, err := tx.Run(ctx, st.Query, nil)
			if err == nil {
				_, err = res.Consume(ctx)
			}
			if err != nil {
				return struct{}{}, fmt.Errorf("%s %s: %w", st.Kind, st.Name, err)
			}
		}
		return struct{}{}, nil
	})
	if err != nil {
		return fmt.Errorf("applying the schema: %w", c.wrapQueryErr(err))
	}
	return nil
}

// applyOne runs a schema command in its own transaction (Neo4j does not mix schema and data
// writes, nor several schema commands with later reads) and reads its counters.
func (c *Client) applyOne(ctx context.Context, st SchemaStatement) (bool, error) {
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(context.WithoutCancel(ctx))
	return neo4j.ExecuteWrite(ctx, s, func(tx neo4j.ManagedTransaction) (bool, error) {
		res, err := tx.Run(ctx, st.Query, nil)
		if err != nil {
			return false, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return false, err
		}
		cnt := sum.Counters()
		return cnt.ConstraintsAdded()+cnt.IndexesAdded() > 0, nil
	})
}
