package extract

import "testing"

// TestR40BehalfList: "we" of a statement delivered "on behalf of" a list of states (its
// heading or its opening line) is each listed state, not the venue or a body the title names.
func TestR40BehalfList(t *testing.T) {
	checkRelations(t, "2024-06-10", []relCase{
		{"an ambassador delivers for three states",
			"Statement delivered by Ambassador Ana Lopes on behalf of Portugal, Spain and Italy\n\nMadam Chair,\n\nWe condemn Russia's strikes on Odesa.",
			[]string{"CONDEMNED state:PRT state:RUS", "CONDEMNED state:ESP state:RUS", "CONDEMNED state:ITA state:RUS"},
			nil},
		{"one state delivers for itself and two others, another verb",
			"Joint statement to the Board of Governors. Delivered by Canada on behalf of Canada, Australia and New Zealand.\n\nChair,\n\nWe deplore the DPRK's launch of a ballistic missile.",
			[]string{"CONDEMNED state:CAN state:PRK", "CONDEMNED state:AUS state:PRK", "CONDEMNED state:NZL state:PRK"},
			nil},
		{"a delegation aligning with a statement another delivered on behalf of others speaks for itself",
			"Statement by Thailand\n\nMr. President,\n\nThailand aligns itself with the statement delivered by Canada on behalf of Canada, Australia and New Zealand. Allow me to add the following remarks in my national capacity.\n\nWe condemn Russia's strikes on Kharkiv.",
			nil,
			[]string{"CONDEMNED state:CAN state:RUS", "CONDEMNED state:AUS state:RUS", "CONDEMNED state:NZL state:RUS"}},
	})
}
