package extract

import "testing"

// h44csrc2: a list of states whose later member carries "the" ("Germany, Romania, the
// Netherlands and Italy"), closed by a comma before the verb, read "the Netherlands and Italy"
// as an apposition to the member before it and dropped the first members as sources. Joint
// statements and arms-transfer news name their lists of suppliers and sanctioning states this
// way in every region. Every sentence is our own.
func TestH44csrc2ListWithArticle(t *testing.T) {
	checkRelations(t, "2024-05-04", []relCase{
		{"several partners, including a list with a mid-list article, before the verb",
			"Several partners, including Brazil, Chile, the Dominican Republic and Mexico, have delivered armoured vehicles to Haiti.",
			[]string{"SUPPLIED state:BRA state:HTI", "SUPPLIED state:CHL state:HTI", "SUPPLIED state:DOM state:HTI", "SUPPLIED state:MEX state:HTI"}, nil},
		{"a bare list closed by a comma before a sanctions verb",
			"Kenya, Uganda, the Democratic Republic of the Congo and Rwanda, meanwhile, imposed sanctions on Sudan.",
			[]string{"SANCTIONED state:KEN state:SDN", "SANCTIONED state:UGA state:SDN", "SANCTIONED state:RWA state:SDN"}, nil},
		{"the article on the last member before a condemnation",
			"Japan, India, Australia and the Philippines, in a joint statement, condemned China.",
			[]string{"CONDEMNED state:JPN state:CHN", "CONDEMNED state:IND state:CHN", "CONDEMNED state:AUS state:CHN", "CONDEMNED state:PHL state:CHN"}, nil},
		{"near miss: a described apposition still names the head as the subject",
			"Ethiopia, the host of the African Union, condemned Eritrea.",
			[]string{"CONDEMNED state:ETH state:ERI"}, []string{"CONDEMNED inst:au state:ERI"}},
		{"near miss: a person's apposition with a name in it",
			"Kim Yo Jong, the sister of Kim Jong Un, criticized South Korea.",
			nil, []string{"CONDEMNED person:kim-jong-un state:KOR"}},
	})
}

// h44csrc2: a second supplier named in parallel after ", and" with the recipient left out
// ("X's supply of A to R, and Y's supply of B"): Y's act noun shares R, and Y is no further
// recipient of X's act. Statements and wire copy on arms transfers write it so in every region.
// Every sentence is our own.
func TestH44csrc2ParallelSupplier(t *testing.T) {
	checkRelations(t, "2024-05-04", []relCase{
		{"a parallel possessed supply noun shares the recipient",
			"We condemn Pakistan's supply of rockets to Afghanistan, and Iran's supply of drones.",
			[]string{"SUPPLIED state:PAK state:AFG", "SUPPLIED state:IRN state:AFG"}, []string{"SUPPLIED state:PAK state:IRN"}},
		{"a phrase after the recipient before the comma",
			"Observers criticised Turkey's sale of drones to Ethiopia in breach of the embargo, and Israel's delivery of radars.",
			[]string{"SUPPLIED state:TUR state:ETH", "SUPPLIED state:ISR state:ETH"}, []string{"SUPPLIED state:TUR state:ISR"}},
		{"a possessor of another act after ', and' is no second target",
			"Ottawa imposed sanctions on Sudan, and Chad's support for the militia drew criticism.",
			[]string{"SANCTIONED state:CAN state:SDN"}, []string{"SANCTIONED state:CAN state:TCD"}},
		{"near miss: a parallel act of another relation takes no supply recipient",
			"Russia's supply of fighter jets to Myanmar, and China's training of pilots, drew criticism.",
			[]string{"SUPPLIED state:RUS state:MMR"}, []string{"SUPPLIED state:CHN state:MMR"}},
		{"near miss: a parallel noun with its own recipient keeps it",
			"Brazil's supply of fuel to Cuba continued, and Mexico's supply of wheat to Haiti grew.",
			[]string{"SUPPLIED state:BRA state:CUB", "SUPPLIED state:MEX state:HTI"}, []string{"SUPPLIED state:MEX state:CUB"}},
	})
}
