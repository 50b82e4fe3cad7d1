package extract

import "testing"

// TestR14Official covers who the first-person subject of an official text is (round 14): "we"
// in a spokesperson's turn of a briefing transcript is the government the briefing speaks
// for (turns.go). Each case is our own text of the class, with near misses that must not fire.
func TestR14Official(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'we' in a spokesperson's turn: the state the briefing's heading names",
			"Regular Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Chile\n\nSPOKESPERSON ROJAS: Good afternoon. We condemn Bolivia's blockade of the port.",
			[]string{"CONDEMNED state:CHL state:BOL"}, nil},
		{"a turn runs on over an unlabelled paragraph, past tense",
			"Ministry of Foreign Affairs of Chile\nPress Briefing\n\nMS. ROJAS: Good afternoon, everyone.\n\nOn Sunday we strongly condemned Peru for the seizure of the fishing vessel.",
			[]string{"CONDEMNED state:CHL state:PER"}, nil},
		{"the speaker's own state from the label, with no state in the heading",
			"Regular Press Conference on 3 June 2024\n\nLin Jian: We firmly oppose the Philippines' provocations at the shoal.",
			[]string{"CONDEMNED state:CHN state:PHL"}, nil},
		{"'we' in a question's turn is no one's",
			"Regular Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Chile\n\nSPOKESPERSON ROJAS: Good afternoon.\n\nQUESTION: Some say we condemned Bolivia too late.",
			nil, []string{"CONDEMNED state:CHL state:BOL"}},
		{"'we' in an outlet's question is no one's",
			"Regular Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Chile\n\nReuters: Will we see sanctions? We condemn Bolivia, readers say.",
			nil, []string{"CONDEMNED state:CHL state:BOL"}},
		{"a joint press conference whose heading names two states speaks for neither",
			"Joint press conference of the President of Chile and the Prime Minister of Peru\n\nPRESIDENT SOTO: We condemn Bolivia's blockade of the port.",
			nil, []string{"CONDEMNED state:CHL state:BOL", "CONDEMNED state:PER state:BOL"}},
		{"'our' in a spokesperson's turn is the briefing's state as an owner",
			"Regular Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Chile\n\nSPOKESPERSON ROJAS: Good afternoon. Our forces were deployed to Bolivia last week.",
			[]string{"DEPLOYED state:CHL state:BOL"}, nil},
		{"at a joint press conference a speaker with no known state speaks for no one",
			"Transcript of a joint press conference\nMinistry of Foreign Affairs of Chile\n\nMINISTER ROJAS: We condemn Bolivia's blockade of the port.",
			nil, []string{"CONDEMNED state:CHL state:BOL"}},
		{"a letterhead line of a Title Case heading names the issuing body, which 'the ministry' then is",
			"Ministry of National Defense, R.O.C. (Taiwan)\nNews Release\n\n1. The PLA announced drills on Thursday.\n\n2. The ministry condemns this provocation by the PLA.",
			[]string{"CONDEMNED inst:ministry-of-national-defense inst:pla"}, []string{"CONDEMNED state:TWN inst:pla"}},
		{"a news text with no briefing heading gives a labelled 'we' no issuer",
			"Chile and Bolivia trade blame\n\nANALYSIS: We condemn nothing here; Chile says Bolivia blockaded the port.",
			nil, []string{"CONDEMNED state:CHL state:BOL"}},
	})
}
