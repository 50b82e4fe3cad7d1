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
	"strings"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-analytics/kg/cypher"
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
// on them) and the indexes that reports name in USING INDEX hints (hintedIndexes, derived from the report files: a
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
	constraints, indexes, _ := importSchema(c.hinted)
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

// Reading a schema statement's target and a query's index hints, both as
// "Label(prop, prop)" (the properties without their variable), the form a hint names them in.
var (
	schemaTarget = regexp.MustCompile(`FOR (?:\(\w+:(\w+)\)|\(\)-\[\w+:(\w+)\]-\(\)) (?:ON \(([^)]*)\)|REQUIRE (\S+) IS UNIQUE)`)
	indexHint    = regexp.MustCompile(`USING (?:INDEX|TEXT INDEX|RANGE INDEX|POINT INDEX) (?:SEEK )?\w+:(\w+)\(([^)]*)\)`)
	propVariable = regexp.MustCompile(`\w+\.|\s`)
)

// hintedIndexes names the plain indexes of the schema that the queries hint (USING INDEX): a
// hint on an index that is not online fails the query, so kg import waits for these and
// defers only the others (ApplyImportedSchema, ApplyDeferredIndexes). They are derived from
// the report files rather than kept in a list beside them, so a report that gains a hint
// cannot leave its index deferred. A hint that names no index or constraint of the schema
// is an error.
func hintedIndexes(schema []SchemaStatement, queries []string) (map[string]bool, error) {
	byTarget := map[string]SchemaStatement{}
	for _, st := range schema {
		m := schemaTarget.FindStringSubmatch(st.Query)
		if m == nil {
			return nil, fmt.Errorf("schema %s %s: cannot read what it indexes", st.Kind, st.Name)
		}
		byTarget[m[1]+m[2]+"("+propVariable.ReplaceAllString(m[3]+m[4], "")+")"] = st
	}
	hinted := map[string]bool{}
	for _, q := range queries {
		for _, m := range indexHint.FindAllStringSubmatch(q, -1) {
			st, ok := byTarget[m[1]+"("+propVariable.ReplaceAllString(m[2], "")+")"]
			if !ok {
				return nil, fmt.Errorf("a report hints %s, which no index or constraint of the schema covers", strings.TrimPrefix(m[0], "USING "))
			}
			if st.Kind == "index" {
				hinted[st.Name] = true
			}
		}
	}
	return hinted, nil
}

// reportHintedIndexes is hintedIndexes of the embedded schema and report files, read once by
// Open.
func reportHintedIndexes() (map[string]bool, error) {
	cat, err := cypher.Reports()
	if err != nil {
		return nil, fmt.Errorf("reading the embedded reports: %w", err)
	}
	var queries []string
	for _, r := range cat.All() {
		queries = append(queries, r.Query)
	}
	return hintedIndexes(Schema(), queries)
}

// importSchema splits the schema for an imported database: the constraints, the plain
// indexes in hinted (awaited with them) and the other plain indexes (deferred).
func importSchema(hinted map[string]bool) (constraints, awaited, deferred []SchemaStatement) {
	for _, st := range Schema() {
		switch {
		case st.Kind == "constraint":
			constraints = append(constraints, st)
		case hinted[st.Name]:
			awaited = append(awaited, st)
		default:
			deferred = append(deferred, st)
		}
	}
	return constraints, awaited, deferred
}

// ApplyDeferredIndexes creates, in one transaction, the plain indexes ApplyImportedSchema
// leaves out: the server populates them in the background after the statement returns, and until each is online the planner does without it (queries are
// correct, some slower). They are the claims' doc_id, rel_key and type, the sentences' doc_id,
// the entities' name and type and the documents' published: on an imported graph of 1M
// claims and 1M sentences about 4M of the 8M entries of all indexes and constraints.
func (c *Client) ApplyDeferredIndexes(ctx context.Context) error {
	_, _, deferred := importSchema(c.hinted)
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
		name, _, err := neo4j.GetRecordValue[string](r, "name")
		if err != nil {
			return nil, fmt.Errorf("listing the indexes not online: %w", err)
		}
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
