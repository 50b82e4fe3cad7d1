// Package cypher holds kg's canned reports as Cypher files with a small comment header
// (see README.md in this folder for the format), embedded into the binary, plus the Neo4j
// Browser guide and style sheet built from them. It parses and describes reports; running
// them is package report's job.
package cypher

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

//go:embed *.cypher
var reportFiles embed.FS

// Catalog is the set of reports, sorted by name.
type Catalog struct {
	reports []Report
}

// Reports parses the embedded report files.
func Reports() (*Catalog, error) { return Load(reportFiles) }

// Load parses every *.cypher file at the root of fsys. It exists apart from Reports so that
// tests and tools can check a directory of report files before it is embedded.
func Load(fsys fs.FS) (*Catalog, error) {
	names, err := fs.Glob(fsys, "*.cypher")
	if err != nil {
		return nil, fmt.Errorf("listing report files: %w", err)
	}
	c := &Catalog{}
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("reading report %s: %w", name, err)
		}
		r, err := Parse(path.Base(name), string(src))
		if err != nil {
			return nil, err
		}
		c.reports = append(c.reports, r)
	}
	slices.SortFunc(c.reports, func(a, b Report) int { return strings.Compare(a.Name, b.Name) })
	return c, nil
}

// All returns the reports sorted by name.
func (c *Catalog) All() []Report { return slices.Clone(c.reports) }

// Names returns the report names, sorted.
func (c *Catalog) Names() []string {
	names := make([]string, len(c.reports))
	for i, r := range c.reports {
		names[i] = r.Name
	}
	return names
}

// Get returns the report called name, or an error that lists the available ones.
func (c *Catalog) Get(name string) (Report, error) {
	for _, r := range c.reports {
		if r.Name == name {
			return r, nil
		}
	}
	return Report{}, fmt.Errorf("no report %q; available: %s", name, strings.Join(c.Names(), ", "))
}

// BrowserScript renders the report for pasting into Neo4j Browser: comments naming it, one
// `:param` line per parameter (with the values given, else the defaults), then the query.
// Browser's multi-statement editor runs the lines in order, so the query sees the params.
func (r Report) BrowserScript(values map[string]any) string {
	var b strings.Builder
	fmt.Fprintf(&b, "// %s: %s\n", r.Name, r.Title)
	if r.Description != "" {
		fmt.Fprintf(&b, "// %s\n", r.Description)
	}
	b.WriteString(r.ParamScript(values))
	return b.String()
}

// ParamScript is BrowserScript without the leading comments.
func (r Report) ParamScript(values map[string]any) string {
	var b strings.Builder
	b.WriteString(r.ParamLines(values))
	b.WriteString(r.Query)
	if !strings.HasSuffix(r.Query, ";") {
		b.WriteString(";")
	}
	b.WriteString("\n")
	return b.String()
}

// ParamLines is one `:param NAME => VALUE;` line per parameter, with the values given, else
// the defaults. Browser keeps params for the session, so after running these once the query
// runs on its own, and then Browser draws its graph (a multi-statement run only lists
// each statement's status).
func (r Report) ParamLines(values map[string]any) string {
	var b strings.Builder
	for _, p := range r.Params {
		v, ok := values[p.Name]
		if !ok {
			v = p.Default
		}
		if v == nil && p.Required {
			fmt.Fprintf(&b, "// required: set it first, e.g. :param %s => <%s>;\n", p.Name, p.Type)
			continue
		}
		fmt.Fprintf(&b, ":param %s => %s;\n", p.Name, Literal(v))
	}
	return b.String()
}
