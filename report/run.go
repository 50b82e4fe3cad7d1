// Package report runs kg's canned Cypher reports (package cypher) and ad-hoc queries against
// the graph and renders their results as a table, CSV, JSON or Markdown.
package report

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/kg-analytics/kg/cypher"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/identity"
)

// Querier runs one query; *graph.Client is the implementation. write=false must run it
// read-only.
type Querier interface {
	Query(ctx context.Context, query string, params map[string]any, write bool) (graph.Rows, error)
	ResolveAlias(ctx context.Context, name string) (graph.Resolved, error)
}

// Table is a result ready for formatting: column names and rows of plain values.
type Table struct {
	Columns []string
	Rows    [][]any
}

func tableOf(rows graph.Rows) Table {
	t := Table{Columns: rows.Keys, Rows: make([][]any, len(rows.Rows))}
	for i, rec := range rows.Rows {
		row := make([]any, len(rec))
		for j, v := range rec {
			row[j] = plain(v)
		}
		t.Rows[i] = row
	}
	return t
}

// Run executes report r read-only with params (already bound by r.Bind). Entity params are
// normalised to alias keys (identity.AliasKey) and resolved before the report runs (graph's
// ResolveAlias, one index seek each): a name must name exactly one entity. One that names
// nothing, or several (extraction stores a body's bare name, "Ministry of National Defence",
// as an alias of each state's body, and the report would otherwise cover them all), is an
// error that says so and, for several, lists them with how to pick one by id (an entity's
// id is an alias of it alone). The reports still take any alias, so that they also run
// pasted into Browser.
func Run(ctx context.Context, q Querier, r cypher.Report, params map[string]any) (Table, error) {
	sent := make(map[string]any, len(params))
	for k, v := range params {
		sent[k] = v
	}
	for _, p := range r.Params {
		if p.Type != cypher.TypeEntity {
			continue
		}
		v, _ := params[p.Name].(string)
		if strings.TrimSpace(v) == "" {
			continue
		}
		if err := checkEntity(ctx, q, r.Name, p.Name, v); err != nil {
			return Table{}, err
		}
		// The reports lower-case and drop dots themselves (so pasted Cypher works in
		// Browser); collapsing white space is simpler here than in Cypher.
		sent[p.Name] = identity.AliasKey(v)
	}
	rows, err := q.Query(ctx, r.Query, sent, false)
	if err != nil {
		return Table{}, fmt.Errorf("running report %s: %w", r.Name, err)
	}
	t := tableOf(rows)
	if err := nameEntities(ctx, q, t); err != nil {
		return Table{}, fmt.Errorf("report %s: %w", r.Name, err)
	}
	return t, nil
}

// entityIDRe is the shape of an entity id ("weapon:spy-satellite", "state:PRK"): a lower-case
// type prefix, a colon and no space.
var entityIDRe = regexp.MustCompile(`^[a-z]+:\S+$`)

// nameEntities replaces entity ids in t's cells (such as a relationship's items) by the
// entities' names, so that every report shows names the way transfers does, whatever its
// Cypher returns. Only strings that are ids of entities in the graph change; columns whose
// name says they hold ids are left as they are.
func nameEntities(ctx context.Context, q Querier, t Table) error {
	var ids []any
	seen := map[string]bool{}
	visit := func(v any, f func(s string) any) any {
		switch x := v.(type) {
		case string:
			return f(x)
		case []any:
			for i, e := range x {
				if s, ok := e.(string); ok {
					x[i] = f(s)
				}
			}
		}
		return v
	}
	idColumn := func(c string) bool { return c == "id" || strings.HasSuffix(c, "_id") || strings.HasSuffix(c, "ids") }
	collect := func(s string) any {
		if entityIDRe.MatchString(s) && !seen[s] {
			seen[s] = true
			ids = append(ids, s)
		}
		return s
	}
	for _, row := range t.Rows {
		for i, v := range row {
			if !idColumn(t.Columns[i]) {
				visit(v, collect)
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	rows, err := q.Query(ctx, `MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.name AS name`,
		map[string]any{"ids": ids}, false)
	if err != nil {
		return fmt.Errorf("looking up the names of %d entities: %w", len(ids), err)
	}
	names := make(map[string]string, len(rows.Rows))
	for _, rec := range rows.Rows {
		id, _ := rec[0].(string)
		name, _ := rec[1].(string)
		if name != "" {
			names[id] = name
		}
	}
	rename := func(s string) any {
		if n, ok := names[s]; ok {
			return n
		}
		return s
	}
	for _, row := range t.Rows {
		for i, v := range row {
			if !idColumn(t.Columns[i]) {
				row[i] = visit(v, rename)
			}
		}
	}
	return nil
}

// Query runs an ad-hoc statement; read-only unless write is set.
func Query(ctx context.Context, q Querier, query string, params map[string]any, write bool) (Table, error) {
	rows, err := q.Query(ctx, query, params, write)
	if err != nil {
		return Table{}, err
	}
	return tableOf(rows), nil
}

// checkEntity: the entity param's alias names exactly one entity; otherwise a one-line
// error naming none's suggestions or the several's ids and names.
func checkEntity(ctx context.Context, q Querier, report, param, alias string) error {
	res, err := q.ResolveAlias(ctx, alias)
	if err != nil {
		return fmt.Errorf("report %s: --param %s: %w", report, param, err)
	}
	if res.ID != "" {
		return nil
	}
	if len(res.Candidates) > 0 {
		list := make([]string, len(res.Candidates))
		for i, c := range res.Candidates {
			list[i] = fmt.Sprintf("%s (%s)", c.ID, c.Name)
		}
		n := fmt.Sprint(len(res.Candidates))
		if res.More {
			n = "more than " + n
		}
		return fmt.Errorf("report %s: --param %s=%q names %s entities: %s; pick one by id, e.g. --param %s=%s",
			report, param, alias, n, strings.Join(list, ", "), param, res.Candidates[0].ID)
	}
	hint := ""
	if len(res.Suggestions) > 0 {
		hint = "; did you mean " + strings.Join(res.Suggestions, ", ") + "?"
	}
	return fmt.Errorf("report %s: --param %s=%q matches no entity in the graph%s", report, param, alias, hint)
}
