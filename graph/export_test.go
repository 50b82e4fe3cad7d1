package graph

import (
	"context"
	"fmt"
	"reflect"
	"sort"
)

// ErrInjected is the error of a transaction failed by FailAfter.
var ErrInjected = errInjected

// FailAfter makes a document's transaction fail after n statements, to prove that a document
// failing half-way leaves nothing of itself behind.
func FailAfter(n int) WriteOptions { return WriteOptions{failAfter: n} }

// Statements returns the writer's statements by name (queries/<name>.cypher), for tests in
// package graph_test that plan them against a real server.
func Statements() map[string]string {
	q, err := loadQueries()
	if err != nil {
		panic(err)
	}
	return q
}

// AggregateMismatches recomputes every typed relationship's properties from all the claims
// behind it, as a build from scratch would, and returns one line per relationship whose
// stored properties differ, per relationship missing for claims, and per relationship left
// without claims. Whatever order and batches documents were written in, and however the
// writer updated aggregates (incrementally or in full), the result must be empty.
func AggregateMismatches(ctx context.Context, c *Client) ([]string, error) {
	claims, err := c.Read(ctx, `MATCH (c:Claim) RETURN c.rel_key AS key, c.type AS type, c.src AS src, c.dst AS dst,
		c.id AS id, c.item AS item, c.role AS role, c.polarity AS polarity, c.modality AS modality,
		c.sentence_id AS sentence_id, c.doc_id AS doc_id, c.dates AS dates, c.past AS past, c.role_key AS role_key`, nil)
	if err != nil {
		return nil, err
	}
	refs := map[string]relRef{}
	byKey := map[string][]claimFacts{}
	for _, r := range claims {
		k := str(r, "key")
		refs[k] = relRef{Key: k, Type: str(r, "type"), Src: str(r, "src"), Dst: str(r, "dst")}
		f := claimFacts{ID: str(r, "id"), Item: str(r, "item"), Role: str(r, "role"), Polarity: str(r, "polarity"),
			Modality: str(r, "modality"), SentenceID: str(r, "sentence_id"), DocID: str(r, "doc_id"), RoleKey: str(r, "role_key")}
		dates, _ := r.Get("dates")
		f.Dates = toStrings(dates)
		past, _ := r.Get("past")
		f.Past, _ = past.(bool)
		byKey[k] = append(byKey[k], f)
	}
	rels, err := c.Read(ctx, `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.key IS NOT NULL
		RETURN r.key AS key, type(r) AS type, a.id AS src, b.id AS dst, properties(r) AS props`, nil)
	if err != nil {
		return nil, err
	}
	var out []string
	seen := map[string]bool{}
	for _, r := range rels {
		k := str(r, "key")
		seen[k] = true
		ref, ok := refs[k]
		if !ok {
			out = append(out, "no claims behind "+k)
			continue
		}
		if ref.Type != str(r, "type") || ref.Src != str(r, "src") || ref.Dst != str(r, "dst") {
			out = append(out, fmt.Sprintf("%s: stored as %s-[%s]->%s", k, str(r, "src"), str(r, "type"), str(r, "dst")))
		}
		props, _ := r.Get("props")
		want := driverForm(aggregate(ref, byKey[k]))
		if !reflect.DeepEqual(props, want) {
			out = append(out, fmt.Sprintf("%s:\n  stored     %v\n  recomputed %v", k, props, want))
		}
	}
	for k := range refs {
		if !seen[k] {
			out = append(out, "no relationship for the claims of "+k)
		}
	}
	sort.Strings(out)
	return out, nil
}
