package extract

import "testing"

// TestR13TradeDesignationLists: numbered designation lists (lists.go). A heading line that
// holds a list noun ("ANNEX - New listings") or a sentence ending in ":" opens the list;
// section headings ("Individuals", "Entities 3.") keep it open; an item's head ends at a
// spaced dash, may be names coordinated before the dash, and is a person when a role (also a
// plural one) follows the dash; a title before the head is skipped; an item's description
// may run on in a second sentence of its line. A list no one announces is the latest doer's
// of its relation. The sentences are our own.
func TestR13TradeDesignationLists(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a heading opens the list, sections keep it open, the body's doer is the source",
			"Japan today imposed sanctions on Russia over its war against Ukraine.\n\nANNEX - New listings\n\nIndividuals\n1. Pavel Lebedev - Director of the Rostov Arsenal; responsible for shipments.\n2. Oleg Sarkisov - commander of a Russian artillery brigade.\n\nEntities\n3. Volga Optics Trading - supplier of sights to the Russian army.\n",
			[]string{"SANCTIONED state:JPN person:pavel-lebedev asserted/fact 2024-05-01", "SANCTIONED state:JPN person:oleg-sarkisov", "SANCTIONED state:JPN inst:volga-optics-trading"}, nil},
		{"a colon opens the list; em dashes, a run-on description, coordinated heads",
			"Canada imposed sanctions on Iran on Monday.\n\nDesignations under the Special Economic Measures Regulations include:\n\n1. Ahmad Karimi \u2014 Commander of the IRGC Navy. Reportedly oversaw the transfers.\n\n2. Hamid Rostami, Saeed Farahani and Nader Kazemi \u2014 IRGC officers who trained Russian crews.\n",
			[]string{"SANCTIONED state:CAN person:ahmad-karimi", "SANCTIONED state:CAN person:hamid-rostami", "SANCTIONED state:CAN person:saeed-farahani", "SANCTIONED state:CAN person:nader-kazemi"}, nil},
		{"a title before the head is skipped",
			"The following have been designated by Australia:\n1. Brigadier General Reza Tavakoli \u2014 head of the missile command.\n",
			[]string{"SANCTIONED state:AUS person:reza-tavakoli"}, nil},
		{"near miss: a heading without a list noun opens nothing",
			"Japan today imposed sanctions on Russia over its war against Ukraine.\n\nANNEX - Participants\n\n1. Pavel Lebedev - Director of the Rostov Arsenal.\n",
			nil, []string{"SANCTIONED state:JPN person:pavel-lebedev"}},
		{"near miss: a new paragraph after the list is no item",
			"Canada imposed sanctions on Iran on Monday.\n\nDesignations include:\n\n1. Ahmad Karimi \u2014 Commander of the IRGC Navy.\n\nMohsen Rezaei, a former commander, criticised the move.\n",
			[]string{"SANCTIONED state:CAN person:ahmad-karimi"}, []string{"SANCTIONED state:CAN person:mohsen-rezaei"}},
	})
}

// TestR13TradeGappedSources: a recipient verb's second object coordinated after the first
// one's "from" source, the verb left out, has its own source; a conjunct with a verb of its
// own is another clause. The sentences are our own.
func TestR13TradeGappedSources(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"bought X from A and Y from B",
			"Armenia has bought howitzers from India and radars from France.",
			[]string{"SUPPLIED state:IND state:ARM", "SUPPLIED state:FRA state:ARM"}, nil},
		{"present tense, a parenthetical in the conjunct",
			"Russia receives drones from Iran and, according to Seoul, artillery shells from North Korea.",
			[]string{"SUPPLIED state:IRN state:RUS", "SUPPLIED state:PRK state:RUS"}, nil},
		{"near miss: the conjunct has its own verb",
			"Serbia received fighter jets from France and later flew them from Belgrade to Hungary.",
			[]string{"SUPPLIED state:FRA state:SRB"}, []string{"SUPPLIED state:HUN state:SRB"}},
	})
}

// TestR13TradeForceRecipient: goods supplied to a state's force (its possessive or demonym
// before an organ-head noun) are supplied to the state (relations.tsv flag body-target).
// The sentences are our own.
func TestR13TradeForceRecipient(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a possessive state's armed forces",
			"The United Kingdom has gifted armoured vehicles to Benin's armed forces.",
			[]string{"SUPPLIED state:GBR state:BEN"}, nil},
		{"a demonym's army, past tense",
			"France delivered armoured vehicles to the Beninese army last year.",
			[]string{"SUPPLIED state:FRA state:BEN"}, nil},
		{"near miss: troops to a force deploy, they supply nothing",
			"France sent troops to the Beninese army's base.",
			nil, []string{"SUPPLIED state:FRA state:BEN"}},
	})
}
