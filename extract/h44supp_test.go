package extract

import "testing"

// TestH44SuppChannel covers stop 44's channel rule (h44supp): a name after "through" or "via"
// (words.tsv channel-prep, relations.go channelBetween) is the channel the aid passes through,
// not the recipient a target preposition before it names. Every sentence is our own.
func TestH44SuppChannel(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"aid for an unnamed region through an agency helps no agency",
			"Germany announced aid for the region through the United Nations Development Programme.",
			nil, []string{"SUPPORTS state:DEU inst:undp"}},
		{"aid to the unnamed affected via a body helps no body",
			"Norway will provide humanitarian assistance to those displaced via UNICEF.",
			nil, []string{"SUPPORTS state:NOR inst:unicef"}},
		{"help for families channelled through the Red Cross",
			"Japan pledged emergency help for families in the camps, to be delivered through the World Food Programme.",
			nil, []string{"SUPPORTS state:JPN inst:wfp"}},
		{"negative: the recipient before the channel is still the recipient",
			"Canada sent assistance to Haiti via the World Food Programme.",
			[]string{"SUPPORTS state:CAN state:HTI"}, nil},
		{"negative: support for a named body right after the preposition",
			"Ghana reaffirmed its support for the African Union.",
			[]string{"SUPPORTS state:GHA inst:african-union"}, nil},
	})
}

// TestH44SuppUnnamedDoer covers stop 44's unnamed-doer rule (h44supp): a present participle
// right after a common noun for unnamed parties (words.tsv doer-noun, frames.go
// unnamedDoerParticiple) describes that noun, which does the act; the clause's subject does not.
func TestH44SuppUnnamedDoer(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"sanctions on entities supporting a war",
			"Switzerland imposed sanctions on individuals and entities supporting Russia's war.",
			nil, []string{"SUPPORTS state:CHE state:RUS"}},
		{"a listing of companies helping a programme",
			"Canada sanctioned companies helping Iran's drone programme.",
			nil, []string{"SUPPORTS state:CAN state:IRN"}},
		{"banks financing a group are unnamed",
			"The United Kingdom targeted banks financing the Houthis.",
			nil, []string{"SUPPORTS state:GBR inst:houthis"}},
		{"negative: a participle after a comma is the subject's",
			"Rwanda, supporting Mozambique, sent troops to Cabo Delgado.",
			[]string{"SUPPORTS state:RWA state:MOZ"}, nil},
		{"negative: a participle after a verb of phase is the subject's",
			"Turkey keeps supporting Azerbaijan.",
			[]string{"SUPPORTS state:TUR state:AZE"}, nil},
		{"negative: 'and other states' lets the named ones do it",
			"Chile and other states supporting Ukraine voted for the text.",
			[]string{"SUPPORTS state:CHL state:UKR"}, nil},
	})
}

// TestH44SuppReceived covers stop 44's received-help rule (h44supp): a SUPPORTS noun or verb in
// the list of what a receive verb's subject receives (words.tsv receive-verb, frames.go
// receivedHelp) is help from the name after "from" to that subject, never the subject's help.
func TestH44SuppReceived(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a list of things received from a state",
			"The Houthis receive weapons, training and funding from Iran.",
			[]string{"SUPPORTS state:IRN inst:houthis"}, []string{"SUPPORTS inst:houthis state:IRN"}},
		{"funding received by an armed group",
			"Al-Shabaab receives funding from Eritrea.",
			[]string{"SUPPORTS state:ERI inst:al-shabaab"}, []string{"SUPPORTS inst:al-shabaab state:ERI"}},
		{"training and support got from a neighbour",
			"The M23 rebels get training and support from Rwanda.",
			[]string{"SUPPORTS state:RWA inst:m23"}, []string{"SUPPORTS inst:m23 state:RWA"}},
		{"negative: help received with no giver named helps no one",
			"Moldova received training and support.",
			nil, []string{"SUPPORTS state:MDA state:MDA"}},
		{"negative: support welcomed from a state still goes from it",
			"Kyiv welcomed the support from Poland.",
			[]string{"SUPPORTS state:POL state:UKR"}, nil},
	})
}
