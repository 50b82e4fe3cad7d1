package extract

import "testing"

// TestR14Entities covers round 14's classes of names the recogniser cut short or split, in
// sentences of our own (checkEntities is in r12ents_test.go).
func TestR14Entities(t *testing.T) {
	checkEntities(t, []entCase{
		// A firm's legal form after its head belongs to its name, also in capitals and
		// right after the head's abbreviation dot; it is never an acronym of its own.
		{"capitals, comma, legal form with its dot, in a numbered entry",
			"OFAC designated the following entities:\n\n1. TARVO MARINE PARTS CO., LTD., Dalian, PRC. Tarvo shipped engines.\n2. KESTREL ORBITAL CO., LTD. — a company based in China.",
			[]string{"inst:tarvo-marine-parts-co-ltd|TARVO MARINE PARTS CO., LTD.", "inst:kestrel-orbital-co-ltd|KESTREL ORBITAL CO., LTD."},
			[]string{"inst:ltd", "inst:tarvo-marine-parts-co", "inst:kestrel-orbital-co"}},
		{"legal form right after the head's dot, no comma",
			"The Council listed:\n6. Harbin Velmor Turbine Co. Ltd - Chinese maker of engines\n7. Nanjing Ostrel Technology Co. Ltd - supplier of parts",
			[]string{"inst:harbin-velmor-turbine-co-ltd|Harbin Velmor Turbine Co. Ltd", "inst:nanjing-ostrel-technology-co-ltd|Nanjing Ostrel Technology Co. Ltd"},
			[]string{"inst:harbin-velmor-turbine-co"}},
		{"in running prose, past tense",
			"Washington sanctioned Rivermark Optics Co. Ltd and SANDVIK HARBOUR CO., LTD. last year for supplying drones.",
			[]string{"inst:rivermark-optics-co-ltd", "inst:sandvik-harbour-co-ltd"}, []string{"inst:ltd"}},
		{"near miss: a legal-form word alone is still an acronym elsewhere",
			"The SAS trained the recruits in Hereford.",
			nil, []string{"inst:sas-ltd"}},
	})
}

// TestR14BareFormalBodies: a state body's formal name in capitals that no state owns still
// names an Institution (bodies.txt, third field).
func TestR14BareFormalBodies(t *testing.T) {
	checkEntities(t, []entCase{
		{"a spokesperson's body in a press conference title",
			"Foreign Ministry Spokesperson Chen Wei's Regular Press Conference on March 3, 2025\n\nQ: Will China respond?\nA: We firmly oppose the sale.",
			[]string{"inst:foreign-ministry|Foreign Ministry", "person:chen-wei"}, nil},
		{"a legislature as the subject, past tense",
			"The Senate approved the aid package last week, and the Ministry of National Defense said it welcomed the vote.",
			[]string{"inst:senate|Senate", "inst:ministry-of-national-defense|Ministry of National Defense"}, nil},
		{"near miss: a sentence's first capital is no formal name",
			"Foreign ministry spokesman Ali Karimi denied the report.",
			nil, []string{"inst:foreign-ministry"}},
		{"near miss: a title's complement and a longer name",
			"The Chief of the General Staff, General Arvo Lind, spoke at the Armed Forces Academy.",
			nil, []string{"inst:general-staff", "inst:armed-forces"}},
	})
}

// TestR14NoBodyOfDescription: a state's press or troops described by a common noun are no
// Institution of the state; its bodies still are.
func TestR14NoBodyOfDescription(t *testing.T) {
	checkEntities(t, []entCase{
		{"state media after a demonym, reporting verb",
			"Kim received the delegation on Friday, North Korean state media said.",
			[]string{"state:PRK"}, []string{"inst:north-korea-state-media"}},
		{"a state's news agency and its special forces, possessive",
			"Russia's state news agency reported that Belarus's special forces had been moved to the border.",
			[]string{"state:RUS", "state:BLR"}, []string{"inst:russia-state-news-agency", "inst:belarus-special-forces"}},
		{"near miss: a state's body by a common noun is still one",
			"Ukraine's military intelligence said the Russian defence ministry had lied.",
			[]string{"inst:ukraine-military-intelligence", "inst:russia-defence-ministry"}, nil},
	})
}
