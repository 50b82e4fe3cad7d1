package extract

import "testing"

// TestR28Deeds covers stances whose object is an act no relation states (deeds.go, acts.tsv):
// "held live-fire drills", "conducted a nuclear test", "carried out a coup", "the cooperation
// between X and Y". A later definite noun of the act's kind as the object of a condemnation
// or of support names the act's doers; the act's possessor, its by/between phrase or its
// clause subject did it. Near misses: an act of another kind, no act in reach, an act the
// speaker's own side did, a noun that is a clause's topic, a name inside a title. Our own
// sentences.
func TestR28Deeds(t *testing.T) {
	checkRelations(t, "2025-04-02", []relCase{
		{"drills held by the subject, condemned in the next sentence",
			"China's military held large-scale live-fire drills around Taiwan on Tuesday. Taiwan's Mainland Affairs Council condemned the drills on Wednesday.",
			[]string{"CONDEMNED inst:mainland-affairs-council state:CHN"}, nil},
		{"a nuclear test, the reaction in the present perfect, another sentence between",
			"North Korea conducted its seventh nuclear test early on Sunday. Seismic stations in the region recorded a tremor. South Korea has denounced the test.",
			[]string{"CONDEMNED state:KOR state:PRK"}, nil},
		{"the subject is a list: each did the exercise",
			"Russia and Belarus staged joint exercises near the Polish border last week. Warsaw criticised the exercises as provocative.",
			[]string{"CONDEMNED state:POL state:RUS", "CONDEMNED state:POL state:BLR"}, nil},
		{"a coup, the act's possessor, support for it",
			"The junta's coup in Niger toppled the president in July. Moscow backed the coup.",
			nil, []string{"SUPPORTS state:RUS state:NER"}},
		{"cooperation between two states, a demonstrative object",
			"Officials say the cooperation between Pyongyang and Moscow has deepened since June. The European Union condemns this cooperation.",
			[]string{"CONDEMNED inst:eu state:PRK", "CONDEMNED inst:eu state:RUS"}, nil},
		{"hyphenated parties before the noun",
			"Analysts expect the Russia-DPRK military cooperation to grow. Tokyo has already condemned the cooperation.",
			[]string{"CONDEMNED state:JPN state:RUS", "CONDEMNED state:JPN state:PRK"}, nil},
		{"an act named by its agent after 'by'",
			"Satellite images showed a seizure of two tankers by Iran in the Strait of Hormuz. The United Kingdom condemned the seizure.",
			[]string{"CONDEMNED state:GBR state:IRN"}, nil},
		{"near miss: an act of another kind is stated, the noun names nobody",
			"North Korea conducted a nuclear test on Sunday. Japan condemned the drills.",
			nil, []string{"CONDEMNED state:JPN state:PRK"}},
		{"near miss: no act before the stance",
			"Japan condemned the drills on Monday.",
			nil, []string{"CONDEMNED state:JPN state:CHN"}},
		{"near miss: the speaker's own side did the act",
			"Japan held naval drills with the Philippines in the South China Sea. Japan defended the drills, and China condemned the drills.",
			[]string{"CONDEMNED state:CHN state:JPN"}, []string{"CONDEMNED state:JPN state:JPN"}},
		{"near miss: a stance on the act's topic names no doer of it",
			"The Security Council debated a draft resolution on referendums in occupied regions. France condemned the referendums.",
			nil, []string{"CONDEMNED state:FRA inst:unsc"}},
		{"near miss: a title-case headline names no act",
			"Security Council Fails to Adopt Text on Referendums\n\nFrance condemned the referendums.",
			nil, []string{"CONDEMNED state:FRA inst:unsc"}},
		{"near miss: the agent of another clause after the noun",
			"Twenty NATO allies began the exercise on Monday. The exercise is led by the U.S. Sixth Fleet. Moscow criticised the exercise.",
			nil, []string{"CONDEMNED state:RUS inst:us-sixth-fleet"}},
		{"near miss: a reaction word before the noun, the reacting side did not drill",
			"Japan protested drills near its islands on Monday. Beijing condemned the drills.",
			nil, []string{"CONDEMNED state:CHN state:JPN"}},
		{"near miss: sanctions over the drills sanction nobody named",
			"China held live-fire drills around Taiwan on Tuesday. The United States imposed sanctions over the drills.",
			nil, []string{"SANCTIONED state:USA state:CHN"}},
		{"near miss: the act is too far back",
			"China held live-fire drills around Taiwan. A. B. C. D. E. F. G. H. I. J. K. L. M. N. O. P. Q. R. S. T. U. Japan condemned the drills.",
			nil, []string{"CONDEMNED state:JPN state:CHN"}},
	})
}
