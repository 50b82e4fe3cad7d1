package extract

import (
	"context"
	"testing"
)

// TestAnaphorOfUnnamedEntity: a plural anaphor may resolve to a state the document only
// implies through a title ("Secretary of State" of the United States, never named); every
// mention kg returns must still name an entity of the document (the fuzz contract).
func TestAnaphorOfUnnamedEntity(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"JAKARTA — Secretary of State Antony Blinken met with Chinese Foreign Minister Wang Yi today, the first face-to-face talks between the two nations' top diplomats in a year.",
		"Defense Secretary Lloyd Austin spoke by phone with Chinese Defense Minister Dong Jun on Tuesday. The two countries agreed to keep military channels open.",
	} {
		doc, err := x.Extract(context.Background(), Meta{ID: "t"}, text)
		if err != nil {
			t.Fatal(err)
		}
		documentContract(t, text, doc)
	}
}
