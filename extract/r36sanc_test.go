package extract

import "testing"

// TestR36EventSubjectList: a definite sanctions noun as the subject of an event-subject verb
// ending its sentence in a colon ("The sanctions target the following:", "These measures
// cover:") announces a list whose items the sanctioner stated before sanctions
// (triggers.tsv SANCTIONED event-subject row, flags=list; lists.go eventListTrigger). The
// same verb inside another list's announcement ("designated pursuant to E.O. 13382, which
// targets proliferators ...:") or with a named subject after the document named a designator
// ("Canada will continue to target every link") leaves that designator the source. The
// texts are our own.
func TestR36EventSubjectList(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"'The sanctions target the following:'",
			"Canada has today announced new sanctions against Iran over its transfer of drones to Russia.\n\n" +
				"The sanctions target the following:\n\n" +
				"1. Alpha Sky Trading LLC, a company that ships drone parts;\n" +
				"2. Brigadier General Ali Reza Karimi, commander of a drone unit;\n" +
				"3. Omid Air, an Iranian airline.\n\n" +
				"Canada will continue to stand with Ukraine.",
			[]string{"SANCTIONED state:CAN inst:alpha-sky-trading-llc", "SANCTIONED state:CAN person:ali-reza-karimi", "SANCTIONED state:CAN inst:omid-air"}, nil},
		{"'These measures cover:' after a freeze",
			"Norway froze the assets of several Belarusian firms on Friday.\n\n" +
				"These measures cover:\n\n" +
				"- Volat Tractor Works, a maker of military vehicles;\n" +
				"- Belneftekhim, a state petrochemical concern.\n\n" +
				"Norway acts with its partners.",
			[]string{"SANCTIONED state:NOR inst:volat-tractor-works", "SANCTIONED state:NOR inst:belneftekhim"}, nil},
		{"a named aim later keeps the designator",
			"Today, Japan's Ministry of Finance designated three entities.\n\n" +
				"\"Japan will continue to target every link in the chain,\" a spokesman said.\n\n" +
				"The following persons are designated pursuant to Order 12, which targets suppliers of drones:\n\n" +
				"- Kestrel Parts Company, a maker of drone engines.\n\n" +
				"Japan acts with its partners.",
			[]string{"SANCTIONED inst:japan-finance-ministry inst:kestrel-parts-company"}, []string{"SANCTIONED state:JPN inst:kestrel-parts-company"}},
	})
}

// TestR36ListContinuedAcross: "restrictive measures on" unnamed parties is a list trigger
// (triggers.tsv flags=list), and a words.tsv list-continuation phrase may open the second
// sentence after it, past a sentence on what the measures are ("The measures consist of an
// asset freeze ... Among those listed are:"); three sentences on, it continues nothing.
// The texts are our own.
func TestR36ListContinuedAcross(t *testing.T) {
	items := "\n\n1. Pak Yong Il, Deputy Minister of Defence of the DPRK;\n\n2. Ural Precision Works, a Russian maker of drone parts.\n\nBackground"
	checkRelations(t, "2024-12-16", []relCase{
		{"one sentence between",
			"The Council of the European Union decided to impose restrictive measures on an additional 20 individuals and 8 entities. " +
				"The measures consist of an asset freeze and a travel ban. Among those listed are:" + items,
			[]string{"SANCTIONED inst:council-of-the-eu person:pak-yong-il", "SANCTIONED inst:council-of-the-eu inst:ural-precision-works"}, nil},
		{"Norway's restrictive measures, 'Among them are'",
			"Norway adopted restrictive measures against six individuals on Friday. They face a travel ban. " +
				"Among them are Kim Su Gil, a general of the KPA.",
			[]string{"SANCTIONED state:NOR person:kim-su-gil"}, nil},
		{"three sentences on: too far",
			"Norway adopted restrictive measures against six individuals on Friday. They face a travel ban. " +
				"The ban runs for a year. Among them are Kim Su Gil, a general of the KPA.",
			nil, []string{"SANCTIONED state:NOR person:kim-su-gil"}},
	})
}
