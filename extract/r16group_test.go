package extract

import "testing"

// TestR16GroupDescriptions covers plural descriptions (groups.go, coref.tsv rows with head=1):
// an opener, a number where stated, modifiers and a head noun stand for the latest list of
// compatible entities; a number must agree with the list; without one a kind noun such as
// "juntas" takes the largest list before, across paragraphs. Every relation that takes an
// argument from the description takes every member. Each case is our own sentence, with near
// misses that must not fire.
func TestR16GroupDescriptions(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'the juntas' a paragraph after the list, a supply to each",
			"Chad, Sudan and Libya signed a pact in May.\n\nSince then Belarus has supplied the juntas with helicopters.",
			[]string{"SUPPLIED state:BLR state:TCD", "SUPPLIED state:BLR state:SDN", "SUPPLIED state:BLR state:LBY"}, nil},
		{"'the juntas' as subject, present perfect, a condemnation by each",
			"Guinea, Gabon and Chad were suspended by the African Union.\n\nThe juntas have condemned France.",
			[]string{"CONDEMNED state:GIN state:FRA", "CONDEMNED state:GAB state:FRA", "CONDEMNED state:TCD state:FRA"}, nil},
		{"a definite plural is the largest list, not the latest pair",
			"Chad, Sudan and Libya signed a pact in May. Chad and Sudan later expelled French diplomats.\n\nBelarus has supplied the juntas with helicopters.",
			[]string{"SUPPLIED state:BLR state:LBY"}, nil},
		{"a number with a body's name as modifier: 'the three AES states', a sanction",
			"Mali, Burkina Faso and Niger left ECOWAS in January. In March the three AES states sanctioned Algeria.",
			[]string{"SANCTIONED state:MLI state:DZA", "SANCTIONED state:BFA state:DZA", "SANCTIONED state:NER state:DZA"}, nil},
		{"a number with a lower-case modifier: 'the two sovereign states' as object of support",
			"Armenia and Azerbaijan met in Bern.\n\nSwitzerland pledged support to the two sovereign states.",
			[]string{"SUPPORTS state:CHE state:ARM", "SUPPORTS state:CHE state:AZE"}, nil},
		{"number disagreement: 'the three Baltic states' does not take a pair (near miss)",
			"Chile and Peru sent observers.\n\nRussia attacked the three Baltic states.",
			nil, []string{"ATTACKED state:RUS state:CHL", "ATTACKED state:RUS state:PER"}},
		{"a list of people is no list of states (near miss)",
			"Goita, Traore and Tiani met in Niamey.\n\nRussia has supplied the juntas with drones.",
			nil, []string{"SUPPLIED state:RUS person:assimi-goita"}},
		{"no list in reach: 'the juntas' refers to nothing (near miss)",
			"Mali expelled French troops.\n\nRussia has supplied the juntas with drones.",
			nil, []string{"SUPPLIED state:RUS state:MLI"}},
		{"a numbered head alone ('the states') without a number refers to nothing (near miss)",
			"Chile and Peru met in Lima. Russia attacked the states.",
			nil, []string{"ATTACKED state:RUS state:CHL", "ATTACKED state:RUS state:PER"}},
		{"the members named after the head belong to it, no anaphor (near miss)",
			"Chad and Sudan met.\n\nThe juntas in Mali and Niger condemned France.",
			[]string{"CONDEMNED state:MLI state:FRA", "CONDEMNED state:NER state:FRA"}, []string{"CONDEMNED state:TCD state:FRA", "CONDEMNED state:SDN state:FRA"}},
		{"a list that names itself in apposition keeps its own members and body",
			"Australia, Japan and India, the three Quad partners, condemned the launch by North Korea.",
			[]string{"CONDEMNED state:AUS state:PRK", "CONDEMNED state:JPN state:PRK", "CONDEMNED state:IND state:PRK"}, nil},
		{"a capitalised head is a title, no description (near miss)",
			"Mali, Burkina Faso and Niger left ECOWAS.\n\nThe Sahel Juntas and Russia\n\nRussia condemned France.",
			[]string{"CONDEMNED state:RUS state:FRA"}, []string{"CONDEMNED state:MLI state:FRA"}},
	})
}

// TestR16GroupThey: "They" opening a sentence is the coordinated list that opens the sentence
// before in its paragraph (its subject), whatever relation follows; not a list that is no
// subject, not across a paragraph, not a possessor.
func TestR16GroupThey(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'They' after a list subject: a supply by each",
			"Chile and Peru condemned the attack. They also supplied drones to Ukraine.",
			[]string{"SUPPLIED state:CHL state:UKR", "SUPPLIED state:PER state:UKR"}, nil},
		{"'They' after a three-member list with an article: a condemnation by each",
			"Mali, Burkina Faso and the Niger signed a charter in Bamako. They then condemned France.",
			[]string{"CONDEMNED state:MLI state:FRA", "CONDEMNED state:BFA state:FRA", "CONDEMNED state:NER state:FRA"}, nil},
		{"'They' after a list of people: each signed",
			"Putin and Lukashenko arrived in Minsk on Monday. They signed the Union State Treaty.",
			[]string{"SIGNED person:vladimir-putin", "SIGNED person:alexander-lukashenko"}, nil},
		{"a list after an adjunct is no sure subject (near miss)",
			"In Lima, Chile and Peru held talks. They condemned Russia.",
			nil, []string{"CONDEMNED state:CHL state:RUS", "CONDEMNED state:PER state:RUS"}},
		{"a list in the paragraph before is out of reach (near miss)",
			"Chile and Peru held talks.\n\nThey condemned Russia.",
			nil, []string{"CONDEMNED state:CHL state:RUS", "CONDEMNED state:PER state:RUS"}},
		{"a possessor list is no subject (near miss)",
			"Chile and Peru's ministers held talks. They condemned Russia.",
			nil, []string{"CONDEMNED state:CHL state:RUS", "CONDEMNED state:PER state:RUS"}},
	})
}
