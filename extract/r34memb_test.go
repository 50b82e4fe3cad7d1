package extract

import "testing"

// TestBodyTitleApposition: an apposition after a person's name that opens with a body's name
// right before the title ("X, the PCG spokesperson", "Y, CENTCOM commander") names the body
// served; a title before a capitalised name is that name's.
func TestBodyTitleApposition(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a body's name and its spokesperson after an article",
			"Captain Luis Ramos, the PCG spokesperson for the Sulu Sea, said the crew was safe.",
			[]string{"OFFICIAL_OF person:luis-ramos inst:pcg"}, nil},
		{"a body's name and a title without an article, at the sentence's end",
			"The strike was confirmed by Harold Quinn, CENTCOM commander.",
			[]string{"OFFICIAL_OF person:harold-quinn inst:centcom"}, nil},
		{"with an indefinite article",
			"Oskar Lind, a NATO spokesperson, said the jets returned to base.",
			[]string{"OFFICIAL_OF person:oskar-lind inst:nato"}, nil},
		{"a body's title before the next capitalised name is not the first person's",
			"Present were Foreign Minister Anders Holm, NATO Commander Piet Vos and others.",
			nil, []string{"OFFICIAL_OF person:anders-holm inst:nato"}},
	})
}
