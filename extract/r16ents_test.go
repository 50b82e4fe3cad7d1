package extract

import "testing"

// TestR16CoordinatedNames: a body's or a treaty's name may hold a list of plain words joined
// by commas and "and", before its head ("Security and Defence Council") or inside its
// complement ("Office of Arms Control, Verification and Compliance"); two names joined by
// "and" stay two (checkEntities is in r12ents_test.go).
func TestR16CoordinatedNames(t *testing.T) {
	checkEntities(t, []entCase{
		{"two plain words before an institution head, as the subject",
			"The National Security and Intelligence Council met on Monday.",
			[]string{"inst:national-security-and-intelligence-council|National Security and Intelligence Council"},
			[]string{"inst:intelligence-council"}},
		{"a three-item list before a forum, as the object",
			"The allies will set up a Joint Production, Repair and Maintenance Forum next year.",
			[]string{"inst:joint-production-repair-and-maintenance-forum|Joint Production, Repair and Maintenance Forum"},
			[]string{"inst:maintenance-forum"}},
		{"a firm's list before its legal form, passive",
			"Funds were moved by Horizon Freight and Remittance LLC, officials said.",
			[]string{"inst:horizon-freight-and-remittance-llc|Horizon Freight and Remittance LLC"}, nil},
		{"a list inside a bureau's complement",
			"A spokesperson for the Bureau of Nonproliferation, Verification and Compliance said the talks had stalled.",
			[]string{"inst:bureau-of-nonproliferation-verification-and-compliance|Bureau of Nonproliferation, Verification and Compliance"},
			[]string{"inst:bureau-of-nonproliferation"}},
		{"a list inside a treaty's complement, with its year",
			"Both sides recalled the 1966 Treaty of Amity, Commerce and Navigation in their statement.",
			[]string{"agr:1966-treaty-of-amity-commerce-and-navigation|1966 Treaty of Amity, Commerce and Navigation"}, nil},
		{"near miss: two firms joined by and",
			"The notice lists Baltic Rail Freight and Narva Shipping Agency among the entities.",
			nil, []string{"inst:baltic-rail-freight-and-narva-shipping-agency"}},
		{"near miss: a state and a body",
			"The talks between Russia and Wagner Group broke down.",
			nil, []string{"inst:russia-and-wagner-group"}},
		{"near miss: acronyms listed before a body",
			"He commands the CFC, UNC and United States Forces Korea.",
			nil, []string{"inst:cfc-unc-and-united-states-forces"}},
		{"near miss: a known state after the comma ends the complement",
			"The Ministry of Defence, France and Germany signed the plan.",
			nil, []string{"inst:ministry-of-defence-france-and-germany"}},
	})
}

// TestR16ModelNicknames: a weapon designator takes the model's one-word name after it
// ("MQ-9 Reaper", "B-1B Lancer") when a lower-case word or punctuation follows.
func TestR16ModelNicknames(t *testing.T) {
	checkEntities(t, []entCase{
		{"before a verb",
			"A U.S. Air Force B-52 Stratofortress flew over the peninsula on Friday.",
			[]string{"weapon:b-52-stratofortress|B-52 Stratofortress"}, nil},
		{"before a modifier that is no class noun",
			"The base hosted MQ-1 Predator surveillance flights until 2019.",
			[]string{"weapon:mq-1-predator|MQ-1 Predator"}, nil},
		{"at the end of a clause, passive",
			"The crew was rescued after the ditching of an SH-60 Seahawk.",
			[]string{"weapon:sh-60-seahawk|SH-60 Seahawk"}, nil},
		{"near miss: a known place after the model",
			"Russia fired a Kh-101 at Kharkiv and another Kh-101 Kharkiv residents heard.",
			[]string{"weapon:kh-101|Kh-101"}, []string{"weapon:kh-101-kharkiv"}},
		{"near miss: a weekday after the model",
			"North Korea tested the Hwasong-18 Tuesday, Seoul said.",
			[]string{"weapon:hwasong-18|Hwasong-18"}, []string{"weapon:hwasong-18-tuesday"}},
	})
}

// TestR16Gazetteer: rows added this round, each with its source in entities.tsv.
func TestR16Gazetteer(t *testing.T) {
	checkEntities(t, []entCase{
		{"a minister whose given name is a rank's short form",
			"Defense Minister Gen Nakatani said the launch was unacceptable. Nakatani spoke again later.",
			[]string{"person:gen-nakatani|Gen Nakatani"}, []string{"person:nakatani"}},
		{"the capital with its district is the city",
			"The talks were held in Washington, D.C., last week.",
			[]string{"place:washington|Washington, D.C."}, []string{"place:washington-dc"}},
		{"the armistice in lower case",
			"Pyongyang marked the anniversary of the Korean War armistice with a parade.",
			[]string{"agr:korean-armistice-agreement|Korean War armistice"}, []string{"agr:korean-war"}},
		{"the export strike force",
			"The case was brought by the Disruptive Technology Strike Force in May.",
			[]string{"inst:disruptive-technology-strike-force"}, []string{"inst:disruptive-technology"}},
	})
}
