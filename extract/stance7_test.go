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
