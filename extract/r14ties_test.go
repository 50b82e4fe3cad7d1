package extract

import "testing"

// TestR14TiesNamedPartnership: an agreement whose name holds a pair trigger of the alliance
// family ("... Strategic Partnership", "Mutual Defense Treaty", "Partnership Agreement") and
// is followed by "between" and its parties states the pair between those parties; the name
// alone, or its signers, states none ("Russia and Belarus signed the Union State Partnership
// Treaty": SIGNED only). The sentences are our own.
func TestR14TiesNamedPartnership(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a partnership treaty between two states, noted",
			"The ministers noted the entry into force of the Treaty on Comprehensive Strategic Partnership between Vietnam and Laos.",
			[]string{"ALLY_OF state:LAO state:VNM"}, nil},
		{"a mutual defence treaty between two states, as an adjunct",
			"About 5,000 troops remain in the country under the 1962 Mutual Defense Treaty between Thailand and the United States.",
			[]string{"ALLY_OF state:THA state:USA"}, nil},
		{"a partnership agreement with a head after the trigger, in a heading",
			"Government Position on the Long-Term Partnership Agreement between Chile and Peru",
			[]string{"ALLY_OF state:CHL state:PER"}, nil},
		{"near miss: the signers of a named partnership treaty state no pair",
			"Russia and Belarus signed the Union State Partnership Treaty.",
			nil, []string{"ALLY_OF state:BLR state:RUS"}},
		{"near miss: a named cooperation agreement between two states is no alliance",
			"The Economic Cooperation Agreement between Chile and Peru entered into force in May.",
			nil, []string{"ALLY_OF state:CHL state:PER"}},
	})
}

// TestR14TiesOwnedPartnerApposition: a possessed ally or partner noun names the other end in
// a comma apposition after it, past an article ("Japan's closest ally, the United States,") and
// as a list ("its allies, South Korea and Japan"); a parenthetical that is no apposition ("its
// allies, Ukraine said,") and unnamed allies name none. The sentences are our own.
func TestR14TiesOwnedPartnerApposition(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a possessor's ally, an article before the name",
			"Poland's closest ally, the United States, sent more troops to Rzeszow.",
			[]string{"ALLY_OF state:POL state:USA"}, nil},
		{"a pronoun's treaty partner, an article before the name, as object",
			"Canberra thanked the Philippines' treaty partner, the United Kingdom, for its help.",
			[]string{"ALLY_OF state:GBR state:PHL"}, nil},
		{"a pronoun's allies, a list in apposition",
			"Washington pledged to defend its allies, Norway and Denmark, against any attack.",
			[]string{"ALLY_OF state:DNK state:USA", "ALLY_OF state:NOR state:USA"}, nil},
		{"a pronoun's partners, an article and a list closing the sentence",
			"Seoul briefed its partners, the United Kingdom and Canada.",
			[]string{"ALLY_OF state:CAN state:KOR", "ALLY_OF state:GBR state:KOR"}, nil},
		{"near miss: a parenthetical source after the allies is no apposition",
			"The United States and its allies, Ukraine said, have failed to deliver the jets.",
			nil, []string{"ALLY_OF state:UKR state:USA"}},
	})
}

// TestR14TiesSalientAlliance: "the Alliance" written with a capital in a paragraph that names
// no body before it is the body the document named most often ("... member of NATO ...
// North Atlantic Treaty Organization ... the State Department.\n\nFinland became a member of
// the Alliance"); a document that named no body twice resolves it to nothing. The sentences
// are our own.
func TestR14TiesSalientAlliance(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a later paragraph, a body named twice before and another once since",
			"Norway is a founding member of NATO. It hosted the North Atlantic Treaty Organization summit in Oslo and thanked the State Department.\n\nMontenegro became a member of the Alliance in 2017.",
			[]string{"MEMBER_OF state:MNE inst:nato"}, []string{"MEMBER_OF state:MNE inst:us-department-of-state"}},
		{"a relative clause joining the Alliance, in a later paragraph",
			"Albania is a member of NATO. The North Atlantic Treaty Organization has 32 members.\n\nWe thank North Macedonia, which joined the Alliance in 2020.",
			[]string{"MEMBER_OF state:MKD inst:nato"}, nil},
		{"near miss: no body named twice, no antecedent",
			"Albania thanked the State Department and NATO.\n\nMontenegro became a member of the Alliance in 2017.",
			nil, []string{"MEMBER_OF state:MNE inst:nato", "MEMBER_OF state:MNE inst:us-department-of-state"}},
	})
}

// TestR14TiesDateBeforeConjoinedVerb: "that" inside a date phrase that a coordinated verb
// follows ("later that day and flew to") is a determiner, so the second verb keeps the
// clause's subject; a "that" clause after a date-less word still opens a clause. The sentences
// are our own.
func TestR14TiesDateBeforeConjoinedVerb(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"later that day and flew on to",
			"Erdogan left Baku later that day and flew on to Tashkent.",
			[]string{"VISITED person:recep-tayyip-erdogan place:tashkent"}, nil},
		{"that morning and travelled to",
			"Macron met Scholz that morning and travelled to Warsaw.",
			[]string{"VISITED person:emmanuel-macron place:warsaw"}, nil},
		{"near miss: a relative clause after a noun still has its own subject",
			"Erdogan criticised the plan that Baku drafted and Putin flew to Tashkent.",
			nil, []string{"VISITED person:recep-tayyip-erdogan place:tashkent"}},
	})
}

// TestR14TiesPlaceBeforeVisit: a state or place named right before "visit" or "trip" is
// where the journey went ("his Hanoi trip", "wraps up Laos visit"), the traveller being the
// possessor before it or the clause's subject; a traveller at home there made none, and a
// demonym before the noun is no destination. The sentences are our own.
func TestR14TiesPlaceBeforeVisit(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// Stop 21: a visited city is a Place wherever its name stands.
		{"a pronoun's trip named for a capital (the capital before a journey noun is the city)",
			"Erdogan cut short his Hanoi trip on Friday.",
			[]string{"VISITED person:recep-tayyip-erdogan place:hanoi"}, nil},
		{"a headline: subject wraps up a state-named visit",
			"Macron wraps up Laos visit with talks on trade",
			[]string{"VISITED person:emmanuel-macron state:LAO"}, nil},
		{"a possessor before the place",
			"Macron's Warsaw visit was postponed.",
			[]string{"VISITED person:emmanuel-macron place:warsaw"}, nil},
		{"near miss: the host at home in the place named makes no visit",
			"Erdogan received Macron during the Ankara visit.",
			nil, []string{"VISITED person:recep-tayyip-erdogan place:ankara"}},
		{"near miss: a state's traveller named by a demonym and role is left to the person",
			"The Belarusian minister's Hanoi trip surprised Moscow.",
			nil, []string{"VISITED state:BLR state:VNM"}},
		{"near miss: a demonym before the noun is no destination",
			"Macron welcomed a Polish visit to Paris.",
			nil, []string{"VISITED person:emmanuel-macron state:POL"}},
	})
}

// TestR14TiesPronounOwnerBeforeTitle: a possessive pronoun resolved to a state, right before a
// title and its holder's name with no comma ("its deputy envoy Dai Bing"), names the office's
// state as "China's deputy envoy Dai Bing" does. The sentences are our own.
func TestR14TiesPronounOwnerBeforeTitle(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"its + role modifier + title + name, in a with-absolute",
			"China abstained, with its deputy envoy Dai Bing saying that pressure cannot replace dialogue.",
			[]string{"OFFICIAL_OF person:dai-bing state:CHN"}, nil},
		{"its + title + name after a semicolon",
			"Brazil voted in favour; its ambassador Sergio Danese said the text was balanced.",
			[]string{"OFFICIAL_OF person:sergio-danese state:BRA"}, nil},
	})
}

// TestR14TiesRelativeOnPairList: a relative clause whose verb states a meeting with no object
// ("A and B, who met in Geneva on Monday, said") has the whole coordinated antecedent as its
// subject, so the people listed met each other; a relative clause on one name with an object
// still pairs that name with the object only. The sentences are our own.
func TestR14TiesRelativeOnPairList(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"two people, who met, then the main verb",
			"Emmanuel Macron and Olaf Scholz, who met in Paris on Monday, warned against new tariffs.",
			[]string{"MET_WITH person:emmanuel-macron person:olaf-scholz"}, nil},
		{"two people, who held talks, past perfect",
			"Recep Tayyip Erdogan and Vladimir Putin, who had held talks in Sochi, left without a deal.",
			[]string{"MET_WITH person:recep-tayyip-erdogan person:vladimir-putin"}, nil},
		{"near miss: a relative on the last name with its own object",
			"Macron thanked Olaf Scholz, who met Xi Jinping in May.",
			[]string{"MET_WITH person:olaf-scholz person:xi-jinping"}, []string{"MET_WITH person:emmanuel-macron person:xi-jinping"}},
	})
}

// TestR14TiesRelativeListNotLaterVerb: the antecedent list of a relative clause pairs up
// through a verb after it ("A and B, who are visiting Manila, held talks with C") but not
// through a pair noun that another owns ("remain the government's closest partners"). The
// sentences are our own.
func TestR14TiesRelativeListNotLaterVerb(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a list, a relative clause, then the meeting verb with a third party",
			"Prime Minister Ulf Kristersson and Foreign Minister Tobias Billstrom, who are visiting Norway, held talks with Prime Minister Jonas Gahr Store.",
			[]string{"MET_WITH person:jonas-gahr-store person:ulf-kristersson"}, nil},
		{"near miss: partners of another after the relative clause closes",
			"Chile, Peru and Bolivia, which have backed the plan, remain the government's closest partners.",
			nil, []string{"ALLY_OF state:BOL state:CHL", "ALLY_OF state:CHL state:PER", "ALLY_OF state:BOL state:PER"}},
	})
}
