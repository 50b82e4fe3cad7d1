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
		{"a topic of more than four words before 'with' and the partner",
			"Foreign Minister Ana Ruiz of Peru discussed the flooding in the north with Foreign Minister Jorge Vidal of Chile.",
			[]string{"MET_WITH person:ana-ruiz person:jorge-vidal"}, nil},
		{"a long topic after 'held talks' in another region",
			"President Hakainde Hichilema held talks on the long and bitter border dispute with President Felix Tshisekedi on Friday.",
			[]string{"MET_WITH person:felix-tshisekedi person:hakainde-hichilema"}, nil},
		{"past four words only 'with' names the partner, not 'of'",
			"Colonel Ana Ruiz received the colours from the departing commander of Colonel Jorge Vidal's regiment.",
			nil, []string{"MET_WITH person:ana-ruiz person:jorge-vidal"}},
		{"a name inside the topic keeps the short reach",
			"Prime Minister Ana Ruiz discussed the flooding in the north near Governor Jorge Vidal's farm with reporters.",
			nil, []string{"MET_WITH person:ana-ruiz person:jorge-vidal"}},
	})
}
