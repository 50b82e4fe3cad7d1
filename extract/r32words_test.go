package extract

import "testing"

// TestR32WordClasses: the words the frames once wrote as Go literals are words.tsv classes; one
// line per class names a word it holds and one it does not.
func TestR32WordClasses(t *testing.T) {
	x := newTestExtractor(t)
	w := x.lex.words
	for _, tc := range []struct {
		c       wordClass
		in, out string
	}{
		{wBlocModifier, "allied", "allies"},
		{wAllyNoun, "allies", "alliance"},
		{wPartnerNoun, "partners", "partner"},
		{wOtherParty, "others", "another"},
		{wQuantifier, "either", "one"},
		{wHeadlineMinor, "over", "from"},
		{wThingDeterminer, "this", "these"},
		{wNounPrep, "against", "in"},
		{wTargetPrep, "at", "of"},
		{wRoleDeterminer, "whose", "this"},
		{wAdverbialDate, "during", "mid"},
		{wClosedRelative, "whose", "that"},
		{wCommaRelative, "where", "whose"},
		{wReportedRelative, "what", "that"},
		{wAttributionBar, "not", "said"},
		{wAsideRelative, "where", "whom"},
		{wNegator, "n't", "no"},
		{wBareLead, "does", "will"},
		{wSubjectRelative, "that", "whom"},
		{wPluralDefinite, "these", "this"},
		{wBackDefinite, "that", "those"},
		{wPastLead, "were", "are"},
		{wCredit, "compiled", "said"},
	} {
		if !w.in(tc.c, tc.in) || w.in(tc.c, tc.out) {
			t.Errorf("%s: want %q in, %q out", wordClassNames[tc.c], tc.in, tc.out)
		}
	}
	if toks := tokenize("each other one other"); w.reciprocal.matchAt(toks, 0) != 2 || w.reciprocal.matchAt(toks, 2) != 0 {
		t.Error("reciprocal: want \"each other\", not \"one other\"")
	}
	if toks := tokenize("one of the sides one side"); w.partyMarker.matchAt(toks, 0) != 4 || w.partyMarker.matchAt(toks, 4) != 0 {
		t.Error("party-marker: want \"one of the sides\", not \"one side\"")
	}
	if q := x.lex.shapes.modelQualifiers; !q["type"] || q["class"] {
		t.Error("shapes.tsv model-qualifier: want \"type\", not \"class\"")
	}
}
