package extract

import "testing"

// Stop 28, SANCTIONED / SUPPORTS / VETOED (branch r28sanc). Misses of the three types on
// heldout26 + heldout27 (fn 16+19, 15+19, 3+1), classified before any rule:
//
//	class        SANCTIONED  SUPPORTS  VETOED  what
//	no trigger        6          5        0    a designation list announced without a colon
//	                                           ("designated the following persons ... ."),
//	                                           "stands with", "reaffirmed the EU's support"
//	                                           in long readouts; pledges in quotes
//	argument          4          6        2    a coordinated agent list mixing a state and a
//	                                           body; a veto's body named as "the Council"
//	anaphor           3         14        1    "we"/"they"/"the two sides", the issuer of a
//	                                           communique or statement (r28doc), "it" for the
//	                                           latest state
//	entity           17          2        0    "The Council" in a Council press release not
//	                                           resolved (source of a 10-name list), designees
//	                                           the gazetteer lacks (Insitu, Aerkomm ...),
//	                                           all-caps surnames read as acronyms
//	convention        5          7        1    voting for a UN sanctions resolution as
//	                                           SANCTIONED; a treaty's mutual-assistance clause;
//	                                           "support for the success of the summit"
//
// Classes kept here are mechanisms measured on every set; their test sentences are ours.

// TestR28SancStateBodyList: a list of parties that mixes a state and a body, the body after a
// comma and "the" and closed by another comma or the conjunction ("by Canada, the European
// Union and Australia"), keeps every member, whatever the relation; an apposition ("Japan, a
// G7 member,") or a body that modifies a noun ("the EU member that ...") is no member.
func TestR28SancStateBodyList(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"passive agents of a sanction, a body between two states",
			"The sanctions were imposed on Iran by Canada, the European Union and Australia.",
			[]string{"SANCTIONED inst:eu state:IRN", "SANCTIONED state:CAN state:IRN", "SANCTIONED state:AUS state:IRN"}, nil},
		{"a reduced passive with a pronoun target's stand-in, three agents",
			"Russia still has friends despite the sanctions imposed on Moscow by the United States, the European Union and Japan.",
			[]string{"SANCTIONED inst:eu state:RUS", "SANCTIONED state:USA state:RUS", "SANCTIONED state:JPN state:RUS"}, nil},
		{"objects of a stance verb, an armed group between two states",
			"Chile condemned Russia, the Wagner Group and Belarus for the attack on Odesa.",
			[]string{"CONDEMNED state:CHL inst:wagner-group", "CONDEMNED state:CHL state:RUS", "CONDEMNED state:CHL state:BLR"}, nil},
		{"objects of a support verb, future, two bodies after a state",
			"Kenya will support Somalia, the African Union and the United Nations in the transition.",
			[]string{"SUPPORTS state:KEN inst:african-union", "SUPPORTS state:KEN inst:un", "SUPPORTS state:KEN state:SOM"}, nil},
		{"an indefinite apposition is no member (near miss)",
			"Japan, a G7 member, sanctioned Russia.",
			[]string{"SANCTIONED state:JPN state:RUS"}, []string{"SANCTIONED inst:g7 state:RUS"}},
		{"a body modifying a noun after the comma is no member (near miss)",
			"Norway, the NATO ally that borders Russia, imposed sanctions on Belarus.",
			[]string{"SANCTIONED state:NOR state:BLR"}, []string{"SANCTIONED inst:nato state:BLR"}},
	})
}

// TestR28SancNearMisses: wording near the three relations that must keep its polarity or
// modality: a sanction only considered is speculative, a denied support is denied.
func TestR28SancNearMisses(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"sanctions under consideration are no fact",
			"Brazil is considering sanctions on Venezuela.",
			[]string{"SANCTIONED state:BRA state:VEN asserted/speculative"}, nil},
		{"support denied by its subject",
			"Hungary denied supporting Russia.",
			[]string{"SUPPORTS state:HUN state:RUS denied/"}, nil},
		{"a vote against a draft is no veto",
			"Peru voted against the draft resolution on Haiti.",
			nil, []string{"VETOED state:PER inst:unsc"}},
	})
}

// TestR28SancSiteParticiple: a present participle of a relation right after a site noun
// (words.tsv site-head) is a reduced relative on the site ("struck energy facilities
// supporting Ukraine's defence industry"): the clause's subject neither supports nor supplies
// anyone through it. A participle after a verb ("keeps supporting") still does.
func TestR28SancSiteParticiple(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"support participle after 'facilities', in a claim",
			"Belarus said its forces had struck energy facilities supporting the defence industry of Ukraine.",
			nil, []string{"SUPPORTS state:BLR state:UKR"}},
		{"supply participle after 'plants', with goods and a recipient",
			"Russian missiles hit plants supplying weapons to Ukraine on Monday.",
			nil, []string{"SUPPLIED state:RUS state:UKR"}},
		{"support participle after 'refineries', present tense",
			"Drones target refineries aiding Russia, Kyiv says.",
			nil, []string{"SUPPORTS state:UKR state:RUS"}},
		{"a participle after a verb keeps its subject (near miss)",
			"Poland keeps supporting Ukraine.",
			[]string{"SUPPORTS state:POL state:UKR"}, nil},
	})
}

// TestR28SancListAhead: a list trigger whose object is "the following ..." in a sentence that
// ends in a full stop announces entries given after it, past a further sentence and a
// numbered summary heading; an "Individuals" heading makes the entries' heads persons, an
// all-caps surname included. A "following" that is no list trigger's object opens nothing.
func TestR28SancListAhead(t *testing.T) {
	notice := "SANCTIONS NOTICE\n\n1. On 3 March 2025 the Office of Foreign Assets Control (OFAC) designated the following individuals and entities under Executive Order 14024, for their role in shipping munitions to Russia. The designated persons are subject to blocking of property.\n\n2. Summary of designations\n\nIndividuals\n\n1. PAK Song Il (a.k.a. PAK Song-il). Position: Director of the Munitions Industry Department.\n\n2. KIM Chol Nam. Position: Deputy Director.\n\nEntities\n\n3. EASTERN STAR SHIPPING LLC. Address: Nakhodka, Russia.\n\n3. Contact\n\n3.1 Enquiries should go to OFAC.\n"
	passive := "Title: Regulations notice\n\nThe following persons were designated by the Foreign Office on 4 May 2025 under the Regulations. Details are set out below.\n\nEntities\n\n1. Blue Harbour Trading FZE. Address: Dubai.\n\n2. Northern Rail Logistics LLC. Address: Khabarovsk.\n"
	nearMiss := "Title: Briefing\n\nThe ministers met in Paris on the following day and discussed sanctions on Russia. They condemned the strike.\n\n1. Coastal Star Holdings LLC. Address: Dubai.\n"
	checkRelations(t, "2025-03-04", []relCase{
		{"active designation, entries after a summary heading, persons and an entity",
			notice,
			[]string{"SANCTIONED inst:ofac person:pak-song-il asserted/fact 2025-03-03", "SANCTIONED inst:ofac person:kim-chol-nam", "SANCTIONED inst:ofac inst:eastern-star-shipping-llc"},
			[]string{"SANCTIONED inst:ofac inst:summary", "SANCTIONED inst:ofac inst:kim"}},
		{"passive designation with 'the following' as subject",
			passive,
			[]string{"SANCTIONED inst:foreign-office inst:blue-harbour-trading-fze", "SANCTIONED inst:foreign-office inst:northern-rail-logistics-llc"}, nil},
		{"'the following day' announces no list (near miss)",
			nearMiss,
			nil, []string{"SANCTIONED inst:coastal-star-holdings-llc"}},
	})
}
