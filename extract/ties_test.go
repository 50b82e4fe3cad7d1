package extract

import "testing"

// TestSerialCommaSubjects: a list with a serial (Oxford) comma before its "and" is one list
// on the subject side as on the object side; a comma and "and" that join two clauses are not.
func TestSerialCommaSubjects(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"three states with a serial comma sign together",
			"Chad, Sudan, and Libya signed the Khartoum Accord in May.",
			[]string{"SIGNED state:TCD agr:khartoum-accord", "SIGNED state:SDN agr:khartoum-accord", "SIGNED state:LBY agr:khartoum-accord"}, nil},
		{"after an opening date",
			"On 3 March, Norway, Sweden, and Denmark condemned Russia.",
			[]string{"CONDEMNED state:NOR state:RUS", "CONDEMNED state:SWE state:RUS", "CONDEMNED state:DNK state:RUS"}, nil},
		{"four members, people",
			"Sergey Lavrov, Sergei Shoigu, Dmitry Peskov, and Maria Zakharova visited Pyongyang on Monday.",
			[]string{"VISITED person:sergey-lavrov place:pyongyang", "VISITED person:sergei-shoigu place:pyongyang", "VISITED person:maria-zakharova place:pyongyang"}, nil},
		{"a comma and 'and' between two clauses join no subjects",
			"Putin met Kim, and Russia signed the Vientiane Accord.",
			[]string{"SIGNED state:RUS agr:vientiane-accord"}, []string{"SIGNED person:kim-jong-un agr:vientiane-accord", "SIGNED person:vladimir-putin agr:vientiane-accord"}},
		{"two names and a serial comma are a clause boundary, not a list",
			"Japan condemned Iran, and Germany sanctioned Russia.",
			[]string{"SANCTIONED state:DEU state:RUS"}, []string{"SANCTIONED state:IRN state:RUS", "SANCTIONED state:JPN state:RUS"}},
	})
}
