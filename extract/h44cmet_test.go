package extract

import "testing"

// TestH44cMet covers a talking verb with its means of contact ("by telephone", "over the
// phone", "by video link") before "with"/"to" when no adverb stands between: perfect and
// progressive forms ("has spoken by telephone with", "was speaking by video link to") of the
// same family "spoke by phone with" already covers. Sentences are our own.
func TestH44cMet(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a perfect with 'by telephone with' after a coordinated passive",
			"President Luis Arce of Bolivia has been briefed and has spoken by telephone with President Gabriel Boric of Chile.",
			[]string{"MET_WITH person:gabriel-boric person:luis-arce"}, nil},
		{"a pluperfect with 'by telephone with'",
			"Foreign Minister Ararat Mirzoyan said he had spoken by telephone with Foreign Minister Jeyhun Bayramov the day before.",
			[]string{"MET_WITH person:ararat-mirzoyan person:jeyhun-bayramov"}, nil},
		{"'over the phone with' in a progressive",
			"Prime Minister Sheikh Hasina was speaking over the phone with Prime Minister Narendra Modi when the news came.",
			[]string{"MET_WITH person:narendra-modi person:sheikh-hasina"}, nil},
		{"'by video link to'",
			"President William Ruto has talked by video link to President Paul Kagame about the crisis in Goma.",
			[]string{"MET_WITH person:paul-kagame person:william-ruto"}, nil},
		{"speaking by telephone to reporters is no meeting with the person named later",
			"Foreign Minister Ararat Mirzoyan has spoken by telephone to reporters about Jeyhun Bayramov.",
			nil, []string{"MET_WITH person:ararat-mirzoyan person:jeyhun-bayramov"}},
	})
}
