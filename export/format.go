package export

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Format is one output format: its name for --format, whether it writes several files into
// a directory (CSV) or one stream, and the function that writes a Graph.
type Format struct {
	Name  string
	Files bool
	Write func(out *Output, g Graph, o WriteOptions) error
}

// WriteOptions tune what a format writes.
type WriteOptions struct {
	Claims bool // write the claims (Filter.Claims read them)
	// BOM starts each CSV file with a UTF-8 byte-order mark, which Excel needs to read
	// non-ASCII text (curly quotes, accented names) as UTF-8; other tools do without it.
	BOM bool
}

// Formats lists the export formats in the order help shows them.
func Formats() []Format {
	return []Format{
		{Name: "graphml", Write: writeGraphML},
		{Name: "csv", Files: true, Write: writeCSV},
		{Name: "jsonl", Write: writeJSONL},
	}
}

// FormatNames is the list of format names, for help and errors.
func FormatNames() []string {
	var out []string
	for _, f := range Formats() {
		out = append(out, f.Name)
	}
	return out
}

// LookupFormat returns the named format (any case) or an error listing the formats.
func LookupFormat(name string) (Format, error) {
	for _, f := range Formats() {
		if strings.EqualFold(f.Name, name) {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("unknown format %q; want one of %s", name, strings.Join(FormatNames(), ", "))
}

// Output collects what a format writes in memory, so that an export that fails half-way
// leaves no partial file behind: nothing reaches the disk or the terminal until Commit.
type Output struct {
	names []string
	files map[string]*bytes.Buffer
}

// File returns the writer of the named file ("" for the single stream of a stream format).
func (o *Output) File(name string) io.Writer {
	if o.files == nil {
		o.files = map[string]*bytes.Buffer{}
	}
	b, ok := o.files[name]
	if !ok {
		b = &bytes.Buffer{}
		o.files[name] = b
		o.names = append(o.names, name)
	}
	return b
}

// Names lists the files written, in order.
func (o *Output) Names() []string { return append([]string(nil), o.names...) }

// Bytes returns the content of the named file.
func (o *Output) Bytes(name string) []byte {
	if b, ok := o.files[name]; ok {
		return b.Bytes()
	}
	return nil
}

// WriteStream copies the single stream to w.
func (o *Output) WriteStream(w io.Writer) error {
	_, err := w.Write(o.Bytes(""))
	return err
}

// WriteFile writes the single stream to path through a temporary file in the same folder,
// renamed into place once complete.
func (o *Output) WriteFile(path string) error {
	return writeAtomic(path, o.Bytes(""))
}

// WriteDir writes every file into dir (created when missing), each through a temporary file
// renamed into place. It returns the paths written.
func (o *Output) WriteDir(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating the output folder: %w", err)
	}
	var paths []string
	for _, n := range o.names {
		p := filepath.Join(dir, n)
		if err := writeAtomic(p, o.files[n].Bytes()); err != nil {
			return paths, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
