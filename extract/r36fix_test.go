package extract

import (
	"context"
	"testing"
)

// TestR36CarriedPronounTarget: a pronoun subject that resolves to a pronoun of the sentence
// before ("whom she described as ... . She denounced the plan to buy ...") is a mention outside
// the sentence; testing its words against the sentence's word classes indexed before the
// sentence and panicked. The sentences are our own, in the shape of a spokesperson's briefing.
func TestR36CarriedPronounTarget(t *testing.T) {
	x := newTestExtractor(t)
	text := `At a briefing in Lima on Monday, Carla Ruiz, spokesperson for the Foreign Ministry of Peru, said that Lai, whom she described as "a danger to the region", bore full responsibility for the crisis. She denounced the Lai authorities' plan to raise the island's arms budget and to buy more weapons from the United States, including HIMARS launchers.`
	if _, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2025-04-02"}, text); err != nil {
		t.Fatal(err)
	}
}
