package extract

import "testing"

// TestReportScope covers which relations a reporting cue reports (SCHEMA.md Modality rule 1):
// not those stated beside the report, in a coordinated clause before it, in an apposition of
// the speaker, or in a temporal clause after it. Every sentence is our own.
func TestReportScope(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a report in a coordinated clause after the act leaves the act a fact",
			"Norway delivered two air defence systems to Ukraine last month, and Oslo said on Friday that more would follow.",
			[]string{"SUPPLIED state:NOR state:UKR asserted/fact"}, nil},
		{"a coordinated speech verb of the same subject",
			"Foreign Minister Espen Barth Eide visited Kyiv and said that Norway stood with Ukraine.",
			[]string{"VISITED person:espen-barth-eide place:kyiv asserted/fact"}, nil},
		{"a final attribution still reports the whole clause",
			"Russia moved bombers to Belarus on Monday, the ministry said.",
			[]string{"DEPLOYED state:RUS state:BLR asserted/reported"}, nil},
		{"a list after ', and' before a final attribution is still reported",
			"China sent destroyers into the Taiwan Strait, and smaller boats around Kinmen, the command said.",
			[]string{"DEPLOYED state:CHN place:taiwan-strait asserted/reported"}, nil},
		{"a relative clause describing the speaker is a fact",
			"Kaja Kallas, who visited Kyiv in May, said on Tuesday that aid was late.",
			[]string{"VISITED person:kaja-kallas place:kyiv asserted/fact"}, nil},
		{"a temporal clause after the report is presupposed",
			"Officials said they believed Iran had helped, after Lavrov visited Tehran in March.",
			[]string{"VISITED person:sergey-lavrov place:tehran asserted/fact"}, nil},
		{"the reported clause itself stays reported",
			"Officials said Lavrov visited Tehran in March.",
			[]string{"VISITED person:sergey-lavrov place:tehran asserted/reported"}, nil},
		{"an act under consideration is speculative",
			"Officials warned that Beijing was considering supplying drones to Russia.",
			[]string{"SUPPLIED state:CHN state:RUS asserted/speculative"}, nil},
		{"an expected act is speculative",
			"Analysts expect Moscow to deploy more troops to Mali.",
			[]string{"DEPLOYED state:RUS state:MLI asserted/speculative"}, nil},
		{"a bid to join is speculative",
			"The talks covered Georgia's bid to join the European Union.",
			[]string{"MEMBER_OF state:GEO inst:eu asserted/speculative"}, nil},
		{"an act urged to be refrained from is speculative",
			"Britain urged Israel to refrain from an offensive in Rafah.",
			[]string{"ATTACKED state:ISR place:rafah asserted/speculative"}, nil},
		{"a plan stated with 'is to'",
			"Foreign Minister Penny Wong is to fly to Jakarta next week.",
			[]string{"VISITED person:penny-wong place:jakarta asserted/speculative"}, nil},
		{"a hedge in the next conjunct hedges only that conjunct",
			"The ministers discussed Russia's strikes on Ukraine and the threat of an attack on Moldova.",
			[]string{"ATTACKED state:RUS state:UKR asserted/fact"}, nil},
		{"a statement announcing sanctions is the act",
			"France and Italy issued a joint statement announcing sanctions on Mahan Air on Monday.",
			[]string{"SANCTIONED state:FRA inst:mahan-air asserted/fact", "SANCTIONED state:ITA inst:mahan-air asserted/fact"}, nil},
		{"a statement reporting an act still reports it",
			"Ankara said in a statement that Syria had attacked Kilis.",
			[]string{"ATTACKED state:SYR place:kilis asserted/reported"}, nil},
		{"an actor's own admission is reported",
			"Iran admitted shipping drones to Russia in 2022.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/reported"}, nil},
	})
}
