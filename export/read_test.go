package export

import "testing"

func TestInRange(t *testing.T) {
	for _, tt := range []struct {
		date, since, until string
		want               bool
	}{
		{"2024-03-29", "", "", true},
		{"2024-03-29", "2024", "2024", true},
		{"2024-03-29", "2024-04", "", false},
		{"2024-03-29", "", "2024-03", true},
		{"2024-03-29", "", "2024-03-28", false},
		{"2024", "2024-06-01", "2024-06-30", true}, // a year overlaps the month
		{"2023", "2024-01-01", "", false},
		{"2024-03", "2024-03-15", "2024-03-15", true},
	} {
		if got := inRange(tt.date, tt.since, tt.until); got != tt.want {
			t.Errorf("inRange(%q, %q, %q) = %v, want %v", tt.date, tt.since, tt.until, got, tt.want)
		}
	}
}

func TestParseTypes(t *testing.T) {
	e, r, err := ParseTypes([]string{"state", " SUPPLIED", "met_with", "Person"})
	if err != nil || len(e) != 2 || e[0] != "State" || e[1] != "Person" || len(r) != 2 || r[0] != "SUPPLIED" || r[1] != "MET_WITH" {
		t.Errorf("ParseTypes = %v %v %v", e, r, err)
	}
	if _, _, err := ParseTypes([]string{"State", "Country"}); err == nil {
		t.Error("ParseTypes accepted Country")
	}
}
