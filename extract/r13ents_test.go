package extract

import "testing"

// TestR13Entities covers round 13's classes of names the recogniser missed or mistyped, in
// sentences of our own (checkEntities is in r12ents_test.go).
func TestR13Entities(t *testing.T) {
	checkEntities(t, []entCase{
		// An entry line of a listing: the name, a spaced dash and a role.
		{"numbered entry, hyphen, role with complement",
			"Persons listed:\n1. Tomas Varga - Deputy Commander of the Eastern Group of Forces.\n2. Oleg Brusilov - director of a freight company.",
			[]string{"person:tomas-varga", "person:oleg-brusilov"}, []string{"inst:tomas-varga", "inst:oleg-brusilov"}},
		{"bracketed number, em dash, family name in capitals",
			"The annex lists:\n(1) PAK Song Il — Vice-Chairman of the Munitions Industry Department\n(2) Anton Lesko — businessman",
			[]string{"person:pak-song-il", "person:anton-lesko"}, nil},
		{"names coordinated before the dash, plural role",
			"Listed today:\n3. Karim Tavassoli, Yusuf Dehghan and Arash Moradi — IRGC officers who trained the crews.",
			[]string{"person:karim-tavassoli", "person:yusuf-dehghan", "person:arash-moradi"}, []string{"inst:karim-tavassoli"}},
		{"bullet entry, en dash",
			"Designees:\n- Lena Voronova – chief accountant of the network",
			[]string{"person:lena-voronova"}, nil},
		{"near miss: an entry whose dash introduces no role names no person",
			"Sites:\n1. Nova Ridge - a depot near the border.\n2. Upper Falls – storage yard.",
			nil, []string{"person:nova-ridge", "person:upper-falls"}},
		{"near miss: a name inside running prose before a dash is not an entry",
			"The vessel sailed from Port Arlen Baxter - commander of the fleet said - on Monday.",
			nil, []string{"person:port-arlen-baxter", "person:arlen-baxter"}},
	})
}
