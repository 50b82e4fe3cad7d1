package extract

import "testing"

// TestR15OpeningDateClauseSubject covers a clause opened by a date phrase set off by its
// comma with no preposition before it ("The next day, ...", "Last week, ..."): the clause's
// subject follows the comma, so a "with support from" adjunct helps it. Every sentence is our
// own.
func TestR15OpeningDateClauseSubject(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"the next day, trailing adjunct after the object",
			"The next day, France and Italy struck depots in Libya, with support from Greece and Malta.",
			[]string{"SUPPORTS state:GRC state:FRA", "SUPPORTS state:MLT state:ITA"}, nil},
		{"last week, adjunct between subject and verb",
			"Last week, Kenya, with help from Uganda, shelled positions in Somalia.",
			[]string{"SUPPORTS state:UGA state:KEN"}, nil},
		{"near miss: the helpers of a reported clause help no speaker",
			"The next day, Israel said most drones were intercepted, with help from Jordan.",
			nil, []string{"SUPPORTS state:JOR state:ISR"}},
	})
}

// TestR15AgentPastVictim covers an unnamed event noun with its victim after a preposition
// and its doer after "by" or an agency participle ("the targeting of Iran carried out by
// Israel", "condemnation of the strikes on Iran by Israel"): the doer is the target, the
// victim is not, and the noun's own source is not the doer. Every sentence is our own.
func TestR15AgentPastVictim(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"verb, of-victim, carried out by",
			"Egypt condemned the bombardment of Lebanon carried out by Israel.",
			[]string{"CONDEMNED state:EGY state:ISR"}, []string{"CONDEMNED state:EGY state:LBN"}},
		{"noun with possessive pronoun, on-victim, by",
			"Kuwait expressed its condemnation of the strikes on Syria by Turkey.",
			[]string{"CONDEMNED state:KWT state:TUR"}, []string{"CONDEMNED state:KWT state:SYR", "CONDEMNED state:TUR state:SYR"}},
		{"noun with no source, the by-agent is no source",
			"The denunciation of the shelling of Armenia by Azerbaijan came quickly.",
			nil, []string{"CONDEMNED state:AZE state:ARM"}},
		{"noun, conducted by, present tense",
			"Oman voices its strong condemnation of the attack on Qatar conducted by Israel.",
			[]string{"CONDEMNED state:OMN state:ISR"}, []string{"CONDEMNED state:OMN state:QAT"}},
	})
}

// TestR15ConjoinedNounPossessor covers two coordinated nouns of one relation after a
// possessor ("Saudi Arabia's condemnation and denunciation of"): the possessor owns the
// second noun too, not the clause's subject. Every sentence is our own.
func TestR15ConjoinedNounPossessor(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"ministry conveys its state's condemnation and denunciation",
			"The Ministry of Foreign Affairs conveys Bahrain's condemnation and denunciation of Iran.",
			[]string{"CONDEMNED state:BHR state:IRN"}, nil},
		{"criticism and condemnation, past tense",
			"Our envoy repeated Ghana's criticism and condemnation of the junta in Niger.",
			[]string{"CONDEMNED state:GHA state:NER"}, nil},
		{"near miss: a noun of another relation before the conjunction",
			"The ministry welcomed Japan's support and condemnation of Russia.",
			nil, []string{"SUPPORTS state:JPN state:RUS"}},
	})
}

// TestR15RelativeOnVictimNoun covers a relative clause whose antecedent is an act with its
// victim after "of" ("Russia's invasion of Ukraine, which X described as illegal"): the
// condemned is the act's doer, its possessor or demonym, never the victim. Every sentence
// is our own.
func TestR15RelativeOnVictimNoun(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"possessor, described as, past",
			"The minister recalled Azerbaijan's blockade of Armenia, which Macron described as unacceptable.",
			[]string{"CONDEMNED person:emmanuel-macron state:AZE"}, []string{"CONDEMNED person:emmanuel-macron state:ARM"}},
		{"possessor, condemned, present perfect",
			"Turkey's occupation of Cyprus, which Greece has condemned for decades, was discussed.",
			[]string{"CONDEMNED state:GRC state:TUR"}, []string{"CONDEMNED state:GRC state:CYP"}},
		{"pronoun subject right after which",
			"Macron spoke about Azerbaijan's blockade of Armenia, which he described as unacceptable.",
			[]string{"CONDEMNED person:emmanuel-macron state:AZE"}, []string{"CONDEMNED person:emmanuel-macron state:ARM"}},
		{"near miss: a pronoun later in the clause after another verb",
			"Macron regretted the vote, which came as Azerbaijan kept up its blockade, and he denounced the talks between Armenia and Iran.",
			nil, []string{"CONDEMNED person:emmanuel-macron state:AZE"}},
		{"near miss: no doer named, the victim is still no target",
			"The annexation of Crimea, which Canada condemned, was raised.",
			nil, []string{"CONDEMNED state:CAN place:crimea", "CONDEMNED state:CAN state:UKR"}},
	})
}

// TestR15PanelPossessiveMandate covers the mandate a vetoed draft would have renewed named
// with the body's possessive ("renewed the Panel's mandate") and the Panel of Experts named
// "the Panel" once its full name appeared. Every sentence is our own.
func TestR15PanelPossessiveMandate(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"possessive short form after the full name",
			"The Panel of Experts reported on Iran. In May, China vetoed a draft resolution that would have extended the Panel's mandate.",
			[]string{"VETOED state:CHN inst:un-panel-of-experts"}, nil},
		{"mandate of the short form",
			"The Panel of Experts reported on Mali. Russia vetoed a draft resolution that would have renewed the mandate of the Panel for a year.",
			[]string{"VETOED state:RUS inst:un-panel-of-experts"}, nil},
		{"near miss: a panel's report is no mandate",
			"The Panel of Experts reported on Mali. Russia vetoed a draft resolution that cited the Panel's report.",
			nil, []string{"VETOED state:RUS inst:un-panel-of-experts"}},
	})
}

// TestR15GettingHelpFrom covers the recipient side of support with "get" and with a quantity
// or kind before the help noun ("is getting more and more assistance from A and B", "might be
// receiving technical assistance from C"): the helpers after "from" support the subject.
// Every sentence is our own.
func TestR15GettingHelpFrom(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"progressive get, quantity, list of helpers",
			"Serbia is getting more and more support from China and Hungary.",
			[]string{"SUPPORTS state:CHN state:SRB", "SUPPORTS state:HUN state:SRB"}, nil},
		{"past get, kind",
			"Last year Moldova got technical assistance from Romania.",
			[]string{"SUPPORTS state:ROU state:MDA"}, nil},
		{"near miss: past the quote's end the name is its speaker",
			"\"Serbia gets help from everyone,\" said Viktor Orban.",
			nil, []string{"SUPPORTS person:viktor-orban state:SRB"}},
		{"near miss: help got from nobody named",
			"Chad gets growing support at home.",
			nil, []string{"SUPPORTS state:TCD state:TCD"}},
	})
}

// TestR15NounVictimOnly covers a condemnation noun whose object is an unnamed act with only
// its victim named ("its condemnation of the strikes on Lebanon"): as with the verb, the
// victim is no target. Every sentence is our own.
func TestR15NounVictimOnly(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"on-victim, possessive pronoun source",
			"Jordan renewed its condemnation of the raids on Lebanon.",
			nil, []string{"CONDEMNED state:JOR state:LBN"}},
		{"victim noun with of",
			"Kuwait voiced strong condemnation of the shelling of Armenia.",
			nil, []string{"CONDEMNED state:KWT state:ARM"}},
		{"near miss: a named doer before the act stays the target",
			"Jordan renewed its condemnation of Israel's raids on Lebanon.",
			[]string{"CONDEMNED state:JOR state:ISR"}, []string{"CONDEMNED state:JOR state:LBN"}},
	})
}
