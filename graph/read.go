package graph

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ErrWriteInReadMode is returned (wrapped) when a query run read-only tries to change the
// graph; the server refuses it because the session was opened in read access mode.
var ErrWriteInReadMode = errors.New("the query writes to the graph but was run read-only")

// Query runs one query in a managed transaction and collects its result. write=false first
// checks the statement's plan (CheckReadOnly: no LOAD CSV, no transaction or connection
// management, only allow-listed procedures), then opens a read-access session and a read
// transaction, so the server itself rejects any write; that is how reports and `kg query`
// stay read-only whatever their text says.
func (c *Client) Query(ctx context.Context, query string, params map[string]any, write bool) (Rows, error) {
	mode := neo4j.AccessModeRead
	if write {
		mode = neo4j.AccessModeWrite
	} else if err := c.CheckReadOnly(ctx, query, params); err != nil {
		return Rows{}, err
	}
	s := c.session(ctx, mode)
	defer s.Close(context.WithoutCancel(ctx))
	work := func(tx neo4j.ManagedTransaction) (Rows, error) {
		res, err := tx.Run(ctx, query, params)
		if err != nil {
			return Rows{}, err
		}
		keys, err := res.Keys()
		if err != nil {
			return Rows{}, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return Rows{}, err
		}
		return rowsOf(keys, recs), nil
	}
	var rows Rows
	var err error
	if write {
		rows, err = neo4j.ExecuteWrite(ctx, s, work)
	} else {
		rows, err = neo4j.ExecuteRead(ctx, s, work)
	}
	if err != nil {
		var nerr *neo4j.Neo4jError
		if errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Statement.AccessMode" {
			return Rows{}, fmt.Errorf("%w (server: %s)", ErrWriteInReadMode, firstLine(nerr.Msg))
		}
		return Rows{}, c.wrapQueryErr(err)
	}
	return rows, nil
}

// errNoPlan is Explain's error when the server gives no operator tree (administration
// commands such as SHOW USERS have none).
var errNoPlan = errors.New("the server gave no readable plan")

// Explain asks the planner for the plan of query without running it and returns one line
// per operator, "Operator details" (e.g. "NodeUniqueIndexSeek UNIQUE a:Alias(key) WHERE
// key = ..."), top down, so tests can check that an entity lookup is an index seek and not
// an AllNodesScan.
func (c *Client) Explain(ctx context.Context, query string, params map[string]any) ([]string, error) {
	s := c.session(ctx, neo4j.AccessModeRead)
	defer s.Close(context.WithoutCancel(ctx))
	ops, err := neo4j.ExecuteRead(ctx, s, func(tx neo4j.ManagedTransaction) ([]string, error) {
		res, err := tx.Run(ctx, "EXPLAIN "+query, params)
		if err != nil {
			return nil, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return nil, err
		}
		if sum.Plan() == nil {
			return nil, errNoPlan
		}
		// The server's own rendering of the whole tree is the reliable source: the driver's
		// Plan.Children (v5.28) returns the last child for every child of a branching operator.
		if text, ok := sum.Plan().Arguments()["string-representation"].(string); ok {
			if ops := planOperators(text); len(ops) > 0 {
				return ops, nil
			}
		}
		return nil, errNoPlan
	})
	if err != nil {
		if errors.Is(err, errNoPlan) {
			return nil, err
		}
		return nil, c.wrapQueryErr(err)
	}
	return ops, nil
}

// Profile runs query read-only under PROFILE, discarding its rows, and returns the server's
// rendering of the profiled plan (operators with their rows, db hits and memory) and the
// total db hits: what a report costs the server, independent of the machine's load.
func (c *Client) Profile(ctx context.Context, query string, params map[string]any) (string, int64, error) {
	s := c.session(ctx, neo4j.AccessModeRead)
	defer s.Close(context.WithoutCancel(ctx))
	type result struct {
		text string
		hits int64
	}
	r, err := neo4j.ExecuteRead(ctx, s, func(tx neo4j.ManagedTransaction) (result, error) {
		res, err := tx.Run(ctx, "PROFILE "+query, params)
		if err != nil {
			return result{}, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return result{}, err
		}
		p := sum.Profile()
		if p == nil {
			return result{}, errNoPlan
		}
		text, _ := p.Arguments()["string-representation"].(string)
		return result{text: text, hits: totalDBHits(text)}, nil
	})
	if err != nil {
		return "", 0, c.wrapQueryErr(err)
	}
	return r.text, r.hits, nil
}

// totalAccesses is the line under a profiled plan table that sums its "DB Hits" column.
var totalAccesses = regexp.MustCompile(`Total database accesses: (\d+)`)

// totalDBHits reads the total db hits of a profiled plan's text (the driver's plan tree
// loses children of branching operators, see Explain); 0 when the text has none.
func totalDBHits(text string) int64 {
	m := totalAccesses.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	n, _ := strconv.ParseInt(m[1], 10, 64)
	return n
}

// planRow matches an operator row of the plan table: "| | +NodeIndexSeek | 7 | details |".
var planRow = regexp.MustCompile(`^[|\s]*\+([A-Za-z][A-Za-z()]*)\s*\|\s*\d+\s*\|([^|]*)\|`)

// planOperators extracts "Operator details" lines from a textual plan table.
func planOperators(text string) []string {
	var ops []string
	for _, line := range strings.Split(text, "\n") {
		if m := planRow.FindStringSubmatch(line); m != nil {
			ops = append(ops, strings.TrimSpace(m[1]+" "+strings.TrimSpace(m[2])))
		}
	}
	return ops
}

// PlanScans returns what is wrong with a report's plan (operators as Explain gives them): a
// scan of all nodes or all relationships, or of Alias nodes, in any report, and for a
// whole-graph report also a scan of every node of a label (NodeByLabelScan and its union,
// intersection and subtraction forms) or every relationship of a type
// (Directed/UndirectedRelationshipTypeScan): those reports must read indexes in order and
// stop at their limit, or their latency grows with the graph.
func PlanScans(ops []string, wholeGraph bool) []string {
	var bad []string
	for _, op := range ops {
		name, _, _ := strings.Cut(op, " ")
		switch {
		case strings.Contains(name, "AllNodesScan"):
			bad = append(bad, "scans all nodes: "+op)
		case strings.Contains(name, "AllRelationshipsScan"):
			bad = append(bad, "scans all relationships: "+op)
		case strings.Contains(op, ":Alias") && strings.Contains(name, "Scan"):
			bad = append(bad, "scans aliases: "+op)
		case wholeGraph && (strings.HasSuffix(name, "LabelScan") || strings.HasSuffix(name, "LabelsScan") ||
			strings.HasSuffix(name, "RelationshipTypeScan")):
			bad = append(bad, "scans a whole label or type: "+op)
		}
	}
	return bad
}
