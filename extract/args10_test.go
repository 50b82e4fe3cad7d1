package extract

import "testing"

// TestTitleAppositionArguments: how a person attaches to the titles, appositions and
// coordinated names around them (SCHEMA.md, OFFICIAL_OF), in sentences of our own.
func TestTitleAppositionArguments(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		// "the State" is an anaphor for a state only where no capitalised word goes on with it.
		{"an office's complement opening with State + a capitalised word",
			"Chilean President Gabriel Boric and Luis Arce, Chairman of the State Planning Board of Bolivia, signed the accord on Tuesday.",
			[]string{"OFFICIAL_OF person:luis-arce inst:state-planning-board"},
			[]string{"OFFICIAL_OF person:luis-arce state:CHL"}},
		{"two offices of the second name after a demonym title",
			"Brazilian President Luiz Inacio Lula da Silva and Tomas Ruiz, Secretary General of the Socialist Party and Vice-Chairman of the State Defence Affairs of Paraguay, met in Asuncion.",
			[]string{"OFFICIAL_OF person:tomas-ruiz state:PRY"},
			[]string{"OFFICIAL_OF person:tomas-ruiz state:BRA"}},
	})
}
