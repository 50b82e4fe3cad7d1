package export

import "encoding/json"

// JSON Lines: one object per line, entities first, then relations, then claims; "kind" says
// which, the other keys are those of Entity, Relation and Claim.

func writeJSONL(out *Output, g Graph, o WriteOptions) error {
	enc := json.NewEncoder(out.File(""))
	type entity struct {
		Kind string `json:"kind"`
		Entity
	}
	type relation struct {
		Kind string `json:"kind"`
		Relation
	}
	type claim struct {
		Kind string `json:"kind"`
		Claim
	}
	for _, e := range g.Entities {
		if err := enc.Encode(entity{"entity", e}); err != nil {
			return err
		}
	}
	for _, r := range g.Relations {
		if err := enc.Encode(relation{"relation", r}); err != nil {
			return err
		}
	}
	if !o.Claims {
		return nil
	}
	for _, c := range g.Claims {
		if err := enc.Encode(claim{"claim", c}); err != nil {
			return err
		}
	}
	return nil
}
