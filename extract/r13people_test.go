package extract

import "testing"

// TestR13PeopleDashApposition: a dash opens a person's apposition as a comma does, in
// designation lists and entry lines ("Name — Title of the Body", "Name - title of the
// Body"); the name is a person because a role follows the dash. The sentences are our own.
func TestR13PeopleDashApposition(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"em dash, capitalised family name, body",
			"PAK Yong Sik \u2014 Director of the Reconnaissance General Bureau (RGB).",
			[]string{"OFFICIAL_OF person:pak-yong-sik inst:reconnaissance-general-bureau"}, nil},
		{"spaced hyphen, office of a state",
			"Lena Haugland - Minister of Defence of Norway; responsible for the transfer.",
			[]string{"OFFICIAL_OF person:lena-haugland state:NOR"}, nil},
		{"en dash, lower-case role of a company",
			"Dariush Karimi \u2013 director of Pars Aero Logistics, a freight forwarder.",
			[]string{"OFFICIAL_OF person:dariush-karimi inst:pars-aero-logistics"}, nil},
		{"a hyphen inside a name opens nothing",
			"Yunus-Bek Yevkurov met officials of Niger in Niamey.",
			nil, []string{"OFFICIAL_OF person:yunus-bek-yevkurov state:NER"}},
		{"a dash before a clause, not a role",
			"Vladimir Putin \u2014 who spoke for Russia \u2014 left Beijing.",
			nil, []string{"OFFICIAL_OF person:vladimir-putin inst:beijing"}},
	})
}

// TestR13PeopleMeetingOccasion: a meeting noun that is the occasion of the clause's act
// ("said after talks with Y", "After a meeting with Y, X left", "criticised Z after the
// summit with Y") pairs the clause's subject with Y; a date between a meeting noun and its
// "between" ("a phone call in March between X and Y") does not part them. The sentences are
// our own.
func TestR13PeopleMeetingOccasion(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"after talks, the subject before the speech verb",
			"Japanese Foreign Minister Yoko Kamikawa said after talks with Antony Blinken on Monday that Tokyo would stand firm.",
			[]string{"MET_WITH person:antony-blinken person:yoko-kamikawa"}, nil},
		{"an opening occasion phrase, the main clause's subject",
			"Following a meeting with Olaf Scholz, Emmanuel Macron left Berlin.",
			[]string{"MET_WITH person:emmanuel-macron person:olaf-scholz"}, nil},
		{"during a call, past an object",
			"Olaf Scholz criticised Viktor Orban during a phone call with Emmanuel Macron.",
			[]string{"MET_WITH person:emmanuel-macron person:olaf-scholz"},
			[]string{"MET_WITH person:emmanuel-macron person:viktor-orban", "MET_WITH person:olaf-scholz person:viktor-orban"}},
		{"a state subject is no meeter",
			"Russia struck Kyiv after talks with Emmanuel Macron.",
			nil, []string{"MET_WITH state:RUS person:emmanuel-macron"}},
		{"a date between the noun and between",
			"The deal follows a phone call in March between Emmanuel Macron and Xi Jinping.",
			[]string{"MET_WITH person:emmanuel-macron person:xi-jinping"}, nil},
		{"last week between",
			"The talks last week between Sergey Lavrov and Wang Yi focused on trade.",
			[]string{"MET_WITH person:sergey-lavrov person:wang-yi"}, nil},
	})
}

// TestR13PeopleTitleChainObject: a capitalised title whose office names a body and a state
// in full stands before its holder as the object of a meeting ("held talks with Chairman of
// the State Affairs of the Democratic People's Republic of Korea Kim Jong Un"); an "of" after
// a lower-case noun still ends the object. The sentences are our own.
func TestR13PeopleTitleChainObject(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"office chain with a state's full name",
			"Xi Jinping held talks with Chairman of the State Affairs of the Democratic People's Republic of Korea Kim Jong Un in Beijing.",
			[]string{"MET_WITH person:kim-jong-un person:xi-jinping"}, nil},
		{"office chain, met, past tense",
			"Sergey Lavrov met Minister for Foreign Affairs of the Republic of Finland Elina Valtonen in Geneva.",
			[]string{"MET_WITH person:elina-valtonen person:sergey-lavrov"}, nil},
		{"a lower-case noun's of-phrase is no title",
			"Xi Jinping held talks on the future of the Democratic People's Republic of Korea with officials.",
			nil, []string{"MET_WITH person:kim-jong-un person:xi-jinping"}},
	})
}

// TestR13PeopleDefiniteOwner: a role owned by a definite description resolved to a body
// ("the alliance's Secretary General, X") names the body, as a name's possessive does; a
// pronoun's ("its ambassador, X") only when it stands for a state. A role modifier between
// the owner and the role ("NATO's new secretary-general") does not part them. The
// sentences are our own.
func TestR13PeopleDefiniteOwner(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"the alliance's role, before the name",
			"NATO met in Brussels on Monday. Finland will host the next meeting, the alliance's Secretary General, Jens Stoltenberg, said in a statement.",
			[]string{"OFFICIAL_OF person:jens-stoltenberg inst:nato"}, nil},
		{"the bloc's role, sentence subject",
			"The European Union adopted new sanctions on Monday. The bloc's foreign policy chief, Josep Borrell, called them overdue.",
			[]string{"OFFICIAL_OF person:josep-borrell inst:eu"}, nil},
		{"a modifier between the possessive and the role after the name",
			"Mark Rutte, NATO's new secretary-general, was more cautious.",
			[]string{"OFFICIAL_OF person:mark-rutte inst:nato"}, nil},
		{"outgoing, capitalised role",
			"Jens Stoltenberg, NATO's outgoing Secretary General, spoke in Washington.",
			[]string{"OFFICIAL_OF person:jens-stoltenberg inst:nato"}, nil},
		{"its resolved to a body gives no office",
			"The Security Council met on Monday. Its president, Vanessa Frazier, opened the meeting.",
			nil, []string{"OFFICIAL_OF person:vanessa-frazier inst:unsc"}},
	})
}

// TestR13PeopleTravelCompanion: a "with" and a person right after a journey's end names a companion who travelled too, as "together with" does; "for talks with" names
// whom the traveller met, and "with" and a thing names no one. The sentences are our own.
func TestR13PeopleTravelCompanion(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"travelled on to, with a titled companion",
			"Olaf Scholz, who travelled on to Warsaw with French President Emmanuel Macron later in the day, spoke of unity.",
			[]string{"VISITED person:olaf-scholz place:warsaw", "VISITED person:emmanuel-macron place:warsaw"}, nil},
		{"flew, the companion then the errand",
			"Olaf Scholz flew to Kyiv with Emmanuel Macron on a joint visit.",
			[]string{"VISITED person:olaf-scholz place:kyiv", "VISITED person:emmanuel-macron place:kyiv"}, nil},
		{"for talks with is no companion",
			"Antony Blinken travelled to Riga for talks with Kaja Kallas.",
			[]string{"VISITED person:antony-blinken place:riga"}, []string{"VISITED person:kaja-kallas place:riga"}},
		{"with a thing",
			"Antony Blinken arrived in Riga with a message for Kaja Kallas.",
			nil, []string{"VISITED person:kaja-kallas place:riga"}},
	})
}
