package extract

import "testing"

// TestR32JointWorkThrough: joint work with named partners through a body (cues.tsv
// joint-work, triggers.tsv MEMBER_OF "through") makes the names before "through", or the
// worker when none stand there, members of that body; coordination through a body, or aid
// sent through one, states no membership. The sentences are our own.
func TestR32JointWorkThrough(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"partners listed before 'through' a body",
			"Canada will keep working with Norway and Denmark through the Joint Expeditionary Force to deter sabotage.",
			[]string{"MEMBER_OF state:NOR inst:joint-expeditionary-force", "MEMBER_OF state:DNK inst:joint-expeditionary-force"}, nil},
		{"two lists, each through its own body",
			"New Zealand will work with its partners, including Japan and India through the Quad, and Britain through NATO, on maritime security.",
			[]string{"MEMBER_OF state:JPN inst:quad", "MEMBER_OF state:IND inst:quad", "MEMBER_OF state:GBR inst:nato", "MEMBER_OF state:NZL inst:quad"},
			[]string{"MEMBER_OF state:GBR inst:quad"}},
		{"the worker itself, 'including through' two bodies",
			"Poland will keep working with its allies, including through the G7 and NATO, to hold Minsk to account.",
			[]string{"MEMBER_OF state:POL inst:g7", "MEMBER_OF state:POL inst:nato"}, nil},
		{"coordination through a body is no membership",
			"Norway and Japan will continue close coordination, including through the G7.",
			nil, []string{"MEMBER_OF state:NOR inst:g7", "MEMBER_OF state:JPN inst:g7"}},
		{"work with a partner on a topic, no 'through', is no membership",
			"Canada will work with Japan on trade within the G7 framework talks.",
			nil, []string{"MEMBER_OF state:CAN inst:g7", "MEMBER_OF state:JPN inst:g7"}},
		{"aid sent through a body is no membership",
			"Canada sent food to Gaza through the United Nations.",
			nil, []string{"MEMBER_OF state:CAN inst:un"}},
	})
}

// TestR32ContinuedList: a sentence opening with a words.tsv list-continuation phrase ("Among
// them", "These include") right after a designation of an unnamed, counted object names that
// object's members (lists.go continuedList); the same opening after a sentence with no list
// trigger, or a name that is only a modifier, relates nobody. The sentences are our own.
func TestR32ContinuedList(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"'Among them is' after a counted designation",
			"Today OFAC sanctioned nine officials who rigged the vote in Belarus. Among them is Interior Minister Ivan Petrovsky.",
			[]string{"SANCTIONED inst:ofac person:ivan-petrovsky"}, nil},
		{"'Among them:' with a hyphenated place modifier before the name",
			"OFAC on Tuesday designated four individuals and two entities for helping North Korea. Among them: Harbin-based Northstar Trading Ltd and its director.",
			[]string{"SANCTIONED inst:ofac inst:northstar-trading-ltd"}, []string{"SANCTIONED inst:ofac place:harbin"}},
		{"'These include' after a counted designation",
			"Canada designated five companies over drone parts. These include Volga Shipping LLC and Lumen Trading Ltd.",
			[]string{"SANCTIONED state:CAN inst:volga-shipping-llc", "SANCTIONED state:CAN inst:lumen-trading-ltd"}, nil},
		{"no list trigger in the sentence before",
			"Russia sent troops to the region. Among them is Ivan Petrovsky.",
			nil, []string{"SANCTIONED state:RUS person:ivan-petrovsky"}},
	})
}

// TestR32ApproximateCount: a counted object may open with a cues.tsv approximate phrase and a
// number written with thousands separators ("sanctioned more than 1,900 individuals"): the
// names in its modifiers are no targets, those after ", including" are (frames.go
// countedObject). The sentences are our own.
func TestR32ApproximateCount(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"'over' and a grouped number before the counted noun",
			"Canada has sanctioned over 2,300 individuals and entities under its Russia sanctions regime, including President Vladimir Putin.",
			[]string{"SANCTIONED state:CAN person:vladimir-putin"}, []string{"SANCTIONED state:CAN state:RUS"}},
		{"'more than' and a grouped number, a state in the modifier",
			"Norway has designated more than 1,200 individuals and entities in response to Russia's invasion of Ukraine.",
			nil, []string{"SANCTIONED state:NOR state:RUS", "SANCTIONED state:NOR state:UKR"}},
	})
}

// TestR32VotedForSanctions: voting for a sanctions text on a target backs those sanctions
// (triggers.tsv SANCTIONED "voted for", after=penalty, target after "on"/"against"); a vote
// on a resolution with no penalty word in the verb's object backs none. The sentences are
// our own.
func TestR32VotedForSanctions(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"voted for a body's sanctions resolutions on a state",
			"India voted for every Security Council sanctions resolution on Iran between 2006 and 2010.",
			[]string{"SANCTIONED state:IND state:IRN"}, nil},
		{"voted in favour of sanctions against a state",
			"Norway voted in favour of new sanctions against Belarus.",
			[]string{"SANCTIONED state:NOR state:BLR"}, nil},
		{"a vote on a resolution with no penalty word backs no sanctions",
			"Brazil voted for the resolution on Venezuela.",
			nil, []string{"SANCTIONED state:BRA state:VEN"}},
		{"a penalty word only in a relative clause before the vote",
			"Turkey, which has said it will not join Western sanctions, voted in favour of or abstained on most General Assembly resolutions on Ukraine.",
			nil, []string{"SANCTIONED state:TUR inst:unga", "SANCTIONED state:TUR state:UKR"}},
	})
}
