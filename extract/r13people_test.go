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
