package extract

import "testing"

// TestEventFamilies5 covers event wording learned from the misses of testdata/heldout5 and the
// older blind sets (meetings, visits, attacks, transfers, vetoes, launches): each case is a
// sentence of our own in the family, with near misses the rule must leave alone.
func TestEventFamilies5(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'H.E.' before a guest's name is an honorific, not the pronoun 'he'",
			"Minister Tanaka Hiro held talks with H.E. Mr. Carlos Diaz, Secretary of Foreign Affairs, in Lima.",
			[]string{"MET_WITH person:carlos-diaz person:tanaka-hiro"}, nil},
		{"'H.E.' in a list of guests",
			"President Ana Ruiz received H.E. Pedro Lopez and H.E. Mr. Jorge Vidal on Monday.",
			[]string{"MET_WITH person:ana-ruiz person:pedro-lopez", "MET_WITH person:ana-ruiz person:jorge-vidal"}, nil},
		{"'he' still resolves as a pronoun",
			"Prime Minister Tanaka Hiro arrived in Lima on Monday. He met President Ana Ruiz.",
			[]string{"MET_WITH person:ana-ruiz person:tanaka-hiro"}, nil},
		{"an adverbial between a verb of talking and 'with'",
			"Secretary Marco Rubio spoke today with Foreign Minister Penny Wong about the region.",
			[]string{"MET_WITH person:marco-rubio person:penny-wong"}, nil},
		{"a weekday between 'talked' and 'to'",
			"Chancellor Olaf Scholz talked on Tuesday to President Emmanuel Macron.",
			[]string{"MET_WITH person:emmanuel-macron person:olaf-scholz"}, nil},
		{"'this morning' and a plural subject",
			"President Joe Biden and Prime Minister Fumio Kishida spoke this morning with President Yoon Suk Yeol.",
			[]string{"MET_WITH person:joe-biden person:yoon-suk-yeol", "MET_WITH person:fumio-kishida person:yoon-suk-yeol"}, nil},
		{"speaking to reporters is no meeting",
			"Foreign Minister Penny Wong spoke today to reporters in Canberra about Wang Yi.",
			nil, []string{"MET_WITH person:penny-wong person:wang-yi"}},
		{"a first-person subject's apposition with 'of' phrases meets as one group",
			"We, Prime Minister Ana Ruiz of Spain and Prime Minister Jorge Vidal of Portugal, met by video conference today.",
			[]string{"MET_WITH person:ana-ruiz person:jorge-vidal"}, nil},
		{"a name suffix inside the apposition keeps the list whole",
			"We, President Ana Ruiz, President Jorge Vidal, Jr., and Prime Minister Tanaka Hiro, met today in Lisbon.",
			[]string{"MET_WITH person:ana-ruiz person:jorge-vidal-jr", "MET_WITH person:ana-ruiz person:tanaka-hiro",
				"MET_WITH person:jorge-vidal-jr person:tanaka-hiro"}, nil},
		{"a single name in the apposition meets the object",
			"We, Prime Minister Ana Ruiz of Spain, met President Jorge Vidal of Portugal on Monday.",
			[]string{"MET_WITH person:ana-ruiz person:jorge-vidal"}, nil},
		{"states in a first-person apposition are no meeting",
			"We, the governments of Spain and Portugal, met our obligations in full.",
			nil, []string{"MET_WITH state:ESP state:PRT"}},
		{"a relative clause with a copula and a visit noun: the antecedent visits",
			"President Ana Ruiz received Foreign Minister Sergey Lavrov, who is on an official visit to Chile, at the palace.",
			[]string{"VISITED person:sergey-lavrov state:CHL"}, []string{"VISITED person:ana-ruiz state:CHL"}},
		{"past an apposition, and a trip noun",
			"Kim Jong Un welcomed Andrei Belousov, Russia's defence minister, who was on a three-day trip to Pyongyang.",
			[]string{"VISITED person:andrei-belousov place:pyongyang"}, nil},
		{"an anaphor before the relative is no antecedent",
			"Kim Jong Un received the delegation sent by him, who are on a visit to Pyongyang.",
			nil, []string{"VISITED person:kim-jong-un place:pyongyang"}},
	})
}
