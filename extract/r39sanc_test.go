package extract

import "testing"

// TestR39ApposedPassive: a passive participle whose subject is an apposition's noun ("X, a
// company already designated by Y", "X, a trader of oil, who is sanctioned by Y") stands for the
// name before the apposition (frames.go apposedName, from the reduced relative and from
// passiveRelativeAntecedent). The texts are our own.
func TestR39ApposedPassive(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"reduced relative after an apposition",
			"The cargo was booked by Sovcomflot, a shipping firm already sanctioned by the European Union.",
			[]string{"SANCTIONED inst:eu inst:sovcomflot"}, nil},
		{"apposition before the main verb",
			"Rosneft, an oil producer designated by Japan in 2022, exported crude to India.",
			[]string{"SANCTIONED state:JPN inst:rosneft"}, nil},
		{"relative clause after an apposition",
			"Ilya Dolgov, a Dubai-based manager of 14 tankers, who is also sanctioned by the United States, left the company.",
			[]string{"SANCTIONED state:USA person:ilya-dolgov"}, nil},
	})
}
