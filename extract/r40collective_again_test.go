package extract

import "testing"

// TestR40CollectiveAgain: a group description ("the two leaders", "the leaders") keeps the
// people the latest description with the same head word referred to, when the sentence its
// own search would read names others beside them ("held talks with their delegations,
// including X and Y") or only some of them.
func TestR40CollectiveAgain(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"a lunch with two named delegates, then the two leaders in the next paragraph",
			"President Emmanuel Macron welcomed Prime Minister Mark Carney of Canada to the Elysee today. The two leaders held a working dinner with their delegations, including Foreign Minister Jean-Noel Barrot and Foreign Minister Melanie Joly.\n\nThe two leaders condemned Russia's strikes on Ukraine's energy grid.",
			[]string{"CONDEMNED person:emmanuel-macron state:RUS", "CONDEMNED person:mark-carney state:RUS"},
			[]string{"CONDEMNED person:jean-noel-barrot state:RUS", "CONDEMNED person:melanie-joly state:RUS"}},
		{"the leaders, another verb and order",
			"Chancellor Olaf Scholz received Prime Minister Donald Tusk in Berlin today. The two leaders met with their advisers, among them Minister Annalena Baerbock and Minister Radoslaw Sikorski.\n\nThe leaders reaffirmed their support for Ukraine.",
			[]string{"SUPPORTS person:olaf-scholz state:UKR", "SUPPORTS person:donald-tusk state:UKR"},
			[]string{"SUPPORTS person:annalena-baerbock state:UKR"}},
	})
}
