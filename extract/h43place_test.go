package extract

import "testing"

// TestH43PlaceTowns: towns of 50,000 to 100,000 people (places-geonames.tsv, genplaces
// -town-population) are places after a locative or in a list with a place, like the bigger
// cities read only in a place context; a name with a lower-case article of its own language
// ("Dar es Salaam") is kept. A town named like a person ("Pedro Leopoldo") is left out, and a
// place read only in context whose name is also a surname is no dateline before a colon (a
// transcript's speaker, "PRESTON:"). The texts are our own.
func TestH43PlaceTowns(t *testing.T) {
	checkEntities(t, []entCase{
		{"a Congolese town after a destination verb and 'to'",
			"The army deployed two battalions to Rutshuru on Monday.",
			[]string{"place:rutshuru|Rutshuru"}, nil},
		{"a Somali town after 'near'",
			"Heavy fighting was reported near Beledweyne overnight.",
			[]string{"place:beledweyne|Beledweyne"}, nil},
		{"a Russian town by its English spelling, after a production verb's 'in'",
			"The drones are now assembled in Yelabuga with foreign parts.",
			[]string{"place:yelabuga|Yelabuga"}, nil},
		{"two Colombian towns coordinated after 'at'",
			"Marines were stationed at Tumaco and Arauca last winter.",
			[]string{"place:tumaco|Tumaco", "place:arauca|Arauca"}, nil},
		{"a Haitian town after 'in', and a capital with a French article",
			"Police reinforcements arrived in Gonaives from Port-au-Prince.",
			[]string{"place:gonaives|Gonaives", "place:port-au-prince|Port-au-Prince"}, nil},
		{"a city with a lower-case Arabic article",
			"Regional leaders met in Dar es Salaam on Saturday.",
			[]string{"place:dar-es-salaam|Dar es Salaam"}, nil},
		{"near miss: a town with no place context is no place",
			"Rutshuru residents said the roads were closed.",
			nil, []string{"place:rutshuru"}},
		{"near miss: a town named after a person is left out",
			"The museum holds the letters of Pedro Leopoldo.",
			nil, []string{"place:pedro-leopoldo"}},
		{"near miss: a surname that is also a city, as a speaker's label",
			"HOST: With me is Ruth Preston, a sanctions lawyer.\nPRESTON: Thank you. The measures are working.",
			nil, []string{"place:preston"}},
	})
}

// TestH43PlaceEnemy: war bulletins call the state they fight "the enemy", an epithet like "the
// aggressor" (coref.tsv foreign=1;subject=1): the subject of the latest sentence that names a
// state, not the speaker. Not before "of" ("the losses of the enemy" stays a noun). The texts
// are our own.
func TestH43PlaceEnemy(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"the enemy shells a town, the victim named last",
			"Statement of the General Staff\n\nRussia keeps up its offensive against Ukraine. Overnight the enemy shelled Kharkiv with artillery.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, []string{"ATTACKED state:UKR place:kharkiv"}},
		{"the enemy launches drones, the speaker named in the heading",
			"Statement of the Ministry of Defence of Armenia\n\nAzerbaijan has massed troops along its border with Armenia. On Sunday the enemy launched attack drones at border posts.",
			[]string{"LAUNCHED state:AZE weapon:attack-drone"}, []string{"LAUNCHED state:ARM weapon:attack-drone"}},
		{"near miss: the enemy of a cause before 'of' is no state",
			"Statement of the General Staff\n\nRussia keeps up its offensive against Ukraine. Every drone that the enemy of peace launched was shot down.",
			nil, []string{"LAUNCHED state:RUS weapon:drone"}},
	})
}
