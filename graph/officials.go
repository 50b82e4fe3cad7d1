package graph

import (
	"sort"
	"strings"
)

// addRolePeriods gives an OFFICIAL_OF relationship the period of each role its claims state,
// as parallel lists (Neo4j properties hold no maps): period_roles[i] was stated from
// period_first[i] to period_last[i] ("" when no claim of it is dated), and period_past[i]
// is true when a claim gives it as no longer held ("former", "then-"). Roles that differ
// only in case or in that prefix are one role. Periods are sorted by first date (undated
// last), then role.
func addRolePeriods(props map[string]any, claims []claimFacts) {
	type period struct {
		role, first, last string
		past              bool
	}
	byKey := map[string]*period{}
	for _, c := range claims {
		if c.Role == "" {
			continue
		}
		bare, _ := bareRole(c.Role)
		key := strings.ToLower(bare)
		p := byKey[key]
		if p == nil {
			p = &period{role: bare}
			byKey[key] = p
		}
		if bare < p.role {
			p.role = bare // the same form whatever order claims come in
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
		return a.role < b.role
	})
	roles, firsts, lasts := make([]string, len(list)), make([]string, len(list)), make([]string, len(list))
	pasts := make([]bool, len(list))
	for i, p := range list {
		roles[i], firsts[i], lasts[i], pasts[i] = p.role, p.first, p.last, p.past
	}
	props["period_roles"], props["period_first"], props["period_last"], props["period_past"] = roles, firsts, lasts, pasts
}

// bareRole strips the prefix that marks a role as past.
func bareRole(role string) (string, bool) {
	l := strings.ToLower(role)
	for _, p := range []string{"former ", "then-", "ex-"} {
		if strings.HasPrefix(l, p) {
			return strings.TrimSpace(role[len(p):]), true
		}
	}
	return role, false
}
