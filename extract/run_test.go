package extract

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func newRunExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// corpus writes n small documents (every fifth one broken) and returns their inputs.
func corpus(t *testing.T, n int) []Input {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		content := strings.Repeat(fmt.Sprintf("Russia sent artillery shells to North Korea in 2023 (%d). ", i), 1+i%7)
		if i%5 == 4 {
			content = "bad \xff byte"
		}
		writeFile(t, filepath.Join(dir, fmt.Sprintf("doc%03d.txt", i)), content)
	}
	inputs, err := CollectInputs([]string{dir}, "")
	if err != nil {
		t.Fatal(err)
	}
	return inputs
}

func TestRunEmitsInInputOrder(t *testing.T) {
	inputs := corpus(t, 40)
	for _, workers := range []int{1, 3, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			var got []string
			sum, err := Run(context.Background(), newRunExtractor(t), inputs, RunOptions{Workers: workers}, func(r Result) error {
				if r.Err != nil {
					var ie *InputError
					if !errors.As(r.Err, &ie) || !strings.Contains(r.Err.Error(), "invalid UTF-8") {
						t.Errorf("%s: unexpected error %v", r.Input.Meta.ID, r.Err)
					}
					got = append(got, "!"+r.Input.Meta.ID)
					return nil
				}
				if r.Doc.ID != r.Input.Meta.ID {
					t.Errorf("document %q emitted for input %q", r.Doc.ID, r.Input.Meta.ID)
				}
				got = append(got, r.Doc.ID)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for i, id := range got {
				want := fmt.Sprintf("doc%03d", i)
				if i%5 == 4 {
					want = "!" + want
				}
				if id != want {
					t.Fatalf("position %d: got %s, want %s", i, id, want)
				}
			}
			if sum.Docs != 32 || sum.Failed != 8 || sum.Bytes == 0 {
				t.Errorf("summary %+v, want 32 ok and 8 failed", sum)
			}
		})
	}
}

func TestRunStopsOnCancel(t *testing.T) {
	inputs := corpus(t, 60)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	emitted := 0
	_, err := Run(ctx, newRunExtractor(t), inputs, RunOptions{Workers: 4}, func(r Result) error {
		emitted++
		if emitted == 3 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if emitted >= len(inputs) {
		t.Errorf("all %d inputs emitted after cancel", emitted)
	}
}

func TestRunStopsOnEmitError(t *testing.T) {
	inputs := corpus(t, 30)
	boom := errors.New("disk full")
	emitted := 0
	_, err := Run(context.Background(), newRunExtractor(t), inputs, RunOptions{Workers: 2}, func(Result) error {
		emitted++
		if emitted == 2 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || emitted != 2 {
		t.Fatalf("err = %v after %d emits; want disk full after 2", err, emitted)
	}
}

func TestRunNoInputs(t *testing.T) {
	sum, err := Run(context.Background(), newRunExtractor(t), nil, RunOptions{}, func(Result) error {
		t.Error("emit called")
		return nil
	})
	if err != nil || sum.Docs != 0 || sum.Failed != 0 {
		t.Fatalf("got %+v, %v", sum, err)
	}
}
