package extract

import "testing"

// TestReactionWording covers CONDEMNED worded as a complaint against a party and reactions to a
// party's acts named with the party as a modifier. Every sentence is our own.
func TestReactionWording(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a complaint against a party",
			"Niger lodged a complaint against Benin with the African Union on Monday.",
			[]string{"CONDEMNED state:NER state:BEN"}, []string{"CONDEMNED state:NER inst:au"}},
		{"a possessor's complaint, as the object of another verb",
			"The ministers discussed Chad's complaints against Sudan.",
			[]string{"CONDEMNED state:TCD state:SDN"}, nil},
		{"a complaint to a body is no complaint against it",
			"Armenia sent a complaint to the Security Council about the blockade.",
			nil, []string{"CONDEMNED state:ARM inst:unsc"}},
		{"a reaction to acts named with their party as a modifier",
			"Poland condemned the Russian actions in the Baltic on Friday.",
			[]string{"CONDEMNED state:POL state:RUS"}, nil},
		{"a decision named with its party as a modifier",
			"Germany criticised the American decision to leave the treaty.",
			[]string{"CONDEMNED state:DEU state:USA"}, nil},
		{"a welcome is no reaction of blame",
			"Poland welcomed the Russian statement on Friday.",
			nil, []string{"CONDEMNED state:POL state:RUS"}},
		{"cooperation between parties condemns both",
			"Japan condemned the military cooperation between Belarus and Russia on Friday.",
			[]string{"CONDEMNED state:JPN state:BLR", "CONDEMNED state:JPN state:RUS"}, nil},
		{"'between' with a single name names no pair",
			"Japan condemned the talks between officials and Russia.",
			nil, []string{"CONDEMNED state:JPN state:RUS"}},
		{"the speakers' own condemnation reported with a pronoun for them is a fact",
			"Iran sent drones to Russia in May. Canada and Italy said that they condemned the transfer.",
			[]string{"CONDEMNED state:CAN state:IRN asserted/fact", "CONDEMNED state:ITA state:IRN asserted/fact"}, nil},
		{"someone else's condemnation stays reported",
			"Iran sent drones to Russia in May. Canada said that Italy condemned the transfer.",
			[]string{"CONDEMNED state:ITA state:IRN asserted/reported"}, nil},
		{"after a veto, the vote names it",
			"China vetoed the draft resolution in the UN Security Council on Tuesday. Canada and Chile denounced the vote.",
			[]string{"CONDEMNED state:CAN state:CHN", "CONDEMNED state:CHL state:CHN"}, nil},
		{"with no veto before, the vote names nobody",
			"The Council adopted the resolution on Tuesday. Canada and Chile denounced the vote.",
			nil, []string{"CONDEMNED state:CAN state:CAN"}},
		{"a demonym before a plain noun is no party",
			"Japan condemned the Chinese fishing boats' captain.",
			nil, []string{"CONDEMNED state:JPN state:CHN"}},
	})
}
