package graph

import (
	"context"
	"fmt"

	"github.com/kg-analytics/kg/identity"
)

// Resolved is what ResolveAlias found for a name: the entity's id, or none and the names
// of entities whose aliases start like it.
type Resolved struct {
	ID          string
	Suggestions []string
}

// ResolveAlias looks a name, id or surface form up through the Alias nodes (normalised by
// identity.AliasKey, as the writer stores them), read-only. The one place Go code resolves
// an alias; reports do it in their own Cypher so that they also run pasted into Browser.
func (c *Client) ResolveAlias(ctx context.Context, name string) (Resolved, error) {
	key := identity.AliasKey(name)
	recs, err := c.readNamed(ctx, "resolve_alias", map[string]any{"key": key})
	if err != nil {
		return Resolved{}, fmt.Errorf("looking up %q: %w", name, c.wrapQueryErr(err))
	}
	if len(recs) > 0 {
		return Resolved{ID: str(recs[0], "id")}, nil
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
