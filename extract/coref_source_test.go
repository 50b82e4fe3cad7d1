package extract

import (
	"context"
	"testing"
)

// TestSourceIsNoPronounAntecedent: a body named as the source of what is said ("spoke to the
// Financial Times", "according to a report by the Financial Times") is no antecedent of a
// later pronoun; a description may still name it, an actor body stays one, and a body that
// reports its own act stays the pronoun's antecedent. Sentences of our own.
func TestSourceIsNoPronounAntecedent(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct {
		name, text, anaphor string
		want, not           string // the anaphor's entity must be want ("" for any), never not
	}{
		{"a quote given to a newspaper",
			"Ivan Horak, a Czech analyst, spoke to the Financial Times about the shipments: \u201cThey did send shells to the front.\u201d",
			"They", "", "inst:financial-times"},
		{"a newspaper told",
			"Ivan Horak told the Financial Times that they had sent more shells than before.",
			"they", "", "inst:financial-times"},
		{"according to a report by a newspaper",
			"According to a report by the Financial Times, the shipments went on in May. They were paid in oil.",
			"They", "", "inst:financial-times"},
		{"an actor body stays the antecedent",
			"The Houthis fired two missiles at a tanker on Monday. They struck a second ship on Tuesday.",
			"They", "inst:houthis", ""},
		{"a body that reports its own act",
			"Japan's Ministry of Defense reported that it had scrambled fighter jets on Monday.",
			"it", "inst:japan-defense-ministry", ""},
		{"a description still names the source",
			"According to the Institute for the Study of War, a research group in Washington, Russian forces fired drones at Kharkiv. The group said more strikes were likely.",
			"The group", "inst:institute-for-the-study-of-war", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2024-06-01"}, tc.text)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range doc.Mentions {
				if m.Coref && m.Surface == tc.anaphor {
					got = append(got, m.EntityID)
				}
			}
			if tc.want != "" && (len(got) != 1 || got[0] != tc.want) {
				t.Errorf("%q resolves to %v, want %s", tc.anaphor, got, tc.want)
			}
			for _, g := range got {
				if g == tc.not {
					t.Errorf("%q resolves to %s, the source of the claim", tc.anaphor, g)
				}
			}
		})
	}
}
