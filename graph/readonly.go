package graph

import (
	"bufio"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// readOnlyPolicy is graph/readonly.txt: what a read-only statement may plan beyond plain
// graph reads. See that file for the format.
//
//go:embed readonly.txt
var readOnlyPolicyText string

// ErrNotReadOnly is returned (wrapped, with the reason) when a statement run read-only would
// do more than read the graph: load files or URLs, manage transactions or connections, or
// call a procedure that is not on the allow-list.
var ErrNotReadOnly = errors.New("the statement does more than read the graph")

type readOnlyPolicy struct {
	procedures map[string]bool // lower case: procedure names are case-insensitive
	operators  map[string]bool
}

// loadPolicy parses the embedded policy once; it never changes while the program runs.
var loadPolicy = sync.OnceValues(func() (readOnlyPolicy, error) {
	return parsePolicy(readOnlyPolicyText)
})

func parsePolicy(text string) (readOnlyPolicy, error) {
	p := readOnlyPolicy{procedures: map[string]bool{}, operators: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 2 {
			return p, fmt.Errorf("readonly.txt line %d: want KIND NAME", n)
		}
		switch fields[0] {
		case "procedure":
			p.procedures[strings.ToLower(fields[1])] = true
		case "operator":
			p.operators[fields[1]] = true
		default:
			return p, fmt.Errorf("readonly.txt line %d: unknown kind %q (want procedure or operator)", n, fields[0])
		}
	}
	return p, sc.Err()
}

// refusal says why one planned operator ("Operator details", as Explain gives them) is not
// allowed in a read-only statement, or "" when it is.
func (p readOnlyPolicy) refusal(op string) string {
	name, details, _ := strings.Cut(op, " ")
	if p.operators[name] {
		return ""
	}
	switch {
	case name == "LoadCSV":
		return "it loads a file or URL (LOAD CSV)"
	case name == "ProcedureCall":
		proc := strings.TrimSpace(details)
		if i := strings.IndexAny(proc, "( "); i >= 0 {
			proc = proc[:i]
		}
		if proc == "" {
			return "it calls a procedure the plan does not name"
		}
		if !p.procedures[strings.ToLower(proc)] {
			return fmt.Sprintf("it calls procedure %s, which is not on the read-only allow-list", proc)
		}
	case strings.HasPrefix(name, "Terminate"):
		return fmt.Sprintf("it manages the server (%s)", name)
	case strings.HasPrefix(name, "Show"):
		return fmt.Sprintf("it inspects the server beyond the graph's schema (%s)", name)
	case strings.Contains(name, "Administration") || strings.HasPrefix(name, "Assert"):
		return fmt.Sprintf("it is an administration command (%s)", name)
	}
	return ""
}

// CheckReadOnly plans query with EXPLAIN (nothing runs) and refuses it, with ErrNotReadOnly
// and the reason, when any operator of the plan is more than a graph read. The decision is
// the planner's, not a match on the statement's words, so comments, casing, string tricks
// and subqueries change nothing.
func (c *Client) CheckReadOnly(ctx context.Context, query string, params map[string]any) error {
	if c.readOnly.has(query) {
		return nil
	}
	policy, err := loadPolicy()
	if err != nil {
		return err
	}
	ops, err := c.Explain(ctx, query, params)
	if errors.Is(err, errNoPlan) {
		return fmt.Errorf("%w: the server gave no query plan to check (administration commands have none)", ErrNotReadOnly)
	}
	if err != nil {
		// The server could not plan it (a syntax error, an unknown procedure): that is the
		// statement's own error, reported as running it would.
		return err
	}
	for _, op := range ops {
		if why := policy.refusal(op); why != "" {
			return fmt.Errorf("%w: %s", ErrNotReadOnly, why)
		}
	}
	c.readOnly.add(query)
	return nil
}

// readOnlyCacheSize bounds the statements a client remembers as read-only; ad-hoc queries
// beyond it are checked every time.
const readOnlyCacheSize = 512

// readOnlyCache is the set of statement texts that passed CheckReadOnly; the zero value is
// empty and ready.
type readOnlyCache struct {
	mu sync.Mutex
	ok map[string]bool
}

func (r *readOnlyCache) has(query string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ok[query]
}

func (r *readOnlyCache) add(query string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ok == nil {
		r.ok = map[string]bool{}
	}
	if len(r.ok) < readOnlyCacheSize {
		r.ok[query] = true
	}
}
