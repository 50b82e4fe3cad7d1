package graph

import (
	"reflect"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Whole nodes and relationships of kg's model read back with [] for the lists kg stores as no
// property when empty, so a report returning them (paths) shows what it showed when kg
// stored []; other labels and types, and lists that are present, are left as they are.
func TestPlainValueFillsEmptyLists(t *testing.T) {
	for _, c := range []struct {
		name string
		in   any
		want map[string]any
	}{
		{"typed relationship", neo4j.Relationship{Type: "MET_WITH", Props: map[string]any{"key": "k", "claim_ids": []any{"c"}}},
			map[string]any{"key": "k", "claim_ids": []any{"c"}, "dates": []any{}, "items": []any{}, "roles": []any{},
				"polarities": []any{}, "modalities": []any{}, "sentence_ids": []any{}, "doc_ids": []any{}}},
		{"OFFICIAL_OF", neo4j.Relationship{Type: "OFFICIAL_OF", Props: map[string]any{"roles": []any{"minister"}}},
			map[string]any{"roles": []any{"minister"}, "dates": []any{}, "items": []any{}, "polarities": []any{},
				"modalities": []any{}, "sentence_ids": []any{}, "doc_ids": []any{}, "claim_ids": []any{},
				"period_keys": []any{}, "period_roles": []any{}, "period_first": []any{}, "period_last": []any{}, "period_past": []any{}}},
		{"other relationship", neo4j.Relationship{Type: "MENTIONS", Props: map[string]any{"surface": "x"}},
			map[string]any{"surface": "x"}},
		{"entity", neo4j.Node{Labels: []string{"State", "Entity"}, Props: map[string]any{"id": "state:x"}},
			map[string]any{"id": "state:x", "aliases": []any{}}},
		{"claim", neo4j.Node{Labels: []string{"Claim"}, Props: map[string]any{"dates": []any{"2024"}}},
			map[string]any{"dates": []any{"2024"}}},
		{"sentence", neo4j.Node{Labels: []string{"Sentence"}, Props: map[string]any{"text": "t"}},
			map[string]any{"text": "t"}},
	} {
		var got map[string]any
		switch v := plainValue(c.in).(type) {
		case Rel:
			got = v.Properties
		case Node:
			got = v.Properties
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
