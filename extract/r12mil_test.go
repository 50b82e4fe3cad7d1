package extract

import "testing"

// TestListItemNumberEndsSentence: numbered list items ending in ";" run on to the next item's
// number ("...;\n2."), which ends the sentence; the item after it is still a list item of the
// designation (sentences of our own).
func TestListItemNumberEndsSentence(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"three numbered items after a present-progressive designation",
			"OFAC is designating the following entities pursuant to Executive Order 13224:\n\n1. Blue Harbor Shipping Ltd, a company that owns the vessel;\n2. Coral Reef Trading FZE, a front company;\n3. Sandstone Logistics LLC, a freight forwarder.",
			[]string{"SANCTIONED inst:ofac inst:blue-harbor-shipping-ltd", "SANCTIONED inst:ofac inst:coral-reef-trading-fze", "SANCTIONED inst:ofac inst:sandstone-logistics-llc"}, nil},
		{"a past-tense designation by a state, items without apposition",
			"Japan designated the following entities:\n\n1. Northwind Aerospace;\n2. Redline Systems;\n3. Halcyon Dynamics.",
			[]string{"SANCTIONED state:JPN inst:redline-systems", "SANCTIONED state:JPN inst:halcyon-dynamics"}, nil},
		{"near miss: a numbered list after a sentence with no list trigger",
			"The ministers discussed the following topics:\n\n1. Northwind Aerospace;\n2. Redline Systems.",
			nil, []string{"SANCTIONED state:CHN inst:redline-systems"}},
	})
}

// TestTroopsAsRelativeHead: a supply verb inside a relative clause whose head is a troop noun
// ("the troops that X sent to Y") moves troops: DEPLOYED; a later verb of the head's own
// clause is not the relative clause's (sentences of our own).
func TestTroopsAsRelativeHead(t *testing.T) {
	checkRelations(t, "2024-10-20", []relCase{
		{"that-relative, simple past",
			"The troops that Pyongyang sent to Russia are fighting near the border.",
			[]string{"DEPLOYED state:PRK state:RUS"}, nil},
		{"which-relative after a comma, past perfect",
			"Moscow denied the reports about the soldiers, which North Korea had sent to Russia in October.",
			[]string{"DEPLOYED state:PRK state:RUS"}, nil},
		{"future, special forces",
			"The 1,500 special forces that North Korea will send to Russia are an elite unit.",
			[]string{"DEPLOYED state:PRK state:RUS"}, nil},
		{"near miss: goods in the relative head stay a supply",
			"The missiles that Iran sent to Russia are accurate.",
			[]string{"SUPPLIED state:IRN state:RUS"}, []string{"DEPLOYED state:IRN state:RUS"}},
		{"near miss: the head's own later verb",
			"The troops that Pyongyang sent to Russia are fighting in Kursk.",
			nil, []string{"DEPLOYED state:RUS place:kursk"}},
	})
}

// TestAggressionOfDoer: "aggression" takes no patient with "of", so "the aggression of X
// against Y" names X as the attacker of Y (sentences of our own).
func TestAggressionOfDoer(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"armed aggression of a state against a state, simple past",
			"The armed aggression of Russia against Ukraine began in 2014.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"military aggression of a state on a place, inside a condemnation",
			"Azerbaijan condemned the military aggression of Armenia on the town of Tartar.",
			[]string{"ATTACKED state:ARM place:tartar"}, nil},
		{"acts of aggression, demonym target in a relative",
			"Iran condemned the acts of aggression of Israel against Syria, which it called a violation.",
			[]string{"ATTACKED state:ISR state:SYR"}, nil},
		{"near miss: no target after the doer",
			"The aggression of Israel continued for weeks.",
			nil, []string{"ATTACKED state:ISR state:ISR"}},
		{"near miss: a victim of aggression names no doer",
			"Ukraine, a victim of aggression, asked Poland for help.",
			nil, []string{"ATTACKED state:UKR state:POL", "ATTACKED state:POL state:UKR"}},
	})
}

// TestUnderModifiedSanctions: being under, facing or subject to a source's sanctions, the
// source named as the modifier of the penalty noun ("under U.S. sanctions"), is that source's
// sanctioning; a penalty noun that modifies another noun ("EU sanctions rules") or a
// possessor names none (sentences of our own).
func TestUnderModifiedSanctions(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"perfect, under an institution's sanctions",
			"North Korea has been under United Nations sanctions since 2006.",
			[]string{"SANCTIONED inst:un state:PRK"}, nil},
		{"relative clause, faces a state's sanctions",
			"Iran, which faces U.S. sanctions over its nuclear programme, sold oil to China.",
			[]string{"SANCTIONED state:USA state:IRN"}, nil},
		{"remains subject to, coordinated sources with a modifier",
			"Syria remained subject to new U.S. and EU sanctions in 2020.",
			[]string{"SANCTIONED state:USA state:SYR", "SANCTIONED inst:eu state:SYR"}, nil},
		{"near miss: sanctions as a modifier of rules",
			"Under EU sanctions rules, Germany froze the assets of the bank.",
			nil, []string{"SANCTIONED inst:eu state:DEU"}},
		{"near miss: under another's control",
			"Lukashenko said the warheads are under Russian control in Belarus.",
			nil, []string{"SANCTIONED state:RUS state:BLR"}},
	})
}

// TestDefendsItselfAgainst: a state defending itself against another, or against its war or
// invasion, is attacked by it (sentences of our own).
func TestDefendsItselfAgainst(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"simple present, possessive war of aggression",
			"Ukraine defends itself against Russia's war of aggression.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"adverbial clause with a pronoun, invasion",
			"Both sides reaffirmed their support for Ukraine as it defends itself against Russia's full-scale invasion.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"simple past, offensive",
			"Armenia defended itself against Azerbaijan's offensive in 2023.",
			[]string{"ATTACKED state:AZE state:ARM"}, nil},
		{"the attacker named alone",
			"Ukraine defends itself against Russia every day.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"near miss: no attacker named",
			"Ukraine defends itself against disinformation.",
			nil, []string{"ATTACKED state:RUS state:UKR"}},
		{"near miss: a group is no state",
			"The United States supports Israel's right to defend itself against Hamas.",
			nil, []string{"ATTACKED state:USA state:ISR"}},
	})
}

// TestRelativeGapBeforePreposition: a verb in a relative clause with its subject inside and
// a preposition or the main clause's verb right after it has the antecedent as its object
// (sentences of our own).
func TestRelativeGapBeforePreposition(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"progressive perfect, main verb after",
			"The Shahed drones that Russia has been launching are cheap.",
			[]string{"LAUNCHED state:RUS weapon:shahed"}, nil},
		{"simple past, preposition after",
			"The Shahed drones that Russia launched against Ukrainian infrastructure were shot down.",
			[]string{"LAUNCHED state:RUS weapon:shahed", "ATTACKED state:RUS state:UKR"}, nil},
		{"near miss: an antecedent that is no weapon",
			"The talks that Russia launched with Ukraine failed.",
			nil, []string{"LAUNCHED state:RUS state:UKR"}},
	})
}
