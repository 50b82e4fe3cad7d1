package extract

import "testing"

// TestR41MeetCalledOn: "called on" a person with no infinitive after them is a courtesy call,
// a meeting; "called on" a person or a state to act is an appeal and meets nobody.
func TestR41MeetCalledOn(t *testing.T) {
	checkRelations(t, "2025-02-10", []relCase{
		{"two callers, a time adverbial after the host",
			"Foreign Secretary David Lammy and Defence Secretary John Healey called on Prime Minister Narendra Modi on Monday evening.",
			[]string{"MET_WITH person:david-lammy person:narendra-modi", "MET_WITH person:john-healey person:narendra-modi"},
			nil},
		{"present tense, a relative clause on the host",
			"Minister Penny Wong calls on President Ferdinand Marcos, who thanks Australia for its support.",
			[]string{"MET_WITH person:ferdinand-marcos person:penny-wong"},
			nil},
		{"an appeal to a person is no meeting",
			"Chancellor Olaf Scholz called on President Vladimir Putin to withdraw his troops.",
			nil,
			[]string{"MET_WITH person:olaf-scholz person:vladimir-putin", "MET_WITH person:vladimir-putin person:olaf-scholz"}},
		{"a negated appeal is no meeting either",
			"Chancellor Olaf Scholz called on President Xi Jinping not to supply weapons.",
			nil,
			[]string{"MET_WITH person:olaf-scholz person:xi-jinping", "MET_WITH person:xi-jinping person:olaf-scholz"}},
	})
}

// TestR41MeetTitleAnaphors: an envoy's, ambassador's or adviser's title taken up again with "the"
// in a later paragraph ("the Special Envoy", "the Ambassador") is the person the document last
// named with that title, and meets whom that sentence names.
func TestR41MeetTitleAnaphors(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"the Special Envoy",
			"Special Envoy Steve Witkoff arrived in Doha on Monday.\n\nThe Special Envoy met with Prime Minister Mohammed bin Abdulrahman Al Thani.",
			[]string{"MET_WITH person:mohammed-bin-abdulrahman-al-thani person:steve-witkoff"},
			nil},
		{"the Ambassador, after an adverb",
			"Ambassador Linda Thomas-Greenfield spoke in New York.\n\nLater, the Ambassador held talks with Foreign Minister Wang Yi.",
			[]string{"MET_WITH person:linda-thomas-greenfield person:wang-yi"},
			nil},
		{"the Ambassador of another state is someone else",
			"Ambassador Linda Thomas-Greenfield spoke in New York.\n\nThe Ambassador of France met Foreign Minister Wang Yi.",
			nil,
			[]string{"MET_WITH person:linda-thomas-greenfield person:wang-yi"}},
	})
}

// TestR41MeetVisitKinds: "paid a working/state/official visit to X" is the subject's journey, as
// "paid a visit to" is; the subject is the person whose office the "of" phrase after the name
// completes, a state ("President X of the Republic of Korea") or a body ("Premier X of the
// State Council"), never that state or body.
func TestR41MeetVisitKinds(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"a working visit, a state after the name",
			"President Ferdinand Marcos of the Philippines paid a working visit to Japan from 3 to 5 October.",
			[]string{"VISITED person:ferdinand-marcos state:JPN"},
			[]string{"VISITED state:PHL state:JPN"}},
		{"a planned official visit, a body after the name",
			"Premier Li Qiang of the State Council will pay an official visit to Vietnam next week.",
			[]string{"VISITED person:li-qiang state:VNM"},
			nil},
		{"a state visit made by a body's head",
			"Secretary General Mark Rutte of NATO made a two-day visit to Kyiv.",
			[]string{"VISITED person:mark-rutte place:kyiv"},
			nil},
	})
}
