package extract

import "testing"

// TestVoicedStance: a speaker who speaks for the supporter and says that it supports, stands
// with or backs another voices the support, the speech act itself (SCHEMA.md Modality rule
// 1: "pledging or voicing support" is a fact), in the present, the past or with "continued
// to", as with "would"; the speaker may be the state's own official or name it "his
// country". A third party's attribution of the whole ("..., the agency said", "according to
// ...") still reports it, an auxiliary ("had backed") claims an earlier act, and someone else
// speaking reports it. Every sentence is our own.
func TestVoicedStance(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"leader says his state supports, present",
			"Recep Tayyip Erdogan said on Tuesday that Ankara supports Georgia's sovereignty.",
			[]string{"SUPPORTS state:TUR state:GEO asserted/fact"}, nil},
		{"possessive anaphor: his country backed, past",
			"Japan's ambassador, Kazuyuki Yamazaki, told the council that his country backed Ukraine without reservation.",
			[]string{"SUPPORTS state:JPN state:UKR asserted/fact"}, nil},
		{"continued to support",
			"Kim Jong Un said Pyongyang continued to support Moscow in its war.",
			[]string{"SUPPORTS state:PRK state:RUS asserted/fact"}, nil},
		{"would always stand with: a frequency adverb before the verb",
			"Sergey Lavrov said Russia would always stand with Belarus against pressure from the West.",
			[]string{"SUPPORTS state:RUS state:BLR asserted/fact"}, nil},
		{"a long adjunct between the verb of saying and its clause",
			"Choe Son Hui said after a dinner with her Russian hosts on Saturday that Pyongyang would stand firmly by Moscow.",
			[]string{"SUPPORTS state:PRK state:RUS asserted/fact"}, nil},
		{"near miss: a third party's closing attribution reports it",
			"Kim Jong Un told his guests that Pyongyang supported Moscow, the agency said.",
			[]string{"SUPPORTS state:PRK state:RUS asserted/reported"}, nil},
		{"near miss: an auxiliary claims an earlier act",
			"Kim Jong Un said Pyongyang had backed Moscow since 2022.",
			[]string{"SUPPORTS state:PRK state:RUS asserted/reported"}, nil},
		{"near miss: someone else speaking reports it",
			"Analysts said China backs Russia.",
			[]string{"SUPPORTS state:CHN state:RUS asserted/reported"}, nil},
	})
}

// TestHedgeScope: a hedge after a speech act's trigger is what the act says, not a hedge on
// the act ("accused Moscow of trying to silence the panel" is an accusation made, a fact),
// and a hedge or plan before a verb of hiding is on the hiding: the act hidden is taken as
// real (SCHEMA.md Modality rules 1-2). A hedge before the act itself still hedges it.
// Every sentence is our own.
func TestHedgeScope(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a hedge inside the accusation",
			"Linda Thomas-Greenfield accused Russia of trying to blind the inspectors.",
			[]string{"CONDEMNED person:linda-thomas-greenfield state:RUS asserted/fact"}, nil},
		{"a hedge inside the condemned object",
			"Japan condemned Iran for what may become a new drone programme.",
			[]string{"CONDEMNED state:JPN state:IRN asserted/fact"}, nil},
		{"trying to hide: the hidden transfer is reported, not hedged",
			"A diplomat said Moscow was trying to hide its purchases of artillery shells from North Korea.",
			[]string{"SUPPLIED state:PRK state:RUS asserted/reported"}, nil},
		{"a plan to conceal: the hidden deliveries are real",
			"Officials said the veto was intended to conceal Iran's deliveries of drones to Russia.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/reported"}, nil},
		{"near miss: the attempt is the act itself",
			"Officials said Moscow was trying to buy artillery shells from North Korea.",
			[]string{"SUPPLIED state:PRK state:RUS asserted/speculative"}, nil},
	})
}

// TestBackgroundApposition: a relation stated in an apposition set off by commas after a name
// is background the text presupposes; a report or hedge of the main clause does not reach it
// (SCHEMA.md Modality rule 1: the report is the claim the main clause makes). The main
// clause's own relation keeps the report; an apposition closed by the report itself, and a
// relative clause narrating the reported events, stay reported. Every sentence is our own.
func TestBackgroundApposition(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"closest ally in apposition, closing attribution",
			"Belarus, Moscow's closest ally, was left off the new list, officials said.",
			[]string{"ALLY_OF state:BLR state:RUS asserted/fact"}, nil},
		{"both allies of, the subject speaks",
			"Japan and South Korea, both allies of Washington, said they would raise the launch at the council.",
			[]string{"ALLY_OF state:JPN state:USA asserted/fact", "ALLY_OF state:KOR state:USA asserted/fact"}, nil},
		{"as a member of, in a reported clause",
			"The minister said that Finland, as a member of NATO, would not stay silent.",
			[]string{"MEMBER_OF state:FIN inst:nato asserted/fact"}, nil},
		{"near miss: the main clause's relation stays reported",
			"Belarus, Moscow's closest ally, sent troops to Ukraine, officials said.",
			[]string{"ALLY_OF state:BLR state:RUS asserted/fact", "DEPLOYED state:BLR state:UKR asserted/reported"}, nil},
		{"near miss: an apposition closed by its own report",
			"The route runs through Belarus, a close ally of Russia, according to researchers.",
			[]string{"ALLY_OF state:BLR state:RUS asserted/reported"}, nil},
	})
}

// TestStatementIsTheMedium: a statement named around a speech act is where the act is done,
// not a source that reports it ("Tokyo condemned the launch in a statement" is a fact,
// SCHEMA.md Modality rule 1), whether it opens the sentence or carries the act in a relative
// clause after its authors. A verb of saying still reports, and a statement framing an act
// that is no speech act reports it. Every sentence is our own.
func TestStatementIsTheMedium(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"an opening 'In a joint statement'",
			"In a joint statement released on Monday, Canada and Australia condemned the launch by North Korea.",
			[]string{"CONDEMNED state:CAN state:PRK asserted/fact", "CONDEMNED state:AUS state:PRK asserted/fact"}, nil},
		{"a statement by its authors that condemned",
			"The ministry welcomed a joint statement by Germany and Poland that condemned Belarus.",
			[]string{"CONDEMNED state:DEU state:BLR asserted/fact", "CONDEMNED state:POL state:BLR asserted/fact"}, nil},
		{"near miss: a verb of saying still reports",
			"The statement said that Canada had condemned North Korea.",
			[]string{"CONDEMNED state:CAN state:PRK asserted/reported"}, nil},
		{"near miss: an act that is no speech act stays reported",
			"In a statement, the ministry said Iran had sent drones to Russia.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/reported"}, nil},
	})
}

// TestContrastClauseSpeechAct: a speech act in a clause joined by ", while" or ", and" with a
// subject of its own (a role noun, a name in apposition or a participle phrase set off by
// commas may stand in it) is the text's own statement, not part of what the first clause's
// speaker said (SCHEMA.md Modality rule 1). "said ..., and that X condemned" continues the
// report. Every sentence is our own.
func TestContrastClauseSpeechAct(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"while + role noun + name in apposition",
			"Yoshimasa Hayashi said Tokyo had protested through its embassy, while the British foreign secretary, David Lammy, condemned Russia.",
			[]string{"CONDEMNED person:david-lammy state:RUS asserted/fact"}, nil},
		{"and + name of state + participle phrase",
			"Fu Cong said the vote was a setback, and Vassily Nebenzia of Russia, speaking for his delegation, condemned the United States.",
			[]string{"CONDEMNED person:vassily-nebenzia state:USA asserted/fact"}, nil},
		{"near miss: 'and that' continues the report",
			"Fu Cong said the vote was a setback and that Russia condemned the United States.",
			[]string{"CONDEMNED state:RUS state:USA asserted/reported"}, nil},
	})
}
