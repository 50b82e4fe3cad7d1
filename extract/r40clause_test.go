package extract

import "testing"

// TestR40ClauseJoin: ", and" right after an object opens another clause when the names after it
// have a verb of their own or a conjunction of their own; they are that clause's subjects, not
// more objects of the first verb. A plain list with an Oxford comma stays one list.
func TestR40ClauseJoin(t *testing.T) {
	checkRelations(t, "2025-01-10", []relCase{
		{"a list of subjects with its own verb after ', and'",
			"Poland has delivered tanks and artillery shells to Ukraine, and Germany, France and Italy are jointly financing the production of drones in Ukraine.",
			[]string{"SUPPLIED state:POL state:UKR"},
			[]string{"SUPPLIED state:POL state:DEU", "SUPPLIED state:POL state:FRA", "SUPPLIED state:POL state:ITA"}},
		{"two subjects joined by their own 'and', past tense",
			"Canada sent howitzers to Ukraine, and Norway and Denmark were funding new ammunition lines.",
			[]string{"SUPPLIED state:CAN state:UKR"},
			[]string{"SUPPLIED state:CAN state:NOR", "SUPPLIED state:CAN state:DNK"}},
		{"one subject with an adverb before its verb",
			"The Netherlands shipped F-16 fighter jets to Ukraine, and Belgium also pledged more of them.",
			[]string{"SUPPLIED state:NLD state:UKR"},
			[]string{"SUPPLIED state:NLD state:BEL"}},
		{"the names after ', and' modify the office of the next clause's subject",
			"Japan and Canada have expressed support for the Philippines, and the U.S. Ambassador in Manila, Jane Doe, said the United States stands with its ally.",
			[]string{"SUPPORTS state:JPN state:PHL"},
			[]string{"SUPPORTS state:JPN state:USA", "SUPPORTS state:CAN state:USA"}},
		{"an Oxford-comma list of recipients is still one list",
			"Japan sold anti-ship missiles to the Philippines, Vietnam, and Malaysia.",
			[]string{"SUPPLIED state:JPN state:PHL", "SUPPLIED state:JPN state:VNM", "SUPPLIED state:JPN state:MYS"},
			nil},
	})
}
