package extract

import "testing"

// TestR39VoicePersonHeading: "we" of a statement whose heading gives it to a person who serves
// a state ("Statement by Ambassador X, Permanent Representative of Latvia to the United
// Nations") is that person's state, not the body the heading names after the title (the
// venue the statement is addressed to).
func TestR39VoicePersonHeading(t *testing.T) {
	checkRelations(t, "2024-06-10", []relCase{
		{"an ambassador's statement at the UN",
			"Statement by Ambassador Sanjin Kovac, Permanent Representative of Croatia to the United Nations, at the General Assembly\n\nMr. President,\n\nWe condemn Russia's strikes on Kharkiv.",
			[]string{"CONDEMNED state:HRV state:RUS"},
			[]string{"CONDEMNED inst:un state:RUS"}},
		{"a prime minister's statement to a parliament, another verb",
			"Statement by Mark Rutte, Prime Minister of the Netherlands, to the House of Representatives\n\nMr Speaker,\n\nWe support Ukraine in its defence.",
			[]string{"SUPPORTS state:NLD state:UKR"},
			nil},
		{"a ministry's statement still speaks for its state",
			"Statement by the Ministry of Foreign Affairs of Japan\n\nWe strongly condemn North Korea's launch of a ballistic missile.",
			[]string{"CONDEMNED state:JPN state:PRK"},
			nil},
	})
}
