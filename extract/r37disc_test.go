package extract

import "testing"

// TestR37PanelReferred: "the panel" after a document named the UN Panel of Experts is that
// panel (coref.tsv named=1 row for "the Panel"), so a relation whose target or source is the
// referring phrase reaches it: "vetoed the renewal of the panel's mandate". With no panel
// named before, the phrase stays nobody's. The texts are our own.
func TestR37PanelReferred(t *testing.T) {
	checkRelations(t, "2024-04-01", []relCase{
		{"the panel's mandate after the Panel of Experts",
			"The UN Panel of Experts on the DPRK published its last report in March. " +
				"Weeks later, China vetoed the renewal of the panel's mandate in the Security Council.",
			[]string{"VETOED state:CHN inst:un-panel-of-experts"}, nil},
		{"a later paragraph, capitalised",
			"The United Nations Panel of Experts had tracked arms deliveries for fifteen years.\n\n" +
				"On Thursday Moscow vetoed the extension of the Panel, ending its work.",
			[]string{"VETOED state:RUS inst:un-panel-of-experts"}, nil},
		{"no panel named before",
			"On Thursday Moscow vetoed the extension of the panel, ending its work.",
			nil, []string{"VETOED state:RUS inst:un-panel-of-experts"}},
	})
}

// TestR37InvestigatingNoSupplier: "investigating" is a words.tsv reaction verb like
// "investigated" and "monitoring": the body investigating a transfer noun's act is not its
// supplier ("the panel was investigating alleged arms transfers to Moscow", which the Panel row
// above would otherwise make a SUPPLIED source). The texts are our own.
func TestR37InvestigatingNoSupplier(t *testing.T) {
	checkRelations(t, "2024-04-01", []relCase{
		{"a body investigating transfers",
			"The International Atomic Energy Agency is investigating alleged centrifuge transfers to Iran.",
			nil, []string{"SUPPLIED inst:iaea state:IRN"}},
		{"a state investigating deliveries",
			"Poland was investigating reported drone transfers to Belarus.",
			nil, []string{"SUPPLIED state:POL state:BLR"}},
	})
}
