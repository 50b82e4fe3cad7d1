package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressRefresh is how often the progress line is redrawn while nothing finishes, so the
// elapsed time and the spinner move during schema set-up, extraction and a long batch write.
const progressRefresh = 250 * time.Millisecond

// buildProgress is kg build's progress line on a terminal. It appears as soon as the build
// starts, before the schema is applied and the first document is extracted, and counts
// documents done out of the total, relations written and their rate. The summary line is
// printed by the command once the line is cleared. A nil *buildProgress (not a terminal,
// --no-progress, --json) does nothing, so callers need no checks of their own.
type buildProgress struct {
	mu        sync.Mutex // the bar's Clear is not safe beside a redraw
	bar       *progressbar.ProgressBar
	relations func() int // called from Add, under the lock the caller holds for its counts
	start     time.Time
	done      int
	rels      int
	quit      chan struct{}
	stopped   chan struct{}
	stopOnce  sync.Once
}

// newBuildProgress draws the progress line on w at once and keeps it moving until Finish or
// stop. relations reports the relations written so far.
func newBuildProgress(w io.Writer, total int, enabled bool, relations func() int) *buildProgress {
	if !enabled {
		return nil
	}
	p := &buildProgress{relations: relations, start: time.Now(), quit: make(chan struct{}), stopped: make(chan struct{})}
	p.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(p.describe()), progressbar.OptionShowCount(),
		progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"),
		progressbar.OptionSetRenderBlankState(true), progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(100*time.Millisecond))
	go p.tick()
	return p
}

// describe is the text before the bar: what is going on, then relations and their rate.
func (p *buildProgress) describe() string {
	if p.done == 0 {
		return fmt.Sprintf("building: preparing and extracting (%s)", time.Since(p.start).Round(time.Second))
	}
	rate := float64(p.rels) / max(time.Since(p.start).Seconds(), 0.001)
	return fmt.Sprintf("building: %d relations, %.0f/s", p.rels, rate)
}

func (p *buildProgress) tick() {
	defer close(p.stopped)
	t := time.NewTicker(progressRefresh)
	defer t.Stop()
	for {
		select {
		case <-p.quit:
			return
		case <-t.C:
			p.mu.Lock()
			p.bar.Describe(p.describe())
			_ = p.bar.RenderBlank()
			p.mu.Unlock()
		}
	}
}

// Add counts n documents done (written, skipped or failed).
func (p *buildProgress) Add(n int) error {
	if p == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	p.rels = p.relations()
	p.bar.Describe(p.describe())
	return p.bar.Add(n)
}

// Clear takes the line off the screen so a message can be printed; the next redraw brings it
// back.
func (p *buildProgress) Clear() error {
	if p == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.bar.Clear()
}

// Finish stops the redraws and clears the line, leaving the screen to the summary.
func (p *buildProgress) Finish() error {
	if p == nil {
		return nil
	}
	p.stop()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rels = p.relations()
	p.bar.Describe(p.describe())
	return p.bar.Finish()
}

// stop ends the redraws and clears the line; safe to call more than once and after Finish
// (run defers it, so an early error is printed on a clean line and no goroutine keeps drawing).
func (p *buildProgress) stop() {
	if p == nil {
		return
	}
	p.stopOnce.Do(func() {
		close(p.quit)
		<-p.stopped
		p.mu.Lock()
		defer p.mu.Unlock()
		_ = p.bar.Clear()
	})
}
