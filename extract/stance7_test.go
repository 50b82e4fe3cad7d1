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

// TestCouncilShortForm covers "the Council" in a document that names two councils: the short
// form is the first council the document named, not the latest, so a communiqué's own Council
// stays the speaker after it calls upon the Security Council. Every sentence is our own.
func TestCouncilShortForm(t *testing.T) {
	checkRelations(t, "2025-02-01", []relCase{
		{"the issuing council named first, the Security Council later",
			"The Council of Ministers of the Union of Andean Lakes met in Lima on 30 January 2025.\n\nThe Council condemns the attacks by Venezuela and calls upon the United Nations Security Council to act. The Council denounced the sanctions imposed by Brazil.",
			[]string{"CONDEMNED inst:council-of-ministers-of-the-union-of-andean-lakes state:VEN", "CONDEMNED inst:council-of-ministers-of-the-union-of-andean-lakes state:BRA"},
			[]string{"CONDEMNED inst:unsc state:VEN", "CONDEMNED inst:unsc state:BRA"}},
		{"the Security Council named first stays the Council",
			"The Security Council met on Monday. Russia vetoed the draft. The Council of Europe's envoy spoke later. Japan condemned the Council for its silence.",
			[]string{"CONDEMNED state:JPN inst:unsc"}, nil},
	})
}

// TestVetoedInBody covers a veto of something other than the body's own draft cast "in" the
// body: the body is affected too. Every sentence is our own.
func TestVetoedInBody(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a mandate's renewal vetoed in the Security Council",
			"The UN Panel of Experts reported in May. China vetoed the renewal of the mandate of the Panel of Experts in the Security Council on Monday.",
			[]string{"VETOED state:CHN inst:un-panel-of-experts", "VETOED state:CHN inst:unsc"}, nil},
		{"an unnamed extension blocked in the Council",
			"The United States blocks the extension of the mission at the UN Security Council.",
			[]string{"VETOED state:USA inst:unsc"}, nil},
		{"a place after 'in' is no body",
			"The Security Council met on Monday. Russia blocked the road in Kharkiv.",
			nil, []string{"VETOED state:RUS inst:unsc"}},
	})
}

// TestVetoedOneName covers a veto stated with the vetoer as the sentence's only name: the
// draft is the default body's, named elsewhere in the document. Every sentence is our own.
func TestVetoedOneName(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a past perfect veto of counted drafts",
			"The Security Council met on Monday. France had vetoed two earlier drafts.",
			[]string{"VETOED state:FRA inst:unsc"}, nil},
		{"present tense, one draft",
			"The Security Council met on Monday. China vetoes the text.",
			[]string{"VETOED state:CHN inst:unsc"}, nil},
		{"without the body named in the document, no veto",
			"Russia vetoed the draft in March.",
			nil, []string{"VETOED state:RUS inst:unsc"}},
		{"a blocked road is no draft",
			"The Security Council met on Monday. Russia blocked the road.",
			nil, []string{"VETOED state:RUS inst:unsc"}},
	})
}

// TestSpeakerOfStateSubject covers the meeting-record subject "NAME of STATE", with an
// apposition before the verb: the person speaks, not the state. Every sentence is our own.
func TestSpeakerOfStateSubject(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a 'speaking for' apposition after 'NAME of STATE'",
			"Lana Nusseibeh of the United Arab Emirates, speaking for the Arab Group, condemned Israel.",
			[]string{"CONDEMNED person:lana-nusseibeh state:ISR"}, []string{"CONDEMNED state:ARE state:ISR"}},
		{"a 'speaking on behalf of' apposition, present tense",
			"Pedro Comissario of Mozambique, speaking on behalf of the African members, denounces Russia.",
			[]string{"CONDEMNED person:pedro-comissario state:RUS"}, []string{"CONDEMNED state:MOZ state:RUS"}},
		{"an office of a state, no person: the state is the subject",
			"The Minister of Defence of Japan, speaking in Tokyo, condemned Russia.",
			[]string{"CONDEMNED state:JPN state:RUS"}, nil},
	})
}

// TestDisappointingVerdict covers a veto judged "disappointing" or "politicised" in a
// reported clause or by a calling verb: criticism of the vetoer. Every sentence is our own.
func TestDisappointingVerdict(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"said the veto was deeply disappointing",
			"The Security Council met on Monday. Russia vetoed the draft. Japan said the veto was \"deeply disappointing\".",
			[]string{"CONDEMNED state:JPN state:RUS"}, nil},
		{"called the veto politicised",
			"The Security Council met on Monday. The United States vetoed the draft. Algeria called the veto politicised.",
			[]string{"CONDEMNED state:DZA state:USA"}, nil},
		{"a disappointing result names nobody to blame",
			"Japan said the results of the talks with Russia were disappointing for both sides.",
			nil, []string{"CONDEMNED state:JPN state:RUS"}},
	})
}

// TestDesignatedMembers covers a counted designation whose members follow "among them",
// "such as" or an apposition, also when a hyphenated name modifies the counted noun ("two
// Iran-based firms, X and Y"). Every sentence is our own.
func TestDesignatedMembers(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"'among them' after a counted object",
			"The Treasury Department designated four individuals and nine entities, among them Mahan Air, on Friday.",
			[]string{"SANCTIONED inst:us-treasury inst:mahan-air"}, nil},
		{"'such as', present progressive",
			"OFAC is designating five firms, such as Mahan Air and Iran Air.",
			[]string{"SANCTIONED inst:ofac inst:mahan-air", "SANCTIONED inst:ofac inst:iran-air"}, nil},
		{"a hyphenated state before the counted noun, members in apposition",
			"The Council designated two Iran-based companies, Mahan Air and Iran Air, for supplying drones.",
			[]string{"SANCTIONED inst:council-of-the-eu inst:mahan-air", "SANCTIONED inst:council-of-the-eu inst:iran-air"},
			[]string{"SANCTIONED inst:council-of-the-eu state:IRN"}},
		{"'them' after 'among' refers to nothing",
			"The Treasury Department designated six entities, among them Mahan Air.",
			[]string{"SANCTIONED inst:us-treasury inst:mahan-air"}, []string{"SANCTIONED inst:us-treasury inst:us-treasury"}},
	})
}

// TestTitledPersonObject covers an object written as demonym, title and name: the person is
// the object, unless the title is an envoy's, who stands for the state. Every sentence is
// our own.
func TestTitledPersonObject(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"sanctioned a minister named with his state's demonym",
			"Canada sanctioned Iranian Defence Minister Aziz Nasirzadeh on Monday.",
			[]string{"SANCTIONED state:CAN person:aziz-nasirzadeh"}, []string{"SANCTIONED state:CAN state:IRN"}},
		{"a lower-case title, present tense",
			"The Foreign Office condemns Belarusian leader Alexander Lukashenko.",
			[]string{"CONDEMNED inst:foreign-office person:alexander-lukashenko"}, []string{"CONDEMNED inst:foreign-office state:BLR"}},
		{"an envoy stands for the state",
			"Tokyo summoned Chinese Ambassador Wu Jianghao on Friday.",
			[]string{"CONDEMNED state:JPN state:CHN"}, []string{"CONDEMNED state:JPN person:wu-jianghao"}},
		{"a demonym before a plain noun stays the state",
			"Japan condemned Russian drones.",
			[]string{"CONDEMNED state:JPN state:RUS"}, nil},
	})
}

// TestIncludedActAgents covers a condemned or worrying conduct whose ", including" phrase
// names an act and its agent after "by": the agent is a target too. Every sentence is our own.
func TestIncludedActAgents(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a noun of concern, the agent of an included use",
			"Australia expressed grave concern over China's behaviour in the South China Sea, including the use of lasers by China Coast Guard ships.",
			[]string{"CONDEMNED state:AUS state:CHN", "CONDEMNED state:AUS inst:china-coast-guard"}, nil},
		{"a verb with an unnamed object, 'including through'",
			"Vietnam condemns the harassment of its fishermen, including through the ramming of boats by the China Coast Guard.",
			[]string{"CONDEMNED state:VNM inst:china-coast-guard"}, nil},
		{"a 'by' far past the included phrase names no agent",
			"Vietnam condemned the harassment of its fishermen, including ramming, and the boats were towed to port on Monday by Chinese tugs that the China Coast Guard had sent.",
			nil, []string{"CONDEMNED state:VNM inst:china-coast-guard"}},
	})
}

// TestStatementIssuersRelative covers a condemnation in a relative clause whose antecedent is
// a statement by listed issuers: each issuer condemns. "that" before a past form is a
// relative pronoun, not a determiner. Every sentence is our own.
func TestStatementIssuersRelative(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a joint statement by ministers of a list, with a comitative member",
			"Seoul welcomed a joint statement by the defence ministers of Australia, Canada and 12 other states, together with NATO, that condemned Iran's drone transfers.",
			[]string{"CONDEMNED state:AUS state:IRN", "CONDEMNED state:CAN state:IRN", "CONDEMNED inst:nato state:IRN"},
			[]string{"CONDEMNED state:KOR state:IRN"}},
		{"'which' and a present form, a declaration of one body",
			"Kyiv praised the declaration of the European Council which strongly condemns Belarus.",
			[]string{"CONDEMNED inst:european-council state:BLR"}, nil},
		{"'that' as a determiner before a noun trigger stays a noun",
			"Japan said that condemnation of Russia by Canada was overdue.",
			[]string{"CONDEMNED state:CAN state:RUS"}, nil},
	})
}

// TestCondemnedTreatyParties covers a condemned unnamed treaty or pact after its signing: the
// parties are the signers' states (a leader stands for his). Every sentence is our own.
func TestCondemnedTreatyParties(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"leaders signed a named treaty; 'the pact' is condemned",
			"Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the Treaty on Comprehensive Strategic Partnership on Wednesday.\n\nJapan condemned the pact on Thursday.",
			[]string{"CONDEMNED state:JPN state:RUS", "CONDEMNED state:JPN state:PRK"},
			[]string{"CONDEMNED state:JPN person:vladimir-putin", "CONDEMNED state:JPN person:kim-jong-un"}},
		{"states signed; a quoted present-tense verb",
			"Iran and Belarus signed the Minsk Defence Accord on Monday. Kyiv said it \"firmly denounces\" the treaty.",
			[]string{"CONDEMNED state:UKR state:IRN", "CONDEMNED state:UKR state:BLR"}, nil},
		{"no signing stated before: the treaty names no one",
			"Japan condemned the treaty on Thursday, and Russia attacked Kharkiv.",
			nil, []string{"CONDEMNED state:JPN state:RUS"}},
	})
}

// TestSupportOfHelper covers "the support of X": after "the" the of-phrase is the helper;
// with no target after it, nobody is stated as helped. Every sentence is our own.
func TestSupportOfHelper(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"welcomed the support of two bodies, no target",
			"The Commission welcomed the support of the African Union and the European Union.",
			nil, []string{"SUPPORTS inst:european-commission inst:african-union", "SUPPORTS inst:european-commission inst:eu"}},
		{"the backing of a state with a target after 'for'",
			"Kyiv welcomes the backing of Canada for Ukraine.",
			[]string{"SUPPORTS state:CAN state:UKR"}, []string{"SUPPORTS state:UKR state:CAN"}},
		{"no article: the of-phrase is the one helped",
			"Canada voiced support of Ukraine.",
			[]string{"SUPPORTS state:CAN state:UKR"}, nil},
	})
}

// TestEventObjectEmbeddedReport covers a condemned definite event whose "as" complement holds
// an embedded report ("what he said were Moscow's purchases"): a name there belongs to the
// report and does not take the doer's place. Every sentence is our own.
func TestEventObjectEmbeddedReport(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"the vetoer named again inside 'what he said'",
			"The Security Council met on Monday. China vetoed the draft. Britain's envoy, Anna Gray, condemned the veto as a step meant to hide what she said were Beijing's shipments.",
			[]string{"CONDEMNED person:anna-gray state:CHN"}, nil},
		{"without a pronoun before it, a speech verb does not end the phrase",
			"The Security Council met on Monday. China vetoed the draft. Britain's envoy, Anna Gray, condemned the veto, and Russia said it would abstain.",
			[]string{"CONDEMNED person:anna-gray state:CHN"}, []string{"CONDEMNED person:anna-gray state:RUS"}},
	})
}
