package extract

import (
	"context"
	"testing"
)

// documentContract fails t when a mention or a relation of doc names an entity the document
// does not list: the graph loader writes a mention's node from the entity list.
func documentContract(t *testing.T, text string, doc Document) {
	t.Helper()
	ids := map[string]bool{}
	for _, e := range doc.Entities {
		ids[e.ID] = true
	}
	for _, m := range doc.Mentions {
		if !ids[m.EntityID] {
			t.Errorf("%q: mention %q of entity %s, which the document does not list", text, m.Surface, m.EntityID)
		}
	}
	for _, r := range doc.Relations {
		if !ids[r.Src] || !ids[r.Dst] || r.Item != "" && !ids[r.Item] {
			t.Errorf("%q: %s relation %s -> %s of an entity the document does not list", text, r.Type, r.Src, r.Dst)
		}
	}
}

// TestR36NameInsideGroupDescription: a plural description dropped the body named inside it
// ("the three AES states" stands for the states listed before, the AES is named by nobody
// there), but a pronoun after it still took that body as its antecedent, leaving a mention
// of an entity the document no longer listed. Found by the fuzz seeds; the sentences are
// our own, in the same shape.
func TestR36NameInsideGroupDescription(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct{ text, notAntecedent string }{
		{"Ghana and Togo condemned the coup. The two ECOWAS states withdrew their ambassadors from Niamey.", "inst:ecowas"},
		{"Senegal, Ghana and Nigeria protested. All three ECOWAS countries said their envoys would stay home.", "inst:ecowas"},
		{"Mali, Burkina Faso and Niger left the bloc in January. The three AES states then closed their embassies in Abuja.", "inst:aes"},
	} {
		doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2025-03-01"}, tc.text)
		if err != nil {
			t.Fatal(err)
		}
		documentContract(t, tc.text, doc)
		for _, m := range doc.Mentions {
			if m.Coref && m.EntityID == tc.notAntecedent {
				t.Errorf("%q: %q resolved to %s, named only inside the group description", tc.text, m.Surface, m.EntityID)
			}
		}
	}
}
