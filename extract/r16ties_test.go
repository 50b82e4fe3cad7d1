package extract

import "testing"

// TestR16RoleFieldThenBody: a role's field ("a professor of international law", "of North
// Korean studies") stands between the role and the body it serves ("at Lund University");
// more role nouns of scholars and firms ("political scientist", "specialist", "manager"). The
// sentences are our own.
func TestR16RoleFieldThenBody(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"professor of a field at a university",
			`"Risks grow," said Maria Lind, a professor of international law at Lund University.`,
			[]string{"OFFICIAL_OF person:maria-lind inst:lund-university"}, nil},
		{"a field with a demonym",
			"Jonas Berg, a professor of Russian studies at Uppsala University, wrote the report.",
			[]string{"OFFICIAL_OF person:jonas-berg inst:uppsala-university"}, []string{"OFFICIAL_OF person:jonas-berg state:RUS"}},
		{"political scientist at an institute",
			"Tomas Berg, a political scientist at the Royal United Services Institute, agreed.",
			[]string{"OFFICIAL_OF person:tomas-berg inst:rusi"}, nil},
		{"near miss: a field with no body",
			"Per Dahl, a professor of history, said Sweden would wait.",
			nil, []string{"OFFICIAL_OF person:per-dahl state:SWE"}},
	})
}
