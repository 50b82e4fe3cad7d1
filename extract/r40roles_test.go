package extract

import "testing"

// TestR40RepresentedSides: a readout that names each side's delegation as "STATE was
// represented by A and B, and STATE by C" makes every listed person the official of the
// state that was represented by them, and pairs the people of different states (MET_WITH);
// colleagues of one state are no pair. The texts are our own.
func TestR40RepresentedSides(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"two states, two people each, offices in apposition",
			"The third Australia-Indonesia ministerial dialogue was held in Canberra on Monday. Australia was represented by Ms. Harriet Colvin, Minister for Foreign Affairs, and Mr. Douglas Pearce, Minister for Defence, and Indonesia by Mr. Bayu Santoso, Minister of Foreign Affairs, and Ms. Ratna Wibisono, Minister of Defence.",
			[]string{"OFFICIAL_OF person:harriet-colvin state:AUS", "OFFICIAL_OF person:douglas-pearce state:AUS",
				"OFFICIAL_OF person:bayu-santoso state:IDN", "OFFICIAL_OF person:ratna-wibisono state:IDN",
				"MET_WITH person:bayu-santoso person:harriet-colvin", "MET_WITH person:douglas-pearce person:ratna-wibisono"},
			[]string{"MET_WITH person:douglas-pearce person:harriet-colvin", "MET_WITH person:bayu-santoso person:ratna-wibisono",
				"OFFICIAL_OF person:harriet-colvin state:IDN", "OFFICIAL_OF person:bayu-santoso state:AUS"}},
		{"plural verb, titles before the names, the article before the second state",
			"At the talks in Hanoi, the delegations were led by their ministers: Canada was represented by Foreign Minister Elise Gauthier, and the Republic of Korea by Vice Minister Park Ji-hoon.",
			[]string{"OFFICIAL_OF person:elise-gauthier state:CAN", "OFFICIAL_OF person:park-ji-hoon state:KOR",
				"MET_WITH person:elise-gauthier person:park-ji-hoon"}, nil},
		{"one state only: no pair",
			"Brazil was represented by Ambassador Lucia Ferraz and Deputy Foreign Minister Joana Vieira at the conference.",
			[]string{"OFFICIAL_OF person:lucia-ferraz state:BRA", "OFFICIAL_OF person:joana-vieira state:BRA"},
			[]string{"MET_WITH person:lucia-ferraz person:joana-vieira"}},
	})
}

// TestR40DemonymRoleOfficeComma: a demonym before a role whose complement names only the
// office ("the Philippine Secretary of Foreign Affairs, C") gives the state to the name in
// apposition after the comma, as it does with no comma; a name that opens the main clause
// after an opening phrase is someone else. The texts are our own.
func TestR40DemonymRoleOfficeComma(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"apposition closed by a comma",
			"The Philippine Secretary of Foreign Affairs, Ramon Castillo, said the talks had been useful.",
			[]string{"OFFICIAL_OF person:ramon-castillo state:PHL"}, nil},
		{"apposition inside an object",
			"Mr. Tanaka spoke by telephone with the Brazilian Minister of National Defence, Lucia Ferraz, on Monday evening.",
			[]string{"OFFICIAL_OF person:lucia-ferraz state:BRA"}, nil},
		{"the name after an opening phrase is the main clause's subject",
			"After a call with the Italian Minister of Foreign Affairs, Tomas Whitlock told reporters that the sanctions would stay.",
			nil, []string{"OFFICIAL_OF person:tomas-whitlock state:ITA"}},
	})
}

// TestR40OtherDelegation: two people whose state the document does not state, who together
// meet two people of one known state, are the other delegation: colleagues, no MET_WITH
// between them, while every pair across the two delegations stays. The texts are our own.
func TestR40OtherDelegation(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"a 2+2 held with one state's two ministers",
			"On Monday, Ms. Anna Berglund, Minister for Foreign Affairs, and Mr. Lars Dahlgren, Minister of Defence, held the first Foreign and Defence Ministerial Meeting with Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin in Washington.",
			[]string{"MET_WITH person:anna-berglund person:antony-blinken", "MET_WITH person:lars-dahlgren person:lloyd-austin"},
			[]string{"MET_WITH person:anna-berglund person:lars-dahlgren"}},
		{"two hosts of no stated state received two guests of one state",
			"Minister Priya Raman and Minister Arjun Mehta held talks with Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin in New Delhi.",
			[]string{"MET_WITH person:antony-blinken person:priya-raman"},
			[]string{"MET_WITH person:arjun-mehta person:priya-raman"}},
	})
}

// TestR40OfficeEndsAtParagraph: an office's complement ends at a paragraph break, so a line
// with no full stop that closes with an office ("Read by X, ..., Spokesperson of the Government
// of Chad") neither gives its state to the first name of the next paragraph nor loses it
// itself. The texts are our own.
func TestR40OfficeEndsAtParagraph(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"a reader's line before the heads of state",
			"Read on national radio by Colonel Ahmed Saleh, Minister of Communication, Spokesperson of the Government of Chad\n\nTheir Excellencies General Mahmat Deby, President of the Transition, and Colonel Idrissa Kone, President of Guinea, decide to withdraw.",
			[]string{"OFFICIAL_OF person:ahmed-saleh state:TCD"},
			[]string{"OFFICIAL_OF person:mahmat-deby state:TCD"}},
	})
}
