package extract

import "testing"

// TestR40CollectiveHostedGuests: the several guests one host receives together meet one
// another as well as the host; two hosts (a 2+2) meet the guests but are not paired with each
// other by the hosting verb's company.
func TestR40CollectiveHostedGuests(t *testing.T) {
	checkRelations(t, "2024-07-29", []relCase{
		{"one host, three guests with their states",
			"Foreign Minister Annalena Baerbock of Germany today hosted Foreign Minister Stephane Sejourne of France, Foreign Minister Radoslaw Sikorski of Poland and Foreign Minister Antonio Tajani of Italy in Berlin for the Weimar+ meeting.",
			[]string{"MET_WITH person:annalena-baerbock person:stephane-sejourne", "MET_WITH person:radoslaw-sikorski person:stephane-sejourne",
				"MET_WITH person:antonio-tajani person:radoslaw-sikorski", "MET_WITH person:antonio-tajani person:stephane-sejourne"},
			nil},
		{"one host, two guests, present tense",
			"President Ferdinand Marcos hosts Prime Minister Anthony Albanese and Prime Minister Christopher Luxon at Malacanang Palace.",
			[]string{"MET_WITH person:anthony-albanese person:ferdinand-marcos", "MET_WITH person:anthony-albanese person:christopher-luxon"},
			nil},
		{"two hosts (a 2+2) are not paired by the hosting verb",
			"Foreign Minister Penny Wong and Defence Minister Richard Marles hosted Secretary Antony Blinken and Secretary Lloyd Austin in Annapolis.",
			[]string{"MET_WITH person:antony-blinken person:penny-wong", "MET_WITH person:lloyd-austin person:richard-marles"},
			[]string{"MET_WITH person:antony-blinken person:lloyd-austin"}},
	})
}
