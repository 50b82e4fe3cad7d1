package extract

import "testing"

// h44bcoal: subjects after a leading time adverbial, and help named in "with support from".
// Military press releases and wire copy open with a clock time and a date ("At about 4:15 a.m.
// (local time) on 3 May, ...") or an adverb before the date ("Early on Sunday, ..."); the colon
// of a clock time split the clause, the parenthesis made the opening phrase too long, and a
// capitalised adverb was read as part of the subject. A state's military command before the
// forces it commands ("U.S. Africa Command forces") stands for its state, as "U.S. forces"
// does. Every sentence is our own.
func TestH44bcoalOpeningTime(t *testing.T) {
	checkRelations(t, "2024-05-04", []relCase{
		{"clock time with a parenthesis before the subject",
			"At about 4:15 a.m. (local time) on 3 May, French forces, with support from Chad and Niger, struck militant camps in Mali.",
			[]string{"SUPPORTS state:TCD state:FRA", "SUPPORTS state:NER state:FRA"},
			[]string{"ATTACKED state:TCD state:MLI", "ATTACKED state:NER state:MLI"}},
		{"clock time with no parenthesis",
			"At around 11:40 p.m. on Friday, Kenyan forces, with support from Uganda, struck camps in Somalia.",
			[]string{"SUPPORTS state:UGA state:KEN"}, []string{"ATTACKED state:UGA state:SOM"}},
		{"an adverb before the opening date",
			"Early on Sunday, Turkish forces, with support from Azerbaijan, struck positions in Iraq.",
			[]string{"SUPPORTS state:AZE state:TUR", "ATTACKED state:TUR state:IRQ"}, []string{"ATTACKED state:AZE state:IRQ"}},
		{"a demonym's troops before the parenthetical act, not the helpers",
			"Rwandan troops, with support from Burundi, attacked rebel positions in Congo.",
			[]string{"SUPPORTS state:BDI state:RWA"}, []string{"ATTACKED state:BDI state:COD", "ATTACKED state:BDI state:COG"}},
		{"a state's command before its forces is the state",
			"The United States said so. On Monday, U.S. Africa Command (AFRICOM) forces, with support from Kenya, conducted an airstrike in Somalia.",
			[]string{"SUPPORTS state:KEN state:USA"}, nil},
		{"near miss: a ratio with a colon is no clock time and helps nobody",
			"Voters backed the plan 2:1, and Norway voiced support for the talks.",
			nil, []string{"SUPPORTS state:NOR state:NOR"}},
		{"near miss: a coast guard's vessels stay the coast guard's",
			"Manila condemned China Coast Guard vessels for the collision near the shoal.",
			nil, []string{"CONDEMNED state:PHL state:CHN"}},
	})
}
