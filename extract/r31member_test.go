package extract

import "testing"

// TestR31OtherMembers: a list closed by "and other" or "and the other" before an agent noun
// is of that noun's kind (frames.go linked, words.tsv other-partner): "Chile and other
// members of the Pacific Alliance" are members. A list before a plain verb phrase, or one
// that is not closed by "other", links nothing. The sentences are our own.
func TestR31OtherMembers(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"'and other' before a member noun with an of-phrase",
			"Portugal, Greece and other members of the European Union raised tariffs on Tuesday.",
			[]string{"MEMBER_OF state:PRT inst:eu", "MEMBER_OF state:GRC inst:eu"}, nil},
		{"'and the other' before a body's countries",
			"Ghana and the other ECOWAS countries met in Abuja.",
			[]string{"MEMBER_OF state:GHA inst:ecowas"}, nil},
		{"'and other' before a body's name and its member noun",
			"The grant came from Norway and other NATO members.",
			[]string{"MEMBER_OF state:NOR inst:nato"}, nil},
		{"a list with no 'other' is no member of a body named in the object",
			"Portugal and Greece criticised members of the European Union on Tuesday.",
			nil, []string{"MEMBER_OF state:PRT inst:eu", "MEMBER_OF state:GRC inst:eu"}},
		{"a list joined to members by 'and' with no 'other' is none of them",
			"Portugal and several members of the European Union met in Lisbon.",
			nil, []string{"MEMBER_OF state:PRT inst:eu"}},
	})
}

// TestR31ContributeForces: contributing forces to a named force, mission or operation makes
// the contributor a member of it (triggers.tsv contribute, needs=troops); money or effort
// given to a body states no membership. The sentences are our own.
func TestR31ContributeForces(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a state contributing troops to a named force",
			"Norway will contribute troops to NATO's Forward Land Forces in Finland.",
			[]string{"MEMBER_OF state:NOR inst:forward-land-forces asserted/speculative"}, nil},
		{"a list contributing warships",
			"Poland and Latvia contributed warships to the ECOWAS Standby Force last year.",
			[]string{"MEMBER_OF state:POL inst:ecowas-standby-force", "MEMBER_OF state:LVA inst:ecowas-standby-force"}, nil},
		{"money contributed to a body is no membership",
			"Japan contributed $5 million to the World Food Programme.",
			nil, []string{"MEMBER_OF state:JPN inst:wfp"}},
	})
}

// TestR31PersonOfBody: an unknown two-word name before "of the" and a body's name that opens
// with a known name (a capital, a demonym) is a person of that body ("Jan Nowak of the Warsaw
// Institute for Strategic Studies"); a known name alone after "of the", with no longer body's
// name, introduces no one. The sentences are our own.
func TestR31PersonOfBody(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a capital opens the body's name",
			`"The timing is political," said Tomasz Lis of the Warsaw Centre for Eastern Studies.`,
			[]string{"OFFICIAL_OF person:tomasz-lis inst:warsaw-centre-for-eastern-studies"}, nil},
		{"a demonym opens the body's name",
			"Erik Lund of the Norwegian Institute of International Affairs noted the change.",
			[]string{"OFFICIAL_OF person:erik-lund inst:norwegian-institute-of-international-affairs"}, nil},
		{"a known name alone after 'of the', no body's name after it, ties no one",
			"The report by Tomasz Lis of the Warsaw office was late.",
			nil, []string{"OFFICIAL_OF person:tomasz-lis state:POL", "OFFICIAL_OF person:tomasz-lis place:warsaw"}},
	})
}

// TestR31HyphenatedGivenName: a person's short form glued to a hyphen and a lower-case
// syllable after a name word ("Kim Kang-il", with Kang Sun Nam's short form "Kang") is part
// of another person's given name; the short form alone still names its person. The sentences
// are our own.
func TestR31HyphenatedGivenName(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a short form as a syllable of a hyphenated given name",
			"North Korean Vice Foreign Minister Ri Kang-ho rejected the report.",
			[]string{"OFFICIAL_OF person:ri-kang-ho state:PRK"}, []string{"OFFICIAL_OF person:kang-sun-nam state:PRK"}},
		{"the short form alone after the full name is still that person",
			"North Korean Defence Minister Kang Sun Nam arrived in Moscow. Kang then condemned Japan on Monday.",
			[]string{"CONDEMNED person:kang-sun-nam state:JPN"}, nil},
	})
}

// TestR31RoleEntryLine: a Title Case line that is an author's entry ("By Name, Role, Body")
// is no headline, so the body after the role is a name and the author its official; a Title
// Case headline with commas and no role stays a headline. The sentences are our own.
func TestR31RoleEntryLine(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"an author's entry line with a body the gazetteer lacks",
			"Shadow Fleets and Open Seas\n\nBy Ingrid Solberg, Senior Fellow, Arctic Policy Institute\n\nThe Baltic is crowded.",
			[]string{"OFFICIAL_OF person:ingrid-solberg inst:arctic-policy-institute"}, nil},
		{"with an honorific and no 'By'",
			"Dr. Tomas Varga, Research Fellow, Danube Security Forum\n\nIntroduction",
			[]string{"OFFICIAL_OF person:tomas-varga inst:danube-security-forum"}, nil},
		{"a headline with commas and no role names no body",
			"Oslo Hosts Talks, Arctic Policy Circle Warns, Ships Wait\n\nThe talks began.",
			nil, []string{"OFFICIAL_OF person:oslo-hosts inst:arctic-policy-circle"}},
	})
}
