package extract

import "testing"

// TestR15OpeningDateClauseSubject covers a clause opened by a date phrase set off by its
// comma with no preposition before it ("The next day, ...", "Last week, ..."): the clause's
// subject follows the comma, so a "with support from" adjunct helps it. Every sentence is our
// own.
func TestR15OpeningDateClauseSubject(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"the next day, trailing adjunct after the object",
			"The next day, France and Italy struck depots in Libya, with support from Greece and Malta.",
			[]string{"SUPPORTS state:GRC state:FRA", "SUPPORTS state:MLT state:ITA"}, nil},
		{"last week, adjunct between subject and verb",
			"Last week, Kenya, with help from Uganda, shelled positions in Somalia.",
			[]string{"SUPPORTS state:UGA state:KEN"}, nil},
		{"near miss: the helpers of a reported clause help no speaker",
			"The next day, Israel said most drones were intercepted, with help from Jordan.",
			nil, []string{"SUPPORTS state:JOR state:ISR"}},
	})
}
