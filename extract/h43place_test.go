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
