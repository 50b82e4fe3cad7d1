package extract

import "testing"

// Stop 44 (third round), h44ccon: laying the blame on a named party in a clause a speaker
// states ("X bears full responsibility for", "X would bear the responsibility of", "X was
// solely responsible for", "X should be held accountable") is that speaker's condemnation of
// the clause's subject, as a charge of breaking a rule is (frame charge). Near misses: the
// narrator's own sentence (no speaker), an unnamed subject ("the parties bear responsibility
// for refraining"), a plain "is responsible for" (an office's remit). A modal opening the
// phrase ("will bear") leaves the blame a fact; a hedge before it ("may bear") hedges. Every
// test text is our own wording.
func TestH44cconBearsResponsibility(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"said X bears responsibility for",
			"Kinshasa said that Rwanda bears responsibility for the massacre in the east.",
			[]string{"CONDEMNED state:COD state:RWA"}, nil},
		{"warned X would bear the responsibility of",
			"Baku warned that Yerevan would bear the responsibility of any escalation.",
			[]string{"CONDEMNED state:AZE state:ARM asserted/fact"}, nil},
		{"will bear full responsibility: the modal opens the phrase, the blame is a fact",
			"Islamabad warned that New Delhi will bear full responsibility for any misadventure.",
			[]string{"CONDEMNED state:PAK state:IND asserted/fact"}, nil},
		{"a hedge before the phrase still hedges",
			"Tbilisi said Russia may bear responsibility for the incident.",
			[]string{"CONDEMNED state:GEO state:RUS asserted/speculative"}, nil},
		{"stated X bore full responsibility for",
			"Addis Ababa stated Eritrea bore full responsibility for the border clashes.",
			[]string{"CONDEMNED state:ETH state:ERI"}, nil},
		{"said X was solely responsible for",
			"Caracas said Guyana was solely responsible for the collapse of the talks.",
			[]string{"CONDEMNED state:VEN state:GUY"}, nil},
		{"said X should be held responsible",
			"Belgrade said Pristina should be held responsible for the attack on the monastery.",
			[]string{"CONDEMNED state:SRB state:UNK"}, nil},
		{"near miss: the narrator's own sentence",
			"Haiti bears responsibility for the security of the port.",
			nil, []string{"CONDEMNED state:HTI state:HTI"}},
		{"near miss: unnamed parties bear responsibility for keeping a truce",
			"Colombia said the parties bear responsibility for refraining from any attack.",
			nil, []string{"CONDEMNED state:COL state:COL"}},
		{"near miss: plain is responsible for, a remit",
			"Bangladesh said India is responsible for the upkeep of the dam.",
			nil, []string{"CONDEMNED state:BGD state:IND"}},
	})
}
