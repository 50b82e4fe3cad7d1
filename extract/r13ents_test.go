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
		// Gulf names: a courtesy chain after "His Highness", a long chain of given names and
		// family particles, and an office's complement before a name that goes on with "bin".
		{"His Highness Sheikh before a name with bin and Al",
			"Today, His Highness Sheikh Nasser bin Khalid Al Mahmoud, the Amir, received the envoy.",
			[]string{"person:nasser-bin-khalid-al-mahmoud"}, nil},
		{"Her Royal Highness, past tense, later in the sentence",
			"The delegation was welcomed on Monday by Her Royal Highness Princess Reema bint Bandar Al Saud.",
			[]string{"person:reema-bint-bandar-al-saud"}, nil},
		{"five words with two family particles",
			"The ministry mourns Sergeant Hamad Saleh Rashid Al-Marri Al-Kuwari, who was killed in the attack.",
			[]string{"person:hamad-saleh-rashid-al-marri-al-kuwari"}, []string{"person:hamad-saleh-rashid-al-marri"}},
		{"office complement before a name with bin",
			"Minister of Information Fahad bin Salem Al-Otaibi stated that the cabinet met.",
			[]string{"person:fahad-bin-salem-al-otaibi"}, []string{"person:information-fahad-bin-salem-al-otaibi"}},
		{"office complement, honorific chain, then the name",
			"Prime Minister and Minister of Foreign Affairs H.E. Sheikh Khalid bin Ahmed Al-Nuaimi held a call today.",
			[]string{"person:khalid-bin-ahmed-al-nuaimi"}, []string{"person:he-sheikh-khalid"}},
		{"near miss: a complement with no particle after it keeps its reading",
			"Minister of National Defense Wellington Koo spoke on Monday.",
			[]string{"person:wellington-koo"}, nil},
		// A base named by its service's prefix is a place.
		{"RAF station after from",
			"Typhoon jets flying from RAF Marham struck a radar site.",
			[]string{"place:raf-marham|RAF Marham"}, []string{"inst:raf|RAF"}},
		{"RAAF Base and Naval Base, passive",
			"Rotations will be hosted at RAAF Base Darwin, and crews were trained at Naval Base Kitsap last year.",
			[]string{"place:raaf-base-darwin", "place:naval-base-kitsap"}, []string{"place:raaf-base"}},
		{"Camp at the sentence's start",
			"Camp Humphreys hosted the talks on Friday.",
			[]string{"place:camp-humphreys"}, nil},
		{"near miss: the prefix before a known weapon names no base",
			"RAF Typhoons joined the strikes on Monday.",
			nil, []string{"place:raf-typhoons", "place:raf-typhoon"}},
		// A state's speaker named after its possessive, before a verb in -ed.
		{"state's possessive, name, verb in -ed",
			"Japan's Kazuo Hirata expressed support for the resolution.",
			[]string{"person:kazuo-hirata"}, nil},
		{"state's possessive, three-word name, later in the sentence",
			"After the vote, Brazil's Sergio Franca Danese welcomed the text.",
			[]string{"person:sergio-franca-danese"}, nil},
		{"near miss: a body's head in the run is no person",
			"Russia's Pacific Fleet conducted drills near Japan.",
			nil, []string{"person:pacific-fleet"}},
		{"near miss: a demonym is no possessor",
			"The Russian Ivan Drago trained hard.",
			nil, []string{"person:ivan-drago"}},
		// An apposition's role after a hyphenated compound: five words, the compound one.
		{"apposition with a hyphenated modifier before the role",
			"The network works on behalf of Hamid al-Rawi, a Tehran-based Houthi financial facilitator, and ships oil.",
			[]string{"person:hamid-al-rawi"}, nil},
		{"near miss: no role within five words",
			"Goods went to Sunrise Harbor, a Dubai-based shipping and storage yard operator company.",
			nil, []string{"person:sunrise-harbor"}},
	})
}
