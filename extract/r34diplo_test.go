package extract

import "testing"

// TestR34DiploUSHouse: the lower chamber of the U.S. Congress written "U.S. House" is a body,
// also as the first part of its Speaker's title, not the building a bare "House" heads; a
// Speaker so titled is the traveller of the visit the phrase names. Sentences of our own.
func TestR34DiploUSHouse(t *testing.T) {
	checkEntities(t, []entCase{
		{"U.S. House as a body",
			"The U.S. House approved the aid bill on Saturday.",
			[]string{"inst:us-house-of-representatives|U.S. House"},
			[]string{"place:us-house"}},
		{"near miss: a building named with House stays a place",
			"The ministers met at Carlton House on Monday.",
			[]string{"place:carlton-house|Carlton House"},
			[]string{"inst:us-house-of-representatives"}},
	})
	checkRelations(t, "2024-06-01", []relCase{
		{"the visit of a Speaker titled with the U.S. House",
			"Beijing staged drills after the visit of then-U.S. House Speaker Jane Holloway to Taipei.",
			[]string{"VISITED person:jane-holloway place:taipei"}, nil},
		{"near miss: the chamber itself travels nowhere",
			"Beijing protested after the U.S. House passed a resolution on Taipei.",
			nil, []string{"VISITED inst:us-house-of-representatives place:taipei"}},
	})
}

// TestR34DiploModelDeal: a weapon model's code before a lower-case "deal" names an arms contract,
// no agreement; a plain name before it still names one. Sentences of our own.
func TestR34DiploModelDeal(t *testing.T) {
	checkEntities(t, []entCase{
		{"a model code before deal",
			"Warsaw signed its second K9 deal with Seoul on Friday.",
			nil, []string{"agr:k9"}},
		{"near miss: a name before deal is an agreement",
			"Warsaw and Seoul signed the Zarnitsa deal on Friday.",
			[]string{"agr:zarnitsa|Zarnitsa"}, nil},
	})
	checkRelations(t, "2024-06-01", []relCase{
		{"no signing of a model",
			"Warsaw signed its second K9 deal with Seoul on Friday.",
			nil, []string{"SIGNED state:POL agr:k9"}},
	})
}

// TestR34DiploKindAgreement: a name that only says what kind of text it is names no Agreement; one
// with a complement of its own does. Sentences of our own.
func TestR34DiploKindAgreement(t *testing.T) {
	checkEntities(t, []entCase{
		{"a memorandum of understanding, unnamed",
			"The two ministers signed a Memorandum of Understanding on Tuesday.",
			nil, []string{"agr:memorandum-of-understanding"}},
		{"a final communique, unnamed",
			"The ministers adopted the Final Communique of their meeting.",
			nil, []string{"agr:final-communique"}},
		{"near miss: a memorandum with its own complement is named",
			"The two ministers signed the Memorandum of Understanding on Cooperation in Space Research.",
			[]string{"agr:memorandum-of-understanding-on-cooperation-in-space-research"}, nil},
	})
}
