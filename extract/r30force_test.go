package extract

import "testing"

// TestR30ForceDeparture: troops that leave or depart a place end their deployment there
// (testdata/README.md: completed withdrawals are DEPLOYED, denied); the place is the verb's
// direct object. A delegation leaving a capital, or troops leaving their own country, state no
// deployment (sentences of our own).
func TestR30ForceDeparture(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"past, demonym troops, two objects coordinated",
			"Belgian paratroopers left Chad and Niger in May 2023.",
			[]string{"DEPLOYED state:BEL state:TCD denied/fact 2023-05", "DEPLOYED state:BEL state:NER denied/fact 2023-05"}, nil},
		{"departed, a base as object, 'the last' before the troops",
			"The last Italian soldiers departed Camp Singara on 2 February.",
			[]string{"DEPLOYED state:ITA place:camp-singara denied/fact 2025-02-02"}, nil},
		{"present tense, possessive forces",
			"Canada's forces leave Latvia next month, the minister said.",
			[]string{"DEPLOYED state:CAN state:LVA denied"}, nil},
		{"near miss: a delegation is no force",
			"The Chinese delegation left Moscow on Friday.",
			nil, []string{"DEPLOYED state:CHN state:RUS"}},
		{"near miss: troops leaving their own country",
			"The North Korean soldiers left North Korea by ship in October.",
			nil, []string{"DEPLOYED state:PRK state:PRK"}},
	})
}

// TestR30ForceNotedEvent: the subject of a verb of noting ("noted", "note with concern", "took
// note of") reacts to the act its object names; it did not sign, launch or deploy (sentences
// of our own). A by-phrase still names the doers.
func TestR30ForceNotedEvent(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"note with concern, ratification",
			"Australia and Canada note with concern the ratification of the Treaty of Friendship and Cooperation.",
			nil, []string{"SIGNED state:AUS agr:treaty-of-friendship-and-cooperation", "SIGNED state:CAN agr:treaty-of-friendship-and-cooperation"}},
		{"noted, launch",
			"Beijing noted the launch of a Hwasong-18 missile on Tuesday.",
			nil, []string{"LAUNCHED state:CHN weapon:hwasong-18"}},
		{"took note of the signing by named states",
			"The summit took note of the signing of the Treaty of Friendship and Cooperation by Chad and Sudan.",
			[]string{"SIGNED state:TCD agr:treaty-of-friendship-and-cooperation", "SIGNED state:SDN agr:treaty-of-friendship-and-cooperation"}, nil},
		{"near miss: completing a ratification is ratifying",
			"Japan completed the ratification of the Treaty of Friendship and Cooperation in May.",
			[]string{"SIGNED state:JPN agr:treaty-of-friendship-and-cooperation"}, nil},
	})
}
