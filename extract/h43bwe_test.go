package extract

import "testing"

// TestDeclaredWeSkipsEmptyApposition: a joint statement's "we" is who its opening apposition
// named (stop 43: the named leaders, or the states), even after a later "We, as ...," or
// "We, therefore," that names no one; the states after "of" in "President A of X" are where
// the leaders serve, not speakers. Texts of our own, with near misses.
func TestDeclaredWeSkipsEmptyApposition(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"leaders named with their states, then 'We, as two Amazonian nations,'",
			"Joint Statement\n\nToday, we, President Gustavo Petro of Colombia and President Xiomara Castro of Honduras, met in Leticia.\n\nWe, as two Amazonian nations, share one forest. We condemn Venezuela's decision to close the border.",
			[]string{"CONDEMNED person:gustavo-petro state:VEN", "CONDEMNED person:xiomara-castro state:VEN"},
			[]string{"CONDEMNED state:COL state:VEN", "CONDEMNED state:HND state:VEN"}},
		{"'We, therefore,' between the opening and the stance; 'of the Republic of'",
			"Joint Declaration\n\nWe, Prime Minister Nikol Pashinyan of Armenia and President Yoon Suk Yeol of the Republic of Korea, met in Tbilisi.\n\nWe, therefore, agree to meet again in June. We strongly support Moldova's sovereignty.",
			[]string{"SUPPORTS person:nikol-pashinyan state:MDA", "SUPPORTS person:yoon-suk-yeol state:MDA"},
			[]string{"SUPPORTS state:ARM state:MDA", "SUPPORTS state:KOR state:MDA"}},
		{"ministers of listed states, then 'We, too,'",
			"Joint Communique\n\nWe, the Foreign Ministers of Kenya, Uganda and Rwanda, met in Kampala on 2 May 2024.\n\nWe, as members of one community, met again. We condemn Sudan's shelling of the border towns.",
			[]string{"CONDEMNED state:KEN state:SDN", "CONDEMNED state:UGA state:SDN", "CONDEMNED state:RWA state:SDN"}, nil},
		{"a later opening that names leaders is not passed over for an earlier one of states",
			"Joint Statement\n\nWe, the Foreign Ministers of Chile and Peru, met in Lima.\n\nWe, President Gabriel Boric and President Dina Boluarte, met in Santiago. We condemn Bolivia's closure of the border.",
			[]string{"CONDEMNED person:gabriel-boric state:BOL", "CONDEMNED person:dina-boluarte state:BOL"},
			[]string{"CONDEMNED state:CHL state:BOL", "CONDEMNED state:PER state:BOL"}},
		{"a 'We, as ...' with no opening before it declares no speakers",
			"Joint Statement\n\nWe, as neighbours, met in Quito. We condemn Colombia's closure of the border.",
			nil, []string{"CONDEMNED state:ECU state:COL"}},
	})
}
