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
