// Package report runs kg's canned Cypher reports (package cypher) and ad-hoc queries against
// the graph and renders their results as a table, CSV, JSON or Markdown.
package report

import (
	"context"
	"fmt"
	"strings"

	"github.com/kg-analytics/kg/cypher"
	"github.com/kg-analytics/kg/graph"
)

// Querier runs one query; *graph.Client is the implementation. write=false must run it
// read-only.
type Querier interface {
	Query(ctx context.Context, query string, params map[string]any, write bool) (graph.Rows, error)
}

// Table is a result ready for formatting: column names and rows of plain values.
type Table struct {
	Columns []string
	Rows    [][]any
}

func tableOf(rows graph.Rows) Table {
	t := Table{Columns: rows.Keys, Rows: make([][]any, len(rows.Records))}
	for i, rec := range rows.Records {
		row := make([]any, len(rec.Values))
		for j, v := range rec.Values {
			row[j] = plain(v)
		}
		t.Rows[i] = row
	}
	return t
}

// Run executes report r read-only with params (already bound by r.Bind). Entity params are
// checked first, so an alias that names nothing is an error rather than an empty report.
func Run(ctx context.Context, q Querier, r cypher.Report, params map[string]any) (Table, error) {
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
	}
	rows, err := q.Query(ctx, r.Query, params, false)
	if err != nil {
		return Table{}, fmt.Errorf("running report %s: %w", r.Name, err)
	}
	return tableOf(rows), nil
}

// Query runs an ad-hoc statement; read-only unless write is set.
func Query(ctx context.Context, q Querier, query string, params map[string]any, write bool) (Table, error) {
	rows, err := q.Query(ctx, query, params, write)
	if err != nil {
		return Table{}, err
	}
	return tableOf(rows), nil
}

// aliasKeyExpr normalises $alias the way the reports do (lower case, no dots, single
// spaces), so that the check agrees with the report on what matches.
const aliasKeyExpr = `reduce(acc = '', w IN split(toLower(replace(trim($alias), '.', '')), ' ') |
  CASE WHEN w = '' THEN acc WHEN acc = '' THEN w ELSE acc + ' ' + w END)`

func checkEntity(ctx context.Context, q Querier, report, param, alias string) error {
	rows, err := q.Query(ctx, `WITH `+aliasKeyExpr+` AS key
MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity) RETURN e.id LIMIT 1`, map[string]any{"alias": alias}, false)
	if err != nil {
		return fmt.Errorf("report %s: looking up --param %s=%q: %w", report, param, alias, err)
	}
	if len(rows.Records) > 0 {
		return nil
	}
	// Suggest aliases sharing the first few characters; STARTS WITH is an index seek on
	// Alias.key, so this stays cheap on a large graph.
	rows, err = q.Query(ctx, `WITH `+aliasKeyExpr+` AS key
WITH left(key, 3) AS prefix WHERE size(prefix) > 0
MATCH (a:Alias)-[:ALIAS_OF]->(e:Entity) WHERE a.key STARTS WITH prefix
RETURN DISTINCT e.name AS name ORDER BY name LIMIT 8`, map[string]any{"alias": alias}, false)
	hint := ""
	if err == nil && len(rows.Records) > 0 {
		names := make([]string, len(rows.Records))
		for i, rec := range rows.Records {
			names[i] = fmt.Sprint(rec.Values[0])
		}
		hint = "; did you mean " + strings.Join(names, ", ") + "?"
	}
	return fmt.Errorf("report %s: --param %s=%q matches no entity in the graph%s", report, param, alias, hint)
}
