package eval

import "testing"

func TestDateMatches(t *testing.T) {
	tests := []struct {
		extracted, gold string
		want            bool
	}{
		{"2023-09", "2023-09", true},
		{"2023-09-12", "2023-09", true},
		{"2023", "2023-09", false},
		{"2023-091", "2023-09", false},
		{"2023-09²", "2023-09", false}, // str.isdigit() is true for superscripts
		{"2023-09T10", "2023-09", true},
		{"2024-01", "2023", false},
	}
	for _, tt := range tests {
		if got := dateMatches(tt.extracted, tt.gold); got != tt.want {
			t.Errorf("dateMatches(%q, %q) = %v, want %v", tt.extracted, tt.gold, got, tt.want)
		}
	}
}

// TestPyFloat pins the repr() forms json.dumps uses; the parity tests only meet ratios.
func TestPyFloat(t *testing.T) {
	tests := map[float64]string{
		0: "0.0", 1: "1.0", 0.5: "0.5", 2.0 / 3: "0.6666666666666666", 0.0001: "0.0001",
		0.00001: "1e-05", 1.5e-7: "1.5e-07", 1e15: "1000000000000000.0", 1e16: "1e+16",
		123456789012345680: "1.2345678901234568e+17", 1234.5: "1234.5", -0.25: "-0.25",
	}
	for in, want := range tests {
		if got := pyFloat(in); got != want {
			t.Errorf("pyFloat(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestNormaliseExamples(t *testing.T) {
	tests := map[string]string{
		"The D.P.R.K.’s": "dprk", "Kim Jong  Un": "kim jong un", "Putin's's": "putin", "Putin'sa": "putin'sa",
		"ＴＨＥ Kremlin": "kremlin", "the": "the",
	}
	for in, want := range tests {
		if got := normalise(in); got != want {
			t.Errorf("normalise(%q) = %q, want %q", in, got, want)
		}
	}
}
