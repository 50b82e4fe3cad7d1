package extract

import "testing"

// TestSanctionsImposedByOnPassive covers a penalty noun modified by a passive participle
// whose agent list and target come in either order ("the sanctions imposed by A and B (AB) on
// C", "the sanctions imposed on C by A, B and D"). Every sentence is our own.
func TestSanctionsImposedByOnPassive(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"agents with an acronym in brackets, then the target",
			"The summit denounced the sanctions imposed by ECOWAS and the African Union (AU) on Niger last year.",
			[]string{"SANCTIONED inst:ecowas state:NER", "SANCTIONED inst:african-union state:NER"}, nil},
		{"the target first, then a list of agents",
			"Cuba has weathered the sanctions imposed on Cuba by the United States, Britain and Japan.",
			[]string{"SANCTIONED state:USA state:CUB", "SANCTIONED state:GBR state:CUB", "SANCTIONED state:JPN state:CUB"}, nil},
		{"a pronoun target pointing back to the subject",
			"Venezuela still faces the penalties imposed on it by Canada.",
			[]string{"SANCTIONED state:CAN state:VEN"}, nil},
		{"a non-penalty noun is no sanction",
			"Cuba welcomed the tariff cuts proposed on Monday by Canada and Japan.",
			nil, []string{"SANCTIONED state:CAN state:CUB", "SANCTIONED state:JPN state:CUB"}},
		{"a means of transport after by is no agent",
			"The restrictions imposed on Cuba by ship inspections ended.",
			nil, []string{"SANCTIONED state:CUB state:CUB"}},
	})
}

// TestReducedRelativeAdjuncts covers a passive participle whose agent follows place and date
// phrases ("the charter signed in Lima on 4 May 2021 by Peru and Chile"). Every sentence is
// our own.
func TestReducedRelativeAdjuncts(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"place and date before a list of signatories",
			"The leaders recalled the Andean Charter signed in Lima on 4 May 2021 by Peru, Chile and Bolivia.",
			[]string{"SIGNED state:PER agr:andean-charter", "SIGNED state:CHL agr:andean-charter", "SIGNED state:BOL agr:andean-charter"}, nil},
		{"a date alone before the agent",
			"Ministers praised the Andean Charter, signed on 4 May 2021 by Ecuador.",
			[]string{"SIGNED state:ECU agr:andean-charter"}, nil},
		{"a lower-case phrase after the place ends the adjuncts",
			"The Andean Charter signed in Lima with great ceremony by Peru was praised by Chile.",
			nil, []string{"SIGNED state:CHL agr:andean-charter"}},
	})
}

// TestCondemnedSanctionsBefore covers a reaction whose definite object is the sanctions a
// sentence before stated ("condemned the measures", "opposes the listings"): the imposers
// are the target. Every sentence is our own.
func TestCondemnedSanctionsBefore(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"a ministry condemns the measures as illegitimate",
			"The European Union imposed sanctions on Cuba on Monday. Venezuela's foreign ministry condemned the measures as illegitimate.",
			[]string{"CONDEMNED inst:venezuela-foreign-ministry inst:eu"}, nil},
		{"a state firmly opposes the listings",
			"Canada blacklisted Iran Air on Friday. China firmly opposes the listings.",
			[]string{"CONDEMNED state:CHN state:CAN"}, nil},
		{"the sanctions, present tense, after a list of imposers",
			"Britain and Japan imposed sanctions on Belarus. Russia denounces the sanctions.",
			[]string{"CONDEMNED state:RUS state:GBR", "CONDEMNED state:RUS state:JPN"}, nil},
		{"no sanctions stated before: the measures point nowhere",
			"Canada held talks with Peru on Monday. China criticised the measures.",
			nil, []string{"CONDEMNED state:CHN state:CAN", "CONDEMNED state:CHN state:PER"}},
	})
}

// TestJudgementAfterLongObject covers a verb of calling whose object names its parties after
// "between" before the word of blame ("described the military collusion between A and B as a
// grave security threat"). Every sentence is our own.
func TestJudgementAfterLongObject(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"described ... as a grave threat",
			"Japan described the military collusion between Iran and Russia as a grave security threat.",
			[]string{"CONDEMNED state:JPN state:IRN", "CONDEMNED state:JPN state:RUS"}, nil},
		{"branded, present tense, a reckless provocation",
			"Canada brands the growing arms trade between Belarus and Iran a reckless provocation.",
			[]string{"CONDEMNED state:CAN state:BLR", "CONDEMNED state:CAN state:IRN"}, nil},
		{"a comma ends the object before the blame word",
			"Japan described the new talks between Iran and Russia, which Canada called a threat.",
			nil, []string{"CONDEMNED state:JPN state:IRN", "CONDEMNED state:JPN state:RUS"}},
	})
}

// TestVerdictLinkVerbs covers a reported verdict joined by a verb other than "be" ("said the
// move marks a significant escalation", "poses a direct threat"). Every sentence is our own.
func TestVerdictLinkVerbs(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"marks, a quoted blame word",
			"Canada said Iran's move marks a \"significant escalation\".",
			[]string{"CONDEMNED state:CAN state:IRN"}, nil},
		{"poses, present perfect speech",
			"NATO has said Belarus's drone programme poses a direct threat.",
			[]string{"CONDEMNED inst:nato state:BLR"}, nil},
		{"constitutes a violation",
			"Japan said Russia's launch constituted a violation of the resolutions.",
			[]string{"CONDEMNED state:JPN state:RUS"}, nil},
		{"a link verb with praise is no verdict",
			"Canada said Peru's election marks a historic success.",
			nil, []string{"CONDEMNED state:CAN state:PER"}},
	})
}

// TestRatifiedByParliament covers ratification by a state's parliament named as the passive
// agent: the state signs (testdata/README.md, ninth set: "Ratification by a parliament ... is
// SIGNED by the state"), as with the parliament as subject. Every sentence is our own.
func TestRatifiedByParliament(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"a possessive parliament after by",
			"The Andean Charter was ratified by Peru's parliament on 24 October 2024.",
			[]string{"SIGNED state:PER agr:andean-charter"}, []string{"SIGNED inst:peru-parliament agr:andean-charter"}},
		{"a seated body with its state's name after it",
			"The Andean Charter was ratified by the State Duma of the Russian Federation on 24 October 2024.",
			[]string{"SIGNED state:RUS agr:andean-charter"}, []string{"SIGNED inst:state-duma agr:andean-charter"}},
		{"a reduced relative between commas",
			"The Andean Charter, ratified by the State Duma on 24 October 2024, entered into force.",
			[]string{"SIGNED state:RUS agr:andean-charter"}, nil},
		{"a body of another state than the gazetteer seat's",
			"The Andean Charter was ratified by the Congress of Peru on 24 October 2024.",
			nil, []string{"SIGNED state:USA agr:andean-charter"}},
		{"an unseated body after by signs nothing",
			"The Andean Charter was praised by the African Union on Monday.",
			nil, []string{"SIGNED inst:african-union agr:andean-charter"}},
	})
}

// TestEllipsisDoers covers a positive "do so" whose subject repeats the act of the trigger
// before it ("ratified ..., after Bolivia had done so"), and a negated one that does not.
// Every sentence is our own.
func TestEllipsisDoers(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"after X had done so",
			"Chile ratified the Andean Charter on 26 February, after Bolivia had done so in January.",
			[]string{"SIGNED state:CHL agr:andean-charter asserted/fact 2025-02-26", "SIGNED state:BOL agr:andean-charter asserted/fact 2025-01"}, nil},
		{"as X did so, a sanction",
			"Canada imposed sanctions on Belarus on Monday, and Japan did so on Tuesday.",
			[]string{"SANCTIONED state:CAN state:BLR", "SANCTIONED state:JPN state:BLR"}, nil},
		{"a negated do so repeats nothing",
			"Chile ratified the Andean Charter in February, but Bolivia has yet to do so.",
			[]string{"SIGNED state:CHL agr:andean-charter"}, []string{"SIGNED state:BOL agr:andean-charter"}},
		{"a possessive before do so is no subject",
			"Chile ratified the Andean Charter, and Bolivia's decision to do so followed.",
			nil, []string{"SIGNED state:BOL agr:andean-charter"}},
	})
}

// TestWhoAfterUnnamedAntecedent covers a verb right after "who" whose antecedent is an unnamed
// noun ("anyone who helps Cuba"): no name further back is its subject; a named antecedent
// still is. Every sentence is our own.
func TestWhoAfterUnnamedAntecedent(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"anyone who helps",
			"Canada will punish anyone who helps Cuba.",
			nil, []string{"SUPPORTS state:CAN state:CUB"}},
		{"those who back, past tense",
			"Japan named those who backed Belarus last year.",
			nil, []string{"SUPPORTS state:JPN state:BLR"}},
		{"a named subject before the verb still acts",
			"Officials who met on Monday said Peru supports Ecuador.",
			[]string{"SUPPORTS state:PER state:ECU"}, nil},
	})
}

// TestDonorTo covers a donor noun with its beneficiary after a copula or in apposition
// ("among the largest donors to Ukraine", "a leading donor to the Philippines"). Every
// sentence is our own.
func TestDonorTo(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"a copula and a superlative",
			"Sweden is also among the largest donors to Ukraine.",
			[]string{"SUPPORTS state:SWE state:UKR"}, nil},
		{"an apposition",
			"Japan, a leading donor to the Philippines, sent ships.",
			[]string{"SUPPORTS state:JPN state:PHL"}, nil},
		{"remains the biggest contributor",
			"Norway remains the biggest contributor to Moldova.",
			[]string{"SUPPORTS state:NOR state:MDA"}, nil},
		{"donors to an unnamed fund support nobody named",
			"The donors to the fund met in Oslo with Canada.",
			nil, []string{"SUPPORTS state:CAN state:NOR"}},
	})
}
