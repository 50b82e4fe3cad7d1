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

// TestR39VoiceMyCountry: "my country", "my Government", "my delegation" and "this Government"
// of a statement or speech are the speaker's state: the state of the person its heading gives
// it to.
func TestR39VoiceMyCountry(t *testing.T) {
	checkRelations(t, "2024-06-10", []relCase{
		{"my delegation at the Security Council",
			"Remarks by Ambassador Kazuyuki Yamazaki, Permanent Representative of Japan, at the Security Council\n\nThank you, Madam President.\n\nMy delegation condemns the DPRK's launch of a ballistic missile.",
			[]string{"CONDEMNED state:JPN state:PRK"}, nil},
		{"my country and my Government in a General Assembly statement",
			"Statement by Ambassador Rein Ott, Permanent Representative of Latvia to the United Nations\n\nMr. President,\n\nMy country condemns Russia's aggression against Ukraine. My Government has provided military assistance to Ukraine.",
			[]string{"CONDEMNED state:LVA state:RUS", "SUPPORTS state:LVA state:UKR"},
			[]string{"CONDEMNED inst:un state:RUS"}},
		{"this Government in a prime minister's statement",
			"Statement by Keir Starmer, Prime Minister of the United Kingdom, to the House of Commons\n\nMr Speaker,\n\nThis Government condemns Iran's attack on Israel.",
			[]string{"CONDEMNED state:GBR state:IRN"},
			[]string{"CONDEMNED inst:house-of-commons state:IRN"}},
	})
}

// TestR39VoiceParticipants: "the Participants" of a chair's statement are the states whose
// ministers the text introduced by their titles; "They" continues them.
func TestR39VoiceParticipants(t *testing.T) {
	checkRelations(t, "2024-05-10", []relCase{
		{"three ministers introduced with their states, then the Participants",
			"Chair's Statement\n\nThe Minister of Foreign Affairs of Lithuania, Gabrielius Landsbergis, hosted the Foreign Minister of Latvia, Baiba Braze, and the Minister of Foreign Affairs of Estonia, Margus Tsahkna, in Vilnius.\n\nThe Participants condemned Russia's strikes on Kharkiv. They reaffirmed their support for Ukraine.",
			[]string{"CONDEMNED state:LTU state:RUS", "CONDEMNED state:EST state:RUS", "SUPPORTS state:LVA state:UKR"},
			[]string{"CONDEMNED person:baiba-braze state:RUS"}},
		{"two ministers, another verb",
			"Chair's Statement\n\nThe Foreign Minister of Norway, Espen Barth Eide, welcomed the Minister for Foreign Affairs of Finland, Elina Valtonen, to Oslo.\n\nThe Participants denounced Iran's transfer of drones to Russia.",
			[]string{"CONDEMNED state:NOR state:IRN", "CONDEMNED state:FIN state:IRN"},
			nil},
	})
}
