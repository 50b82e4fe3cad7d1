package extract

import "testing"

// Stop 41, SUPPORTS and ALLY_OF. Every sentence is our own, written in the shapes the read
// set's misses and false relations showed, with other names, verbs and word order. Each case
// marked "fails before" failed on main at a46e0462.

// The reason phrase "for <gerund>" of a penalty verb (words.tsv penal-verb) names what the
// penalised did. When they are not named ("sanctioned nearly 400 companies for helping
// Russia"), nobody named did it: the one imposing the penalty is no doer of the gerund.
func TestR41SuppPenalReason(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"sanctioned an unnamed group for helping (fails before)",
			"Canada sanctioned fourteen firms for helping Russia's war effort.",
			nil, []string{"SUPPORTS state:CAN state:RUS"}},
		{"added to a list for supporting, adverb and perfect (fails before)",
			"Japan has quietly added more than 60 entities to its export blacklist for supporting Russia.",
			nil, []string{"SUPPORTS state:JPN state:RUS"}},
		{"designated for supplying goods, another relation (fails before)",
			"Australia designated six companies for shipping drone engines to Russia.",
			nil, []string{"SUPPLIED state:AUS state:RUS"}},
		{"a support noun inside the gerund's phrase (fails before)",
			"Norway penalised two banks for providing financial support to Hamas.",
			nil, []string{"SUPPORTS state:NOR inst:hamas"}},
		{"near miss: a named object does what the gerund says",
			"Canada sanctioned Belarus for helping Russia.",
			[]string{"SUPPORTS state:BLR state:RUS"}, []string{"SUPPORTS state:CAN state:RUS"}},
		{"near miss: no penalty, the subject acts",
			"Canada is known for helping Ukraine.",
			[]string{"SUPPORTS state:CAN state:UKR"}, nil},
	})
}

// A treaty (defence, security) ally is an ally, and a non-NATO ally is no member of NATO
// (triggers.tsv ALLY_OF pair "treaty ally", "non-NATO ally").
func TestR41SuppTreatyAlly(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"possessive pronoun, treaty ally in apposition (fails before)",
			"Canberra reaffirmed its commitment to its treaty ally, New Zealand.",
			[]string{"ALLY_OF state:AUS state:NZL"}, nil},
		{"a state and its treaty ally in close apposition (fails before)",
			"The United States and its treaty ally Thailand held talks on Monday.",
			[]string{"ALLY_OF state:THA state:USA"}, nil},
		{"non-NATO ally of a state (fails before)",
			"Bahrain is a major non-NATO ally of the United States.",
			[]string{"ALLY_OF state:BHR state:USA"}, []string{"MEMBER_OF state:BHR inst:nato"}},
		{"non-NATO ally in apposition is no member (fails before)",
			"Jordan, a major non-NATO ally, hosted the exercise.",
			nil, []string{"MEMBER_OF state:JOR inst:nato"}},
		{"near miss: a NATO ally is a member",
			"Norway, a NATO ally, hosted the exercise.",
			[]string{"MEMBER_OF state:NOR inst:nato"}, nil},
	})
}

// Letting a party use one's territory, airspace or bases supports it (triggers.tsv SUPPORTS
// "allowed|let|permitted" with after=ground-use; flag troop-owner names whose troops).
func TestR41SuppGroundUse(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"let, bare infinitive, demonym troops (fails before)",
			"Tajikistan let Chinese forces use its territory for the operation.",
			[]string{"SUPPORTS state:TJK state:CHN"}, nil},
		{"allowed a state to use its bases (fails before)",
			"Kyrgyzstan has allowed Russia to use its air bases since 2003.",
			[]string{"SUPPORTS state:KGZ state:RUS"}, nil},
		{"permitted, airspace (fails before)",
			"Jordan permitted Saudi jets to use its airspace.",
			[]string{"SUPPORTS state:JOR state:SAU"}, nil},
		{"near miss: allowed to use weapons lends no ground",
			"Germany allowed Ukraine to use the missiles against targets in Russia.",
			nil, []string{"SUPPORTS state:DEU state:UKR"}},
	})
}
