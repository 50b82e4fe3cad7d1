package identity

import "testing"

func TestAliasKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"D.P.R.K.", "dprk"},
		{"North  Korea", "north korea"},
		{" Kim\tJong\nUn ", "kim jong un"},
		{"state:PRK", "state:prk"},
		{"...", ""},
	} {
		if got := AliasKey(tc.in); got != tc.want {
			t.Errorf("AliasKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
