package extract

import "testing"

// TestR32SourceIssuer covers stop 32's issuer read from a document's source line: "we" and
// "our" of a government's own text that names no issuer in its heading or opening, and its
// "the Government", are the state the source line names as a government office. Sentences
// of our own, with near misses (an outlet's line, a line naming two states, a quote).
func TestR32SourceIssuer(t *testing.T) {
	checkRelations(t, "2024-03-12", []relCase{
		{"we of a written answer whose source is a parliament (SUPPORTS)",
			"Title: Chad: Sudan - Written question\nSource: UK Parliament, Written questions and answers\n\n" +
				"Chad: Sudan\n\nAnswered by a Minister of State\n\n" +
				"We will continue to support Chad in its efforts to shelter refugees.",
			[]string{"SUPPORTS state:GBR state:TCD"},
			nil},
		{"we of a ministry's release whose heading names no issuer (CONDEMNED)",
			"Title: On the missile launch of 10 March\nSource: Ministry of Foreign Affairs, Republic of Korea\n\n" +
				"On the missile launch of 10 March\n\n" +
				"We strongly condemn Iran's launch of a ballistic missile on Sunday.",
			[]string{"CONDEMNED state:KOR state:IRN"},
			nil},
		{"the Government of a ministry's release is its issuer, not the topic state (SUPPLIED)",
			"Title: Statement on the Russia-Belarus agreement\nSource: Ministry of Foreign Affairs, Republic of Korea\n\n" +
				"1. The Government is deeply concerned about the agreement between Russia and Belarus.\n\n" +
				"2. The Government has delivered artillery shells to Moldova.",
			[]string{"SUPPLIED state:KOR state:MDA"},
			[]string{"SUPPLIED state:RUS state:MDA"}},
		{"near miss: an outlet's source line names no issuer",
			"Title: Missile fired\nSource: Russian news agency, English service\n\n" +
				"Missile fired\n\n" +
				"We strongly condemn Iran's launch of a ballistic missile on Sunday.",
			nil,
			[]string{"CONDEMNED state:RUS state:IRN"}},
		{"near miss: a source line naming two states speaks for neither",
			"Title: Joint release\nSource: Ministry of Defence of Japan and Ministry of National Defense, Republic of Korea\n\n" +
				"Joint release\n\n" +
				"We strongly condemn Iran's launch of a ballistic missile on Sunday.",
			nil,
			[]string{"CONDEMNED state:JPN state:IRN", "CONDEMNED state:KOR state:IRN"}},
		{"near miss: we inside a quotation is the speaker's, not the issuer's",
			"Title: Minister meets envoy\nSource: Ministry of Foreign Affairs, Republic of Korea\n\n" +
				"Minister meets envoy\n\n" +
				"The envoy of Chile said: \"We strongly condemn Iran's launch of a ballistic missile.\"",
			nil,
			[]string{"CONDEMNED state:KOR state:IRN"}},
	})
}

// TestR32Letterhead: with no source line, a letterhead opening the text ("Ministry of Defence,
// Republic of Chile") names the issuing state; a title line or a line naming a person does not.
func TestR32Letterhead(t *testing.T) {
	checkRelations(t, "2024-03-12", []relCase{
		{"we under a letterhead (CONDEMNED)",
			"Ministry of Defence, Republic of Chile\n\n" +
				"On the missile launch of 10 March\n\n" +
				"We strongly condemn Iran's launch of a ballistic missile on Sunday.",
			[]string{"CONDEMNED state:CHL state:IRN"},
			nil},
		{"we under a legislature's letterhead (SUPPORTS)",
			"SENATE OF THE REPUBLIC OF CHILE\nCOMMITTEE ON DEFENCE\n\n" +
				"Prepared Statement of the Commander of the Navy\n\n" +
				"We will continue to support Peru in its efforts to patrol the coast.",
			[]string{"SUPPORTS state:CHL state:PER"},
			nil},
		{"near miss: a title line with lower-case words is no letterhead",
			"Ministry of Defence statement on Chile and the missile launch\n\n" +
				"We strongly condemn Iran's launch of a ballistic missile on Sunday.",
			nil,
			[]string{"CONDEMNED state:CHL state:IRN"}},
		{"near miss: a first line naming a person is no letterhead",
			"Office of President Vladimir Putin, Russia\n\n" +
				"We strongly condemn Iran's launch of a ballistic missile on Sunday.",
			nil,
			[]string{"CONDEMNED state:RUS state:IRN"}},
	})
}

// TestR32MinistersOffice: "the Ministers" are the people the document titled as ministers or
// secretaries, not leaders a sentence between named; with no titled group the plain reading
// stays.
func TestR32MinistersOffice(t *testing.T) {
	checkRelations(t, "2024-03-12", []relCase{
		{"the Ministers past a sentence naming two leaders (SUPPORTS)",
			"Foreign Minister Mauricio Vila and Foreign Minister Sara Lind met in Oslo on Monday.\n\n" +
				"They discussed the summit between Kim Jong Un and Vladimir Putin in Vladivostok.\n\n" +
				"The Ministers reaffirmed their support for Moldova.",
			[]string{"SUPPORTS person:mauricio-vila state:MDA", "SUPPORTS person:sara-lind state:MDA"},
			[]string{"SUPPORTS person:kim-jong-un state:MDA", "SUPPORTS person:vladimir-putin state:MDA"}},
		{"a title before an honorific and the name counts (SUPPORTS)",
			"The Deputy Prime Minister and Minister for Defence, the Hon Tom Reyes, met Secretary of Defense Ana Ortiz in Lima.\n\n" +
				"Both discussed the meeting between Kim Jong Un and Vladimir Putin.\n\n" +
				"The Ministers reaffirmed their support for Moldova.",
			[]string{"SUPPORTS person:tom-reyes state:MDA", "SUPPORTS person:ana-ortiz state:MDA"},
			[]string{"SUPPORTS person:kim-jong-un state:MDA"}},
		{"near miss: with no titled ministers the latest people named stay the group",
			"Sergey Lavrov and Wang Yi met in Moscow on Monday.\n\n" +
				"The ministers reaffirmed their support for Moldova.",
			[]string{"SUPPORTS person:sergey-lavrov state:MDA", "SUPPORTS person:wang-yi state:MDA"},
			nil},
	})
}

// TestR32NamelyApposition: "We, the <heads> of the Member States of <body>, namely A, B and C,"
// speaks as the listed states, each a member of the body; without "namely" and a list the body
// speaks.
func TestR32NamelyApposition(t *testing.T) {
	checkRelations(t, "2024-07-25", []relCase{
		{"namely list after heads and the member states of a body (CONDEMNED, MEMBER_OF)",
			"We, the Foreign Ministers of the Member States of the Association of Southeast Asian Nations (ASEAN), namely Malaysia, the Kingdom of Thailand and the Republic of Singapore, met in Jakarta on 24 July 2024.\n\n" +
				"We strongly condemned Iran's launch of a ballistic missile.",
			[]string{"CONDEMNED state:MYS state:IRN", "CONDEMNED state:THA state:IRN", "CONDEMNED state:SGP state:IRN",
				"MEMBER_OF state:MYS inst:asean", "MEMBER_OF state:SGP inst:asean"},
			[]string{"CONDEMNED inst:asean state:IRN"}},
		{"near miss: with no list the body speaks",
			"We, the Foreign Ministers of the Association of Southeast Asian Nations (ASEAN), met in Jakarta on 24 July 2024.\n\n" +
				"We strongly condemned Iran's launch of a ballistic missile.",
			[]string{"CONDEMNED inst:asean state:IRN"},
			[]string{"CONDEMNED state:MYS state:IRN"}},
	})
}
