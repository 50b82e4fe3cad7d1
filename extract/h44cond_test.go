package extract

import "testing"

// TestVetoOfUnnamedDraft covers a veto whose text names no Council ("Russia vetoed the draft"):
// no VETOED relation is stated, since the body is never named, but the act was done, and a
// later verdict on "the veto" or "the vetoes" names its doers; and a diplomat who casts a veto
// casts it for the state the gazetteer seats him in (relations.tsv VETOED leader-acts), while
// the speaker of a reporting aside ("Russia had, she recalled, vetoed") acts for none. Every
// sentence is our own.
func TestVetoOfUnnamedDraft(t *testing.T) {
	checkRelations(t, "2025-04-11", []relCase{
		{"called the veto, no Council named",
			"Russia vetoed the draft on Haiti on Friday. Britain called the veto a disgrace.",
			[]string{"CONDEMNED state:GBR state:RUS"}, []string{"VETOED state:RUS inst:unsc"}},
		{"said the veto was, no Council named",
			"China vetoed the text on Myanmar on Tuesday. Ecuador said the veto was deeply regrettable.",
			[]string{"CONDEMNED state:ECU state:CHN"}, nil},
		{"two vetoers, a verdict on the vetoes",
			"China and Russia vetoed the draft on the Sahel. Sierra Leone called the vetoes shameful.",
			[]string{"CONDEMNED state:SLE state:CHN", "CONDEMNED state:SLE state:RUS"}, nil},
		{"the ambassador casts the veto for his state",
			"Vassily Nebenzia, Moscow's envoy, vetoed the draft resolution on Bosnia in the Security Council.",
			[]string{"VETOED state:RUS inst:unsc"}, nil},
		{"the speaker of a reporting aside vetoes nothing",
			"Linda Thomas-Greenfield spoke after the vote in the Security Council. Russia had, she recalled, vetoed a draft resolution on Mali in August.",
			[]string{"VETOED state:RUS inst:unsc"}, []string{"VETOED state:USA inst:unsc"}},
		{"a draft tabled and judged is no veto",
			"Mexico tabled a draft on Haiti on Monday. Brazil called the draft unbalanced.",
			nil, []string{"CONDEMNED state:BRA state:MEX"}},
	})
}

// TestStanceNotTowardCoSource covers a stance whose subject is a list of parties and whose
// object names a pair by an anaphor ("both countries") that the anaphor reading takes from that
// list: a party taking a stance with others takes none toward them, so those targets go; blame
// two sides trade with "each other" (the reciprocal rows) still runs both ways, and a list of
// subjects condemns the others named in the object. Every sentence is our own.
func TestStanceNotTowardCoSource(t *testing.T) {
	checkRelations(t, "2025-05-20", []relCase{
		{"an anaphor read as two of the subjects",
			"Britain, France and Germany announced sanctions on Iran Air. The three European governments described the transfer as an escalation by both countries.",
			nil, []string{"CONDEMNED state:DEU state:FRA", "CONDEMNED state:GBR state:FRA", "CONDEMNED state:FRA state:GBR"}},
		{"blame traded both ways stays",
			"Armenia and Azerbaijan accused each other of shelling border villages.",
			[]string{"CONDEMNED state:ARM state:AZE", "CONDEMNED state:AZE state:ARM"}, nil},
		{"a list of subjects condemns the parties in the object",
			"Kenya, Uganda and Tanzania condemned the attack on Goma by Rwanda and the M23.",
			[]string{"CONDEMNED state:KEN state:RWA", "CONDEMNED state:TZA state:RWA", "CONDEMNED state:UGA state:RWA"}, nil},
	})
}

// TestActAppositionNamingVerb covers an act noun in apposition to the clause before its comma
// (words.tsv act-apposition: "a step", "a move", "an incident") heading a relative clause whose
// verb names the act something blameworthy ("called reckless", "described as a provocation"):
// the gap is that clause's act, so its doer is condemned, with a relative pronoun or without
// one; a naming verb whose complement is no word of blame condemns nobody. Every sentence is
// our own.
func TestActAppositionNamingVerb(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"that, called and a word of blame",
			"Russia stationed nuclear weapons in Belarus, a step that Lithuania called reckless.",
			[]string{"CONDEMNED state:LTU state:RUS"}, nil},
		{"which, called and a quoted noun of blame",
			"Venezuela held a referendum on Essequibo, a step which Guyana called a \"threat\" to peace.",
			[]string{"CONDEMNED state:GUY state:VEN"}, nil},
		{"no relative pronoun, a demonym on the doer's troops",
			"Rwandan troops crossed into North Kivu, a move Kinshasa called an invasion.",
			[]string{"CONDEMNED state:COD state:RWA"}, nil},
		{"an incident with no relative pronoun",
			"Azerbaijani forces fired on an Armenian border post near Sotk, an incident Yerevan called a provocation.",
			[]string{"CONDEMNED state:ARM state:AZE"}, nil},
		{"a complement that is no word of blame",
			"Colombia opened talks with the ELN in Caracas, a step that Venezuela called historic.",
			nil, []string{"CONDEMNED state:VEN state:COL"}},
	})
}
