package extract

import "testing"

// Round 33, CONDEMNED. Every test text is our own wording.

// TestR33AppraisalAfterReport: a words.tsv appraisal participle set off by a comma after a
// speech verb's that-clause ("said on Monday that X had done Y, calling it ...") is the
// speaker's act: its subject is the speaker, not the that-clause's subject, and an "it" right
// after it stands for what was reported, whose doer is the that-clause's subject. Near misses:
// a participle of another kind after the same clause keeps the clause's subject; a that-clause
// of no speech verb gives the participle no speaker.
func TestR33AppraisalAfterReport(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"calling it, after a that-clause of a speech verb",
			"Lithuanian President Gitanas Nauseda said on Thursday that Belarus had moved 5,000 troops to the border, calling it \"a reckless escalation\".",
			[]string{"CONDEMNED person:gitanas-nauseda state:BLR"}, []string{"CONDEMNED state:BLR state:BLR"}},
		{"nested that-clauses: the outermost speaker",
			"Estonian Prime Minister Kaja Kallas said on Friday that her services had evidence that Iran was shipping drones to Russia, calling it a dangerous provocation.",
			[]string{"CONDEMNED person:kaja-kallas state:IRN"}, []string{"CONDEMNED state:IRN state:RUS", "CONDEMNED person:kaja-kallas state:RUS"}},
		{"a passive that-clause: the possessor of the troops did it",
			"NATO Secretary General Jens Stoltenberg confirmed on Monday that Iranian troops had been sent to Belarus, calling it \"a serious escalation\".",
			[]string{"CONDEMNED person:jens-stoltenberg state:IRN"}, []string{"CONDEMNED state:IRN state:BLR", "CONDEMNED person:jens-stoltenberg state:BLR"}},
		{"a joint statement's speakers describe the act",
			"Iran has delivered ballistic missiles to Russia, officials said. Spain, Italy and Portugal said in a joint statement that they would cancel air services agreements, describing the deliveries as \"a further escalation\".",
			[]string{"CONDEMNED state:ESP state:IRN", "CONDEMNED state:PRT state:IRN"}, nil},
		{"near miss: a participle of another kind keeps the clause's subject",
			"Ukrainian officials said on Sunday that Russia had launched missiles at Kharkiv, killing four people.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, []string{"CONDEMNED state:UKR state:RUS"}},
		{"near miss: a that-clause of a noun, no speech verb",
			"The evidence that Belarus had moved troops to the border grew, calling it \"reckless\" was easy.",
			nil, []string{"CONDEMNED state:BLR state:BLR"}},
	})
}

// TestR33BreachedNorm: a name in the complement of a words.tsv breach noun and "of" ("in
// violation of relevant UN Security Council resolutions", "a clear violation of U.N. Security
// Council resolutions") names whose norm was broken: no target of a stance, and no antecedent
// of a later "its". Near misses: the breaker named before the breach noun stays the target; a
// name after another preposition is read as before.
func TestR33BreachedNorm(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"a norm's body after \"in violation of\", and a later its",
			"Spain condemned Iran's continued launches of ballistic missiles, in violation of relevant UN Security Council resolutions, and its growing military cooperation with Belarus.",
			[]string{"CONDEMNED state:ESP state:IRN"}, []string{"CONDEMNED state:ESP inst:unsc"}},
		{"a verdict of violation: the act's doer, not the norm's body",
			"Iran launched a ballistic missile on Monday. The foreign ministers of Spain and Italy said the launch was a clear violation of U.N. Security Council resolutions.",
			[]string{"CONDEMNED state:ESP state:IRN", "CONDEMNED state:ITA state:IRN"}, []string{"CONDEMNED state:ESP inst:unsc", "CONDEMNED state:ITA inst:unsc"}},
		{"near miss: the breaker named before the breach noun",
			"Spain criticised Iran for its launches in breach of UN Security Council resolutions.",
			[]string{"CONDEMNED state:ESP state:IRN"}, []string{"CONDEMNED state:ESP inst:unsc"}},
		{"near miss: a body named as the object, not after a breach noun",
			"Israeli envoy Gilad Erdan condemned the Security Council for its silence on the hostages.",
			[]string{"CONDEMNED person:gilad-erdan inst:unsc"}, nil},
	})
}

// TestR33MannerPhrase: a manner phrase of "in" and a words.tsv manner noun between the verb and
// its object, with no comma ("condemned in the strongest terms the continued Israeli
// attacks"), is skipped: the object after it is read as if it followed the verb. Near misses:
// a phrase of "in" with no manner noun ("condemned in Geneva the ...") is left alone, and a
// manner phrase closed by a comma leaves no object.
func TestR33MannerPhrase(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"a demonym on the event noun after the manner phrase",
			"The Security Council condemned in the strongest terms the continued Syrian attacks on Idlib.",
			[]string{"CONDEMNED inst:unsc state:SYR"}, nil},
		{"the strongest possible terms, a bombardment",
			"Norway condemned in the strongest possible terms the Israeli bombardment of tents in Rafah.",
			[]string{"CONDEMNED state:NOR state:ISR"}, nil},
		{"near miss: a place phrase of \"in\" is no manner phrase",
			"Norway condemned in Oslo the bombardment of tents in Rafah.",
			nil, []string{"CONDEMNED state:NOR place:oslo"}},
	})
}

// TestR33Echo: a stance that repeats the latest one by reference ("issued similar statements",
// "echoed the condemnation"; triggers.tsv flag echo) condemns the targets of the paragraph's
// latest sentence that condemned by a verb. Near misses: a support stated after the
// condemnation is the latest stance, and nothing is repeated; no stance before in the
// paragraph, no relation; a blank line ends the paragraph.
func TestR33Echo(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"a list of states repeats the latest condemnation",
			"Iran struck the port of Aden on Monday. Cairo condemned the strike. Jordan, Oman and Kuwait issued similar statements.",
			[]string{"CONDEMNED state:EGY state:IRN", "CONDEMNED state:JOR state:IRN", "CONDEMNED state:OMN state:IRN", "CONDEMNED state:KWT state:IRN"}, nil},
		{"demonym counterparts, past a quote's own blame",
			"Estonia's Foreign Minister Margus Tsahkna condemned the deployment of Iranian troops on Monday. \"Iran now fights in Russia's illegal war,\" he wrote. His Latvian and Lithuanian counterparts issued similar statements.",
			[]string{"CONDEMNED state:LVA state:IRN", "CONDEMNED state:LTU state:IRN"}, []string{"CONDEMNED state:LVA state:RUS", "CONDEMNED state:LTU state:RUS"}},
		{"echoed the condemnation",
			"Seoul condemned Pyongyang's missile launch. Tokyo echoed the condemnation.",
			[]string{"CONDEMNED state:JPN state:PRK"}, nil},
		{"near miss: a support is the latest stance",
			"Seoul condemned Pyongyang's missile launch. Germany pledged support for Ukraine. France issued a similar statement.",
			nil, []string{"CONDEMNED state:FRA state:PRK"}},
		{"near miss: no stance before",
			"France issued a similar statement on Monday.",
			nil, []string{"CONDEMNED state:FRA state:PRK"}},
		{"near miss: a new paragraph",
			"Seoul condemned Pyongyang's missile launch.\n\nTokyo issued a similar statement.",
			nil, []string{"CONDEMNED state:JPN state:PRK"}},
	})
}

// TestR33QuoteSpeakerParticiple: a participle after a comma that follows a quotation and its
// speech verb ("“...,” X wrote on Telegram, accusing Y of ...") has the quotation's speaker as
// subject. Near miss: a name inside the quotation is no subject.
func TestR33QuoteSpeakerParticiple(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"inverted order: the speaker before the speech verb",
			"\"The world must hear what is happening,\" Lithuanian President Gitanas Nauseda wrote on Telegram, accusing Belarus of hiding its help to Russia.",
			[]string{"CONDEMNED person:gitanas-nauseda state:BLR"}, nil},
		{"near miss: a name inside the quotation is no subject",
			"\"Poland stands with Ukraine,\" President Gitanas Nauseda wrote on Monday, accusing Belarus of lying.",
			[]string{"CONDEMNED person:gitanas-nauseda state:BLR"}, []string{"CONDEMNED state:POL state:BLR"}},
	})
}

// TestR33RelativeOwnObject: a verb in a relative clause whose subject is inside it takes the
// antecedent as object only when no object follows it; an article after the verb opens its
// own object ("..., which all joined Canada in condemning the launch": the launch, not the
// antecedent). Near miss: with a preposition after the verb the antecedent is still the
// object ("Stubb, whom Moscow denounced as a warmonger").
func TestR33RelativeOwnObject(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"an article opens the verb's own object",
			"She met the leaders of Peru, Chile and Mexico, which all joined Canada in condemning the launch.",
			nil, []string{"CONDEMNED state:CAN state:PER", "CONDEMNED state:CAN state:CHL", "CONDEMNED state:CAN state:MEX"}},
		{"near miss: a preposition after the verb, the antecedent is the object",
			"The summit was hosted by Finnish President Alexander Stubb, whom Moscow denounced as a warmonger.",
			[]string{"CONDEMNED state:RUS person:alexander-stubb"}, nil},
	})
}

// TestR33ConjunctDoers: a condemnation's event object coordinated with further acts names
// the doers of each: the possessor right after "and" ("and Iran's transfer of drones"), or
// the agent after "by" in a conjunct opened by "of" or an article ("and of drones by Iran").
// Near misses: a new clause's subject after ", and" ("and Albania's Prime Minister ...
// slammed") and a possessive inside a reported clause after "and said" are no targets.
func TestR33ConjunctDoers(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"a possessor after a parenthetical and \", and\"",
			"Spain strongly condemns the export of Syrian artillery shells to Russia, in violation of numerous UN Security Council resolutions, and Iran's transfer of drones.",
			[]string{"CONDEMNED state:ESP state:SYR", "CONDEMNED state:ESP state:IRN"}, []string{"CONDEMNED state:ESP inst:unsc"}},
		{"an agent after \"by\" in a conjunct opened by \"of\"",
			"Norway strongly condemns the export of artillery shells by Syria and of unmanned aerial vehicles by Iran to Russia.",
			[]string{"CONDEMNED state:NOR state:SYR", "CONDEMNED state:NOR state:IRN"}, nil},
		{"an agent in a conjunct opened by an article",
			"Norway condemns the launches of ballistic missiles by Syria and the transfer of drones by Iran to Russia.",
			[]string{"CONDEMNED state:NOR state:SYR", "CONDEMNED state:NOR state:IRN"}, nil},
		{"near miss: a new clause's subject after \", and\"",
			"Norway decried Syria's assault on the police, and Albania's Prime Minister Edi Rama slammed the attack.",
			[]string{"CONDEMNED state:NOR state:SYR"}, []string{"CONDEMNED state:NOR state:ALB"}},
		{"near miss: a possessive in a reported clause after \"and said\"",
			"Norway condemned Syria's test and said it would protect the security of its homeland and its allies.",
			[]string{"CONDEMNED state:NOR state:SYR"}, []string{"CONDEMNED state:NOR state:NOR"}},
	})
}
