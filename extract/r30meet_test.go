package extract

import "testing"

// TestR30Meet covers stop 30's veto, meeting, visit and office classes on sentences of our
// own, with near misses the rules must leave alone.
func TestR30Meet(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// A veto joined by "as" / "owing to" to a clause in which the body failed to act:
		// the body's measure was defeated, and so was the mandate that clause names.
		{"'as' + cast a veto after the body failed to renew a mandate",
			"The Security Council on Tuesday failed to renew the mandate of the Panel of Experts, as China cast a veto on the draft text.",
			[]string{"VETOED state:CHN inst:unsc", "VETOED state:CHN inst:un-panel-of-experts"}, nil},
		{"'owing to' + a veto cast by, present tense heading style",
			"The Security Council fails to extend the mandate of the Panel of Experts, owing to a veto cast by the United States.",
			[]string{"VETOED state:USA inst:unsc", "VETOED state:USA inst:un-panel-of-experts"}, nil},
		{"a negative vote cast by a permanent member, the mandate named after 'including'",
			"The Security Council yesterday failed to adopt a text extending the sanctions regime, including the mandate of the Panel of Experts, owing to a negative vote cast by the Russian Federation.",
			[]string{"VETOED state:RUS inst:unsc", "VETOED state:RUS inst:un-panel-of-experts"}, nil},
		{"a veto by a permanent member with an article before its name",
			"The Security Council met today. The resolution was defeated owing to a negative vote by the United Kingdom.",
			[]string{"VETOED state:GBR inst:unsc"}, nil},
		{"near miss: a failure with no veto after it",
			"The Security Council failed to renew the mandate of the Panel of Experts after months of talks, and France regretted the outcome.",
			nil, []string{"VETOED state:FRA inst:unsc", "VETOED state:FRA inst:un-panel-of-experts"}},
		{"near miss: a negative vote by a state that is no permanent member",
			"The Security Council failed to renew the mandate of the Panel of Experts, owing to a negative vote cast by Algeria.",
			nil, []string{"VETOED state:DZA inst:unsc", "VETOED state:DZA inst:un-panel-of-experts"}},
	})
}
