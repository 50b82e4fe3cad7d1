package extract

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The built-in rules. Every file is documented in its own header and in data/README.md.
//
//go:embed data/*.tsv data/*.txt
var builtinData embed.FS

// ruleFiles are the kinds of rule file, by name prefix. A user directory may hold any number
// of files of each kind ("entities-mydesk.tsv"), loaded after the built-in ones.
var ruleFileKinds = []string{"countries", "entities", "titles", "triggers", "cues", "bodies", "names", "dates", "relations", "words", "shapes", "places", "coref", "acts"}

// tsvRow is one data line: its fields and where it came from, for error messages.
type tsvRow struct {
	fields []string
	where  string
}

// ruleSet holds the rows of every rule file, by kind.
type ruleSet map[string][]tsvRow

// builtinRules is what the embedded data files alone determine, read once and shared by
// every extractor: the files' rows and the index of the generated places (placesShared).
// Parsing the files and tokenising tens of thousands of place names again for each New was
// half of New's time (and grew with the place file, while the extract tests build hundreds
// of extractors). Nothing writes to either once built: loadRuleSet appends a user file's
// rows to a copy of the slices, and each extractor's place index leaves out the names of
// its own gazetteer in its own copy (placesShared.forGazetteer).
type builtinRules struct {
	rowsOnce sync.Once
	rows     ruleSet
	rowsErr  error

	placesOnce sync.Once
	places     *placesShared
	placesErr  error
}

// builtin holds the embedded rules' shared reading. It is filled once, by the first New,
// and depends on nothing but the binary.
var builtin builtinRules

// ruleRows returns the rows of the embedded files, parsed on the first call. The caller
// must not write to them.
func (b *builtinRules) ruleRows() (ruleSet, error) {
	b.rowsOnce.Do(func() {
		rules := ruleSet{}
		names, err := fs.Glob(builtinData, "data/*")
		if err != nil {
			b.rowsErr = err
			return
		}
		sort.Strings(names)
		for _, name := range names {
			if err := rules.addFile(builtinData, name); err != nil {
				b.rowsErr = err
				return
			}
		}
		b.rows = rules
	})
	return b.rows, b.rowsErr
}

func loadRuleSet(dirs []string) (ruleSet, error) {
	base, err := builtin.ruleRows()
	if err != nil {
		return nil, err
	}
	rules := make(ruleSet, len(base))
	for kind, rows := range base {
		rules[kind] = slices.Clip(rows) // a user file's rows go to a new array, never into the shared one
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

// expandPhrases reads a |-separated phrase list in which a phrase may hold alternation
// groups: "put {its|their|his} signature{|s} to" stands for the six phrases it spells, and
// an empty alternative drops the group ("stood {|firmly|resolutely} with"), so a trigger row
// names a verb's forms once instead of every combination. A group joins the text around it
// as written ("condemn{|s|ed|ing}"); spaces left by an empty alternative collapse. An
// unbalanced or nested brace is an error.
func expandPhrases(s string) ([]string, error) {
	var parts []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '{':
			if depth++; depth > 1 {
				return nil, fmt.Errorf("nested { in %q", s)
			}
		case '}':
			if depth--; depth < 0 {
				return nil, fmt.Errorf("} without { in %q", s)
			}
		case '|':
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	if depth != 0 {
		return nil, fmt.Errorf("{ without } in %q", s)
	}
	parts = append(parts, s[start:])
	var out []string
	for _, p := range parts {
		for _, e := range expandGroups(p) {
			if e = strings.Join(strings.Fields(e), " "); e != "" {
				out = append(out, e)
			}
		}
	}
	return out, nil
}

// expandGroups spells out the balanced, unnested {a|b} groups of one phrase, left to right.
func expandGroups(p string) []string {
	open := strings.IndexByte(p, '{')
	if open < 0 {
		return []string{p}
	}
	end := open + strings.IndexByte(p[open:], '}')
	var out []string
	for _, rest := range expandGroups(p[end+1:]) {
		for _, alt := range strings.Split(p[open+1:end], "|") {
			out = append(out, p[:open]+alt+rest)
		}
	}
	return out
}

// lowerSet is the set of the |-separated words of an option, lower-cased; nil when empty.
func lowerSet(list string) map[string]bool {
	var m map[string]bool
	for _, w := range splitList(list) {
		if m == nil {
			m = map[string]bool{}
		}
		m[strings.ToLower(w)] = true
	}
	return m
}
