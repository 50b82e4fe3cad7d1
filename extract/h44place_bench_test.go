package extract

import "testing"

// BenchmarkNew: the cost of building an extractor from the built-in rules (every test and
// every kg run pays it once per New).
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
