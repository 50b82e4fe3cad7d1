package extract

import "testing"

// TestR12ArticleListSource covers a coordinated source of a stance noun whose later member
// is a name of another kind after an article ("the support of the WPK and the DPRK for
// Russia"): both are the source, as they are without the article. Every sentence is our own.
func TestR12ArticleListSource(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"party then state, article before the state",
			"The envoy reaffirmed the full support of the WPK and the DPRK for Russia.",
			[]string{"SUPPORTS inst:wpk state:RUS", "SUPPORTS state:PRK state:RUS"}, nil},
		{"state then bloc, article before the bloc, passive",
			"The firm backing of Hungary and the EU for Moldova was restated on Monday.",
			[]string{"SUPPORTS state:HUN state:MDA", "SUPPORTS inst:eu state:MDA"}, nil},
		{"condemnation with a mixed list after an article",
			"The minister recalled the condemnation by Canada and the EU of Russia.",
			[]string{"CONDEMNED state:CAN state:RUS", "CONDEMNED inst:eu state:RUS"}, nil},
		{"a comma before the conjunction still ends the list",
			"Officials noted the support of Canada for Ukraine, and the NATO summit that followed.",
			[]string{"SUPPORTS state:CAN state:UKR"}, []string{"SUPPORTS inst:nato state:UKR"}},
	})
}

// TestR12OperativeParagraphs covers the operative paragraphs of a communiqué or resolution:
// the adopting body is named once on a line of its own ("The Security Council,") or at the end
// of the preamble ("..., the Assembly:"), and each numbered paragraph opens with a verb and no
// subject ("3. Strongly condemns ...", "Reiterates its support to ..."): the body is the
// subject, and its "its". Every sentence is our own.
func TestR12OperativeParagraphs(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"a body on its own line, then a numbered condemnation",
			"The Peace and Security Council,\n\n1. Takes note of the report of the Commission;\n\n2. Strongly condemns the attack carried out by al-Shabaab on 4 March against civilians;",
			[]string{"CONDEMNED inst:au-psc inst:al-shabaab"}, nil},
		{"support with its possessive, after a coordinated paragraph",
			"NATO,\n\n1. Notes the situation in the Black Sea, and reiterates its full support to Moldova;",
			[]string{"SUPPORTS inst:nato state:MDA"}, nil},
		{"a preamble closed by a colon",
			"Recalling its earlier decisions, the European Union:\n\n1. Denounces Belarus for hosting the troops;\n\n2. Supports Lithuania and Latvia;",
			[]string{"CONDEMNED inst:eu state:BLR", "SUPPORTS inst:eu state:LTU", "SUPPORTS inst:eu state:LVA"}, nil},
		{"a paragraph with its own subject keeps it",
			"The Peace and Security Council,\n\n1. Welcomes the statement in which Kenya condemned al-Shabaab;",
			[]string{"CONDEMNED state:KEN inst:al-shabaab"}, []string{"CONDEMNED inst:au-psc inst:al-shabaab"}},
		{"no preamble line: a verb opening a news sentence has no subject",
			"Japan spoke first.\n\nCondemns Russia, the headline said.",
			nil, []string{"CONDEMNED state:JPN state:RUS"}},
		{"near miss: the body closes a line but is a preposition's object, no preamble",
			"The report went to the Peace and Security Council,\n\n1. Strongly condemns the attack carried out by al-Shabaab on 4 March against civilians;",
			nil, []string{"CONDEMNED inst:au-psc inst:al-shabaab"}},
		{"near miss: a person on a line of its own adopts no paragraphs",
			"President William Ruto,\n\n1. Strongly condemns the attack carried out by al-Shabaab on 4 March against civilians;",
			nil, []string{"CONDEMNED person:william-ruto inst:al-shabaab"}},
	})
}

// TestR12CoordinatedStanceVerbs covers a second verb coordinated after an object phrase that
// ends in a prepositional phrase ("condemned X's war against Ukraine and reaffirmed their
// support for Ukraine"): the clause's subject does both; the agents of a participle ("signed
// by A and B and voiced ...") stay no subject. Every sentence is our own.
func TestR12CoordinatedStanceVerbs(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"a group anaphor, support noun with their",
			"Estonian Prime Minister Kristen Michal met Latvian Prime Minister Evika Silina in Riga. Both sides denounced Russia's campaign of sabotage against Lithuania and restated their firm support for Lithuania.",
			[]string{"SUPPORTS state:EST state:LTU", "SUPPORTS state:LVA state:LTU"}, nil},
		{"named subjects, condemnation after the support",
			"Poland and Canada pledged further assistance to Ukraine against Russian attacks and condemned Belarus.",
			[]string{"CONDEMNED state:POL state:BLR", "CONDEMNED state:CAN state:BLR"}, nil},
		{"a participle's agents are not the subject of the next verb",
			"Italy welcomed the accord reached by Serbia and Kosovo and expressed support for Montenegro.",
			[]string{"SUPPORTS state:ITA state:MNE"}, []string{"SUPPORTS state:SRB state:MNE", "SUPPORTS state:XKX state:MNE"}},
	})
}

// TestR12ActApposition covers a stance verb in a relative clause on an act noun in apposition
// to the clause before it ("X did Y, a step which Z denounced"): the act is the clause's, so
// its doer is the object. Every sentence is our own.
func TestR12ActApposition(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"which, coordinated subjects with an apposition, perfect",
			"Last year Iran shipped drones to Russia, a step which Sweden and Norway, both close partners of Kyiv, have sharply criticised as escalation.",
			[]string{"CONDEMNED state:SWE state:IRN", "CONDEMNED state:NOR state:IRN"}, nil},
		{"that, simple past",
			"Belarus closed its border with Lithuania, a move that Poland condemned on Friday.",
			[]string{"CONDEMNED state:POL state:BLR"}, nil},
		{"a support verb takes the doer too",
			"Finland joined NATO in April, a decision that Estonia backed.",
			[]string{"SUPPORTS state:EST state:FIN"}, nil},
		{"a noun that names no act is no apposition of the clause",
			"Russia sent troops to Syria, a country which Turkey criticised.",
			nil, []string{"CONDEMNED state:TUR state:RUS"}},
	})
}
