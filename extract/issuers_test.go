package extract

import "testing"

// TestSignatureBlock: the persons a signature block lists under a joint text sign the
// agreement the text's own title line names; texts of our own, with near misses.
func TestSignatureBlock(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'Signed by:' and one line per signer under a declaration's title",
			"JOINT DECLARATION OF THE FOREIGN MINISTERS OF POLAND AND LITHUANIA\nVilnius Declaration on Energy Security in the Baltic Region\nVilnius, 12 April 2024\n\nWe, the Foreign Ministers of Poland and Lithuania, met in Vilnius.\n\nSigned by:\nRadosław Sikorski, Minister of Foreign Affairs of Poland\nGabrielius Landsbergis, Minister of Foreign Affairs of Lithuania",
			[]string{"SIGNED person:radosław-sikorski agr:vilnius-declaration-on-energy-security-in-the-baltic-region",
				"SIGNED person:gabrielius-landsbergis agr:vilnius-declaration-on-energy-security-in-the-baltic-region"}, nil},
		{"'Signatories' over three leaders of a charter",
			"Riga Charter on Cyber Defence\nRiga, 3 June 2024\n\nThe three states agree to pool their cyber forces.\n\nSignatories:\nEdgars Rinkevics, President of Latvia\nAlar Karis, President of Estonia\nGitanas Nauseda, President of Lithuania",
			[]string{"SIGNED person:edgars-rinkevics agr:riga-charter-on-cyber-defence", "SIGNED person:alar-karis agr:riga-charter-on-cyber-defence",
				"SIGNED person:gitanas-nauseda agr:riga-charter-on-cyber-defence"}, nil},
		{"a block under a text whose title names no agreement signs nothing",
			"Press Release\nVilnius, 12 April 2024\n\nThe ministers discussed the Vilnius Declaration on Energy Security.\n\nSigned by:\nRadosław Sikorski, Minister of Foreign Affairs of Poland",
			nil, []string{"SIGNED person:radosław-sikorski agr:vilnius-declaration-on-energy-security"}},
		{"'signed by' inside a running sentence opens no block",
			"Vilnius Declaration on Energy Security\nVilnius, 12 April 2024\n\nThe text was signed by the ministers.\nRadosław Sikorski later spoke to reporters.",
			nil, []string{"SIGNED person:radosław-sikorski agr:vilnius-declaration-on-energy-security"}},
		{"a person named inside a signer's line after the name does not sign",
			"Vilnius Declaration on Energy Security\nVilnius, 12 April 2024\n\nThe ministers met.\n\nSigned by:\nGabrielius Landsbergis, Minister of Foreign Affairs of Lithuania, for President Gitanas Nauseda",
			[]string{"SIGNED person:gabrielius-landsbergis agr:vilnius-declaration-on-energy-security"}, []string{"SIGNED person:gitanas-nauseda agr:vilnius-declaration-on-energy-security"}},
	})
}
