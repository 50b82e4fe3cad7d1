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
