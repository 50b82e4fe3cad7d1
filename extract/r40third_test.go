package extract

import "testing"

// TestR40ThirdSpeakerNoAntecedent covers a statement that tells, in the speaker's own
// paragraph, what another state did: a third-person "it" is never the speaker's "we" named
// between (coref.tsv self=1), but the state the paragraph named before. Every text is our own.
func TestR40ThirdSpeakerNoAntecedent(t *testing.T) {
	checkRelations(t, "2025-02-10", []relCase{
		{"it fired, after 'we gathered'",
			"Statement by the Permanent Representative of Japan to the United Nations\n\nThank you, Mr President.\n\nOn Monday Iran unveiled a new drone. This morning, shortly before we met, it launched two cruise missiles toward the Gulf.",
			[]string{"LAUNCHED state:IRN weapon:cruise-missile"}, []string{"LAUNCHED state:JPN weapon:cruise-missile"}},
		{"it sent, after 'as we warned'",
			"Statement by the Delegation of Canada\n\nThank you, Madam Chair.\n\nSyria has refused every inspection. As we warned in March, it then sent artillery to Lebanon.",
			[]string{"SUPPLIED state:SYR state:LBN"}, []string{"SUPPLIED state:CAN state:LBN"}},
		{"near miss: 'we' with no other state before stays unread",
			"Statement by the Delegation of Canada\n\nThank you, Madam Chair.\n\nAs we warned in March, it then sent artillery to Lebanon.",
			nil, []string{"SUPPLIED state:CAN state:LBN"}},
	})
}

// TestR40ThirdEpithets covers the epithets a statement gives the state it accuses ("the
// regime", "the aggressor", "the occupying power"): the subject of the latest sentence that
// names a state, never the speaker (coref.tsv foreign=1). Every text is our own.
func TestR40ThirdEpithets(t *testing.T) {
	checkRelations(t, "2025-02-10", []relCase{
		{"the regime sends soldiers, after the speaker's own service",
			"Statement by the Delegation of Poland\n\nThank you, Madam Chair.\n\nThis cannot be separated from what Belarus is doing on our border. Last week our intelligence service confirmed that the regime had begun to send soldiers to Russia.",
			[]string{"DEPLOYED state:BLR state:RUS"}, []string{"DEPLOYED state:POL state:RUS"}},
		{"the aggressor strikes, the victim named last",
			"Statement by the Delegation of Moldova\n\nThank you, Mr Chair.\n\nRussia continues its war against Ukraine. Last night the aggressor struck Odesa with forty drones.",
			[]string{"ATTACKED state:RUS place:odesa"}, []string{"ATTACKED state:UKR place:odesa"}},
		{"the occupying power deploys",
			"Statement by the Delegation of Georgia\n\nThank you, Mr Chair.\n\nRussia still occupies twenty per cent of our territory. In October the occupying power deployed new air defence systems to Abkhazia.",
			[]string{"DEPLOYED state:RUS place:abkhazia"}, nil},
		{"near miss: a sanctions regime is no state",
			"Statement by the Delegation of Norway\n\nThank you, Madam President.\n\nThe Council renewed its measures on Mali last year. Russia vetoed the regime that the Council established in 2017.",
			nil, []string{"VETOED state:RUS state:MLI"}},
	})
}
