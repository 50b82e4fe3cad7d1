package extract

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The built-in rules. Every file is documented in its own header and in data/README.md.
//
//go:embed data/*.tsv data/*.txt
var builtinData embed.FS

// ruleFiles are the kinds of rule file, by name prefix. A user directory may hold any number
// of files of each kind ("entities-mydesk.tsv"), loaded after the built-in ones.
var ruleFileKinds = []string{"countries", "entities", "titles", "triggers", "cues", "bodies", "names", "dates", "relations", "words", "shapes", "places", "coref"}

// tsvRow is one data line: its fields and where it came from, for error messages.
type tsvRow struct {
	fields []string
	where  string
}

// ruleSet holds the rows of every rule file, by kind.
type ruleSet map[string][]tsvRow

func loadRuleSet(dirs []string) (ruleSet, error) {
	rules := ruleSet{}
	builtin, err := fs.Glob(builtinData, "data/*")
	if err != nil {
		return nil, err
	}
	sort.Strings(builtin)
	for _, name := range builtin {
		if err := rules.addFile(builtinData, name); err != nil {
			return nil, err
		}
	}
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("reading rules directory %s: %w", dir, err)
		}
		for _, e := range entries {
			if e.IsDir() || kindOf(e.Name()) == "" {
				continue
			}
			if err := rules.addFile(os.DirFS(dir), e.Name()); err != nil {
				return nil, err
			}
		}
	}
	return rules, nil
}

func kindOf(name string) string {
	base := filepath.Base(name)
	if !strings.HasSuffix(base, ".tsv") && !strings.HasSuffix(base, ".txt") {
		return ""
	}
	for _, kind := range ruleFileKinds {
		if strings.HasPrefix(base, kind) {
			return kind
		}
	}
	return ""
}

func (r ruleSet) addFile(fsys fs.FS, name string) error {
	kind := kindOf(name)
	if kind == "" {
		return nil
	}
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("opening rules file %s: %w", name, err)
	}
	defer f.Close()
	rows, err := readTSV(f, name)
	if err != nil {
		return err
	}
	r[kind] = append(r[kind], rows...)
	return nil
}

// readTSV reads tab-separated lines, skipping blank lines and # comments.
func readTSV(rd io.Reader, name string) ([]tsvRow, error) {
	var rows []tsvRow
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		rows = append(rows, tsvRow{fields: fields, where: fmt.Sprintf("%s:%d", name, n)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading rules file %s: %w", name, err)
	}
	return rows, nil
}

func (row tsvRow) field(i int) string {
	if i < len(row.fields) {
		return row.fields[i]
	}
	return ""
}

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, "|") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// parseAttrs reads "key=value;key=value".
func parseAttrs(s string) map[string]string {
	attrs := map[string]string{}
	for _, kv := range strings.Split(s, ";") {
		if k, v, ok := strings.Cut(strings.TrimSpace(kv), "="); ok {
			attrs[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return attrs
}
