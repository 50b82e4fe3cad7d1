package extract

import "testing"

// TestR40Names: names and generic weapon words of official registers (stop 40, r40names):
// each case's entities must carry every listed "id|surface", and the ids under not must be absent.
func TestR40Names(t *testing.T) {
	checkEntities(t, []entCase{
		{"a class noun before warning modifies the warning, not a weapon",
			"Tokyo and Seoul began sharing missile warning data in real time, and the navy issued drone warnings.",
			nil, []string{"weapon:missile", "weapon:drone"}},
		{"a class noun coordinated with another before a programme modifies it too",
			"Moscow may help Pyongyang with its satellite and missile programmes, and with drone or missile technology.",
			nil, []string{"weapon:satellite", "weapon:drone", "weapon:missile"}},
		{"a class noun coordinated with a class that stays a weapon stays a weapon",
			"Iran sent drones and missiles to Russia.",
			[]string{"weapon:drone|drones", "weapon:missile|missiles"}, nil},
		{"a think tank is no tank",
			"A Seoul think tank said so, and two think tanks agreed.",
			nil, []string{"weapon:tank"}},
		{"tanks after another word stay tanks",
			"A Seoul institute said Russia sent tanks.",
			[]string{"weapon:tank|tanks"}, nil},
		{"the class of a vessel named beside it is no weapon of its own",
			"The frigates HMS Somerset and HMS Iron Duke sailed, and JS Kongo, a Japanese destroyer, joined them.",
			nil, []string{"weapon:frigate", "weapon:destroyer"}},
		{"a class with no vessel named beside it stays a weapon",
			"Japan sent a destroyer, and Britain sent two frigates to the strait.",
			[]string{"weapon:destroyer|destroyer", "weapon:frigate|frigates"}, nil},
		{"a model takes its class noun past more modifiers",
			"India will buy 31 MQ-9B remotely piloted aircraft, and Manila received BrahMos supersonic cruise missiles.",
			[]string{"weapon:mq-9b|MQ-9B remotely piloted aircraft", "weapon:brahmos|BrahMos supersonic cruise missiles"},
			[]string{"weapon:aircraft", "weapon:cruise-missile"}},
		{"a class noun before a factory or a campaign names no weapon",
			"Kim toured an aircraft factory and a drone plant, as Russia pressed its missile campaign.",
			nil, []string{"weapon:aircraft", "weapon:drone", "weapon:missile"}},
		{"a class noun before a depot or storage names no weapon",
			"The strikes hit munitions depots and drone storage sites.",
			nil, []string{"weapon:ammunition", "weapon:drone"}},
		{"a class noun before an attack stays a weapon",
			"Russia launched a missile attack on Kyiv.",
			[]string{"weapon:missile|missile"}, nil},
	})
}
