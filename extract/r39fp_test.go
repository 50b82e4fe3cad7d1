package extract

import "testing"

// TestR39ServiceBeforeRank: a military service named right before a rank ("Air Force Maj. Gen.
// Jane Doerr", "Marine Corps Lt. Gen. Rafael Ortiz") is the officer's branch in the rank's
// style, not a body the person holds office in: no OFFICIAL_OF to it, while an office named
// beside it (a body's title before the service, an apposition after the name) still holds,
// and so does a state before a rank or a body that is the object of a title before it. The
// texts are our own.
func TestR39ServiceBeforeRank(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"body's title, then service and rank",
			"Pentagon spokesman Air Force Maj. Gen. Jane Doerr said the drills would continue into June.",
			[]string{"OFFICIAL_OF person:jane-doerr inst:us-department-of-defense"},
			[]string{"OFFICIAL_OF person:jane-doerr inst:air-force"}},
		{"service and rank opening the sentence",
			"Marine Corps Lt. Gen. Rafael Ortiz, who commands the expeditionary force, arrived in Manila on Tuesday.",
			nil, []string{"OFFICIAL_OF person:rafael-ortiz inst:marine-corps"}},
		{"service and rank after a quote, office in apposition",
			"\"The exercise went well,\" said Air Force Gen. Tomas Whitlock, the commander of Pacific Air Forces.",
			nil, []string{"OFFICIAL_OF person:tomas-whitlock inst:air-force"}},
		{"a state before a rank still holds",
			"Russian Colonel Ivan Petrov told reporters that the unit had withdrawn.",
			[]string{"OFFICIAL_OF person:ivan-petrov state:RUS"}, nil},
	})
}
