package extract

import "testing"

// Round 32, CONDEMNED and SUPPORTS (stances). Every test text is our own wording.

// TestR32BlameWar: a word of blame on a war its possessor wages ("Russia's illegal war",
// "Moscow's war of aggression"), in a sentence with a named speaker, is the speaker's
// condemnation of the possessor (frame blame): the speaker before a reported clause or a
// colon, or the inverted speaker after a quote (the titled person, not the title's state).
// An extraposed "it" with a word of blame as predicate ("It is extremely regrettable that
// Russia has ...") blames its that-clause's subject the same way. Near misses: the narrator's
// own sentence; a war with no possessor; blame words on no war
// ("the illegal and aggressive actions of"), whose protest verb still reads its object; a
// noun "reports" is no speaker.
func TestR32BlameWar(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"speaker before a reported clause",
			"Latvian Prime Minister Evika Silina said on Tuesday that Belarus kept helping Russia's unprovoked war against Ukraine.",
			[]string{"CONDEMNED person:evika-silina state:RUS"}, nil},
		{"inverted speaker after a quote, the titled person",
			"\"Minsk's airfields now serve Moscow's brutal and illegal war,\" said Polish Foreign Minister Radoslaw Sikorski.",
			[]string{"CONDEMNED person:radoslaw-sikorski state:RUS"}, []string{"CONDEMNED state:POL state:RUS", "CONDEMNED state:BLR state:RUS"}},
		{"colon and quote, war of aggression",
			"Minister Margus Tsahkna said: \"Russia's war of aggression is why Estonia doubled its defence budget.\"",
			[]string{"CONDEMNED person:margus-tsahkna state:RUS"}, nil},
		{"coordinated words of blame keep the war's own attack",
			"Foreign Minister Ilse Vanden said Russia's illegal and brutal war against Ukraine must end.",
			[]string{"CONDEMNED person:ilse-vanden state:RUS", "ATTACKED state:RUS state:UKR"}, nil},
		{"a pronoun speaker after a quote, resolved to the sentence before",
			"Foreign Minister Ilse Vanden spoke in Brussels on Monday. \"Any help for Russia's illegal war against Ukraine is an escalation,\" she said.",
			[]string{"CONDEMNED person:ilse-vanden state:RUS"}, []string{"CONDEMNED state:UKR state:RUS"}},
		{"near miss: an unresolved pronoun speaker takes no name from inside the quote",
			"\"Any help for Russia's illegal war against Ukraine is an escalation,\" she said.",
			nil, []string{"CONDEMNED state:UKR state:RUS"}},
		{"near miss: the narrator's own sentence",
			"Finland applied to join NATO months after Russia's illegal war began.",
			nil, []string{"CONDEMNED state:FIN state:RUS"}},
		{"near miss: a war with no possessor",
			"Latvian Prime Minister Evika Silina said the brutal war had displaced millions.",
			nil, []string{"CONDEMNED person:evika-silina state:RUS"}},
		{"an act noun with a word of blame, quoted",
			"The Japanese Foreign Ministry said Beijing's \"provocative military actions\" threatened the region.",
			[]string{"CONDEMNED inst:japan-foreign-ministry state:CHN"}, nil},
		{"quote closed with a comma, the speaker before the verb",
			"\"Moscow's war of aggression has reached our shores,\" Prime Minister Kristen Michal said.",
			[]string{"CONDEMNED person:kristen-michal state:RUS"}, nil},
		{"near miss: a later clause's speaker after an unattributed quote",
			"Canada condemned what it called Russia's \"reckless actions\" and the Kremlin accused Ottawa of hypocrisy.",
			nil, []string{"CONDEMNED state:RUS state:RUS", "CONDEMNED inst:kremlin state:RUS"}},
		{"near miss: a noun \"reports\" is no speaker",
			"Officials could not confirm the reports, but Belarus's support for Russia's illegal war was plain.",
			nil, []string{"CONDEMNED state:BLR state:RUS"}},
		{"extraposed it with a word of blame: the that-clause's subject",
			"\"It is deeply regrettable that Belarus has let Russian bombers use its airfields,\" Foreign Minister Gabrielius Landsbergis said.",
			[]string{"CONDEMNED person:gabrielius-landsbergis state:BLR"}, nil},
		{"near miss: an extraposed blame with no named speaker",
			"It is deeply regrettable that Belarus has let Russian bombers use its airfields.",
			nil, []string{"CONDEMNED state:RUS state:BLR"}},
		{"near miss: an extraposed blame with no that-clause after it",
			"Foreign Minister Gabrielius Landsbergis said it was regrettable, adding that Belarus had kept its word.",
			nil, []string{"CONDEMNED person:gabrielius-landsbergis state:BLR"}},
		{"near miss: blame words on no war leave the protest its object",
			"The Department of Foreign Affairs strongly protests the illegal and aggressive actions of the China Coast Guard.",
			[]string{"CONDEMNED inst:department-of-foreign-affairs inst:china-coast-guard"}, nil},
	})
}

// TestR32ConveyedConcerns: conveying or raising concerns with a party, whatever determiner
// the concerns take ("these", "its own"), is a stance against it (the concern rows of
// triggers.tsv). Near miss: concerns conveyed to no one named target nobody (a party named in another clause is none).
func TestR32ConveyedConcerns(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"these concerns to the demonym's side",
			"The Ministry of Foreign Affairs of Vietnam conveyed these concerns to the Chinese side.",
			[]string{"CONDEMNED inst:vietnam-foreign-ministry state:CHN"}, nil},
		{"its own concerns to a capital",
			"Canberra had raised its own concerns with Beijing, the minister said.",
			[]string{"CONDEMNED state:AUS state:CHN"}, nil},
		{"near miss: concerns conveyed to no one, a party in the next clause",
			"Canberra conveyed its own concerns, and Beijing replied on Friday.",
			nil, []string{"CONDEMNED state:AUS state:CHN"}},
	})
}
