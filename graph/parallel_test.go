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

// Splitting a bucket keeps every row once and a relationship's claims in one part (its
// aggregates are computed from them together); aliases stay whole in the first part.
func TestSplitKeepsRelationshipsWhole(t *testing.T) {
	bk := newLinkBucket()
	for i := 0; i < 7; i++ {
		bk.mentions = append(bk.mentions, mentionRow{SentenceID: fmt.Sprintf("d#%d", i), EntityID: "state:A"})
		bk.rows++
	}
	bk.aliasEnts = []entityRow{{ID: "state:A"}, {ID: "state:B"}, {ID: "state:A"}}
	for k := 0; k < 5; k++ {
		key := fmt.Sprintf("state:A|CONDEMNED|state:%d", k)
		bk.refs[key] = relRef{Key: key, Type: "CONDEMNED", Src: "state:A", Dst: fmt.Sprint("state:", k)}
		for c := 0; c <= k; c++ {
			bk.own[key] = append(bk.own[key], claimFacts{ID: fmt.Sprint(key, c)})
		}
		bk.rows++
	}
	parts := bk.split(4)
	if len(parts) < 3 {
		t.Fatalf("%d parts, want at least 3", len(parts))
	}
	mentions, aliases := 0, 0
	claims := map[string]int{}
	for i, p := range parts {
		mentions += len(p.mentions)
		aliases += len(p.aliasEnts)
		if i > 0 && len(p.aliasEnts) > 0 {
			t.Errorf("part %d has aliases", i)
		}
		for k := range p.refs {
			if claims[k] > 0 {
				t.Errorf("relationship %s in two parts", k)
			}
			claims[k] += len(p.own[k])
		}
	}
	if mentions != 7 || aliases != 3 || len(claims) != 5 {
		t.Errorf("parts hold %d mentions, %d alias rows, %d relationships; want 7, 3, 5", mentions, aliases, len(claims))
	}
	for k, n := range claims {
		if n != len(bk.own[k]) {
			t.Errorf("%s: %d claims in its part, want %d", k, n, len(bk.own[k]))
		}
	}
}
