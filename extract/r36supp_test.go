package extract

import "testing"

// TestR36SuppFightFor: fighting for a party or alongside its forces is no SUPPORTS of it
// (testdata/README.md, "Annotation conventions", stop 43: stop 36 read it as support, the
// settled gold does not); the verb keeps its DEPLOYED reading of the place after "in". The
// sentences are our own.
func TestR36SuppFightFor(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"sent troops to fight for a state: no support",
			"Belarus has sent volunteers to fight for Russia, officials said.",
			nil, []string{"SUPPORTS state:BLR state:RUS"}},
		{"fought alongside a demonym's forces: the place kept, no support",
			"Cuban soldiers fought alongside Angolan troops in Luanda.",
			[]string{"DEPLOYED state:CUB place:luanda"}, []string{"SUPPORTS state:CUB state:AGO"}},
		{"fighting alongside, a participle: no support",
			"Iranian advisers fighting alongside Syrian forces were killed near Aleppo.",
			nil, []string{"SUPPORTS state:IRN state:SYR"}},
		{"near miss: fought with may be against",
			"Ethiopian troops fought with Eritrean forces at the border.",
			nil, []string{"SUPPORTS state:ETH state:ERI"}},
		{"support said in words still counts",
			"Belarus has sent volunteers to help Russia, officials said.",
			[]string{"SUPPORTS state:BLR state:RUS"}, nil},
	})
}

// TestR36SuppTrained: training a party's forces supports the party, whose demonym or
// possessive before the troop noun names it; the progressive needs its auxiliary, so the noun
// "training" and "train" state nothing, and training "with" others is an exercise. The
// sentences are our own.
func TestR36SuppTrained(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"trained a demonym's troops",
			"Egypt has trained Sudanese commandos at a base near Aswan.",
			[]string{"SUPPORTS state:EGY state:SDN"}, nil},
		{"a passive with its agent",
			"Hundreds of Malian soldiers were trained by Russia last year.",
			[]string{"SUPPORTS state:RUS state:MLI"}, nil},
		{"the progressive after its auxiliary",
			"Canada is training Ukrainian soldiers in Latvia.",
			[]string{"SUPPORTS state:CAN state:UKR"}, nil},
		{"near miss: the noun training in a list",
			"Qatar gives the rebels money, training and weapons, Egyptian officials say.",
			nil, []string{"SUPPORTS state:QAT state:EGY"}},
		{"near miss: trained with others",
			"Indonesian troops trained with Australian soldiers in Darwin.",
			nil, []string{"SUPPORTS state:IDN state:AUS"}},
	})
}

// TestR36SuppTrainingNoun: training given "to" or "for" a party or its forces supports it; joint
// training "with" a partner is an exercise. The sentences are our own.
func TestR36SuppTrainingNoun(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"training to a demonym's forces",
			"Since 2019 France has offered training to Beninese soldiers at a camp in the north.",
			[]string{"SUPPORTS state:FRA state:BEN"}, nil},
		{"training for a state",
			"Norway announced new training for Ukrainian marines and funding for demining.",
			[]string{"SUPPORTS state:NOR state:UKR"}, nil},
		{"near miss: joint training with a partner",
			"India held joint training with Vietnam off Da Nang.",
			nil, []string{"SUPPORTS state:IND state:VNM"}},
	})
}
