package extract

import "testing"

// TestR34GoodsOwnConjunct covers a supply verb that needs goods (triggers.tsv needs=goods)
// and finds them only past ", and" or ", but" opening a clause with a subject of its own:
// those goods are the later clause's, so the verb supplies nothing; goods in its own conjunct
// still count. Every sentence is our own.
func TestR34GoodsOwnConjunct(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"aid provided, the weapons belong to a welcomed decision after ', and we'",
			"Spain and Italy will keep providing Moldova with the economic and humanitarian assistance it requires, and we welcome the decision of some partners to send more howitzers.",
			[]string{"SUPPORTS state:ESP state:MDA"}, []string{"SUPPLIED state:ESP state:MDA", "SUPPLIED state:ITA state:MDA"}},
		{"aid provided, tanks in a clause opened by ', and' and a name",
			"Portugal will go on providing Moldova with humanitarian aid, and Greece welcomes the plan of its partners to deliver tanks.",
			nil, []string{"SUPPLIED state:PRT state:MDA", "SUPPLIED state:PRT state:GRC"}},
		{"near miss: goods in the verb's own conjunct before ', and'",
			"Portugal delivered howitzers and shells to Moldova, and Greece sent medical teams.",
			[]string{"SUPPLIED state:PRT state:MDA"}, nil},
		{"near miss: ', and' with no subject of its own joins the same verb phrase",
			"Portugal has provided Moldova with training, and more recently with armoured vehicles.",
			[]string{"SUPPLIED state:PRT state:MDA"}, nil},
	})
}
