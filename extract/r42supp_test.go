package extract

import "testing"

// TestR42SuppAccusedGerund: after a verb of accusing and its named object, the gerund after
// "of" is the accused's act, a verb even when it is also a noun trigger ("supplying") and its
// object opens with an article or goods; gerunds coordinated with it are the accused's too.
func TestR42SuppAccusedGerund(t *testing.T) {
	checkRelations(t, "2025-01-10", []relCase{
		{"gerund with an article before its named object",
			"The Houthis were discussed. Israel accused Iran of supplying the Houthis with rockets.",
			[]string{"SUPPORTS state:IRN inst:houthis"},
			nil},
		{"gerund with goods before the named recipient",
			"The Rapid Support Forces (RSF) were discussed. Sudan accused Egypt of supplying weapons to the RSF.",
			[]string{"SUPPORTS state:EGY inst:rsf"},
			[]string{"SUPPORTS state:SDN inst:rsf"}},
		{"coordinated gerunds are both the accused's",
			"Egypt accused Qatar of arming and financing Hamas.",
			[]string{"SUPPORTS state:QAT inst:hamas"},
			[]string{"SUPPORTS state:EGY inst:hamas"}},
		{"a gerund list after a comma is the accused's",
			"Jordan accused Syria of financing, arming and sheltering Hezbollah.",
			[]string{"SUPPORTS state:SYR inst:hezbollah"},
			[]string{"SUPPORTS state:JOR inst:hezbollah"}},
		{"a finite verb after the accusation is the accuser's",
			"Egypt accused Qatar of lying and armed Hamas.",
			[]string{"SUPPORTS state:EGY inst:hamas"},
			[]string{"SUPPORTS state:QAT inst:hamas"}},
	})
}

// TestR42SuppPNG: "PNG" is Papua New Guinea, as regional writers shorten it; only in capitals.
func TestR42SuppPNG(t *testing.T) {
	checkRelations(t, "2025-01-10", []relCase{
		{"the initials name the state",
			"The pact commits Australia to help PNG train its police.",
			[]string{"SUPPORTS state:AUS state:PNG"},
			nil},
		{"a lower-case file type is no state",
			"Australia helped png exporters.",
			nil,
			[]string{"SUPPORTS state:AUS state:PNG"}},
	})
}

// TestR42SuppWithCoordinatedSupport: in a "with" adjunct whose noun has coordinated modifiers
// ("with the direct military and political support of X") X helps the clause's subject; a
// "with" complement of a verb of giving followed by another verb is no such adjunct.
func TestR42SuppWithCoordinatedSupport(t *testing.T) {
	checkRelations(t, "2025-01-10", []relCase{
		{"coordinated modifiers between with and the noun",
			"In 2023 Azerbaijan, with the open financial and diplomatic backing of Türkiye, blockaded the corridor.",
			[]string{"SUPPORTS state:TUR state:AZE"},
			[]string{"SUPPORTS state:AZE state:TUR"}},
		{"a giving verb's with-complement and a later noun",
			"Japan has provided Ukraine with humanitarian assistance and pledged further support for its recovery.",
			[]string{"SUPPORTS state:JPN state:UKR"},
			[]string{"SUPPORTS state:UKR state:JPN"}},
	})
}

// TestR42SuppPurposeTo: "to" and a bare verb open a purpose, whose demonym object is no
// destination; troops sent "to fight alongside" a state's forces still go to that state.
func TestR42SuppPurposeTo(t *testing.T) {
	checkRelations(t, "2025-01-10", []relCase{
		{"a purpose's demonym object is no destination",
			"Hanoi responded by sending its warships to track the Chinese forces.",
			nil,
			[]string{"DEPLOYED state:VNM state:CHN"}},
		{"a purpose's demonym object is no destination, no gerund",
			"Manila sent warships to shadow the Chinese forces.",
			nil,
			[]string{"DEPLOYED state:PHL state:CHN"}},
		{"a purpose's demonym object receives no goods",
			"Manila sent its own cutters and aircraft to shadow the Vietnamese vessels.",
			nil,
			[]string{"SUPPLIED state:PHL state:VNM", "DEPLOYED state:PHL state:VNM"}},
		{"fighting alongside a state's forces is where the troops went",
			"Belarus sent soldiers to fight alongside Russian forces.",
			[]string{"DEPLOYED state:BLR state:RUS"},
			nil},
		{"a destination before the purpose stays",
			"Russia sent troops to Belarus to train Belarusian units.",
			[]string{"DEPLOYED state:RUS state:BLR"},
			nil},
	})
}

// TestR42SuppStatehood: coordinated statehood nouns ("the sovereignty and territorial
// integrity of X") carry a verb's object on to the state after "of"; an ordinary noun
// coordinated with them does not.
func TestR42SuppStatehood(t *testing.T) {
	checkRelations(t, "2025-01-10", []relCase{
		{"coordinated statehood nouns before of",
			"Kenya backed the unity and territorial integrity of Somalia.",
			[]string{"SUPPORTS state:KEN state:SOM"},
			nil},
		{"three statehood nouns",
			"Brazil supported the independence, sovereignty and integrity of Guyana.",
			[]string{"SUPPORTS state:BRA state:GUY"},
			nil},
		{"an ordinary noun after the conjunction ends the object",
			"Kenya backed the sovereignty bid and the rebuilding of Somalia's ports.",
			nil,
			[]string{"SUPPORTS state:KEN state:SOM"}},
	})
}
