package extract

import "testing"

// TestWordingFamilies covers wording families learned from the misses of testdata/dev3 (texts
// by another hand): each case is a sentence of our own in the family, with near misses the
// rule must leave alone.
func TestWordingFamilies(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'the Secretary' is the person titled Secretary, not a later Foreign Secretary",
			"Secretary Marco Rubio spoke on Monday with British Foreign Secretary David Lammy. The Secretary was in Europe last week. He visited Poland and Estonia on that trip.",
			[]string{"VISITED person:marco-rubio state:POL", "VISITED person:marco-rubio state:EST"},
			[]string{"VISITED person:david-lammy state:POL"}},
		{"a title that only holds the phrase's words is still its fallback",
			"Chinese Foreign Minister Wang Yi spoke with reporters. The Minister later visited Brazil.",
			[]string{"VISITED person:wang-yi state:BRA"}, nil},
		{"denouncing the vote condemns those who vetoed in it",
			"Russia vetoed the draft resolution in the Security Council on Friday. Britain and Japan denounced the vote.",
			[]string{"CONDEMNED state:GBR state:RUS", "CONDEMNED state:JPN state:RUS"}, nil},
		{"a vote with no veto stated names nobody",
			"The Security Council adopted the resolution on Friday. Russia denounced the vote.",
			nil, []string{"CONDEMNED state:RUS inst:unsc"}},
		{"a vetoed name's own of-complement is no later object",
			"In May, China vetoed the extension of the mandate of the Panel of Experts of the 1718 Sanctions Committee.",
			[]string{"VETOED state:CHN inst:un-panel-of-experts"}, []string{"VETOED state:CHN inst:1718-committee"}},
		{"the last name of an unnamed object's chain is still the target",
			"Russia blocked the renewal of the mandate of the UN expert panel on Friday.",
			[]string{"VETOED state:RUS inst:un-panel-of-experts"}, nil},
		{"a comitative parenthetical before the verb adds its names to the subject",
			"The government of Australia, together with Canada, New Zealand and the European Union, has condemned Iran.",
			[]string{"CONDEMNED state:AUS state:IRN", "CONDEMNED state:CAN state:IRN", "CONDEMNED state:NZL state:IRN",
				"CONDEMNED inst:eu state:IRN"}, nil},
		{"'alongside' opens one too",
			"Poland, alongside Lithuania, sharply criticized Belarus on Monday.",
			[]string{"CONDEMNED state:POL state:BLR", "CONDEMNED state:LTU state:BLR"}, nil},
		{"condemning the dealings between two parties condemns both",
			"Canada and Britain denounced the growing arms trade between Tehran and Moscow.",
			[]string{"CONDEMNED state:CAN state:IRN", "CONDEMNED state:CAN state:RUS", "CONDEMNED state:GBR state:IRN",
				"CONDEMNED state:GBR state:RUS"}, nil},
		{"a 'between' inside a prepositional phrase of the object is no party",
			"Japan condemned the shelling near the border between Israel and Lebanon.",
			nil, []string{"CONDEMNED state:JPN state:ISR", "CONDEMNED state:JPN state:LBN"}},
		{"'between' names no condemned party for another stance",
			"Japan welcomed the dialogue between Seoul and Beijing.",
			nil, []string{"SUPPORTS state:JPN state:KOR", "SUPPORTS state:JPN state:CHN"}},
	})
}
