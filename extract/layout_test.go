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

// isAllCaps reads ASCII without decoding runes; it must agree with the rune loop everywhere.
func TestIsAllCapsASCIIAgrees(t *testing.T) {
	for _, s := range []string{"", "NATO", "Nato", "S-400", "400", "U.S.", "COUNCIL", "ÉTATS", "États", "KYIV'S", "ОДКБ", "Ab", "AB1c"} {
		if got, want := isAllCaps(s), isAllCapsRunes(s); got != want {
			t.Errorf("isAllCaps(%q) = %v, rune loop says %v", s, got, want)
		}
	}
}
