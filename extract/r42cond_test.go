package extract

import "testing"

// TestDeedNounBeforeRelationEvent covers a definite deed noun (acts.tsv) that is also a
// relation's noun ("drills", a DEPLOYED noun) as the object of a stance: it names the latest
// deed of its kind, not the doers of that relation's latest event stated with another word
// ("sending its own warships"); and a name past a comma after the object ("condemned the
// drills, saying Beijing ...") is no part of the object's phrase. Every sentence is our own.
func TestDeedNounBeforeRelationEvent(t *testing.T) {
	checkRelations(t, "2025-04-02", []relCase{
		{"a response with another verb between the drills and the stance",
			"China held large-scale drills around Taiwan on Tuesday. Taipei responded by sending its own warships to the Taiwan Strait. Washington criticised the drills.",
			[]string{"CONDEMNED state:USA state:CHN"}, []string{"CONDEMNED state:USA state:TWN"}},
		{"the doer named again past a comma",
			"China held large-scale drills around Taiwan on Tuesday. Taipei responded by sending its own warships to the Taiwan Strait. Tokyo condemned the drills, saying Beijing had raised tensions.",
			[]string{"CONDEMNED state:JPN state:CHN"}, []string{"CONDEMNED state:JPN state:TWN"}},
		{"no deed before: the relation event still answers",
			"Russia attacked Ukraine on Monday. Poland condemned the attack.",
			[]string{"CONDEMNED state:POL state:RUS"}, nil},
		{"a side does not condemn its own drills",
			"Russia held naval drills in the Baltic Sea on Tuesday. Moscow defended the drills.",
			nil, []string{"CONDEMNED state:RUS state:RUS"}},
	})
}

// TestTribunalComplement covers "Tribunal" as an institution head that takes its "of"
// complement into the name, as "Court" does ("Supreme Tribunal of Justice"), so a stance
// toward it names the whole body. Every sentence is our own.
func TestTribunalComplement(t *testing.T) {
	checkRelations(t, "2024-08-23", []relCase{
		{"a tribunal of justice as a stance's target",
			"Chile rejected the ruling issued by the Supreme Tribunal of Justice on Thursday.",
			[]string{"CONDEMNED state:CHL inst:supreme-tribunal-of-justice"}, []string{"CONDEMNED state:CHL inst:supreme-tribunal"}},
		{"a tribunal with no complement keeps its name",
			"Peru criticised the Constitutional Tribunal on Friday.",
			[]string{"CONDEMNED state:PER inst:constitutional-tribunal"}, nil},
	})
}

// TestStanceEndsAtReportingConjunct covers a stance's targets after ", and" or ", but" that
// opens a clause whose own subject speaks ("..., and the presidential office said ..."): the
// names there are that report's, not the stance's; a list of objects after ", and" without
// a speech verb still counts. Every sentence is our own.
func TestStanceEndsAtReportingConjunct(t *testing.T) {
	checkRelations(t, "2025-05-08", []relCase{
		{"an infinitive protest, then another speaker's clause",
			"Vilnius summoned the ambassador to protest against the agreement, and the foreign ministry said it would consider sending air defence systems to Ukraine.",
			nil, []string{"CONDEMNED state:LTU state:UKR"}},
		{"a finite protest, then another speaker's clause",
			"Vilnius wanted to protest against the agreement, but the prime minister said the talks with Ukraine would go on.",
			nil, []string{"CONDEMNED state:LTU state:UKR"}},
		{"a named target before the conjunct still counts",
			"Vilnius condemned Belarus on Monday, and the foreign ministry said it would send air defence systems to Ukraine.",
			[]string{"CONDEMNED state:LTU state:BLR"}, []string{"CONDEMNED state:LTU state:UKR"}},
	})
}

// TestForeignMinistryWithSecondPortfolio covers a foreign ministry whose formal name adds a
// second portfolio ("Ministry of Foreign Affairs and International Cooperation"): before "of"
// + the state it is that state's foreign ministry, and "the Ministry" later is that body.
// Every sentence is our own.
func TestForeignMinistryWithSecondPortfolio(t *testing.T) {
	checkRelations(t, "2025-03-01", []relCase{
		{"the formal name before of + the state",
			"The Ministry of Foreign Affairs and International Cooperation of Italy condemned Iran on Monday.",
			[]string{"CONDEMNED inst:italy-foreign-ministry state:IRN"}, []string{"CONDEMNED inst:ministry-of-foreign-affairs state:IRN"}},
		{"the plain formal name still names the foreign ministry",
			"The Ministry of Foreign Affairs of Italy condemned Iran on Monday.",
			[]string{"CONDEMNED inst:italy-foreign-ministry state:IRN"}, nil},
	})
}

// TestOpeningItAfterThingSubject covers "It" opening a sentence after one whose subject is a
// text or decision ("Resolution 2773, drafted by France, was adopted ... It condemns"): "It"
// is that thing, not the first name of the sentence before (the drafter); a sentence that
// opens with a name still gives "It" its subject. Every sentence is our own.
func TestOpeningItAfterThingSubject(t *testing.T) {
	checkRelations(t, "2025-02-22", []relCase{
		{"a numbered resolution with its drafter in apposition",
			"Resolution 2801, drafted by Denmark, was adopted on Friday. It condemns the offensive of the M23.",
			nil, []string{"CONDEMNED state:DNK inst:m23"}},
		{"a draft with its sponsor in apposition",
			"The draft resolution, put forward by Denmark, was adopted on Friday. It condemns the offensive of the M23.",
			nil, []string{"CONDEMNED state:DNK inst:m23"}},
		{"a state as the subject before",
			"Denmark drafted the text on Friday. It condemned the offensive of the M23.",
			[]string{"CONDEMNED state:DNK inst:m23"}, nil},
	})
}
