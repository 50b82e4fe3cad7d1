package extract

import "testing"

// TestAgentlessBeliefHedges: a belief or assessment that names nobody hedges the claim
// (SCHEMA.md Modality rule 2) and wins over a report cue beside it; a participle phrase set
// off by commas before the verb hedges only what it says of its head. Every sentence is our own.
func TestAgentlessBeliefHedges(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"is believed to have, perfect infinitive",
			"Iran is believed to have sent drones to Russia last year.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/speculative"}, nil},
		{"are thought to, plural passive",
			"China is thought to have deployed warships to Cambodia.",
			[]string{"DEPLOYED state:CHN state:KHM asserted/speculative"}, nil},
		{"is assessed to have, agency register",
			"Belarus is assessed to have supplied Russia with fuel since 2023.",
			[]string{"SUPPLIED state:BLR state:RUS asserted/speculative"}, nil},
		{"a hedge in a relative clause wins over the report cue",
			"Officials say the pattern follows North Korea, which is believed to have delivered missiles to Russia.",
			[]string{"SUPPLIED state:PRK state:RUS asserted/speculative"}, nil},
		{"near miss: a named believer reports",
			"Western intelligence services believe Iran sent drones to Russia last year.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/reported"}, nil},
		{"near miss: a participle phrase between commas hedges its head only",
			"The agency said the soldiers, believed to include officers, had been sent to Russia by North Korea.",
			[]string{"DEPLOYED state:PRK state:RUS asserted/reported"}, nil},
	})
}

// TestTrailingAttribution: a short attribution closing the sentence after its last comma
// reports the main clause even past a subordinate clause in between (SCHEMA.md Modality rule
// 1); a relative clause keeps its report verb to itself.
func TestTrailingAttribution(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"past a 'when' clause, agency reported",
			"Lavrov visited Pyongyang on July 11, when he and Choe Son Hui discussed the treaty, state media reported.",
			[]string{"VISITED person:sergey-lavrov place:pyongyang asserted/reported"}, nil},
		{"past a 'while' clause, said a spokesman",
			"Wang Yi visited Moscow in April, while the talks on Ukraine stalled, said a spokesman.",
			[]string{"VISITED person:wang-yi place:moscow asserted/reported"}, nil},
		{"past a coordinated verb phrase of the same subject",
			"Lavrov arrived in Pyongyang on Thursday, his first trip in a year, and was greeted at the airport by Choe Son Hui, state media reported.",
			[]string{"VISITED person:sergey-lavrov place:pyongyang asserted/reported"}, nil},
		{"near miss: a relative clause with a report verb",
			"Wang Yi visited Moscow in April, while the talks stalled, which Beijing has not confirmed.",
			[]string{"VISITED person:wang-yi place:moscow asserted/fact"}, nil},
		{"near miss: a comma-less tail is the clause's own",
			"Wang Yi visited Moscow in April when the talks stalled.",
			[]string{"VISITED person:wang-yi place:moscow asserted/fact"}, nil},
	})
}

// TestReportInSubordinateAfter: a report cue in a relative or participle clause after the
// trigger reports that clause only (SCHEMA.md Modality rule 1: the relation is the text's own
// statement); a cue set off by a comma as an attribution of its own still reports the whole.
func TestReportInSubordinateAfter(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a participle clause with 'what they said'",
			"Canada and Japan sanctioned Iran on Monday, citing what they said was a drone shipment.",
			[]string{"SANCTIONED state:CAN state:IRN asserted/fact", "SANCTIONED state:JPN state:IRN asserted/fact"}, nil},
		{"a relative clause with 'accused'",
			"Australia sanctioned Russia, which Canberra accused of buying shells.",
			[]string{"SANCTIONED state:AUS state:RUS asserted/fact"}, nil},
		{"a 'who' clause with a report verb",
			"Britain imposed sanctions on Belarus, whose officials reportedly hid the shipments.",
			[]string{"SANCTIONED state:GBR state:BLR asserted/fact"}, nil},
		{"near miss: a parenthetical attribution after a relative clause",
			"Russia struck Kharkiv, which lies near the border, officials said.",
			[]string{"ATTACKED state:RUS place:kharkiv asserted/reported"}, nil},
		{"near miss: a plain closing attribution",
			"Russia struck Kharkiv on Friday, the air force said.",
			[]string{"ATTACKED state:RUS place:kharkiv asserted/reported"}, nil},
	})
}

// TestPlanWordHedges: a decision, notice or intention before the act, and a sale approved but
// not delivered, state a plan (SCHEMA.md Modality rule 2); the plan's own date in a participle
// phrase still dates it. After the trigger the plan word is the object's, and past ", and" or
// with "immediate effect" it hedges nothing. Every sentence is our own.
func TestPlanWordHedges(t *testing.T) {
	checkRelations(t, "2024-05-02", []relCase{
		{"the decision of a state to withdraw, dated by its announcement",
			"The summit noted the decision of Guinea to withdraw from the African Union, announced on 3 March 2024.",
			[]string{"MEMBER_OF state:GIN inst:african-union denied/speculative 2024-03-03"}, nil},
		{"the decision to station troops",
			"Parliament welcomed the decision of Canada to station troops in Latvia.",
			[]string{"DEPLOYED state:CAN state:LVA asserted/speculative"}, nil},
		{"an approved sale",
			"The State Department approved the sale of NASAMS systems to Taiwan on Tuesday.",
			[]string{"SUPPLIED inst:us-department-of-state state:TWN asserted/speculative"}, nil},
		{"intend to sign",
			"Japan and Australia intend to sign the Reciprocal Access Agreement later this year.",
			[]string{"SIGNED state:JPN"}, nil},
		{"near miss: a decision after the trigger is the object's",
			"The African Union criticised Mali's decision to expel the mission.",
			[]string{"CONDEMNED inst:african-union state:MLI asserted/fact"}, nil},
		{"near miss: a plan in an earlier conjunct",
			"We intend to hold an exercise, and the United States supports the Philippines.",
			[]string{"SUPPORTS state:USA state:PHL asserted/fact"}, nil},
		{"near miss: with immediate effect",
			"The bloc recalled the decision of Guinea to withdraw from the African Union with immediate effect.",
			[]string{"MEMBER_OF state:GIN inst:african-union denied/fact"}, nil},
	})
}

// TestDescribeAccuseReport: "accuse X of" in the present and "describe X as" convey a claim
// (SCHEMA.md Modality rule 1: "X accused Y of"); "what he described as" only names its object
// and reports nothing. Every sentence is our own.
func TestDescribeAccuseReport(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"present accuse of",
			"Several governments accuse Iran of supplying Russia with drones.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/reported"}, nil},
		{"described in a report",
			"The report described how Iran supplied Russia with drones.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/reported"}, nil},
		{"describes, present, with a plural subject",
			"Both governments describe how Belarus supplied Russia with fuel.",
			[]string{"SUPPLIED state:BLR state:RUS asserted/reported"}, nil},
		{"near miss: what he described as",
			"Putin thanked Kim for what he described as firm support, after Russia attacked Ukraine in 2022.",
			[]string{"ATTACKED state:RUS state:UKR asserted/fact"}, nil},
	})
}
