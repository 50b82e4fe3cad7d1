package extract

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestValidateText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr string
	}{
		{"plain", "Russia and North Korea.", "Russia and North Korea.", ""},
		{"bom stripped", "\ufeffKim met Putin.", "Kim met Putin.", ""},
		{"nul is binary", "abc\x00def", "", "binary file (NUL byte at offset 3)"},
		{"nul offset counts the bom", "\ufeffab\x00", "", "NUL byte at offset 5"},
		{"invalid utf8 offset", "Kim J\xf6ng Un", "", "invalid UTF-8 at byte offset 5 (byte 0xF6)"},
		{"truncated sequence at end", "abc\xe2\x80", "", "invalid UTF-8 at byte offset 3"},
		{"surrogate half", "a\xed\xa0\x80", "", "invalid UTF-8 at byte offset 1"},
		{"empty", "", "", "empty file"},
		{"only bom", "\ufeff", "", "empty file"},
		{"blank", " \n\t\u00a0\n", "", "empty file"},
		{"non-ascii ok", "Swanström, Rösgren – “quoted”", "Swanström, Rösgren – “quoted”", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ValidateText([]byte(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCollectInputs(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "corpus", "b.txt"), "B.")
	writeFile(t, filepath.Join(dir, "corpus", "a.md"), "A.")
	writeFile(t, filepath.Join(dir, "corpus", "sub", "c.TXT"), "C.")
	writeFile(t, filepath.Join(dir, "corpus", "notes.json"), "{}")
	writeFile(t, filepath.Join(dir, "corpus", ".hidden", "h.txt"), "H.")
	writeFile(t, filepath.Join(dir, "corpus", ".h.txt"), "H.")
	writeFile(t, filepath.Join(dir, "corpus", "manifest.json"), `{"documents": {"a": {"title": "Title A", "authors": ["X"]}, "b": {"title": "from dir"}}}`)
	writeFile(t, filepath.Join(dir, "other", "b.txt"), "duplicate id")
	writeFile(t, filepath.Join(dir, "explicit.json"), `{"documents": {"b": {"title": "explicit wins", "source": "S", "published": "2024-01"}}}`)

	inputs, err := CollectInputs([]string{filepath.Join(dir, "corpus"), "-", filepath.Join(dir, "missing.txt"), filepath.Join(dir, "other", "b.txt")}, filepath.Join(dir, "explicit.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, in := range inputs {
		s := in.Meta.ID
		if in.Problem != nil {
			s += " !" + in.Problem.Error()
		}
		got = append(got, s)
	}
	want := []string{"a", "b", "c", "stdin", "missing !", "b !"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("input %d: got %q, want prefix %q", i, got[i], want[i])
		}
	}
	if !strings.Contains(got[4], "no such file") || !strings.Contains(got[5], "duplicate document id") {
		t.Errorf("problems not explained: %q", got[4:])
	}
	if m := inputs[0].Meta; m.Title != "Title A" || len(m.Authors) != 1 {
		t.Errorf("directory manifest not applied: %+v", m)
	}
	if m := inputs[1].Meta; m.Title != "explicit wins" || m.Source != "S" || m.Published != "2024-01" {
		t.Errorf("explicit manifest does not win: %+v", m)
	}
	if !inputs[3].Stdin {
		t.Error(`"-" is not standard input`)
	}
}

func TestCollectInputsBadManifest(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "m.json"), `{"documents": {"a": {"titel": "typo"}}}`)
	if _, err := CollectInputs(nil, filepath.Join(dir, "m.json")); err == nil || !strings.Contains(err.Error(), "titel") {
		t.Fatalf("want an error naming the unknown field, got %v", err)
	}
}

func TestSeedsManifestMatchesFiles(t *testing.T) {
	inputs, err := CollectInputs([]string{filepath.Join("..", "seeds")}, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) < 2 {
		t.Fatalf("found %d seeds", len(inputs))
	}
	for _, in := range inputs {
		if in.Meta.Title == "" || in.Meta.SHA256 == "" {
			t.Errorf("%s: manifest has no title or sha256", in.Meta.ID)
		}
		// ReadInput fails when the digest differs from the manifest's.
		if _, _, err := ReadInput(context.Background(), in, nil, 0); err != nil {
			t.Errorf("%s: %v", in.Meta.ID, err)
		}
	}
}

func TestReadInputProblems(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	writeFile(t, filepath.Join(dir, "ok.txt"), "\ufeffKim met Putin.")
	writeFile(t, filepath.Join(dir, "bad.txt"), "abc\xff")
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	if err := os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file    string
		sha     string
		wantErr string
	}{
		{"ok.txt", "", ""},
		{"bad.txt", "", "invalid UTF-8 at byte offset 3"},
		{"empty.txt", "", "empty file"},
		{"dangling.txt", "", "cannot read: no such file or directory"},
		{"ok.txt", "deadbeef", "does not match the manifest"},
	}
	for _, tt := range tests {
		t.Run(tt.file+tt.sha, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			meta, text, err := ReadInput(ctx, Input{Meta: Meta{ID: DocID(path), Path: path, SHA256: tt.sha}}, nil, 0)
			if tt.wantErr == "" {
				if err != nil || text != "Kim met Putin." || len(meta.SHA256) != 64 {
					t.Fatalf("got %q %q %v", text, meta.SHA256, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), path+": ") {
				t.Fatalf("error %v; want one naming %s and containing %q", err, path, tt.wantErr)
			}
		})
	}
}

// TestHugeSingleLineIsRejectedCheaply: a 200 MB file (one line, no newline) is refused from
// its size before it is read, so memory does not grow with it.
func TestHugeSingleLineIsRejectedCheaply(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: 200 MB long without using the disk or the time to write it.
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, _, err = ReadInput(context.Background(), Input{Meta: Meta{ID: "huge", Path: path}}, nil, 0)
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "200.0 MiB, larger than the 16.0 MiB limit") {
		t.Fatalf("want a size error, got %v", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
		t.Errorf("rejecting the file allocated %d bytes", grew)
	}
}

// endless is a reader that never ends, like a pipe that keeps writing.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestStdinIsBoundedByTheLimit(t *testing.T) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, _, err := ReadInput(context.Background(), Input{Meta: Meta{ID: StdinID, Path: StdinPath}, Stdin: true}, endless{}, 1<<20)
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "larger than the 1.0 MiB limit") {
		t.Fatalf("want a size error, got %v", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 16<<20 {
		t.Errorf("reading 1 MiB of standard input allocated %d bytes", grew)
	}
	_, text, err := ReadInput(context.Background(), Input{Meta: Meta{ID: StdinID, Path: StdinPath}, Stdin: true}, io.LimitReader(endless{}, 10), 0)
	if err != nil || text != "aaaaaaaaaa" {
		t.Fatalf("got %q, %v", text, err)
	}
}

func TestDocID(t *testing.T) {
	for in, want := range map[string]string{
		"seeds/000_c793960b10bc7080.txt": "000_c793960b10bc7080",
		"a/b/report.v2.md":               "report.v2",
		"noext":                          "noext",
	} {
		if got := DocID(in); got != want {
			t.Errorf("DocID(%q) = %q, want %q", in, got, want)
		}
	}
}
