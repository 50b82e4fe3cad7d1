package extract

import (
	"math/bits"
	"testing"
)

// flagCount is how many flags a set holds.
func flagCount(fs specFlags) int {
	n := 0
	for _, w := range fs {
		n += bits.OnesCount64(w)
	}
	return n
}

// TestSpecFlagNames: every declared flag but those set by needs= has a flags= name, each name
// parses to its own flag alone, and "-name" takes it off again.
func TestSpecFlagNames(t *testing.T) {
	// Set only through needs=goods, goods-object, troops, no-troops, judgement, verdict.
	byNeeds := map[specFlag]bool{flagNeedsGoods: true, flagObjectGoods: true, flagNeedsTroops: true,
		flagNoTroops: true, flagNeedsJudgement: true, flagNeedsVerdict: true}
	named := map[specFlag]string{}
	for name, f := range flagNames {
		if f >= numSpecFlags {
			t.Errorf("flag %q: index %d past numSpecFlags %d", name, f, numSpecFlags)
		}
		if other, dup := named[f]; dup {
			t.Errorf("flags %q and %q name the same flag", name, other)
		}
		named[f] = name
		var a argSpec
		if err := a.applyAttrs(map[string]string{"flags": name}, "test"); err != nil {
			t.Errorf("flags=%s: %v", name, err)
			continue
		}
		if !a.has(f) || flagCount(a.flags) != 1 {
			t.Errorf("flags=%s: set %v, want only flag %d", name, a.flags, f)
		}
		if err := a.applyAttrs(map[string]string{"flags": "-" + name}, "test"); err != nil {
			t.Errorf("flags=-%s: %v", name, err)
			continue
		}
		if a.has(f) || flagCount(a.flags) != 0 || !a.flagsOff.has(f) || flagCount(a.flagsOff) != 1 {
			t.Errorf("flags=-%s: set %v, off %v", name, a.flags, a.flagsOff)
		}
	}
	for f := specFlag(0); f < numSpecFlags; f++ {
		if named[f] == "" && !byNeeds[f] {
			t.Errorf("flag %d has no name in flagNames", f)
		}
	}
	var a argSpec
	if err := a.applyAttrs(map[string]string{"flags": "no-such-flag"}, "test"); err == nil {
		t.Error("flags=no-such-flag: no error")
	}
}

// TestSpecFlagsCapacity: the set holds more flags than are declared, past 64, so the next flag
// needs no new type; each index of its whole capacity is a bit of its own.
func TestSpecFlagsCapacity(t *testing.T) {
	capacity := specFlag(len(specFlags{}) * 64)
	if capacity <= numSpecFlags || capacity <= 64 {
		t.Fatalf("specFlags holds %d flags: want more than %d declared and more than 64", capacity, numSpecFlags)
	}
	for f := specFlag(0); f < capacity; f++ {
		fs := flagSet(f)
		if !fs.has(f) || flagCount(fs) != 1 {
			t.Errorf("flag %d: set %v", f, fs)
		}
		if f > 0 && fs.has(f-1) || f+1 < capacity && fs.has(f+1) {
			t.Errorf("flag %d: a neighbour is set too", f)
		}
		all := flagSet(0, f, capacity-1)
		all.unset(f)
		if all.has(f) {
			t.Errorf("flag %d: still set after unset", f)
		}
		all.setAll(&fs)
		all.unsetAll(&fs)
		if all.has(f) || f != 0 && !all.has(0) || f != capacity-1 && !all.has(capacity-1) {
			t.Errorf("flag %d: setAll/unsetAll: %v", f, all)
		}
	}
}
