package extract

import "testing"

// TestEntryBlocks: signature blocks under declarations and participant lists of readouts
// put one "Name, Title" entry on each line without final punctuation. Read as one sentence,
// the title ending a line passed for the title of the next line's name. Texts of our own.
func TestEntryBlocks(t *testing.T) {
	checkRelations(t, "2025-03-12", []relCase{
		{"a signature block, name then title of state",
			"The ministers agreed to deepen cooperation.\n\nAnna Berg, Minister for Foreign Affairs of Sweden\nJonas Lind, Minister of Defence of Norway\nPetra Kask, Minister of Foreign Affairs of Estonia\n",
			[]string{"OFFICIAL_OF person:anna-berg state:SWE", "OFFICIAL_OF person:jonas-lind state:NOR", "OFFICIAL_OF person:petra-kask state:EST"},
			[]string{"OFFICIAL_OF person:jonas-lind state:SWE", "OFFICIAL_OF person:petra-kask state:NOR"}},
		{"a signature block, title of state first",
			"Done in Helsinki on 3 April 2025.\n\nMinister for Foreign Affairs of Finland, Anna Berg\nMinister of Defence of Norway, Jonas Lind\nMinister of Foreign Affairs of Estonia, Petra Kask\n",
			[]string{"OFFICIAL_OF person:anna-berg state:FIN", "OFFICIAL_OF person:jonas-lind state:NOR", "OFFICIAL_OF person:petra-kask state:EST"},
			[]string{"OFFICIAL_OF person:anna-berg state:NOR", "OFFICIAL_OF person:jonas-lind state:EST"}},
		{"a signature block with demonym titles and no 'of STATE'",
			"Signed in Riga.\n\nAnna Berg, Swedish Minister for Foreign Affairs\nJonas Lind, Norwegian Minister of Defence\nPetra Kask, Estonian Minister of Foreign Affairs\n",
			[]string{"OFFICIAL_OF person:anna-berg state:SWE", "OFFICIAL_OF person:jonas-lind state:NOR", "OFFICIAL_OF person:petra-kask state:EST"},
			[]string{"OFFICIAL_OF person:jonas-lind state:SWE", "OFFICIAL_OF person:petra-kask state:NOR"}},
		{"a 'Members present:' list, one member a line",
			"Members present:\nAnna Berg, Minister for Foreign Affairs of Sweden\nJonas Lind, Minister of Defence of Norway\nPetra Kask, Minister of Foreign Affairs of Estonia\n",
			[]string{"OFFICIAL_OF person:anna-berg state:SWE", "OFFICIAL_OF person:jonas-lind state:NOR", "OFFICIAL_OF person:petra-kask state:EST"},
			[]string{"OFFICIAL_OF person:jonas-lind state:SWE", "OFFICIAL_OF person:petra-kask state:NOR"}},
		{"a participant block, name and title joined by a dash",
			"Participants:\n\nAnna Berg \u2013 Minister for Foreign Affairs of Sweden\nJonas Lind \u2013 Minister of Defence of Norway\nPetra Kask - Minister of Foreign Affairs of Estonia\n",
			nil, []string{"OFFICIAL_OF person:jonas-lind state:SWE", "OFFICIAL_OF person:petra-kask state:NOR"}},
		{"a block the splitter leaves joined (lower-case words): no title crosses a line to the next name",
			"Statement.\n\nAnna Berg, acting Minister for Foreign Affairs of Sweden\nJonas Lind, acting Minister of Defence of Norway\nPetra Kask, acting Minister of Foreign Affairs of Estonia\n",
			[]string{"OFFICIAL_OF person:petra-kask state:EST"},
			[]string{"OFFICIAL_OF person:jonas-lind state:SWE", "OFFICIAL_OF person:petra-kask state:NOR"}},
		{"a title before a name on the next line of prose, no name before its comma, holds",
			"The delegation in Oslo on Tuesday was led by the country's chief negotiator, Foreign Minister\nAnna Berg of Sweden.",
			[]string{"OFFICIAL_OF person:anna-berg state:SWE"}, nil},
		{"a participant list on one line, entries between semicolons",
			"Participants: Kenji Mori, Minister for Foreign Affairs of Japan; Taro Ishida, Minister of Defense of Japan; Claire Dunn, Minister for Foreign Affairs of Australia.",
			[]string{"OFFICIAL_OF person:kenji-mori state:JPN", "OFFICIAL_OF person:taro-ishida state:JPN", "OFFICIAL_OF person:claire-dunn state:AUS"},
			[]string{"OFFICIAL_OF person:taro-ishida state:AUS", "OFFICIAL_OF person:claire-dunn state:JPN"}},
		{"a title wrapped onto the next line of prose still precedes its name",
			"The talks in Stockholm on Monday were described as constructive, said Foreign\nMinister Anna Berg of Sweden, who added that Norway would host the next round.",
			[]string{"OFFICIAL_OF person:anna-berg state:SWE"}, nil},
	})
}
