package extract

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultMaxBytes is the default per-file size limit. A document is handed to the pipeline
// whole (sentence offsets are offsets into the whole text), so the limit is what bounds the
// memory of one document in flight; news and analysis pieces are far below it. A larger file
// (say one 200 MB line) is rejected before it is read, with a message naming the limit.
const DefaultMaxBytes = 16 << 20

// StdinPath is the path argument that means standard input.
const StdinPath = "-"

// StdinID is the document id given to text read from standard input.
const StdinID = "stdin"

// ManifestName is the file name of a manifest picked up automatically from an input directory.
const ManifestName = "manifest.json"

// Input is one document to read: where it comes from and what the manifest says about it.
// Problem, when set, is why it cannot be read at all (found while listing inputs).
type Input struct {
	Meta    Meta
	Stdin   bool
	Problem error
}

// InputError is a per-file problem: the file is skipped and the run goes on.
type InputError struct {
	Path string
	Msg  string
}

func (e *InputError) Error() string { return e.Path + ": " + e.Msg }

func inputErr(path, format string, args ...any) error {
	return &InputError{Path: path, Msg: fmt.Sprintf(format, args...)}
}

// ManifestEntry is what a manifest records about one document.
type ManifestEntry struct {
	Title     string   `json:"title"`
	Source    string   `json:"source"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"`
	SHA256    string   `json:"sha256"`
}

// Manifest maps document ids to what is known about them before reading.
type Manifest struct {
	Documents map[string]ManifestEntry `json:"documents"`
}

// LoadManifest reads a manifest file ({"documents": {"<doc id>": {...}}}). Unknown fields are
// an error so that a misspelt key does not silently drop metadata.
func LoadManifest(path string) (Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Manifest{}, fmt.Errorf("reading manifest: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, utf8BOM)))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		return Manifest{}, fmt.Errorf("manifest %s: %w", path, err)
	}
	if m.Documents == nil {
		return Manifest{}, fmt.Errorf(`manifest %s: no "documents" object`, path)
	}
	return m, nil
}

// merge adds other's entries; entries already present win (an explicit --manifest is loaded
// first and beats one found in a directory).
func (m *Manifest) merge(other Manifest) {
	if m.Documents == nil {
		m.Documents = map[string]ManifestEntry{}
	}
	for id, e := range other.Documents {
		if _, ok := m.Documents[id]; !ok {
			m.Documents[id] = e
		}
	}
}

func (m Manifest) apply(meta *Meta) {
	e, ok := m.Documents[meta.ID]
	if !ok {
		return
	}
	meta.Title, meta.Source, meta.Published, meta.SHA256 = e.Title, e.Source, e.Published, e.SHA256
	meta.Authors = append([]string(nil), e.Authors...)
}

// DocID is the document id of a path: the file name without its extension.
func DocID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// textFile reports whether a file found in a directory is an input document: plain text
// (.txt, .md), an HTML page (.html, .htm) or a PDF (.pdf).
func textFile(name string) bool {
	_, ok := converters[strings.ToLower(filepath.Ext(name))]
	return ok
}

// CollectInputs lists the documents named by paths: files as given, directories recursively
// (*.txt and *.md, in lexical order, hidden entries skipped), and "-" for standard input.
// manifestPath, if not empty, is loaded first; a manifest.json at the top of an input
// directory, or next to a file named on the command line, is used too. Problems with single paths (missing, duplicate ids) come back as
// inputs with Problem set, in order, so the caller reports them and goes on; the error is for
// problems that stop the whole run (an unreadable --manifest).
func CollectInputs(paths []string, manifestPath string) ([]Input, error) {
	var manifest Manifest
	if manifestPath != "" {
		m, err := LoadManifest(manifestPath)
		if err != nil {
			return nil, err
		}
		manifest.merge(m)
	}
	checked := map[string]bool{}
	useDirManifest := func(dir string) error {
		if checked[dir] {
			return nil
		}
		checked[dir] = true
		mpath := filepath.Join(dir, ManifestName)
		if _, err := os.Stat(mpath); err != nil {
			return nil
		}
		m, err := LoadManifest(mpath)
		if err != nil {
			return err
		}
		manifest.merge(m)
		return nil
	}
	var inputs []Input
	for _, p := range paths {
		if p == StdinPath {
			inputs = append(inputs, Input{Meta: Meta{ID: StdinID, Path: StdinPath}, Stdin: true})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			inputs = append(inputs, Input{Meta: Meta{ID: DocID(p), Path: p}, Problem: inputErr(p, "cannot read: %v", unwrapPath(err))})
			continue
		}
		if !info.IsDir() {
			// A file named on its own gets the manifest next to it, as its directory would.
			if err := useDirManifest(filepath.Dir(p)); err != nil {
				return nil, err
			}
			inputs = append(inputs, Input{Meta: Meta{ID: DocID(p), Path: p}})
			continue
		}
		if err := useDirManifest(p); err != nil {
			return nil, err
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				inputs = append(inputs, Input{Meta: Meta{ID: DocID(path), Path: path}, Problem: inputErr(path, "cannot read: %v", unwrapPath(err))})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !textFile(d.Name()) {
				return nil
			}
			// Only regular files: a named pipe would block the run forever, a device or a
			// socket is no document.
			if kind := irregular(path, d); kind != "" {
				inputs = append(inputs, Input{Meta: Meta{ID: DocID(path), Path: path}, Problem: inputErr(path, "%s, not a regular file", kind)})
				return nil
			}
			inputs = append(inputs, Input{Meta: Meta{ID: DocID(path), Path: path}})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("listing %s: %w", p, err)
		}
	}
	seen := map[string]string{}
	for i := range inputs {
		in := &inputs[i]
		if in.Problem != nil {
			continue
		}
		if first, dup := seen[in.Meta.ID]; dup {
			in.Problem = inputErr(in.Meta.Path, "duplicate document id %q (already read from %s); skipped", in.Meta.ID, first)
			continue
		}
		seen[in.Meta.ID] = in.Meta.Path
		manifest.apply(&in.Meta)
	}
	return inputs, nil
}

// irregular names what a directory entry is when it is not a regular file (following a
// symbolic link), or "" for a regular file.
func irregular(path string, d fs.DirEntry) string {
	mode := d.Type()
	if mode&fs.ModeSymlink != 0 {
		info, err := os.Stat(path)
		if err != nil {
			return "a broken symbolic link"
		}
		mode = info.Mode().Type()
	}
	switch {
	case mode.IsRegular():
		return ""
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0 || mode&fs.ModeCharDevice != 0:
		return "a device"
	}
	return "a special file"
}

// unwrapPath drops the path from an *fs.PathError, since the message already names it.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// ReadInput reads one input and validates it as a text document. The returned Meta has the
// digest of the raw bytes; if the manifest gave a different digest the file has changed since
// the manifest was written, which is reported as a problem (the metadata would be wrong).
func ReadInput(ctx context.Context, in Input, stdin io.Reader, maxBytes int64) (Meta, string, error) {
	meta := in.Meta
	if in.Problem != nil {
		return meta, "", in.Problem
	}
	if err := ctx.Err(); err != nil {
		return meta, "", err
	}
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	var data []byte
	var err error
	if in.Stdin {
		if stdin == nil {
			return meta, "", inputErr(meta.Path, "standard input is not available")
		}
		data, err = readCancellable(ctx, func() ([]byte, error) { return readLimited(stdin, maxBytes, 0) })
	} else {
		data, err = readFile(ctx, meta.Path, maxBytes)
	}
	if err != nil {
		if ctx.Err() != nil {
			return meta, "", ctx.Err()
		}
		return meta, "", err
	}
	if int64(len(data)) > maxBytes {
		return meta, "", inputErr(meta.Path, "input is larger than the %s limit (--max-bytes); split it into smaller documents", humanBytes(maxBytes))
	}
	sum := sha256.Sum256(data)
	digest := hex.EncodeToString(sum[:])
	if meta.SHA256 != "" && !strings.EqualFold(meta.SHA256, digest) {
		return meta, "", inputErr(meta.Path, "sha256 %s does not match the manifest's %s (file changed since the manifest was written?)", digest, meta.SHA256)
	}
	meta.SHA256 = digest
	convert := convertText
	if !in.Stdin {
		if c, ok := converters[strings.ToLower(filepath.Ext(meta.Path))]; ok {
			convert = c
		}
	}
	text, err := convert(ctx, meta.Path, data)
	if err != nil {
		if ctx.Err() != nil {
			return meta, "", ctx.Err()
		}
		return meta, "", inputErr(meta.Path, "%v", err)
	}
	return meta, text, nil
}

// converter turns a file's bytes into the text kg reads: plain text whose header block
// (header.go) carries the metadata the format had.
type converter func(ctx context.Context, path string, data []byte) (string, error)

// converters by file extension. A file named on the command line with another extension is
// read as text.
var converters = map[string]converter{
	".txt":  convertText,
	".md":   convertText,
	".html": convertHTML,
	".htm":  convertHTML,
	".pdf":  convertPDF,
}

func convertText(_ context.Context, _ string, data []byte) (string, error) {
	return ValidateText(data)
}

// readFile reads a file up to one byte past the limit. Opening and reading run apart from
// the caller when the file is not a regular one (a named pipe given on the command line
// blocks in open until a writer comes), so that cancelling ctx (Ctrl-C) stops the wait.
func readFile(ctx context.Context, path string, maxBytes int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, inputErr(path, "cannot read: %v", unwrapPath(err))
	}
	if info.IsDir() {
		return nil, inputErr(path, "is a directory")
	}
	if info.Mode().IsRegular() && info.Size() > maxBytes {
		return nil, inputErr(path, "file is %s, larger than the %s limit (--max-bytes); split it into smaller documents", humanBytes(info.Size()), humanBytes(maxBytes))
	}
	read := func() ([]byte, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, inputErr(path, "cannot read: %v", unwrapPath(err))
		}
		defer f.Close()
		var size int64
		if info.Mode().IsRegular() {
			size = info.Size()
		}
		data, err := readLimited(f, maxBytes, size)
		if err != nil {
			return nil, inputErr(path, "cannot read: %v", unwrapPath(err))
		}
		return data, nil
	}
	if info.Mode().IsRegular() {
		return read()
	}
	return readCancellable(ctx, read)
}

// readLimited reads at most one byte past the limit: standard input and special files have
// no size up front, and this keeps an endless stream from filling memory. size is what the
// input is expected to hold (0 if unknown): its bytes are read into one array of that size
// (and bytes.MinRead more), where io.ReadAll's doubling from 512 bytes allocated twice the file.
func readLimited(r io.Reader, maxBytes, size int64) ([]byte, error) {
	r = io.LimitReader(r, maxBytes+1)
	if size <= 0 || size > maxBytes {
		return io.ReadAll(r)
	}
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead) // ReadFrom reads into the free room without growing it
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// readCancellable runs a read that may block (a pipe, a terminal) and gives up when ctx is
// cancelled. The abandoned read ends with the process; kg exits after a cancellation.
func readCancellable(ctx context.Context, read func() ([]byte, error)) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := read()
		done <- result{data, err}
	}()
	select {
	case r := <-done:
		return r.data, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// ValidateText checks that data is a usable text document and returns it as a string without
// a leading byte order mark. It rejects empty or blank input, binary data (a NUL byte) and
// invalid UTF-8, naming the byte offset of the first bad byte.
func ValidateText(data []byte) (string, error) {
	// Offsets in messages are offsets into the file as given, BOM included.
	base := 0
	if bytes.HasPrefix(data, utf8BOM) {
		data, base = data[len(utf8BOM):], len(utf8BOM)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("binary file (NUL byte at offset %d); not a text document", base+i)
	}
	if i := invalidUTF8(data); i >= 0 {
		return "", fmt.Errorf("invalid UTF-8 at byte offset %d (byte 0x%02X); convert the file to UTF-8", base+i, data[i])
	}
	if len(bytes.TrimFunc(data, unicode.IsSpace)) == 0 {
		return "", errors.New("empty file (no text)")
	}
	return string(data), nil
}

// invalidUTF8 returns the offset of the first byte that is not part of valid UTF-8, or -1.
func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// humanBytes formats a byte count for messages.
func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
