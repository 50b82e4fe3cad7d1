package extract

import "testing"

// TestTroopsOfAState: an agentless passive of moving or stationing troops whose state is named
// in a postmodifier of the troop noun ("troops from X", "soldiers of the army of X") has that
// state as the source; a place followed by "of" and a state names the state too. Non-troop
// heads and a state in another role state nothing (sentences of our own).
func TestTroopsOfAState(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"troops from a state, perfect passive",
			"Some 3,000 troops from Belarus have been deployed to Serbia, officials said.",
			[]string{"DEPLOYED state:BLR state:SRB"}, nil},
		{"soldiers of the army of a state, present passive, place of a state",
			"About 2,000 soldiers of the army of Belarus are stationed in the Pskov region of Russia.",
			[]string{"DEPLOYED state:BLR place:pskov", "DEPLOYED state:BLR state:RUS"}, nil},
		{"an alias in brackets after the state, future passive",
			"Marines from South Korea (ROK) will be sent to Guam next year.",
			[]string{"DEPLOYED state:KOR place:guam"}, nil},
		{"units of the armed forces of a state, simple past",
			"Units of the armed forces of Chad were redeployed to Niger in May.",
			[]string{"DEPLOYED state:TCD state:NER"}, nil},
		{"near miss: diplomats are no troops",
			"Diplomats from Belarus were sent to Serbia for the talks.",
			nil, []string{"DEPLOYED state:BLR state:SRB"}},
		{"near miss: the state is the troops' destination, not their owner",
			"Thousands of troops bound for Serbia were stationed in Hungary.",
			nil, []string{"DEPLOYED state:SRB state:HUN"}},
	})
}

// TestApposedGuestBeforeAuxiliary: a person with an apposed office "of" a state, before a
// passive or future verb group ("X, Minister of Foreign Affairs of Laos, was received at"),
// is the subject; the state of the office is not (sentences of our own).
func TestApposedGuestBeforeAuxiliary(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"passive host verb after an apposed office",
			"Saleumxay Kommasith, Minister of Foreign Affairs of Laos, was received by President Xi Jinping in Beijing on Monday.",
			[]string{"VISITED person:saleumxay-kommasith place:beijing"}, []string{"VISITED state:LAO place:beijing"}},
		{"another apposed office, another place",
			"Sergei Lavrov, Minister of Foreign Affairs of Russia, was received by President Xi Jinping at the Kremlin on Friday.",
			[]string{"VISITED person:sergey-lavrov place:kremlin"}, []string{"VISITED state:RUS place:kremlin"}},
		{"a state with an apposition still acts itself",
			"Laos, a member of ASEAN, was visited by Xi Jinping in May.",
			nil, []string{"VISITED state:LAO state:CHN"}},
	})
}

// TestTargetingAndAggressionNouns: "the targeting of X by Y" and "Y-ian aggression on X" name
// an attack; targeting with sanctions names none (sentences of our own).
func TestTargetingAndAggressionNouns(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"targeting of a state by another, inside a condemnation",
			"Jordan condemned the targeting of Syria by Israel early this morning.",
			[]string{"ATTACKED state:ISR state:SYR"}, nil},
		{"targeting of a place by a state, as a subject",
			"The targeting of Kharkiv by Russia continued for a third night.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
		{"demonym before aggression on a place",
			"Oman denounced the Israeli aggression on the Gaza Strip.",
			[]string{"ATTACKED state:ISR place:gaza"}, nil},
		{"near miss: targeting with sanctions",
			"The targeting of Iran by the United States with new sanctions angered Tehran.",
			nil, []string{"ATTACKED state:USA state:IRN"}},
	})
}

// TestAsWellAsList: "as well as" joins a list of targets as "and" does; a name after "as"
// alone is no member (sentences of our own).
func TestAsWellAsList(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"two places after an attack verb",
			"Russian forces struck Kyiv as well as Odesa on Sunday.",
			[]string{"ATTACKED state:RUS place:kyiv", "ATTACKED state:RUS place:odesa"}, nil},
		{"a list closed by as well as after a participle clause",
			"Russia fired missiles at Ukraine overnight, striking Kharkiv as well as Odesa.",
			[]string{"ATTACKED state:RUS place:kharkiv", "ATTACKED state:RUS place:odesa"}, nil},
		{"near miss: 'as' alone introduces a role, not a member",
			"Russian forces struck Kharkiv, known as Ukraine's second city.",
			nil, []string{"ATTACKED state:RUS state:UKR"}},
	})
}

// TestHedgedQuantitiesInLists: members of a weapons list may carry hedged counts ("more
// than 20", "over 10", "almost 40", "approximately 5"); the list goes on past them (sentences
// of our own).
func TestHedgedQuantitiesInLists(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"three members, two with hedged counts",
			"Overnight, Russia launched some 90 drones, more than 20 cruise missiles and over 10 ballistic missiles.",
			[]string{"LAUNCHED state:RUS weapon:drone", "LAUNCHED state:RUS weapon:cruise-missile", "LAUNCHED state:RUS weapon:ballistic-missile"}, nil},
		{"almost and approximately",
			"Iran fired almost 40 drones and approximately 5 cruise missiles on Saturday.",
			[]string{"LAUNCHED state:IRN weapon:drone", "LAUNCHED state:IRN weapon:cruise-missile"}, nil},
		{"near miss: a state after 'more than' in another clause is no list member",
			"Russia launched 30 drones, more than Ukraine expected.",
			nil, []string{"LAUNCHED state:RUS state:UKR", "LAUNCHED state:UKR weapon:drone"}},
	})
}

// TestWeaponTypeInApposition: a weapon class followed by ", the NAME," names the type too;
// an apposition that is no weapon adds nothing (sentences of our own).
func TestWeaponTypeInApposition(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"class then type name, test-fired",
			"The DPRK test-fired its newest intercontinental ballistic missile, the Hwasong-18, on Friday.",
			[]string{"LAUNCHED state:PRK weapon:hwasong-18"}, nil},
		{"class then type name at the end of the sentence",
			"Pakistan said it had launched a new ballistic missile, the Shaheen-III.",
			[]string{"LAUNCHED state:PAK weapon:shaheen-iii"}, nil},
		{"near miss: an apposition that names no weapon adds none",
			"North Korea fired a ballistic missile, the first since May, into the East Sea.",
			[]string{"LAUNCHED state:PRK weapon:ballistic-missile"}, nil},
	})
}

// TestTalkedByMediumAfterAdverbial: a time adverbial and then the medium between a verb of
// talking and its partner ("spoke this evening by telephone with"); the bare verb with a
// medium and no partner preposition states nothing (sentences of our own).
func TestTalkedByMediumAfterAdverbial(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"time adverbial then by telephone",
			"Prime Minister Keir Starmer spoke this evening by telephone with President Emmanuel Macron.",
			[]string{"MET_WITH person:emmanuel-macron person:keir-starmer"}, nil},
		{"weekday then by video link, to",
			"Chancellor Olaf Scholz talked on Tuesday by video link to President Volodymyr Zelensky.",
			[]string{"MET_WITH person:olaf-scholz person:volodymyr-zelensky"}, nil},
		{"near miss: spoke by telephone to reporters about a leader",
			"Keir Starmer spoke today by telephone to reporters about Emmanuel Macron.",
			nil, []string{"MET_WITH person:emmanuel-macron person:keir-starmer"}},
	})
}
