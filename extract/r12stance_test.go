package extract

import "testing"

// TestR12ArticleListSource covers a coordinated source of a stance noun whose later member
// is a name of another kind after an article ("the support of the WPK and the DPRK for
// Russia"): both are the source, as they are without the article. Every sentence is our own.
func TestR12ArticleListSource(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"party then state, article before the state",
			"The envoy reaffirmed the full support of the WPK and the DPRK for Russia.",
			[]string{"SUPPORTS inst:wpk state:RUS", "SUPPORTS state:PRK state:RUS"}, nil},
		{"state then bloc, article before the bloc, passive",
			"The firm backing of Hungary and the EU for Moldova was restated on Monday.",
			[]string{"SUPPORTS state:HUN state:MDA", "SUPPORTS inst:eu state:MDA"}, nil},
		{"condemnation with a mixed list after an article",
			"The minister recalled the condemnation by Canada and the EU of Russia.",
			[]string{"CONDEMNED state:CAN state:RUS", "CONDEMNED inst:eu state:RUS"}, nil},
		{"a comma before the conjunction still ends the list",
			"Officials noted the support of Canada for Ukraine, and the NATO summit that followed.",
			[]string{"SUPPORTS state:CAN state:UKR"}, []string{"SUPPORTS inst:nato state:UKR"}},
	})
}
