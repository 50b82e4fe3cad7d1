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

// TestR34TheyAfterSpeechVerb covers "they" right after a speech or announcing verb, or its
// "that", whose sentence opens with a coordinated list: the list, the verb's subject, does
// the act the reported clause states (coref.tsv listed=1 with after=). Every sentence is our
// own.
func TestR34TheyAfterSpeechVerb(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"said that they are preparing sanctions",
			"Spain and Austria said that they are preparing sanctions on Mahan Air.",
			[]string{"SANCTIONED state:ESP inst:mahan-air", "SANCTIONED state:AUT inst:mahan-air"}, nil},
		{"announced that they will ..., and are preparing sanctions",
			"Spain, Portugal and Austria announced that they will cancel flights to Tehran and are preparing sanctions on Mahan Air.",
			[]string{"SANCTIONED state:ESP inst:mahan-air", "SANCTIONED state:PRT inst:mahan-air", "SANCTIONED state:AUT inst:mahan-air"}, nil},
		{"said they had finished preparing jets for transfer",
			"The Netherlands and Norway said they had finished preparing the first F-16 fighter jets for transfer to Moldova.",
			[]string{"SUPPLIED state:NLD state:MDA", "SUPPLIED state:NOR state:MDA"}, nil},
		{"near miss: a possessor list is no subject",
			"Spain and Austria's ministers said that they are preparing sanctions on Mahan Air.",
			nil, []string{"SANCTIONED state:ESP inst:mahan-air", "SANCTIONED state:AUT inst:mahan-air"}},
	})
}

// TestR34TrailingSpeakersNoListMembers covers an object followed by a comma and names that
// end, past "and", in a speech verb: those names are the speakers of a trailing attribution,
// not members of the object's list. Every sentence is our own.
func TestR34TrailingSpeakersNoListMembers(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"two states speak after the recipient",
			"Iran has shipped drones to Belarus, Britain and France said on Tuesday.",
			[]string{"SUPPLIED state:IRN state:BLR"}, []string{"SUPPLIED state:IRN state:GBR", "SUPPLIED state:IRN state:FRA"}},
		{"a state and its unnamed allies speak",
			"Iran has shipped drones to Belarus, Canada and its European partners said.",
			[]string{"SUPPLIED state:IRN state:BLR"}, []string{"SUPPLIED state:IRN state:CAN"}},
		{"near miss: a list of recipients before a comma and the attribution",
			"Iran has shipped drones to Belarus, Syria and Venezuela, officials said.",
			[]string{"SUPPLIED state:IRN state:BLR", "SUPPLIED state:IRN state:SYR", "SUPPLIED state:IRN state:VEN"}, nil},
		{"near miss: a subject list speaks itself",
			"Britain, France and Germany said they had condemned the shipment of drones by Iran.",
			[]string{"CONDEMNED state:GBR state:IRN", "CONDEMNED state:FRA state:IRN", "CONDEMNED state:DEU state:IRN"}, nil},
	})
}
