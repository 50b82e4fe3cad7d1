package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runKG runs kg in-process, as main does, and returns stdout, stderr and the exit status.
func runKG(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	t.Setenv("KG_WORKERS", "2")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestExtractGoodAndBadFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "good.txt"), "North Korea sent artillery shells to Russia in August 2023.")
	write(t, filepath.Join(dir, "in", "binary.txt"), "PK\x00\x03")
	write(t, filepath.Join(dir, "in", "latin1.txt"), "Swanstr\xf6m")
	write(t, filepath.Join(dir, "in", "empty.md"), "")
	out := filepath.Join(dir, "out.jsonl")
	stdout, stderr, code := runKG(t, "", "extract", filepath.Join(dir, "in"), "-o", out, "--sentences")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (some files failed); stderr:\n%s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout not empty with -o: %q", stdout)
	}
	for _, want := range []string{"binary.txt: binary file (NUL byte at offset 2)", "latin1.txt: invalid UTF-8 at byte offset 7", "empty.md: empty file", "1 documents extracted, 3 failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
		t.Errorf("stack trace on stderr:\n%s", stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("output not written: %v", err)
	}
	if !strings.Contains(string(data), `{"kind":"document","doc":"good"`) {
		t.Errorf("output lacks the good document:\n%s", data)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestExtractStdinAndFormats(t *testing.T) {
	for _, format := range []string{"jsonl", "json", "text"} {
		t.Run(format, func(t *testing.T) {
			stdout, stderr, code := runKG(t, "Kim Jong Un met Vladimir Putin.", "extract", "--format", format)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			want := map[string]string{"jsonl": "", "json": `"id": "stdin"`, "text": "== stdin"}[format]
			if !strings.Contains(stdout, want) {
				t.Errorf("output lacks %q:\n%s", want, stdout)
			}
			if !strings.Contains(stderr, "1 documents extracted, 0 failed") {
				t.Errorf("no summary line: %s", stderr)
			}
		})
	}
}

func TestExtractUsageErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	write(t, filepath.Join(dir, "a.txt"), "Text.")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"extract", dir, "--format", "xml", "-o", out}, `--format "xml"`},
		{[]string{"extract", dir, "--manifest", filepath.Join(dir, "nope.json"), "-o", out}, "reading manifest"},
		{[]string{"extract", dir, "--max-bytes", "0", "-o", out}, "--max-bytes 0"},
		{[]string{"eval", dir}, "--gold FILE is required"},
		{[]string{"eval", "--gold", filepath.Join(dir, "nope.json"), dir}, "cannot read gold file"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, stderr, code := runKG(t, "", tt.args...)
			if code != 2 || !strings.Contains(stderr, tt.want) {
				t.Fatalf("exit %d, stderr %q; want 2 and %q", code, stderr, tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("output file written despite the error")
			}
		})
	}
}

func TestExtractOutputIsAtomic(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	write(t, out, "previous content\n")
	// A manifest that cannot be parsed stops the run before anything is written: the old
	// file must survive untouched.
	write(t, filepath.Join(dir, "in", "a.txt"), "Text.")
	write(t, filepath.Join(dir, "in", "manifest.json"), "{broken")
	_, _, code := runKG(t, "", "extract", filepath.Join(dir, "in"), "-o", out)
	if code == 0 {
		t.Fatal("broken manifest accepted")
	}
	if data, _ := os.ReadFile(out); string(data) != "previous content\n" {
		t.Errorf("output changed on failure: %q", data)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

// An output that is not a regular file (here a named pipe; in use, -o /dev/null) is written
// in place. Renaming the temporary file over it would replace the pipe or device with a
// regular file: run as root with -o /dev/null, that broke /dev/null for the whole machine.
func TestExtractOutputToPipeWritesInPlace(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "out.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	write(t, filepath.Join(dir, "in", "a.txt"), "Russian President Vladimir Putin visited Pyongyang on 19 June 2024.")
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo) // blocks until kg opens the pipe for writing
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- string(b)
	}()
	if _, stderr, code := runKG(t, "", "extract", filepath.Join(dir, "in"), "-o", fifo); code != 0 {
		t.Fatalf("extract to a pipe: exit %d: %s", code, stderr)
	}
	select {
	case out := <-got:
		if !strings.Contains(out, `"kind":"relation"`) {
			t.Errorf("the reader of the pipe got no relation: %q", out)
		}
	case <-time.After(10 * time.Second):
		t.Error("nothing was written to the pipe in 10 s") // the reader stays blocked on it
	}
	fi, err := os.Lstat(fifo)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced by a %v", fi.Mode())
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".out.fifo.tmp-*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestEvalOutputMatchesExtraction(t *testing.T) {
	gold := filepath.Join("..", "..", "..", "shared", "eval", "seeds.gold.json")
	if _, err := os.Stat(gold); err != nil {
		t.Skipf("no seeds gold: %v", err)
	}
	seeds := filepath.Join("..", "..", "seeds")
	out := filepath.Join(t.TempDir(), "seeds.jsonl")
	if _, stderr, code := runKG(t, "", "extract", seeds, "-o", out); code != 0 {
		t.Fatalf("extract: %s", stderr)
	}
	direct, stderr, code := runKG(t, "", "eval", "--gold", gold, "--json", seeds)
	if code != 0 {
		t.Fatalf("eval: %s", stderr)
	}
	fromFile, stderr, code := runKG(t, "", "eval", "--gold", gold, "--json", "--output", out)
	if code != 0 {
		t.Fatalf("eval --output: %s", stderr)
	}
	if direct != fromFile || !strings.Contains(direct, `"scored": 2`) {
		t.Errorf("eval of extraction and of its written output differ:\n%s\n---\n%s", direct, fromFile)
	}
}

// TestEvalAgainst scores one annotator's gold against another's: the same file agrees
// fully, and a second annotation that misses one relation and adds another is scored as
// an extractor's output would be.
func TestEvalAgainst(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first.json")
	second := filepath.Join(dir, "second.json")
	entities := `"entities": [{"id": "state:PRK", "type": "State", "names": ["North Korea"]},
		{"id": "state:RUS", "type": "State", "names": ["Russia"]},
		{"id": "state:UKR", "type": "State", "names": ["Ukraine"]}]`
	write(t, first, `{"documents": {"d1": {`+entities+`, "relations": [
		{"src": "state:PRK", "type": "SUPPLIED", "dst": "state:RUS", "dates": ["2023-09"], "polarity": "asserted", "modality": "fact"},
		{"src": "state:RUS", "type": "ATTACKED", "dst": "state:UKR", "polarity": "asserted", "modality": "fact"}]}}}`)
	write(t, second, `{"documents": {"d1": {`+entities+`, "relations": [
		{"src": "state:PRK", "type": "SUPPLIED", "dst": "state:RUS", "dates": ["2024", "2023-09-12"], "polarity": "asserted", "modality": "reported"},
		{"src": "state:RUS", "type": "CONDEMNED", "dst": "state:UKR", "polarity": "asserted", "modality": "fact"}]}}}`)
	tests := []struct {
		name, against string
		want          []string
	}{
		{"itself", first, []string{"Relations             2     0     0   1.000   1.000   1.000"}},
		{"another annotator", second, []string{
			"Relations             1     1     1   0.500   0.500   0.500",
			"date                   1     1   1.000",
			"modality               0     1   0.000",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runKG(t, "", "eval", "--gold", first, "--against", tt.against)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			// Compare lines with their spacing collapsed: the layout pads columns.
			var lines []string
			for _, l := range strings.Split(stdout, "\n") {
				lines = append(lines, strings.Join(strings.Fields(l), " "))
			}
			for _, w := range tt.want {
				if !slices.Contains(lines, strings.Join(strings.Fields(w), " ")) {
					t.Errorf("output lacks %q:\n%s", w, stdout)
				}
			}
		})
	}
}
