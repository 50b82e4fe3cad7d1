package extract

import (
	"slices"
	"testing"
)

// Stop 44, h44coff: a courtesy word (titles.txt courtesy: "Sheikh", "Sayyid") opening the
// name after an apposition's comma stands between the role and the name as an honorific
// does, so the role before the comma gives the name its office. Every test text is our own
// wording.
func TestH44coffCourtesyAfterComma(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"demonym, title, comma, Omani courtesy",
			"The envoy later spoke with the Omani Foreign Minister, Sayyid Badr Albusaidi, by telephone.",
			[]string{"OFFICIAL_OF person:badr-albusaidi state:OMN"}, nil},
		{"possessive state, lower-case role, Gulf courtesy",
			"Bahrain's foreign minister, Sheikh Khalid bin Ahmed Al Khalifa, arrived in Cairo on Sunday.",
			[]string{"OFFICIAL_OF person:khalid-bin-ahmed-al-khalifa state:BHR"}, nil},
		{"role of a state after of",
			"The prime minister of Qatar, Sheikh Mohammed bin Abdulrahman Al Thani, hosted the two delegations.",
			[]string{"OFFICIAL_OF person:mohammed-bin-abdulrahman-al-thani state:QAT"}, nil},
		{"honorific still works",
			"Kenya's foreign minister, Dr. Amina Wanjiru, received the delegation.",
			[]string{"OFFICIAL_OF person:amina-wanjiru state:KEN"}, nil},
		{"near miss: the comma closes an opening phrase, the name is the subject",
			"After meeting the Emir of Kuwait, Sheikh Salem Nasser told reporters the talks went well.",
			nil, []string{"OFFICIAL_OF person:salem-nasser state:KWT"}},
	})
}

// TestH44coffRoleAfterClosedApposition: a first name's apposition closed by ", and" leaves
// the role after it, before the next comma, to the next name ("General X, commander of the
// Y, and the British Ambassador to Z, W, attended"), h44coff. Our own wording.
func TestH44coffRoleAfterClosedApposition(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"a commander, then a demonym's ambassador, Latin America",
			"General Tomas Ruiz, commander of the Chilean Division, and the French Ambassador to Chile, Pierre Durand, attended the parade.",
			[]string{"OFFICIAL_OF person:pierre-durand state:FRA", "OFFICIAL_OF person:tomas-ruiz"}, nil},
		{"a minister, then an of-role, Caucasus",
			"Ararat Mirzoyan, foreign minister of Armenia, and the Foreign Minister of Georgia, Ilia Darchiashvili, signed the protocol.",
			[]string{"OFFICIAL_OF person:ilia-darchiashvili state:GEO", "OFFICIAL_OF person:ararat-mirzoyan state:ARM"}, nil},
		{"an official, then an envoy, Horn of Africa",
			"Redwan Hussien, head of the intelligence service, and the Kenyan ambassador to Ethiopia, Joseph Kiptoo, met on Friday.",
			[]string{"OFFICIAL_OF person:joseph-kiptoo state:KEN"}, nil},
		{"near miss: the apposition is the first name's, no coordination",
			"Conveying the greetings of Gustavo Petro, President of Colombia, Laura Sarabia thanked the hosts.",
			nil, []string{"OFFICIAL_OF person:laura-sarabia state:COL"}},
	})
}

// TestH44coffMilitaryRulers: "military leader", "military ruler", "junta leader" and "junta
// chief" (titles.txt role) make the name their state's official, as writers name a state's
// military rulers (h44coff). Our own wording.
func TestH44coffMilitaryRulers(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"possessive state, junta leader, West Africa",
			"Guinea's junta leader Mamadi Doumbouya arrived in Bamako on Monday.",
			[]string{"OFFICIAL_OF person:mamadi-doumbouya state:GIN"}, nil},
		{"demonym, military ruler, apposition",
			"The Malian military ruler, Assimi Goita, received the Russian delegation.",
			[]string{"OFFICIAL_OF person:assimi-goita state:MLI"}, nil},
		{"after the name",
			"Assimi Goita, Mali's military ruler, received the Russian delegation.",
			[]string{"OFFICIAL_OF person:assimi-goita state:MLI"}, nil},
		{"junta chief, Horn of Africa",
			"Sudan's junta chief Abdel Fattah al-Burhan flew to Port Sudan.",
			[]string{"OFFICIAL_OF person:abdel-fattah-al-burhan state:SDN"}, nil},
		{"near miss: a rebel leader fought by a state's troops serves no state",
			"Kenyan troops clashed with fighters loyal to the rebel military leader Hassan Dahir on Monday.",
			nil, []string{"OFFICIAL_OF person:hassan-dahir state:KEN"}},
	})
}

// TestH44coffEnvoyInHostCity: "The Ambassador of X in CITY, NAME": "in" and the host's city or
// country complete an envoy's title as "to" does, and the envoy serves X, not the host
// (h44coff). Our own wording.
func TestH44coffEnvoyInHostCity(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"Andean capital, honorific",
			"The Ambassador of Peru in Quito, Mr. Luis Vargas, repeated the claim in a video.",
			[]string{"OFFICIAL_OF person:luis-vargas state:PER"}, []string{"OFFICIAL_OF person:luis-vargas state:ECU"}},
		{"Caucasus capital, lower case",
			"The ambassador of Armenia in Tbilisi, Gagik Harutyunyan, met the minister on Friday.",
			[]string{"OFFICIAL_OF person:gagik-harutyunyan state:ARM"}, []string{"OFFICIAL_OF person:gagik-harutyunyan state:GEO"}},
		{"near miss: a minister's visit to a city is no envoy's post",
			"After the visit of the Minister of Peru to Quito, Luis Vargas said the talks failed.",
			nil, []string{"OFFICIAL_OF person:luis-vargas state:ECU"}},
	})
}

// TestH44coffHonorificIsNoPlace: a name opened by an honorific after a place's comma ("the
// envoy in Quito, Mr. Luis Vargas") is a person, not a second place of a list; a real list
// after "in" still gives its places (h44coff). Our own wording.
func TestH44coffHonorificIsNoPlace(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		{"The envoy in Quito, Mr. Luis Vargas, said the talks would resume.",
			[]string{"place:quito", "person:luis-vargas"}, []string{"place:mr"}},
		{"The consul in Hargeisa, Dr. Amina Warsame, met the delegation.",
			[]string{"person:amina-warsame"}, []string{"place:dr"}},
		{"Clashes were reported near Goma, Rutshuru and Masisi on Monday.",
			[]string{"place:rutshuru", "place:masisi"}, nil},
	} {
		ids := h44EntityIDs(t, x, c.text)
		for _, w := range c.want {
			if !slices.Contains(ids, w) {
				t.Errorf("%q: missing %s in %v", c.text, w, ids)
			}
		}
		for _, n := range c.not {
			if slices.Contains(ids, n) {
				t.Errorf("%q: unexpected %s in %v", c.text, n, ids)
			}
		}
	}
}
