package extract

import "testing"

// TestConcernComplement: an event noun inside the by/about/over complement of a word of alarm
// ("alarmed by", "voiced concern over") is something the clause's subject fears, not does; a
// resolved "its" right before the noun, or before a control noun ("its attempts to place"),
// still names the doer. A subject inside the complement, or a clause past it, keeps its reading
// (sentences of our own).
func TestConcernComplement(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"passive adjective, launches through an including list with its",
			"Canada is deeply alarmed by North Korea's weapons programme, including its launches of intercontinental ballistic missiles.",
			[]string{"LAUNCHED state:PRK weapon:icbm"}, []string{"LAUNCHED state:CAN weapon:icbm"}},
		{"expressed concern over a nominal transfer, no doer named",
			"Lithuania expressed concern over the transfer of drones to Russia last month.",
			nil, []string{"SUPPLIED state:LTU state:RUS"}},
		{"worried about a deployment, present tense",
			"Finland is worried about the deployment of troops to Belarus.",
			nil, []string{"DEPLOYED state:FIN state:BLR"}},
		{"control noun with its after the possessor",
			"Australia remains troubled by Pyongyang's missile programme, including its attempts to place spy satellites into orbit.",
			nil, []string{"LAUNCHED state:AUS weapon:spy-satellite"}},
		{"near miss: the subject acts in a clause after the concern phrase",
			"Russia is concerned about NATO and has announced the deployment of troops to Belarus.",
			[]string{"DEPLOYED state:RUS state:BLR"}, nil},
		{"near miss: the subject acts in the main clause past an apposition of concern",
			"Russia, concerned about NATO, announced the deployment of troops to Belarus.",
			[]string{"DEPLOYED state:RUS state:BLR"}, nil},
	})
}

// TestExercisePresence: forces exercising or patrolling in, around, near or off a named place
// are deployed there (testdata/README.md conventions): a drill noun whose doer is the subject
// of a light verb, a possessor or a demonym, or "held" drills. Drills discussed, or an air drill
// over a sea, state no presence (sentences of our own).
func TestExercisePresence(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"light verb, two modifiers, a strait",
			"On Tuesday China conducted large-scale naval drills in the Taiwan Strait.",
			[]string{"DEPLOYED state:CHN place:taiwan-strait"}, nil},
		{"demonym warships held drills, a sea",
			"Two Russian warships held live-fire drills in the Baltic Sea last week.",
			[]string{"DEPLOYED state:RUS place:baltic-sea"}, nil},
		{"possessor, around a place, in a reaction (around a state: TestR32ForceDrillsAround)",
			"Japan condemned China's exercises around Kinmen.",
			[]string{"DEPLOYED state:CHN place:kinmen"}, []string{"DEPLOYED state:JPN place:kinmen"}},
		{"singular compound, near a city",
			"Australian troops staged an amphibious exercise near Darwin on Monday.",
			[]string{"DEPLOYED state:AUS place:darwin"}, nil},
		{"near miss: drills discussed",
			"Manila and Tokyo discussed the planned drills in the South China Sea.",
			nil, []string{"DEPLOYED state:PHL place:south-china-sea", "DEPLOYED state:JPN place:south-china-sea"}},
		{"near miss: exercising restraint",
			"Washington urged Beijing to exercise restraint in the Taiwan Strait.",
			nil, []string{"DEPLOYED state:CHN place:taiwan-strait"}},
	})
}

// TestTroopNounsSentAreNoSupply: sending paratroopers, commandos, infantry or sailors deploys
// them; it supplies nothing (cues.tsv troops). Sending goods stays a supply (sentences of our
// own).
func TestTroopNounsSentAreNoSupply(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"past, paratroopers, to a state",
			"Germany sent paratroopers to Lithuania for the exercise.",
			[]string{"DEPLOYED state:DEU state:LTU"}, []string{"SUPPLIED state:DEU state:LTU"}},
		{"future, commandos",
			"Britain will send commandos to Norway next month.",
			[]string{"DEPLOYED state:GBR state:NOR"}, []string{"SUPPLIED state:GBR state:NOR"}},
		{"near miss: goods sent stay a supply",
			"Germany sent artillery shells to Lithuania.",
			[]string{"SUPPLIED state:DEU state:LTU"}, []string{"DEPLOYED state:DEU state:LTU"}},
	})
}

// TestDemonymCompoundTarget: a demonym before a compound noun whose head is a place-head
// ("a Philippine supply boat", "Ukrainian fishing vessels") stands for its state as a target,
// as before a bare place-head ("a Philippine boat"); before a compound headed by a title ("a
// North Korean defence chief") or a plain thing it stays a modifier (sentences of our own).
func TestDemonymCompoundTarget(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"water cannon at a supply boat",
			"Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday.",
			[]string{"ATTACKED state:CHN state:PHL"}, nil},
		{"struck fishing vessels, plural head",
			"Russia struck Ukrainian fishing vessels near Odesa.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"near miss: a title heads the compound",
			"The EU sanctioned a North Korean defence chief over the troops.",
			nil, []string{"SANCTIONED inst:eu state:PRK"}},
	})
}
