package graph

import (
	"fmt"
	"testing"
)

// Every bucket of groups (g, h), g <= h, comes up exactly once, and no two buckets of one
// round share a group: that is what keeps concurrent transactions off each other's entities.
func TestRoundsCoverBucketsDisjointly(t *testing.T) {
	for _, groups := range []int{2, 4, 6, 8} {
		t.Run(fmt.Sprint(groups), func(t *testing.T) {
			seen := map[[2]int]int{}
			for i, round := range rounds(groups) {
				used := map[int]bool{}
				for _, b := range round {
					if b[0] > b[1] {
						t.Errorf("round %d: bucket %v not ordered", i, b)
					}
					seen[b]++
					for _, g := range distinctInts(b[0], b[1]) {
						if used[g] {
							t.Errorf("round %d: group %d in two buckets: %v", i, g, round)
						}
						used[g] = true
					}
				}
			}
			for a := 0; a < groups; a++ {
				for b := a; b < groups; b++ {
					if seen[[2]int{a, b}] != 1 {
						t.Errorf("bucket (%d, %d) comes up %d times, want once", a, b, seen[[2]int{a, b}])
					}
				}
			}
			if len(seen) != groups*(groups+1)/2 {
				t.Errorf("%d buckets, want %d", len(seen), groups*(groups+1)/2)
			}
		})
	}
}

func distinctInts(a, b int) []int {
	if a == b {
		return []int{a}
	}
	return []int{a, b}
}

// A hub gets a group to itself when it outweighs the rest; the grouping depends only on the
// window's content.
func TestWeighPutsHubsApart(t *testing.T) {
	doc := docPlan{id: "d"}
	for i := 0; i < 10; i++ {
		doc.claims = append(doc.claims, claimRow{Src: fmt.Sprintf("person:p%d", i), Dst: "state:USA"})
	}
	w := window{docs: []docPlan{doc}}
	g := weigh(w, 4)
	for i := 0; i < 10; i++ {
		if p := fmt.Sprintf("person:p%d", i); g[p] == g["state:USA"] {
			t.Errorf("%s shares the hub's group %d", p, g[p])
		}
	}
	if again := weigh(w, 4); fmt.Sprint(again) != fmt.Sprint(g) {
		t.Errorf("grouping changed between runs: %v vs %v", g, again)
	}
}
