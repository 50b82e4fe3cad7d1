package extract

import "testing"

// Round 31, MET_WITH, VISITED and SIGNED. Every test text is our own wording. The miss classes
// of heldout32/33 and the other sets are in testdata/r31meet-misses.md.

// TestR31AgreementBetweenParties: the parties named after "between" right after an agreement's
// name signed it when the signing trigger names no signer of its own: a participle after the
// party list ("..., signed on"), a participle right after the name ("signed between"), a
// relative "which was signed", the "of" object of a signing noun; a "by" agent that is a
// person signs for the parties too. Near misses: leaders as the verb's subject sign alone, a
// parliament's ratification is its own state's, no signing trigger, one party only.
func TestR31AgreementBetweenParties(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"participle after the party list and a comma",
			"Troops moved under Article 3 of the Treaty on Mutual Assistance between Chile and Peru, signed on 4 March 2023, which provides for joint defence.",
			[]string{"SIGNED state:CHL agr:treaty-on-mutual-assistance", "SIGNED state:PER agr:treaty-on-mutual-assistance"}, nil},
		{"participle right after a quoted name",
			"Ecuador regrets the \"Treaty on Mutual Assistance\" signed between Chile and Peru in Lima on 4 March.",
			[]string{"SIGNED state:CHL agr:treaty-on-mutual-assistance", "SIGNED state:PER agr:treaty-on-mutual-assistance"}, nil},
		{"relative clause, which was signed",
			"The Border Cooperation Agreement between Norway and Canada, which was signed in Ottawa in May 2022, opens four bases.",
			[]string{"SIGNED state:NOR agr:border-cooperation-agreement", "SIGNED state:CAN agr:border-cooperation-agreement"}, nil},
		{"signing noun with a date, of-object",
			"The ministers noted the signing on 2 April 2024 of the Treaty on Mutual Assistance between Chile and Peru.",
			[]string{"SIGNED state:CHL agr:treaty-on-mutual-assistance", "SIGNED state:PER agr:treaty-on-mutual-assistance"}, nil},
		{"a person after by signs for the parties too",
			"Ecuador noted the ratification of the Treaty on Mutual Assistance between Chile and Peru, signed by Gabriel Boric and Dina Boluarte in Lima.",
			[]string{"SIGNED state:CHL agr:treaty-on-mutual-assistance", "SIGNED state:PER agr:treaty-on-mutual-assistance"}, nil},
		{"near miss: leaders as the subject sign alone",
			"Boric and Boluarte signed the Treaty on Mutual Assistance between Chile and Peru.",
			nil, []string{"SIGNED state:CHL agr:treaty-on-mutual-assistance", "SIGNED state:PER agr:treaty-on-mutual-assistance"}},
		{"near miss: a parliament's ratification is its own state's",
			"The Treaty on Mutual Assistance between Chile and Peru, ratified by the Congress of Peru on 3 May, enters into force.",
			nil, []string{"SIGNED state:CHL agr:treaty-on-mutual-assistance"}},
		{"near miss: no signing trigger",
			"The text of the Treaty on Mutual Assistance between Chile and Peru is in its final stages.",
			nil, []string{"SIGNED state:CHL agr:treaty-on-mutual-assistance", "SIGNED state:PER agr:treaty-on-mutual-assistance"}},
	})
}

// TestR31ConjunctPastRelative: a repeated preposition after a relative clause set off by commas
// on the first target ("travel on to Kazan, where tractors are built, and later to
// Novosibirsk") opens a second target of the same trigger. Near miss: a new clause after the
// relative clause's comma ("..., and Putin flew to Sochi") is no conjunct of the first.
func TestR31ConjunctPastRelative(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"travel on to, where-clause, and later to",
			"Alexander Lukashenko is expected to travel on to Kazan, where tractors are built, and later to Novosibirsk.",
			[]string{"VISITED person:alexander-lukashenko place:kazan", "VISITED person:alexander-lukashenko place:novosibirsk"}, nil},
		{"visits to, which-clause, and to",
			"Alexander Lukashenko made visits to Kazan, which hosts a tractor plant, and to Novosibirsk.",
			[]string{"VISITED person:alexander-lukashenko place:kazan", "VISITED person:alexander-lukashenko place:novosibirsk"}, nil},
		{"near miss: a new clause after the relative clause",
			"Alexander Lukashenko travelled to Kazan, where he opened a plant, and Vladimir Putin flew to Novosibirsk.",
			[]string{"VISITED person:alexander-lukashenko place:kazan"}, []string{"VISITED person:alexander-lukashenko place:novosibirsk"}},
	})
}

// TestR31GuidedEscorted: guiding or escorting a guest is a meeting in person; the active verb
// needs its guest right after it. Near miss: a thing guided, a person named elsewhere in the sentence.
func TestR31GuidedEscorted(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"active, guest after the verb",
			"Alexander Lukashenko personally guided Sergei Lavrov through an exhibition of tractors.",
			[]string{"MET_WITH person:alexander-lukashenko person:sergey-lavrov"}, nil},
		{"passive, adjunct after the agent",
			"Sergei Lavrov was escorted by Alexander Lukashenko through the plant in Minsk.",
			[]string{"MET_WITH person:alexander-lukashenko person:sergey-lavrov"}, nil},
		{"near miss: no guest after the verb",
			"Alexander Lukashenko guided the economy through the crisis, Sergei Lavrov said in Moscow.",
			nil, []string{"MET_WITH person:alexander-lukashenko person:sergey-lavrov"}},
	})
}

// TestR31EventCompany: the people after "by" of a participle of hosting, chairing or attending
// (words.tsv event-company) that follows a meeting noun met one another, with a second such
// participle joined by "and" and whoever the noun pairs already. Near misses: a host that is a
// state, a meeting noun with no such participle.
func TestR31EventCompany(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"was hosted by A and attended by B and C",
			"The meeting was hosted by Norway's Foreign Minister Espen Barth Eide and attended by Swedish Foreign Minister Maria Malmer Stenergard and Finland's Foreign Minister Elina Valtonen.",
			[]string{"MET_WITH person:elina-valtonen person:espen-barth-eide", "MET_WITH person:elina-valtonen person:maria-malmer-stenergard", "MET_WITH person:espen-barth-eide person:maria-malmer-stenergard"}, nil},
		{"a summit in a city hosted by two leaders, and a speaker",
			"Mark Rutte spoke after a summit in Oslo hosted by Norwegian Prime Minister Jonas Gahr Store and Danish Prime Minister Mette Frederiksen.",
			[]string{"MET_WITH person:jonas-gahr-store person:mette-frederiksen", "MET_WITH person:jonas-gahr-store person:mark-rutte"}, nil},
		{"near miss: a state hosts",
			"The summit was hosted by Norway and attended by Prime Minister Mette Frederiksen.",
			nil, []string{"MET_WITH person:mette-frederiksen state:NOR"}},
		{"near miss: no participle of company",
			"The meeting in Oslo ended early, and Mette Frederiksen flew home.",
			nil, []string{"MET_WITH person:mette-frederiksen person:jonas-gahr-store"}},
	})
}

// TestR31SpokeAdverb: a time or manner adverb between a verb of talking and its partner
// ("spoke overnight with", "spoke twice with") keeps the meeting; the bare verb with an
// audience ("spoke overnight to reporters") names no partner.
func TestR31SpokeAdverb(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"spoke overnight with",
			"Prime Minister Jonas Gahr Store spoke overnight with President Alexander Stubb.",
			[]string{"MET_WITH person:alexander-stubb person:jonas-gahr-store"}, nil},
		{"spoke twice with",
			"Prime Minister Jonas Gahr Store spoke twice with President Alexander Stubb about the border.",
			[]string{"MET_WITH person:alexander-stubb person:jonas-gahr-store"}, nil},
		{"near miss: an audience, no partner",
			"Prime Minister Jonas Gahr Store spoke overnight to reporters in Oslo, President Alexander Stubb said.",
			nil, []string{"MET_WITH person:jonas-gahr-store person:alexander-stubb"}},
	})
}
