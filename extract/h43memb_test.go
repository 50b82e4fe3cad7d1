package extract

import "testing"

// TestH43ParticipantNouns: a body's participants are its members (SCHEMA.md, stop 21), in
// apposition, in a copula, before the body and in a fronted "of which" clause; participants
// in something that is no Institution ("the talks") are no members of anything.
func TestH43ParticipantNouns(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"apposition with 'participants in'",
			"Colombia and Ecuador, participants in the Pacific Alliance, met in Quito.",
			[]string{"MEMBER_OF state:COL inst:pacific-alliance", "MEMBER_OF state:ECU inst:pacific-alliance"}, nil},
		{"fronted 'of which' with a participant noun",
			"The Organization of American States, of which Belize is a participant, met in Lima.",
			[]string{"MEMBER_OF state:BLZ inst:organization-of-american-states"}, nil},
		{"the body's name before 'participating State'",
			"Armenia, an OSCE participating State, objected.",
			[]string{"MEMBER_OF state:ARM inst:osce"}, nil},
		{"participants in talks are members of nothing",
			"Participants in the talks included Qatar and Egypt, which hosted the Arab League envoy.",
			nil, []string{"MEMBER_OF state:QAT inst:arab-league", "MEMBER_OF state:EGY inst:arab-league"}},
	})
}
