package extract

import "testing"

// TestR42EntClassModifiers: a hyphenated range or role modifier of three words
// ("surface-to-air", "air-to-air") or "intermediate-range" before a class noun makes a weapon
// class of its own (shapes.tsv class-modifier, entities.go classModifierStart); "close-range"
// stays out, and a modifier the list lacks leaves the bare class. The texts are our own.
func TestR42EntClassModifiers(t *testing.T) {
	checkEntities(t, []entCase{
		{"three hyphened words before a class noun",
			"The rebels fired surface-to-air missiles at a helicopter, and the jets carried air-to-air missiles.",
			[]string{"weapon:surface-to-air-missile|surface-to-air missiles", "weapon:air-to-air-missile|air-to-air missiles"}, nil},
		{"intermediate-range before a class noun",
			"Moscow said it had launched an intermediate-range missile at the plant.",
			[]string{"weapon:intermediate-range-missile|intermediate-range missile"}, nil},
		{"close-range stays out",
			"Tehran supplied close-range ballistic missiles to Moscow.",
			[]string{"weapon:ballistic-missile|ballistic missiles"}, []string{"weapon:close-range-ballistic-missile"}},
		{"an unlisted three-word modifier leaves the bare class",
			"Crews painted the shop-to-yard missiles grey.",
			nil, []string{"weapon:shop-to-yard-missile"}},
	})
}

// TestR42EntLeaders: leaders of regions the rules had rarely read, and figures news names with
// no title, are in the gazetteer (entities.tsv), by full name and by a distinctive surname;
// a given name shared with another person ("Petro" of Petro Poroshenko) is no alias. The texts
// are our own.
func TestR42EntLeaders(t *testing.T) {
	checkEntities(t, []entCase{
		{"full names and surnames with no title",
			"Tshisekedi flew to Luanda after Paul Kagame spoke, and Pashinyan later met Ilham Aliyev.",
			[]string{"person:felix-tshisekedi|Tshisekedi", "person:paul-kagame|Paul Kagame",
				"person:nikol-pashinyan|Pashinyan", "person:ilham-aliyev|Ilham Aliyev"}, nil},
		{"a name before a possessive",
			"Fighters arrived to back Khalifa Haftar's forces near Sirte.",
			[]string{"person:khalifa-haftar|Khalifa Haftar"}, nil},
		{"a family's surname is only a short form: a son is another person",
			"Saddam Haftar met officials in Rome.",
			nil, []string{"person:khalifa-haftar"}},
		{"a shared given name is no alias",
			"Petro Poroshenko spoke with Ruto in Nairobi.",
			[]string{"person:william-ruto|Ruto"}, []string{"person:gustavo-petro"}},
	})
	checkRelations(t, "2024-06-01", []relCase{
		{"a surname alone is the leader, a relation's source",
			"Maduro condemned the sanctions imposed by Washington.",
			[]string{"CONDEMNED person:nicolas-maduro state:USA"}, nil},
	})
}

// TestR42EntNuclearSites: nuclear sites named alone are places of the gazetteer
// (entities-places.tsv), in a list after a colon or after "at"; a word that only begins like
// one is none. The texts are our own.
func TestR42EntNuclearSites(t *testing.T) {
	checkEntities(t, []entCase{
		{"sites in a list after a colon",
			"Inspectors were denied access to two sites in Iran: Fordow and Natanz.",
			[]string{"place:fordow|Fordow", "place:natanz|Natanz"}, nil},
		{"a site after at",
			"Satellite images show new construction at Yongbyon this spring.",
			[]string{"place:yongbyon|Yongbyon"}, nil},
		{"a longer word is no site",
			"The Natanzi delegation left early.",
			nil, []string{"place:natanz"}},
	})
}

// TestR42EntSpellings: spellings wire copy gives known officials ("Tayyip Erdogan" without
// "Recep", "Vasily Nebenzia") are aliases of their entries (entities.tsv); a given name alone
// is none. The texts are our own.
func TestR42EntSpellings(t *testing.T) {
	checkEntities(t, []entCase{
		{"a name without its first given name, and one consonant fewer",
			"Tayyip Erdogan spoke by phone with the envoy, and Vasily Nebenzia told the council otherwise.",
			[]string{"person:recep-tayyip-erdogan|Tayyip Erdogan", "person:vassily-nebenzia|Vasily Nebenzia"}, nil},
		{"a given name alone is no alias",
			"Tayyip Bey opened the shop on Monday.",
			nil, []string{"person:recep-tayyip-erdogan"}},
	})
}

// TestR42EntAttackAfterPlace: a place the gazetteer reads only in a place context is one
// before a lower-case attack word, which names an attack by where it struck (entities.go
// attackAfterPlace); before any other word it still needs a locative. The texts are our own.
func TestR42EntAttackAfterPlace(t *testing.T) {
	checkEntities(t, []entCase{
		{"a town before attack",
			"The ministers condemned the Pathankot attack and the Mumbai attacks of 2008.",
			[]string{"place:pathankot|Pathankot", "place:mumbai|Mumbai"}, nil},
		{"a personal name before a verb is no place",
			"Austin strikes a careful tone in the memo.",
			nil, []string{"place:austin"}},
		{"a town before another noun needs a locative",
			"The Pathankot delegation left early.",
			nil, []string{"place:pathankot"}},
	})
}
