package extract

import "testing"

// TestHostOfForeignForces: a state that hosts another state's troops or weapons is where that
// state deploys them; the host is the verb's subject, past any relative clause, and the
// troops' or weapons' demonym the deployer. Hosting talks, officials or a conference deploys
// nothing (sentences of our own).
func TestHostOfForeignForces(t *testing.T) {
	checkRelations(t, "2024-07-12", []relCase{
		{"present, troops, demonym",
			"Poland hosts American troops at several bases near its eastern border.",
			[]string{"DEPLOYED state:USA state:POL"}, nil},
		{"present perfect, weapons, since-date",
			"Since last summer Belarus has hosted Russian tactical nuclear weapons.",
			[]string{"DEPLOYED state:RUS state:BLR"}, nil},
		{"subject past a relative clause that names other states",
			"Belarus, which allowed Russian troops to use its territory for the assault on Kyiv, has hosted Russian nuclear warheads since 2023.",
			[]string{"DEPLOYED state:RUS state:BLR"}, []string{"DEPLOYED state:RUS place:kyiv"}},
		{"a relative clause of the host, a named missile system",
			"Belarus, which hosts Russian Iskander missiles, joined the SCO on Thursday.",
			[]string{"DEPLOYED state:RUS state:BLR"}, nil},
		{"near miss: hosting officials for talks on goods",
			"Turkey hosted Russian and Ukrainian officials for talks on grain.",
			nil, []string{"DEPLOYED state:RUS state:TUR", "DEPLOYED state:UKR state:TUR"}},
		{"near miss: hosting a conference on another state's arms sales",
			"Egypt hosted a conference on Chinese weapons sales.",
			nil, []string{"DEPLOYED state:CHN state:EGY"}},
	})
}

// TestTakePartInCombat: taking part in combat against an enemy attacks it, and troops taking
// part in combat somewhere are deployed there; a weapon pronoun used "in" a country is used
// against it. A war "in" a country is its theatre and "used its veto in" names no weapon
// (sentences of our own).
func TestTakePartInCombat(t *testing.T) {
	checkRelations(t, "2024-12-20", []relCase{
		{"past, demonym troops, against a demonym force",
			"Officials said North Korean soldiers took part in combat against Ukrainian forces in December.",
			[]string{"ATTACKED state:PRK state:UKR"}, nil},
		{"present perfect, the fighting, against a demonym force",
			"Polish volunteers say Ukrainian units have taken part in the fighting against Russian troops near Kupiansk.",
			[]string{"ATTACKED state:UKR state:RUS"}, nil},
		{"troops taking part in combat operations in a place",
			"Russian troops have taken part in combat operations in the Kursk region.",
			[]string{"DEPLOYED state:RUS place:kursk"}, nil},
		{"a weapon pronoun used in a country, modal",
			"Russia has received Iranian drones and could use them in Ukraine within weeks.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"near miss: a war in a country is a theatre",
			"Pyongyang said it had no intention of taking part in the war in Ukraine.",
			nil, []string{"ATTACKED state:PRK state:UKR", "DEPLOYED state:PRK state:UKR"}},
		{"near miss: a veto used in a body",
			"Russia used its veto in the Security Council to protect Iran.",
			nil, []string{"ATTACKED state:RUS state:IRN"}},
	})
}

// TestConjunctPronounOwner: a possessive pronoun opening a noun phrase coordinated with
// another ("the DPRK's launches and its transfers of arms to Russia") owns the nominalisation
// as the anaphor resolved it, not the clause's subject; after a coordinated verb ("and
// reaffirmed its support") the subject still owns it (sentences of our own).
func TestConjunctPronounOwner(t *testing.T) {
	checkRelations(t, "2024-10-20", []relCase{
		{"transfers of goods after 'and its', unnamed subject",
			"The ministers condemned the DPRK's missile launches and its transfers of munitions to Russia.",
			[]string{"SUPPLIED state:PRK state:RUS"}, nil},
		{"deployment after 'and its', the reacting state is not the doer",
			"Japan denounced North Korea's missile tests and its deployment of troops to Russia.",
			[]string{"DEPLOYED state:PRK state:RUS"}, []string{"DEPLOYED state:JPN state:RUS"}},
		{"a comma list, shipments",
			"Kyiv criticised Iran's drone programme, its shipments of missiles to Russia and its threats.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
		{"near miss: a coordinated verb keeps the subject as owner",
			"Russia ignored the DPRK's launches and used its veto in March to end the panel's mandate.",
			nil, []string{"VETOED state:PRK inst:un-panel-of-experts"}},
	})
}

// TestPassiveTargetPrepositions: a passive with its agent after "by" takes its target after
// any of the row's target prepositions, not only the first ("was fired towards Kharkiv by
// Russian forces", "were launched against Israel by Iran"); sentences of our own.
func TestPassiveTargetPrepositions(t *testing.T) {
	checkRelations(t, "2024-04-15", []relCase{
		{"towards, demonym force agent",
			"Overnight a ballistic missile was fired towards Zaporizhzhia by Russian forces.",
			[]string{"ATTACKED state:RUS place:zaporizhzhia", "LAUNCHED state:RUS weapon:ballistic-missile"}, nil},
		{"against, state agent, plural drones",
			"More than 300 drones and missiles were launched against Israel by Iran on Saturday.",
			[]string{"ATTACKED state:IRN state:ISR"}, nil},
		{"supply passive still takes its recipient after to",
			"Artillery shells were sent to Russia by North Korea last year.",
			[]string{"SUPPLIED state:PRK state:RUS"}, nil},
		{"near miss: a launch site after from is no target",
			"The missile was fired from Pyongyang by North Korea.",
			nil, []string{"ATTACKED state:PRK place:pyongyang"}},
	})
}
