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

// TestR39LocalOffices: a mayor or a governor serves a city or province (titles.txt class
// local), so the state found through the city used as a capital ("Tehran Mayor"), a city's
// name after "of" or a province named after a state ("West Azerbaijan") gets no OFFICIAL_OF;
// a body's governor still does. The texts are our own.
func TestR39LocalOffices(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"capital's mayor before the name",
			"Tehran Mayor Alireza Zakani said three people had been injured in the strike.",
			nil, []string{"OFFICIAL_OF person:alireza-zakani state:IRN"}},
		{"governor of a capital before the name",
			"The delegation also called on the Governor of Caracas, Beatriz Johnson Urrutia, on Friday.",
			nil, []string{"OFFICIAL_OF person:beatriz-johnson-urrutia state:VEN"}},
		{"governor of a province named after a state, in apposition",
			"Among the dead was Ahmad Rahimi, the governor of West Azerbaijan province.",
			nil, []string{"OFFICIAL_OF person:ahmad-rahimi state:AZE"}},
		{"a body's governor holds",
			"Elvira Nabiullina, governor of Russia's central bank, said rates would stay high.",
			[]string{"OFFICIAL_OF person:elvira-nabiullina inst:russia-central-bank"}, nil},
	})
}

// TestR39BareTitleHostState: a bare title ("President Putin") takes the gazetteer's state only
// where that state acts in the clause; a state someone else travelled to, visited or arrived in
// ("Lukashenko visited the Russian Federation and met President Vladimir Putin") is a place of
// the visit, not the title's state. A state as the clause's subject still serves. The texts
// are our own.
func TestR39BareTitleHostState(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"travelled to",
			"Lula travelled to China in April and held talks with President Xi Jinping in Beijing.",
			nil, []string{"OFFICIAL_OF person:xi-jinping state:CHN"}},
		{"visited",
			"Lukashenko visited the Russian Federation in March and met President Vladimir Putin in Sochi.",
			nil, []string{"OFFICIAL_OF person:vladimir-putin state:RUS"}},
		{"arrived in",
			"Macron arrived in Ukraine on Friday and held talks with President Volodymyr Zelensky.",
			nil, []string{"OFFICIAL_OF person:volodymyr-zelensky state:UKR"}},
		{"the state as subject still serves",
			"The D.P.R.K. sent Foreign Minister Choe Son Hui to Moscow on Monday.",
			[]string{"OFFICIAL_OF person:choe-son-hui state:PRK"}, nil},
	})
}
