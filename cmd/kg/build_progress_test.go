package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer lets the test read what the redraw goroutine writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestBuildProgress(t *testing.T) {
	var w lockedBuffer
	relations := 0
	p := newBuildProgress(&w, 3, true, func() int { return relations })
	// Drawn at once, before any document is done.
	if got := w.String(); !strings.Contains(got, "building: preparing") || !strings.Contains(got, "0/3") {
		t.Fatalf("nothing drawn at start: %q", got)
	}
	// Redrawn while nothing finishes, so the time moves.
	before := len(w.String())
	time.Sleep(3 * progressRefresh)
	if len(w.String()) == before {
		t.Error("no redraw while waiting")
	}
	relations = 42
	if err := p.Add(1); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * progressRefresh)
	if got := w.String(); !strings.Contains(got, "42 relations") || !strings.Contains(got, "1/3") || !strings.Contains(got, " docs/") {
		t.Errorf("after one document: %q", got[max(0, len(got)-300):])
	}
	if err := p.Finish(); err != nil {
		t.Fatal(err)
	}
	after := len(w.String())
	time.Sleep(2 * progressRefresh)
	if len(w.String()) != after {
		t.Error("still drawing after Finish")
	}
	p.stop() // after Finish: no panic, no wait

	var off *buildProgress = newBuildProgress(&w, 3, false, nil)
	if off != nil || off.Add(1) != nil || off.Clear() != nil || off.Finish() != nil {
		t.Error("a disabled progress line must be a nil no-op")
	}
	off.stop()
}
