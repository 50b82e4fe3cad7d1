package extract

import "testing"

// TestVetoOfUnnamedDraft covers a veto whose text names no Council ("Russia vetoed the draft"):
// no VETOED relation is stated, since the body is never named, but the act was done, and a
// later verdict on "the veto" or "the vetoes" names its doers; and a diplomat who casts a veto
// casts it for the state the gazetteer seats him in (relations.tsv VETOED leader-acts), while
// the speaker of a reporting aside ("Russia had, she recalled, vetoed") acts for none. Every
// sentence is our own.
func TestVetoOfUnnamedDraft(t *testing.T) {
	checkRelations(t, "2025-04-11", []relCase{
		{"called the veto, no Council named",
			"Russia vetoed the draft on Haiti on Friday. Britain called the veto a disgrace.",
			[]string{"CONDEMNED state:GBR state:RUS"}, []string{"VETOED state:RUS inst:unsc"}},
		{"said the veto was, no Council named",
			"China vetoed the text on Myanmar on Tuesday. Ecuador said the veto was deeply regrettable.",
			[]string{"CONDEMNED state:ECU state:CHN"}, nil},
		{"two vetoers, a verdict on the vetoes",
			"China and Russia vetoed the draft on the Sahel. Sierra Leone called the vetoes shameful.",
			[]string{"CONDEMNED state:SLE state:CHN", "CONDEMNED state:SLE state:RUS"}, nil},
		{"the ambassador casts the veto for his state",
			"Vassily Nebenzia, Moscow's envoy, vetoed the draft resolution on Bosnia in the Security Council.",
			[]string{"VETOED state:RUS inst:unsc"}, nil},
		{"the speaker of a reporting aside vetoes nothing",
			"Linda Thomas-Greenfield spoke after the vote in the Security Council. Russia had, she recalled, vetoed a draft resolution on Mali in August.",
			[]string{"VETOED state:RUS inst:unsc"}, []string{"VETOED state:USA inst:unsc"}},
		{"a draft tabled and judged is no veto",
			"Mexico tabled a draft on Haiti on Monday. Brazil called the draft unbalanced.",
			nil, []string{"CONDEMNED state:BRA state:MEX"}},
	})
}
