package graph

import (
	"sort"
	"strings"
)

// addRolePeriods gives an OFFICIAL_OF relationship the period of each role its claims state,
// as parallel lists (Neo4j properties hold no maps): period_roles[i] (its key
// period_keys[i], extract's RoleKey, so "former Defence Minister" and "Defense Minister" are
// one post) was stated from period_first[i] to period_last[i] ("" when no claim of it is
// dated), and period_past[i] is true when a claim gives it as no longer held ("former",
// "then-"). The role shown is the alphabetically first form stated as current, else the first
// form. Periods are sorted by first date (undated last), then role.
func addRolePeriods(props map[string]any, claims []claimFacts) {
	type period struct {
		key, role, first, last string
		current                bool // role comes from a claim stating the post as current
		past                   bool
	}
	byKey := map[string]*period{}
	for _, c := range claims {
		if c.Role == "" {
			continue
		}
		key := c.RoleKey
		if key == "" {
			key = strings.ToLower(c.Role)
		}
		p := byKey[key]
		if p == nil {
			p = &period{key: key, role: c.Role, current: !c.Past}
			byKey[key] = p
		}
		if !c.Past && (!p.current || c.Role < p.role) || c.Past && !p.current && c.Role < p.role {
			p.role, p.current = c.Role, !c.Past
		}
		p.past = p.past || c.Past
		for _, d := range c.Dates {
			if p.first == "" || d < p.first {
				p.first = d
			}
			if d > p.last {
				p.last = d
			}
		}
	}
	list := make([]*period, 0, len(byKey))
	for _, p := range byKey {
		list = append(list, p)
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if (a.first == "") != (b.first == "") {
			return b.first == ""
		}
		if a.first != b.first {
			return a.first < b.first
		}
		return a.key < b.key
	})
	n := len(list)
	keys, roles, firsts, lasts, pasts := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]bool, n)
	for i, p := range list {
		keys[i], roles[i], firsts[i], lasts[i], pasts[i] = p.key, p.role, p.first, p.last, p.past
	}
	props["period_keys"], props["period_roles"], props["period_first"], props["period_last"], props["period_past"] = keys, roles, firsts, lasts, pasts
}
