package extract

import "testing"

// TestCondemnedCooperationBetween covers a condemned or worrying unnamed event whose parties
// follow "between": a bare noun phrase ("military cooperation between"), a verb closed by a
// quote, and such a phrase coordinated after a possessor's event. Every sentence is our own.
func TestCondemnedCooperationBetween(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a bare noun phrase, no article",
			"Canada strongly condemned military cooperation between Iran and Belarus.",
			[]string{"CONDEMNED state:CAN state:IRN", "CONDEMNED state:CAN state:BLR"}, nil},
		{"the verb quoted, the object outside the quote",
			"The Dutch Foreign Ministry said it \"firmly condemns\" arms trade between Iran and Venezuela.",
			[]string{"CONDEMNED inst:netherlands-foreign-ministry state:IRN", "CONDEMNED inst:netherlands-foreign-ministry state:VEN"}, nil},
		{"present tense, a coordinated event after a possessor's event",
			"Norway denounces Iran's drone transfers and the growing military ties between Iran, Belarus and Syria.",
			[]string{"CONDEMNED state:NOR state:IRN", "CONDEMNED state:NOR state:BLR", "CONDEMNED state:NOR state:SYR"}, nil},
		{"a second clause after ', and' is not the condemned event",
			"Norway condemned Iran's drone transfers, and the talks between Belarus and Syria went ahead.",
			[]string{"CONDEMNED state:NOR state:IRN"}, []string{"CONDEMNED state:NOR state:BLR", "CONDEMNED state:NOR state:SYR"}},
		{"a conjoined verb's object is not the condemned event",
			"Norway condemned Iran's drone transfers and welcomed talks between Belarus and Syria.",
			[]string{"CONDEMNED state:NOR state:IRN"}, []string{"CONDEMNED state:NOR state:BLR", "CONDEMNED state:NOR state:SYR"}},
	})
}

// TestVetoedStateDraft covers a vetoed or blocked draft that a state's name modifies ("a
// United States text", "a US draft", "Algeria's draft"): the draft is still the Council's, and
// a pronoun after such a modifier does not point back to it. Every sentence is our own.
func TestVetoedStateDraft(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a state's name between the article and the draft noun",
			"The Security Council met on Monday. China and Russia vetoed a United States text on Syria in April.",
			[]string{"VETOED state:CHN inst:unsc", "VETOED state:RUS inst:unsc"}, nil},
		{"an abbreviation, 'blocked', a pronoun coordinated with a state",
			"The Security Council met on Monday. Russia cast its veto on a Syria question, as it and China blocked a US draft in 2019.",
			[]string{"VETOED state:CHN inst:unsc", "VETOED state:RUS inst:unsc"}, []string{"VETOED state:SYR inst:unsc"}},
		{"a possessive state before the draft",
			"The Security Council met on Monday. France vetoes Algeria's draft resolution.",
			[]string{"VETOED state:FRA inst:unsc"}, []string{"VETOED state:DZA inst:unsc"}},
		{"a state's name before another noun is no draft",
			"The Security Council met on Monday. Russia blocked a US drone near the border.",
			nil, []string{"VETOED state:RUS inst:unsc"}},
	})
}
