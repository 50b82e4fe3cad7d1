package identity

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Corrections are the analyst's decisions about identity, kept in a tab-separated file that
// every kg build applies and that survives rebuilds (README, "Identity"):
//
//	same       <id or name>  <id>     the first names the entity the second id is
//	different  <id>          <id>     never merge these two
//	rename     <id>          <name>   the canonical name of an entity
//
// Blank lines and lines starting with # are ignored. Later lines win over earlier ones.
type Corrections struct {
	Path string
	// lines in file order; comments and blank lines kept so that a rewrite preserves them.
	lines []corrLine
}

type corrLine struct {
	raw  string // the text of a comment or blank line
	verb string // same, different, rename; "" for raw lines
	a, b string
}

// LoadCorrections reads the file at path; a missing file is an empty set of corrections.
func LoadCorrections(path string) (*Corrections, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Corrections{Path: path}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading identity file %s: %w", path, err)
	}
	return parseCorrections(path, data)
}

// parseCorrections reads the text of an identity file; path is for error messages.
func parseCorrections(path string, data []byte) (*Corrections, error) {
	c := &Corrections{Path: path}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			c.lines = append(c.lines, corrLine{raw: line})
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated fields (verb, entity, entity or name), got %d", path, n, len(f))
		}
		l := corrLine{verb: strings.TrimSpace(f[0]), a: strings.TrimSpace(f[1]), b: strings.TrimSpace(f[2])}
		if l.a == "" || l.b == "" {
			return nil, fmt.Errorf("%s:%d: empty field", path, n)
		}
		switch l.verb {
		case "same", "different":
			if !strings.Contains(l.b, ":") || l.verb == "different" && !strings.Contains(l.a, ":") {
				return nil, fmt.Errorf("%s:%d: %s needs entity ids such as person:kim-jong-un", path, n, l.verb)
			}
		case "rename":
			if !strings.Contains(l.a, ":") {
				return nil, fmt.Errorf("%s:%d: rename needs an entity id first, got %q", path, n, l.a)
			}
		default:
			return nil, fmt.Errorf("%s:%d: unknown verb %q: want same, different or rename", path, n, l.verb)
		}
		c.lines = append(c.lines, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading identity file %s: %w", path, err)
	}
	return c, nil
}

// Same maps ids and alias keys to the id they are, following chains (a -> b -> c), with
// the targets of later lines winning.
func (c *Corrections) Same() map[string]string {
	m := map[string]string{}
	for _, l := range c.lines {
		if l.verb == "same" {
			m[sameKey(l.a)] = l.b
		}
	}
	for k, v := range m {
		seen := map[string]bool{k: true}
		for {
			next, ok := m[sameKey(v)]
			if !ok || seen[v] {
				break
			}
			seen[v] = true
			v = next
		}
		m[k] = v
	}
	return m
}

// sameKey: ids are matched as written, names by their alias key.
func sameKey(s string) string {
	if strings.Contains(s, ":") && !strings.Contains(s, " ") {
		return s
	}
	return AliasKey(s)
}

// Different reports whether a and b were declared different.
func (c *Corrections) Different(a, b string) bool {
	for _, l := range c.lines {
		if l.verb == "different" && (l.a == a && l.b == b || l.a == b && l.b == a) {
			return true
		}
	}
	return false
}

// Renames maps ids to the canonical names the analyst gave them.
func (c *Corrections) Renames() map[string]string {
	m := map[string]string{}
	for _, l := range c.lines {
		if l.verb == "rename" {
			m[l.a] = l.b
		}
	}
	return m
}

// SameSources are the first fields of same lines that are ids, sorted.
func (c *Corrections) SameSources() []string {
	var out []string
	for k, v := range c.Same() {
		if strings.Contains(k, ":") && k != v {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// Merge records that a is b: drops earlier lines that say otherwise (different a b, same b a).
func (c *Corrections) Merge(a, b string) {
	c.drop(func(l corrLine) bool {
		return l.verb == "different" && (l.a == a && l.b == b || l.a == b && l.b == a) ||
			l.verb == "same" && (sameKey(l.a) == sameKey(a) || l.a == b && l.b == a)
	})
	c.lines = append(c.lines, corrLine{verb: "same", a: a, b: b})
}

// Split records that a is not b: drops same lines joining them and adds a different line.
func (c *Corrections) Split(a, b string) {
	c.drop(func(l corrLine) bool {
		return l.verb == "same" && (sameKey(l.a) == sameKey(a) && l.b == b || sameKey(l.a) == sameKey(b) && l.b == a) ||
			l.verb == "different" && (l.a == a && l.b == b || l.a == b && l.b == a)
	})
	c.lines = append(c.lines, corrLine{verb: "different", a: a, b: b})
}

func (c *Corrections) drop(match func(corrLine) bool) {
	kept := c.lines[:0]
	for _, l := range c.lines {
		if l.verb == "" || !match(l) {
			kept = append(kept, l)
		}
	}
	c.lines = kept
}

const correctionsHeader = `# kg identity corrections, applied by every kg build (README, "Identity").
# same<TAB>id or name<TAB>id    the first is the entity with the second id
# different<TAB>id<TAB>id       never merge these two
# rename<TAB>id<TAB>name        canonical name of an entity
`

// Save writes the file through a temporary file renamed over it, so a failure never leaves
// half a file.
func (c *Corrections) Save() error {
	text := c.render()
	dir := filepath.Dir(c.Path)
	tmp, err := os.CreateTemp(dir, ".kg-identity-*.tmp")
	if err != nil {
		return fmt.Errorf("writing identity file %s: %w", c.Path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.WriteString(text); err != nil {
		tmp.Close()
		return fmt.Errorf("writing identity file %s: %w", c.Path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing identity file %s: %w", c.Path, err)
	}
	if err := os.Rename(tmp.Name(), c.Path); err != nil {
		return fmt.Errorf("writing identity file %s: %w", c.Path, err)
	}
	return nil
}

// render is the file's text: the header when missing, then every line.
func (c *Corrections) render() string {
	var b strings.Builder
	if len(c.lines) == 0 || c.lines[0].verb != "" || !strings.HasPrefix(c.lines[0].raw, "# kg identity") {
		b.WriteString(correctionsHeader)
	}
	for _, l := range c.lines {
		if l.verb == "" {
			b.WriteString(l.raw + "\n")
			continue
		}
		b.WriteString(l.verb + "\t" + l.a + "\t" + l.b + "\n")
	}
	return b.String()
}
