package extract

import "testing"

// TestR33MeetKindOfVisitor covers round 33's visits: a superlative's "a(n) <demonym> <title>"
// ("the first visit by an Indian Prime Minister", "the first Russian defence minister to
// visit") names a kind of office holder, not the state, which went nowhere; the traveller is
// the person the sentence names. Each construction with a near miss it must leave alone. The
// sentences are our own.
func TestR33MeetKindOfVisitor(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// The noun: "the first <journey> by a(n) <demonym> <title>".
		{"the first visit by an office holder is the clause subject's",
			"Scholz flew to Hanoi on Monday for the first visit by a German chancellor to Vietnam in a decade.",
			[]string{"VISITED person:olaf-scholz state:VNM"}, []string{"VISITED state:DEU state:VNM"}},
		{"the first trip by a minister, its target before the agent",
			"Lavrov reached Bamako late on Sunday, the first trip to Mali by a Russian foreign minister since 2016.",
			[]string{"VISITED person:sergey-lavrov state:MLI"}, []string{"VISITED state:RUS state:MLI"}},
		{"a pronoun subject points back at the sentence's journey",
			"Erdogan landed in Riyadh on 3 May. It was the first visit to Saudi Arabia by a Turkish president in six years.",
			[]string{"VISITED person:recep-tayyip-erdogan state:SAU"}, []string{"VISITED state:TUR state:SAU"}},
		{"a delegation is no office: its state still travels",
			"It was the first visit to Pyongyang by a Chinese delegation since 2019.",
			[]string{"VISITED state:CHN place:pyongyang"}, nil},
		{"with no superlative the indefinite agent is someone who travelled",
			"Officials confirmed a visit to Tehran by a Russian minister on Friday.",
			[]string{"VISITED state:RUS place:tehran"}, nil},
		// The verb: "<person> became the first <demonym> <title> to visit X".
		{"a copula's subject is the one the description is said of",
			"Albanese became the first Australian prime minister to visit Papua New Guinea's parliament in years.",
			nil, []string{"VISITED state:AUS state:PNG"}},
		{"a participle after the journey, its traveller the clause subject",
			"Defence Minister Richard Marles travelled to Darwin, becoming the most senior Australian official to visit the base.",
			nil, []string{"VISITED state:AUS place:darwin"}},
		{"an apposition names the traveller",
			"The talks in Hanoi with Wang Yi, the highest Chinese official to visit Vietnam this year, ended on Friday.",
			[]string{"VISITED person:wang-yi state:VNM"}, []string{"VISITED state:CHN state:VNM"}},
		{"no superlative: the state's envoy who is asked to visit is left as before",
			"Kyiv invited the French foreign minister to visit Odesa.",
			nil, []string{"VISITED person:volodymyr-zelensky place:odesa"}},
	})
}

// TestR33MeetAcrossSides: a meeting between delegations pairs people across the sides, not
// colleagues who serve the same state; a meeting among one state's people is kept, and a
// person of no named state is another side. The sentences are our own.
func TestR33MeetAcrossSides(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"two ministers of each side hold talks",
			"Australian Foreign Minister Maria Lindqvist and Australian Defence Minister Tom Becker held talks in Tokyo with Japanese Foreign Minister Haruto Sato and Japanese Defence Minister Kenji Mori.",
			[]string{"MET_WITH person:haruto-sato person:maria-lindqvist", "MET_WITH person:kenji-mori person:tom-becker"},
			[]string{"MET_WITH person:maria-lindqvist person:tom-becker", "MET_WITH person:haruto-sato person:kenji-mori"}},
		{"a side's ministers call on a host whose state is not named",
			"Canadian Foreign Minister Anna Roy and Canadian Defence Minister Paul Lebel held the first 2+2 meeting with Secretary Jorge Alvarez on Monday. Later Anna Roy and Paul Lebel paid a courtesy call on President Luis Ortega.",
			[]string{"MET_WITH person:anna-roy person:luis-ortega"},
			[]string{"MET_WITH person:anna-roy person:paul-lebel"}},
		{"one state's people meeting each other still meet",
			"Russian President Vladimir Putin met Russian Defence Minister Andrei Belousov in the Kremlin on Monday.",
			[]string{"MET_WITH person:andrei-belousov person:vladimir-putin"}, nil},
	})
}

// TestR33MeetTitledHolder: a possessor's title with its office's complement, the holder in
// apposition ("Ukraine's Minister of Defence, Rustem Umerov"), is the person met. The
// sentences are our own.
func TestR33MeetTitledHolder(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a title with an office link, its holder in apposition",
			"Minister of Defence Lars Holm said so on Monday. The Minister discussed the package with Norway's Minister of Defence, Bjorn Arild Gram, by video on Tuesday.",
			[]string{"MET_WITH person:bjorn-arild-gram person:lars-holm"}, nil},
		{"a title with a complement but no holder named: the state is met by no one",
			"Minister of Defence Lars Holm said so on Monday. The Minister discussed the package with Norway's Minister of Defence by video on Tuesday.",
			nil, []string{"MET_WITH person:lars-holm state:NOR"}},
	})
}

// TestR33MeetRakshaMantri: Indian defence releases title the minister "Raksha Mantri"; "the
// Raksha Mantri" is the latest person so titled, and the title is no name. The sentences are
// our own.
func TestR33MeetRakshaMantri(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"the title as a definite description",
			"Raksha Mantri Shri Anil Verma held talks with Minister Claire Dubois in Paris on Monday. The Raksha Mantri later met Prime Minister Jean Martin.",
			[]string{"MET_WITH person:anil-verma person:jean-martin"}, []string{"MET_WITH person:jean-martin person:raksha-mantri"}},
		{"the title before a name is no part of it",
			"Raksha Mantri Anil Verma arrived in Canberra on Tuesday.",
			[]string{"VISITED person:anil-verma place:canberra"}, []string{"VISITED person:raksha-mantri-anil-verma place:canberra"}},
	})
}

// TestR33MeetSinceAfterNoun: as after a verb, a journey noun followed at once by "since" has
// no target in the since-clause; a target before "since" still stands. The sentences are our
// own.
func TestR33MeetSinceAfterNoun(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a since-clause's place is no destination",
			"Mr. Scholz, who arrived in the Chinese capital on Monday afternoon on his first visit since the conflict in Ukraine began, was received by Mr. Xi at the airport.",
			[]string{"VISITED person:olaf-scholz place:beijing"}, []string{"VISITED person:olaf-scholz state:UKR"}},
		{"a target before since still goes there",
			"Scholz arrived on Sunday, his first visit to China since 2019.",
			[]string{"VISITED person:olaf-scholz state:CHN"}, nil},
	})
}
