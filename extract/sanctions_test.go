package extract

import "testing"

// TestSanctionsBySubject covers sanctions whose imposer a definite subject recalls ("The
// measures target X"). Every sentence is our own.
func TestSanctionsBySubject(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"the measures stated before target a named body",
			"Canada imposed sanctions on Monday on five Belarusian officials. The measures target the Belarusian Potash Company, the state exporter.",
			[]string{"SANCTIONED state:CAN inst:belarusian-potash-company"}, nil},
		{"the sanctions, another definite head, and another verb",
			"Japan announced sanctions against Russian banks on Friday. These sanctions cover Alfa Bank and VTB Bank.",
			[]string{"SANCTIONED state:JPN inst:alfa-bank", "SANCTIONED state:JPN inst:vtb-bank"}, nil},
		{"the package of an earlier designation",
			"The United States designated IRGC officials in March. The package also names Qods Aviation Industries.",
			[]string{"SANCTIONED state:USA inst:qods-aviation-industries"}, nil},
		{"no sanctions stated before, no imposer",
			"The measures target the Belarusian Potash Company, the state exporter.",
			nil, []string{"SANCTIONED state:CAN inst:belarusian-potash-company"}},
		{"a named subject of 'target' is no sanction's",
			"Canada imposed sanctions on Monday on Belarusian officials. Russian drones target Ukrainian ports.",
			nil, []string{"SANCTIONED state:CAN state:UKR", "SANCTIONED state:RUS state:UKR"}},
		{"the row reads no passive",
			"Canada imposed sanctions on Monday on Belarusian officials. Kenya was targeted by Canada on Monday.",
			nil, []string{"SANCTIONED state:CAN state:KEN"}},
		{"an undefined plural subject recalls nothing",
			"Canada imposed sanctions on Monday on Belarusian officials. Some measures target the Belarusian Potash Company.",
			nil, []string{"SANCTIONED state:CAN inst:belarusian-potash-company"}},
	})
}

// TestDescribedBody covers a body named right after a possessed description of it. Every
// sentence is our own.
func TestDescribedBody(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a possessed description before a body's name",
			"Japan sanctioned North Korea's state airline Air Koryo on Friday.",
			[]string{"SANCTIONED state:JPN inst:air-koryo"}, []string{"SANCTIONED state:JPN state:PRK"}},
		{"a body after a preposition belongs to another phrase",
			"Estonia condemned Russia's hybrid activities against NATO members.",
			[]string{"CONDEMNED state:EST state:RUS"}, []string{"CONDEMNED state:EST inst:nato"}},
	})
}
