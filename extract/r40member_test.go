package extract

import "testing"

// TestPresentMembers: a line opened by "Members present" and a colon, in a document's opening
// lines, lists the members of the latest body its heading names: each person is MEMBER_OF that
// body. The phrase must open its line before a colon; people named elsewhere are no members.
func TestPresentMembers(t *testing.T) {
	checkRelations(t, "2025-03-04", []relCase{
		{"a committee's evidence session: semicolons between the members",
			"House of Commons\nForeign Affairs Committee\nOral evidence: Arctic security\nTuesday 4 March 2025\n\nMembers present: Ms Alicia Kearns (Chair); Mr John Walsh; Dr Priya Nair.\n\nWitness: Admiral Paul Girard, First Sea Lord.\n\nQ1 Chair: Admiral, welcome.",
			[]string{"MEMBER_OF person:alicia-kearns inst:foreign-affairs-committee",
				"MEMBER_OF person:john-walsh inst:foreign-affairs-committee",
				"MEMBER_OF person:priya-nair inst:foreign-affairs-committee"},
			[]string{"MEMBER_OF person:paul-girard inst:foreign-affairs-committee"}},
		{"commas between the members, the body one line up, another wording",
			"Bundestag\nDefence Committee\n\nMembers in attendance: Mr Jonas Weber, Ms Lena Vogel and Dr Tomas Novak.\n\nThe chair opened the hearing on the Black Sea.",
			[]string{"MEMBER_OF person:jonas-weber inst:defence-committee",
				"MEMBER_OF person:lena-vogel inst:defence-committee",
				"MEMBER_OF person:tomas-novak inst:defence-committee"}, nil},
		{"the phrase inside a sentence opens no roster",
			"Defence Committee\n\nThe chair said that the members present: Mr Jonas Weber and Ms Lena Vogel had questions.",
			nil,
			[]string{"MEMBER_OF person:jonas-weber inst:defence-committee", "MEMBER_OF person:lena-vogel inst:defence-committee"}},
	})
}
