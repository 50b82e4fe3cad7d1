package extract

import "testing"

// TestSummonedToProtest covers a noun trigger read after "to" as the purpose infinitive of a
// subject-control verb (words.tsv subject-control: "summoned Russian Ambassador X to protest
// against the deployment"): the one who summons protests, not the envoy summoned, whatever
// the envoy's shape (title and name, apposition, plain noun). Every sentence is our own.
func TestSummonedToProtest(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"title and name, present tense",
			"Russia deployed troops to Belarus on Monday. Vilnius summons Russian Ambassador Alexei Isakov to protest against the deployment.",
			[]string{"CONDEMNED state:LTU state:RUS"}, []string{"CONDEMNED person:alexei-isakov state:RUS"}},
		{"name in apposition, past tense, a day between",
			"Russia deployed troops to Belarus on Monday. Lithuania summoned the Russian ambassador, Alexei Isakov, on Tuesday to protest against the deployment.",
			[]string{"CONDEMNED state:LTU state:RUS"}, []string{"CONDEMNED person:alexei-isakov state:RUS"}},
		{"progressive, a named target",
			"Tokyo is summoning Chinese Ambassador Wu Jianghao to protest against China over the incursion.",
			[]string{"CONDEMNED state:JPN state:CHN"}, []string{"CONDEMNED person:wu-jianghao state:CHN"}},
		{"no subject-control verb: the envoy protests",
			"Russian Ambassador Alexei Isakov went to the ministry to protest against Lithuania over the transit ban.",
			[]string{"CONDEMNED person:alexei-isakov state:LTU"}, nil},
	})
}

// TestCoalitionNoAlliance covers "coalition", which names joint action or co-leadership, not an
// alliance between the states beside it; the alliance nouns SCHEMA.md lists still pair their
// states. Every sentence is our own.
func TestCoalitionNoAlliance(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"a coalition led by two states",
			"Norway joined the demining coalition led by Denmark and Lithuania on Tuesday.",
			nil, []string{"ALLY_OF state:DNK state:LTU"}},
		{"forces of two states with coalition partners",
			"Danish and Dutch ships, backed by coalition partners, escorted the convoy.",
			nil, []string{"ALLY_OF state:DNK state:NLD"}},
		{"partners still pair",
			"Denmark and Lithuania are close partners in the Baltic.",
			[]string{"ALLY_OF state:DNK state:LTU"}, nil},
		{"an alliance still pairs",
			"Denmark and Lithuania signed an alliance in 2024.",
			[]string{"ALLY_OF state:DNK state:LTU"}, nil},
	})
}

// TestBodyTitledPersonSubject covers a clause subject in which a body opens a person's title
// ("NATO Secretary General Mark Rutte, after ..., says ..., calling it ..."): the person heads
// the subject, as after a demonym ("Russian Foreign Minister Sergey Lavrov"), so a participle
// clause takes the person; with no person after the title the body stays the subject. Every
// sentence is our own.
func TestBodyTitledPersonSubject(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"participle after a reporting clause",
			"Russia deployed troops to Belarus on Monday. NATO Secretary General Mark Rutte, speaking in Brussels, says the troops are there to stay, calling the deployment \"a dangerous escalation\".",
			[]string{"CONDEMNED person:mark-rutte state:RUS"}, []string{"CONDEMNED inst:nato state:RUS"}},
		{"participle after a plain verb, past tense",
			"Iran launched drones at Israel overnight. UN Secretary General Antonio Guterres spoke to reporters on Sunday, describing the attack as \"a reckless escalation\".",
			[]string{"CONDEMNED person:antonio-guterres state:IRN"}, []string{"CONDEMNED inst:un state:IRN"}},
		{"a body with no person after it stays the subject",
			"Russia deployed troops to Belarus on Monday. NATO spoke on Tuesday, calling the deployment \"a dangerous escalation\".",
			[]string{"CONDEMNED inst:nato state:RUS"}, nil},
	})
}

// TestAgentAfterPreposition covers the doer a launch noun takes after it (triggers.tsv flag
// agent-after): a name after "by", "of" or "from" may be the doer; a name in a place or time
// phrase after the noun is not ("launches into waters near Japan", "launches during the
// Japan-US exercise"). Every sentence is our own.
func TestAgentAfterPreposition(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"doer after by",
			"Seoul reported the launch of a ballistic missile by North Korea on Monday.",
			[]string{"LAUNCHED state:PRK weapon:ballistic-missile"}, nil},
		{"doer after from",
			"Two ballistic missile launches from North Korea were detected overnight.",
			[]string{"LAUNCHED state:PRK weapon:ballistic-missile"}, nil},
		{"a place phrase names no doer",
			"No ballistic missile launches into waters near Japan were recorded in May.",
			nil, []string{"LAUNCHED state:JPN weapon:ballistic-missile"}},
		{"a time phrase names no doer",
			"The ministry expects more ballistic missile launches during the Japan-US exercise next month.",
			nil, []string{"LAUNCHED state:USA weapon:ballistic-missile", "LAUNCHED state:JPN weapon:ballistic-missile"}},
	})
}
