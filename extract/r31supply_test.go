package extract

import "testing"

// TestR31SupplyExampleOfTies: a transfer noun that opens an example (", including the
// transfer of ...") of a phrase of ties between an owner and a partner ("X's cooperation with
// Y", "its support for Y") and names no parties of its own goes from the owner to the
// partner; near misses keep the noun's own parties or state nothing.
func TestR31SupplyExampleOfTies(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"a possessor's cooperation with a partner, then 'including the transfer of'",
			"Peru deplored Belarus's deepening military cooperation with Venezuela, including the transfer of cruise missiles.",
			[]string{"SUPPLIED state:BLR state:VEN"}, []string{"SUPPLIED state:PER state:VEN", "SUPPLIED state:VEN state:BLR"}},
		{"'its' cooperation after an object control verb, 'including the supply of'",
			"Chile urged Minsk to end its unlawful military cooperation with Caracas, including the supply of artillery shells.",
			[]string{"SUPPLIED state:BLR state:VEN"}, []string{"SUPPLIED state:CHL state:VEN"}},
		{"coordinated possessors of support for a partner",
			"Analysts are alarmed by Belarus's and Cuba's support for Venezuela, including the delivery of drones.",
			[]string{"SUPPLIED state:BLR state:VEN", "SUPPLIED state:CUB state:VEN"}, nil},
		{"'its' stands for the subject, not a name after 'against', and the partner is a possessor",
			"Cuba has become a key enabler of Venezuela's war against Guyana through its support for Venezuela's arms industry, including the transfer of machine tools.",
			[]string{"SUPPLIED state:CUB state:VEN"}, []string{"SUPPLIED state:GUY state:VEN"}},
		{"the example's own possessor is its source",
			"Peru discussed Belarus's growing military cooperation with Venezuela, including Minsk's transfers of rockets.",
			[]string{"SUPPLIED state:BLR state:VEN"}, nil},
		{"a noun of no ties before the example states no transfer (near miss)",
			"Peru deplored Belarus's talks with Venezuela, including the transfer of cruise missiles.",
			nil, []string{"SUPPLIED state:BLR state:VEN"}},
		{"an example with a target of its own does not take the partner (near miss)",
			"Peru deplored Belarus's cooperation with Venezuela, including the transfer of rockets to Cuba.",
			nil, []string{"SUPPLIED state:BLR state:VEN"}},
	})
}

// TestR31VetoReducedRelative: in a veto's object the names after a participle and a
// preposition ("the Panel of Experts established under resolution 1874") modify the vetoed
// body through a reduced relative; the body before the participle is the target.
func TestR31VetoReducedRelative(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'established under' a resolution after the vetoed panel",
			"China vetoed in April the renewal of the mandate of the Panel of Experts established under resolution 1929 (2010).",
			[]string{"VETOED state:CHN inst:un-panel-of-experts"}, []string{"VETOED state:CHN agr:unscr-1929"}},
		{"'created by' a resolution, past perfect",
			"Russia had vetoed the extension of the Panel of Experts created by resolution 2374.",
			[]string{"VETOED state:RUS inst:un-panel-of-experts"}, []string{"VETOED state:RUS agr:unscr-2374"}},
		{"a resolution that is itself the object stays the target (near miss)",
			"Russia vetoed resolution 2374 on Monday.",
			[]string{"VETOED state:RUS agr:unscr-2374"}, nil},
	})
}

// TestR31LowercaseRussia: Ukrainian government texts write the aggressor's names in lower case
// ("the aggressor state russia", "the russian federation"); they name Russia (and "north
// korea" North Korea) as the capitalised names do.
func TestR31LowercaseRussia(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"lower-case 'north korea' and 'russia' in a supply",
			"In 2024, north korea transferred to russia more than two million artillery shells.",
			[]string{"SUPPLIED state:PRK state:RUS"}, nil},
		{"lower-case 'russian federation' receiving drones",
			"The russian federation has received Shahed drones from Iran, the Defence Intelligence said.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
		{"the capitalised names read as before (near miss: no new state)",
			"Russia received Shahed drones from Iran.",
			[]string{"SUPPLIED state:IRN state:RUS"}, []string{"SUPPLIED state:IRN state:PRK"}},
	})
}

// TestR31CoordinatedPossessors: possessors coordinated before one noun ("North Korea's and
// Iran's support for Moscow") are each its doer.
func TestR31CoordinatedPossessors(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"two possessors of a support noun",
			"Peru is concerned by Belarus's and Cuba's support for Venezuela.",
			[]string{"SUPPORTS state:BLR state:VEN", "SUPPORTS state:CUB state:VEN"}, nil},
		{"a possessor of another noun before 'and' is not coordinated (near miss)",
			"Peru's envoy and Cuba's support for Venezuela were discussed.",
			[]string{"SUPPORTS state:CUB state:VEN"}, []string{"SUPPORTS state:PER state:VEN"}},
	})
}

// TestR31PenaltyCause: a transfer noun after "over" that follows a penalty in its clause is
// what the penalised did: the one imposing the penalty does not supply; a demonym of the
// penalised does.
func TestR31PenaltyCause(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'imposed sanctions on Belarusian firms over the export of'",
			"Canada has imposed sanctions on Belarusian firms over the export of ballistic missiles to Russia.",
			[]string{"SUPPLIED state:BLR state:RUS"}, []string{"SUPPLIED state:CAN state:RUS"}},
		{"no penalised demonym: no source",
			"Canada has imposed new sanctions over the export of ballistic missiles to Russia.",
			nil, []string{"SUPPLIED state:CAN state:RUS"}},
		{"a named penalised state after 'for' keeps its own reading (near miss)",
			"Canada sanctioned Belarus for the export of ballistic missiles to Russia.",
			[]string{"SUPPLIED state:BLR state:RUS", "SANCTIONED state:CAN state:BLR"}, []string{"SUPPLIED state:CAN state:RUS"}},
		{"no penalty before 'over': the subject still supplies (near miss)",
			"Canada argued with Peru over the export of rifles to Chile.",
			nil, []string{"SUPPLIED state:PER state:CHL"}},
	})
}
