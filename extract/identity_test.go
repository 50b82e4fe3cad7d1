package extract

import (
	"strings"
	"testing"
)

func TestIdentityKey(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		typ, a, b string
		same      bool
	}{
		{TypePerson, "Sergei Lavrov", "Sergey Lavrov", true},
		{TypePerson, "Yevgeny Prigozhin", "Evgeny Prigozhin", true},
		{TypePerson, "Choe Son Hui", "Choi Son-hui", true},
		{TypePerson, "Antony J. Blinken", "Antony Blinken", true},
		{TypePerson, "Mr. Wang Yi", "Wang Yi", true},
		{TypePerson, "Martin Luther King Jr.", "Martin Luther King", true},
		{TypePerson, "Mohammed bin Salman", "Muhammad bin Salman", true},
		{TypePerson, "Bashar al-Assad", "Bashar Assad", true},
		{TypePerson, "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", true},
		{TypePerson, "Kim Jong Un", "Kim Yo Jong", false},
		{TypePerson, "Kim Jong Un", "Kim Il Sung", false},
		{TypePerson, "Kim Yo Jong", "Kim Il Sung", false},
		{TypePerson, "Li Qiang", "Li Keqiang", false},
		{TypeInstitution, "Ministry of Defence", "Ministry of Defense", true},
		{TypeInstitution, "Centre for Strategic and International Studies", "Center for Strategic and International Studies", true},
		{TypeWeapon, "Hwasong-17", "Hwasong-18", false},
	}
	for _, tt := range tests {
		ka, kb := x.IdentityKey(tt.typ, tt.a), x.IdentityKey(tt.typ, tt.b)
		if same := strings.ReplaceAll(ka, " ", "") == strings.ReplaceAll(kb, " ", ""); same != tt.same {
			t.Errorf("%s %q -> %q, %q -> %q: same %v, want %v", tt.typ, tt.a, ka, tt.b, kb, same, tt.same)
		}
	}
}

func TestNamesRulesErrors(t *testing.T) {
	for _, line := range []string{"variant\tsergey\t", "drop\tmr\tmiddle", "swap\ta\tb"} {
		n := newNameRules()
		if err := n.addRow(tsvRow{fields: strings.Split(line, "\t")}); err == nil {
			t.Errorf("%q: no error", line)
		}
	}
}

func TestCountryRowStatus(t *testing.T) {
	cases := []struct {
		line    string
		wantErr bool
		typ     string
	}{
		{"XAA\tArdenia\tRepublic of Ardenia\t\tArdenian\tVelm", false, TypeState},
		{"XAB\tPort Solace\tTerritory of Port Solace\t\tSolacian\tHarbourtown\tterritory", false, TypePlace},
		{"XAC\tOstmark\tOstmark\t\t\t\tcolony", true, ""},
	}
	for _, c := range cases {
		lx := &lexicon{gaz: newGazetteer()}
		row := tsvRow{fields: strings.Split(c.line, "\t")}
		err := lx.addCountry(row)
		if (err != nil) != c.wantErr {
			t.Errorf("%q: error %v, want error %v", c.line, err, c.wantErr)
			continue
		}
		if c.wantErr {
			continue
		}
		e, _ := lx.gaz.match(tokenize(row.field(1)), 0)
		if e == nil || e.info.Type != c.typ {
			t.Errorf("%q: name matched %+v, want type %s", c.line, e, c.typ)
		}
	}
}
