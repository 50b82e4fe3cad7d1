package extract

import (
	"testing"
	"unsafe"
)

// Every sentence's mentions are copied, sorted and grouped: a field that grows a mention past
// 48 bytes costs the extraction bench (bench/extract) several per cent of its bytes allocated
// and of its sorting time. Put a new field's data beside the flags or outside the mention.
func TestMentionSize(t *testing.T) {
	if got := unsafe.Sizeof(mention{}); got > 48 {
		t.Errorf("mention is %d bytes, want at most 48", got)
	}
}

func TestEventRefRoundTrip(t *testing.T) {
	for _, key := range append([]string{anyAct}, RelationTypes()...) {
		e := eventOf(key)
		if e == noEvent || e.key() != key {
			t.Errorf("eventOf(%q) = %d, key %q", key, e, e.key())
		}
	}
}
