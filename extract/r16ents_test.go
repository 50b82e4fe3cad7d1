package extract

import (
	"context"
	"slices"
	"testing"
)

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

// TestR16WeekdayOfSaying: a future cue before a past verb of saying does not push the
// saying's weekday forward ("will send ..., Biden announced on Tuesday" is the last Tuesday);
// with no saying between, the future cue still governs.
func TestR16WeekdayOfSaying(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct{ name, text, typ, src, dst, date string }{
		{"future supply announced on a weekday; the next day counts from the announcement",
			"The United States will send Ukraine three more Patriot batteries, President Joe Biden announced on Tuesday. The next day, Russian missiles struck a hospital in Kyiv.",
			RelAttacked, "state:RUS", "place:kyiv", "2024-05-29"},
		{"a plan said on a weekday; a day later counts from the saying",
			"Putin will travel to Pyongyang soon, the Kremlin said on Monday. A day later, Russian drones hit Odesa.",
			RelAttacked, "state:RUS", "place:odesa", "2024-05-28"},
		{"a pledge reported on a weekday; the next day a condemnation",
			"Japan will give Manila two more patrol vessels, the ministry confirmed on Wednesday. The next day, China condemned Japan.",
			RelCondemned, "state:CHN", "state:JPN", "2024-05-30"},
		{"near miss: no saying between, the plan's weekday lies ahead",
			"Biden will announce three more Patriot batteries for Ukraine on Tuesday. The next day, Russian missiles will strike a hospital in Kyiv, officials fear.",
			RelAttacked, "state:RUS", "place:kyiv", "2024-06-05"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2024-05-30"}, c.text)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range doc.Relations {
				if r.Type == c.typ && r.Src == c.src && r.Dst == c.dst {
					if !slices.Contains(r.Dates, c.date) {
						t.Errorf("%s dates %v, want %s", c.typ, r.Dates, c.date)
					}
					return
				}
			}
			t.Errorf("no %s %s -> %s in %+v", c.typ, c.src, c.dst, doc.Relations)
		})
	}
}

// TestR16SpeakerOwnAndPluralClaims: a briefer's own "What I will say is that ..." reports
// nobody's claim; "claim that" / "admit that" after a plural subject do.
func TestR16SpeakerOwnAndPluralClaims(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct{ name, text, typ, src, dst, modality string }{
		{"a briefer's own statement, future auxiliary",
			"MR PRICE: What I will say is that the United States has provided Ukraine with air defense systems.",
			RelSupplied, "state:USA", "state:UKR", Fact},
		{"a briefer's own statement, contracted",
			"MS. LEE: I'll say that Japan condemned North Korea in the strongest terms.",
			RelCondemned, "state:JPN", "state:PRK", Fact},
		{"plural subject claims",
			"Ukrainian officials claim that Russia fired North Korean missiles at Kharkiv.",
			RelLaunched, "state:RUS", "weapon:missile", Reported},
		{"plural subject admits, a deployment",
			"Both governments now admit that North Korea sent troops to Russia.",
			RelDeployed, "state:PRK", "state:RUS", Reported},
		{"near miss: a speaker reported in the third person still reports",
			"The spokesman said that Japan condemned North Korea.",
			RelCondemned, "state:JPN", "state:PRK", Reported},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2024-05-30"}, c.text)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range doc.Relations {
				if r.Type == c.typ && r.Src == c.src && r.Dst == c.dst {
					if r.Modality != c.modality {
						t.Errorf("%s modality %s, want %s", c.typ, r.Modality, c.modality)
					}
					return
				}
			}
			t.Errorf("no %s %s -> %s in %+v", c.typ, c.src, c.dst, doc.Relations)
		})
	}
}
