package identity

import "strings"

// AliasKey normalises a surface form, canonical name or entity id into the key of its Alias
// node: lower case, dots removed, white space collapsed. Reports look names up with the same
// function, and the graph writes Alias nodes with it ("D.P.R.K." and "dprk" both give "dprk").
func AliasKey(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	return strings.Join(strings.Fields(s), " ")
}
