package extract

import "testing"

// TestR30Meet covers stop 30's veto, meeting, visit and office classes on sentences of our
// own, with near misses the rules must leave alone.
func TestR30Meet(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// A veto joined by "as" / "owing to" to a clause in which the body failed to act:
		// the body's measure was defeated, and so was the mandate that clause names.
		{"'as' + cast a veto after the body failed to renew a mandate",
			"The Security Council on Tuesday failed to renew the mandate of the Panel of Experts, as China cast a veto on the draft text.",
			[]string{"VETOED state:CHN inst:unsc", "VETOED state:CHN inst:un-panel-of-experts"}, nil},
		{"'owing to' + a veto cast by, present tense heading style",
			"The Security Council fails to extend the mandate of the Panel of Experts, owing to a veto cast by the United States.",
			[]string{"VETOED state:USA inst:unsc", "VETOED state:USA inst:un-panel-of-experts"}, nil},
		{"a negative vote cast by a permanent member, the mandate named after 'including'",
			"The Security Council yesterday failed to adopt a text extending the sanctions regime, including the mandate of the Panel of Experts, owing to a negative vote cast by the Russian Federation.",
			[]string{"VETOED state:RUS inst:unsc", "VETOED state:RUS inst:un-panel-of-experts"}, nil},
		{"a veto by a permanent member with an article before its name",
			"The Security Council met today. The resolution was defeated owing to a negative vote by the United Kingdom.",
			[]string{"VETOED state:GBR inst:unsc"}, nil},
		{"near miss: a failure with no veto after it",
			"The Security Council failed to renew the mandate of the Panel of Experts after months of talks, and France regretted the outcome.",
			nil, []string{"VETOED state:FRA inst:unsc", "VETOED state:FRA inst:un-panel-of-experts"}},
		{"near miss: a negative vote by a state that is no permanent member",
			"The Security Council failed to renew the mandate of the Panel of Experts, owing to a negative vote cast by Algeria.",
			nil, []string{"VETOED state:DZA inst:unsc", "VETOED state:DZA inst:un-panel-of-experts"}},

		// A body's short form that ends an office's complement right before a name ("Deputy
		// Secretary of the Treasury Wally Adeyemo") is the body, not the start of a longer
		// name, and the person after it is the argument a preposition before the title takes.
		{"a short form after 'of the' in a title before a name",
			"WASHINGTON - The U.S. Department of the Treasury on Monday designated six firms. \"The network is exposed,\" said Deputy Secretary of the Treasury Maria Lind.",
			[]string{"OFFICIAL_OF person:maria-lind inst:us-treasury"}, nil},
		{"the same title as a subject, and the person travels",
			"The Department of the Treasury released the list. Under Secretary of the Treasury Karl Weber travelled to Brazil on Friday.",
			[]string{"OFFICIAL_OF person:karl-weber inst:us-treasury", "VISITED person:karl-weber state:BRA"}, nil},
		{"the titled person after 'by' is the traveller",
			"The Treasury Department said so. The leaders welcomed upcoming trips by Secretary of the Treasury Ana Ruiz and Secretary of State Jorge Vidal to Chile.",
			[]string{"VISITED person:ana-ruiz state:CHL", "VISITED person:jorge-vidal state:CHL"}, nil},
		{"near miss: an office that names no body gives no OFFICIAL_OF",
			"Secretary of State Jorge Vidal said the firms had helped the network.",
			nil, []string{"OFFICIAL_OF person:jorge-vidal state:USA"}},
		{"near miss: the title without a name",
			"The Department of the Treasury acted today. The Deputy Secretary of the Treasury said the firms had helped Iran.",
			nil, []string{"OFFICIAL_OF person:deputy-secretary inst:us-treasury"}},

		// A visit's end in the traveller's own state or its capital is no visit, whatever
		// frame found it: a host named beside a guest's trip stays at home.
		{"a host beside the guest's trip",
			"President Vladimir Putin received Foreign Minister Choe Son Hui at the Kremlin on Monday, capping her week-long trip to Russia.",
			[]string{"VISITED person:choe-son-hui state:RUS"}, []string{"VISITED person:vladimir-putin state:RUS"}},
		{"two leaders and one visitor's trip",
			"The treaty was signed by Kim Jong Un and Vladimir Putin in Pyongyang during the Russian leader's first visit to North Korea in 24 years.",
			[]string{"VISITED person:vladimir-putin state:PRK"}, []string{"VISITED person:kim-jong-un state:PRK"}},
		{"near miss: a journey abroad stays a visit",
			"Kim Jong Un travelled to Russia's Far East in September to meet Vladimir Putin.",
			[]string{"VISITED person:kim-jong-un"}, nil},
	})
}
