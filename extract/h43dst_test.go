package extract

import "testing"

// TestH43dstTroopsPastPhaseAndRelative: the troops whose owner acts stand before a phase verb
// ("have begun fighting", "continued to patrol") and before a reduced passive relative that
// says where they were sent ("troops sent to Russia have entered combat"); the relative's name
// is where they went, not who moves them now.
func TestH43dstTroopsPastPhaseAndRelative(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"a phase verb before an -ing trigger",
			"Eritrean soldiers have begun fighting in Tigray.",
			[]string{"DEPLOYED state:ERI place:tigray"},
			nil},
		{"a phase verb before to + infinitive",
			"Rwandan troops continued to fight in North Kivu.",
			[]string{"DEPLOYED state:RWA place:north-kivu"},
			nil},
		{"a reduced relative between the troops and their verb",
			"Rwandan soldiers deployed to Mozambique are taking part in combat operations in Cabo Delgado.",
			[]string{"DEPLOYED state:RWA place:cabo-delgado", "DEPLOYED state:RWA state:MOZ"},
			[]string{"DEPLOYED state:MOZ place:cabo-delgado"}},
		{"a reduced relative of stationing, then a move",
			"U.S. troops stationed in Niger have moved to Chad.",
			[]string{"DEPLOYED state:USA state:TCD"},
			[]string{"DEPLOYED state:NER state:TCD"}},
		{"a phase verb with a named object keeps its own verb (must not fire)",
			"Russian troops started the war in Ukraine.",
			nil,
			[]string{"DEPLOYED state:RUS state:UKR"}},
	})
}

// TestH43dstCombatEntered: troops engaged in combat, or entering it, somewhere are deployed
// there and attack those they fight against; entering a war names no place of it.
func TestH43dstCombatEntered(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"entered the fighting in",
			"Rwandan soldiers have entered the fighting in North Kivu.",
			[]string{"DEPLOYED state:RWA place:north-kivu"},
			nil},
		{"engaged in combat operations in",
			"Eritrean troops are engaged in combat operations in Tigray.",
			[]string{"DEPLOYED state:ERI place:tigray"},
			nil},
		{"engaged in fighting against",
			"Armenian forces engaged in fighting against Azerbaijani forces near Lachin.",
			[]string{"ATTACKED state:ARM state:AZE"},
			nil},
		{"a state entering a war deploys nothing (must not fire)",
			"Ukraine entered the war in 2014.",
			nil,
			[]string{"DEPLOYED state:UKR"}},
		{"engaged in talks is no combat (must not fire)",
			"Indian officials engaged in talks with Chinese officials in Beijing.",
			nil,
			[]string{"DEPLOYED state:IND place:beijing", "ATTACKED state:IND state:CHN"}},
	})
}

// TestH43dstPartOfForceIsNowIn: part of a force named before, which "is now" or "is still" in
// a place, is deployed there by the force's owner; a copula with no troops, or with no place
// after "in", states nothing, and "are now members" stays a membership.
func TestH43dstPartOfForceIsNowIn(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"some of them are still in",
			"About 10,000 Eritrean soldiers crossed into Ethiopia, and some of them are still in Tigray.",
			[]string{"DEPLOYED state:ERI place:tigray"},
			nil},
		{"a significant number are now in",
			"Kenya has sent 400 police officers to Haiti, and most of them are now in Port-au-Prince.",
			[]string{"DEPLOYED state:KEN place:port-au-prince", "DEPLOYED state:KEN state:HTI"},
			nil},
		{"no place after in (must not fire)",
			"Kenya has sent 400 police officers to Haiti, and most of them are now in good health.",
			[]string{"DEPLOYED state:KEN state:HTI"},
			nil},
		{"no troops (must not fire)",
			"Chad said the talks with Sudan are now in Doha.",
			nil,
			[]string{"DEPLOYED state:TCD place:doha", "DEPLOYED state:SDN place:doha"}},
		{"a membership stays one (must not change)",
			"Finland and Sweden are now members of NATO.",
			[]string{"MEMBER_OF state:FIN inst:nato", "MEMBER_OF state:SWE inst:nato"},
			nil},
	})
}

// TestH43dstApposedModelAfterClass: a model in apposition after the class noun a launch verb
// takes, with an article and lower-case modifiers before it ("an ICBM, a solid-fuel
// Hwasong-18,"), is launched too; a capitalised class noun counts when its canonical name is
// a class's. A list of models with no article stays a list, and a model followed by "and"
// is a list item.
func TestH43dstApposedModelAfterClass(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"an acronym class, then an article, a modifier and the model",
			"Pyongyang launched an ICBM, a solid-fuel Hwasong-18, on Monday.",
			[]string{"LAUNCHED state:PRK weapon:hwasong-18", "LAUNCHED state:PRK weapon:icbm"},
			nil},
		{"a lower-case class, then the model ending the sentence",
			"India test-fired an intermediate-range ballistic missile, a new road-mobile Agni-4.",
			[]string{"LAUNCHED state:IND weapon:agni-4"},
			nil},
		{"the definite article before the model",
			"Pakistan fired a ballistic missile, the new Shaheen-3, on Saturday.",
			[]string{"LAUNCHED state:PAK weapon:shaheen-3"},
			nil},
		{"models in a list, no apposition (must not change)",
			"Ukraine fired ATACMS, HIMARS rockets and drones at Crimea.",
			[]string{"LAUNCHED state:UKR weapon:atacms"},
			nil},
	})
}

// TestH43dstCountedTroopsOfTheOneSender: a counted force with no owner named ("About 1,000
// soldiers were ferried to ... on Tanzanian ships") carried in a passive after the document's
// one deployment is that sender's, as "the troops" is (the carrier's state carries them); a
// force whose owner is named keeps its owner. (Only the carrier rows read it so far: with no
// vehicle named, "were moved to" still reads no owner.)
func TestH43dstCountedTroopsOfTheOneSender(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"a counted force after one sender",
			"Rwanda has sent troops to Mozambique. About 1,000 soldiers were ferried to Cabo Delgado on Tanzanian ships.",
			[]string{"DEPLOYED state:RWA place:cabo-delgado"},
			[]string{"DEPLOYED state:TZA place:cabo-delgado"}},
		{"a count with modifiers before the troop noun",
			"Chad has sent troops to Mali. Some 800 special forces troops were carried to Gao aboard French aircraft.",
			[]string{"DEPLOYED state:TCD place:gao"},
			[]string{"DEPLOYED state:FRA place:gao"}},
		{"a force whose owner is named keeps its owner (must not change)",
			"Chad has sent troops to Mali. Some 800 Nigerien troops were carried to Gao aboard French aircraft.",
			[]string{"DEPLOYED state:NER place:gao"},
			[]string{"DEPLOYED state:TCD place:gao"}},
	})
}

// TestH43dstPartOfForceOfTheOneSender: part of a force whose owner its sentence does not name
// ("some of them have moved to ...") is the document's one sender's; with two senders it is
// nobody's.
func TestH43dstPartOfForceOfTheOneSender(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"some of them, after one sender",
			"Rwanda has sent troops to Mozambique. More than 2,000 soldiers have arrived in Mozambique, and some of them have moved to Cabo Delgado.",
			[]string{"DEPLOYED state:RWA place:cabo-delgado"},
			[]string{"DEPLOYED state:MOZ place:cabo-delgado"}},
		{"most of them, another wording",
			"Chad has deployed forces to Niger. About 1,000 soldiers are in Niamey, and most of them have moved to Agadez.",
			[]string{"DEPLOYED state:TCD place:agadez"},
			[]string{"DEPLOYED state:NER place:agadez"}},
		{"two senders: nobody's (must not fire)",
			"Rwanda and Burundi have sent troops to Mozambique. More than 2,000 soldiers have arrived in Mozambique, and some of them have moved to Cabo Delgado.",
			nil,
			[]string{"DEPLOYED state:RWA place:cabo-delgado", "DEPLOYED state:BDI place:cabo-delgado"}},
	})
}
