package graph

import (
	"context"
	"fmt"

	"github.com/kg-analytics/kg/identity"
)

// Resolved is what ResolveAlias found for a name: the one entity it names (ID and Name),
// or, when it names several, every one of them as Candidates (ID empty), or, when it names
// none, the names of entities whose aliases start like it as Suggestions.
type Resolved struct {
	ID          string
	Name        string
	Candidates  []Candidate
	More        bool // the name names more entities than Candidates lists
	Suggestions []string
}

// Candidate is one of the entities an ambiguous name names.
type Candidate struct {
	ID, Name string
}

// maxCandidates caps the entities listed for an ambiguous name: enough to pick from.
const maxCandidates = 10

// ResolveAlias looks a name, id or surface form up through the Alias nodes (normalised by
// identity.AliasKey, as the writer stores them), read-only. The one place Go code resolves
// an alias; reports do it in their own Cypher so that they also run pasted into Browser.
// An entity's id is one of its aliases and names only it, so a candidate is picked by id.
func (c *Client) ResolveAlias(ctx context.Context, name string) (Resolved, error) {
	key := identity.AliasKey(name)
	recs, err := c.readNamed(ctx, "resolve_alias", map[string]any{"key": key, "limit": maxCandidates + 1})
	if err != nil {
		return Resolved{}, fmt.Errorf("looking up %q: %w", name, c.wrapQueryErr(err))
	}
	switch {
	case len(recs) == 1:
		return Resolved{ID: str(recs[0], "id"), Name: str(recs[0], "name")}, nil
	case len(recs) > 1:
		out := Resolved{More: len(recs) > maxCandidates}
		for _, rec := range recs[:min(len(recs), maxCandidates)] {
			out.Candidates = append(out.Candidates, Candidate{ID: str(rec, "id"), Name: str(rec, "name")})
		}
		return out, nil
	}
	prefix := key
	if r := []rune(key); len(r) > 3 {
		prefix = string(r[:3])
	}
	recs, err = c.readNamed(ctx, "alias_suggestions", map[string]any{"prefix": prefix})
	if err != nil {
		return Resolved{}, fmt.Errorf("suggesting names for %q: %w", name, c.wrapQueryErr(err))
	}
	var out Resolved
	for _, rec := range recs {
		out.Suggestions = append(out.Suggestions, str(rec, "name"))
	}
	return out, nil
}
