package extract

import (
	"context"
	"errors"
	"io"
	"runtime"
	"sync"
	"time"
)

// RunOptions configure Run.
type RunOptions struct {
	// Workers is the number of documents extracted at once; 0 means runtime.NumCPU().
	Workers int
	// MaxBytes is the per-file size limit; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is what an Input with Stdin set reads.
	Stdin io.Reader
}

// Result is the outcome for one input: a document, or Err saying why the input was skipped
// (an *InputError for bad files). Index is the input's position.
type Result struct {
	Index int
	Input Input
	Doc   Document
	Bytes int
	Err   error
}

// Summary counts what a run did.
type Summary struct {
	Docs      int // documents extracted
	Failed    int // inputs skipped with a problem
	Entities  int
	Relations int
	Bytes     int64 // bytes of text extracted
	Elapsed   time.Duration
}

// Run reads and extracts inputs on a pool of workers and calls emit once per input, in input
// order, from the calling goroutine. At most about two documents per worker are in memory at
// any time (read, being extracted, or waiting for their turn to be emitted), whatever the
// number of inputs. Per-input problems go to emit as Result.Err and the run goes on; the run
// stops at the first error from emit or when ctx is cancelled, and returns that error.
func Run(ctx context.Context, x *Extractor, inputs []Input, opts RunOptions, emit func(Result) error) (Summary, error) {
	start := time.Now()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Each job carries its own one-slot result channel; the queue keeps jobs in input order,
	// so the consumer below emits in order while workers finish in any order. The queue's
	// capacity is what bounds the documents held in memory.
	type job struct {
		index int
		out   chan Result
	}
	jobs := make(chan job)
	queue := make(chan job, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- extractOne(ctx, x, inputs[j.index], j.index, opts)
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(jobs)
		for i := range inputs {
			j := job{index: i, out: make(chan Result, 1)}
			select {
			case queue <- j:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				// Queued but never handed to a worker: answer it here so the consumer
				// does not wait for it.
				j.out <- Result{Index: i, Input: inputs[i], Err: ctx.Err()}
				return
			}
		}
	}()

	var sum Summary
	var runErr error
	done := 0
	for j := range queue {
		res := <-j.out
		done++
		if runErr != nil {
			continue // drain so that workers can exit
		}
		if res.Err != nil && ctx.Err() != nil && errors.Is(res.Err, ctx.Err()) {
			runErr = res.Err
			cancel()
			continue
		}
		if res.Err != nil {
			sum.Failed++
		} else {
			sum.Docs++
			sum.Entities += len(res.Doc.Entities)
			sum.Relations += len(res.Doc.Relations)
			sum.Bytes += int64(res.Bytes)
		}
		if err := emit(res); err != nil {
			runErr = err
			cancel()
		}
	}
	wg.Wait()
	if runErr == nil && done < len(inputs) {
		runErr = ctx.Err()
	}
	sum.Elapsed = time.Since(start)
	return sum, runErr
}

func extractOne(ctx context.Context, x *Extractor, in Input, index int, opts RunOptions) (res Result) {
	res = Result{Index: index, Input: in}
	// A bug in the rules must cost one document, not the run: report it as that document's
	// problem and go on.
	defer func() {
		if p := recover(); p != nil {
			res.Doc, res.Bytes = Document{}, 0
			res.Err = inputErr(res.Input.Meta.Path, "internal error in extraction (please report): %v", p)
		}
	}()
	meta, text, err := ReadInput(ctx, in, opts.Stdin, opts.MaxBytes)
	res.Input.Meta = meta
	if err != nil {
		res.Err = err
		return res
	}
	doc, err := x.Extract(ctx, meta, text)
	if err != nil {
		if ctx.Err() == nil {
			err = inputErr(meta.Path, "extraction failed: %v", err)
		}
		res.Err = err
		return res
	}
	res.Doc, res.Bytes = doc, len(text)
	return res
}
