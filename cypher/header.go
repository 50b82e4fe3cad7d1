package cypher

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Param types a report header may declare. TypeEntity is a string that names an entity by
// any of its aliases; kg checks that it resolves before running the report.
const (
	TypeString = "string"
	TypeEntity = "entity"
	TypeInt    = "int"
	TypeFloat  = "float"
	TypeBool   = "bool"
	// TypeDate is an ISO 8601 date at any precision ("2024", "2024-06", "2024-06-19"), or
	// "" for no bound; relation dates have the same form.
	TypeDate = "date"
)

var paramTypes = []string{TypeString, TypeEntity, TypeInt, TypeFloat, TypeBool, TypeDate}

// Report is one canned query: its header metadata and the Cypher body.
type Report struct {
	Name        string
	Title       string
	Description string
	Params      []Param
	Query       string // the Cypher body, without the header
}

// Param is one declared query parameter.
type Param struct {
	Name        string
	Type        string
	Default     any  // typed default (string, int64, float64, bool); nil when Required
	Required    bool // declared with "-" as its default
	Min, Max    *float64
	OneOf       []string // allowed values for string params; "" is always allowed for optional ones
	Description string
}

// WholeGraph reports whether the report reads the whole graph rather than the neighbourhood
// of entities it is given (it has no entity parameter). Such reports must read indexes in
// order, never every node of a label or relationship of a type (checked on their plans).
func (r Report) WholeGraph() bool {
	for _, p := range r.Params {
		if p.Type == TypeEntity {
			return false
		}
	}
	return true
}

// Param returns the declared parameter called name.
func (r Report) Param(name string) (Param, bool) {
	for _, p := range r.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

var (
	nameRe     = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
	paramRe    = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	paramUseRe = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
)

// Parse reads one report file. file is used in error messages and must be the report's
// file name (NAME.cypher): the header's @name has to match it so that `kg report run NAME`
// and the file on disk can never disagree.
func Parse(file, src string) (Report, error) {
	var r Report
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	body := len(lines)
	var desc []string
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if t == "" && r.Name == "" && i == 0 {
			continue
		}
		if !strings.HasPrefix(t, "//") {
			body = i
			break
		}
		t = strings.TrimSpace(strings.TrimPrefix(t, "//"))
		if !strings.HasPrefix(t, "@") {
			continue // a plain comment inside the header
		}
		tag, rest, _ := strings.Cut(t, " ")
		rest = strings.TrimSpace(rest)
		where := fmt.Sprintf("%s:%d", file, i+1)
		switch tag {
		case "@name":
			r.Name = rest
		case "@title":
			r.Title = rest
		case "@description":
			desc = append(desc, rest)
		case "@param":
			p, err := parseParam(rest)
			if err != nil {
				return Report{}, fmt.Errorf("%s: @param: %w", where, err)
			}
			if _, dup := r.Param(p.Name); dup {
				return Report{}, fmt.Errorf("%s: @param %s declared twice", where, p.Name)
			}
			r.Params = append(r.Params, p)
		default:
			return Report{}, fmt.Errorf("%s: unknown header tag %s (want @name, @title, @description or @param)", where, tag)
		}
	}
	r.Description = strings.Join(desc, " ")
	r.Query = strings.TrimSpace(strings.Join(lines[body:], "\n"))
	want := strings.TrimSuffix(baseName(file), ".cypher")
	switch {
	case r.Name == "":
		return Report{}, fmt.Errorf("%s: header has no @name", file)
	case !nameRe.MatchString(r.Name):
		return Report{}, fmt.Errorf("%s: @name %q: use lower-case letters, digits and dashes", file, r.Name)
	case r.Name != want:
		return Report{}, fmt.Errorf("%s: @name %q does not match the file name %q", file, r.Name, want)
	case r.Title == "":
		return Report{}, fmt.Errorf("%s: header has no @title", file)
	case r.Query == "":
		return Report{}, fmt.Errorf("%s: no Cypher after the header", file)
	}
	// Every $name in the body must be declared and every declared param used, so the
	// header is a complete and honest description of what the query accepts.
	used := map[string]bool{}
	for _, m := range paramUseRe.FindAllStringSubmatch(r.Query, -1) {
		used[m[1]] = true
		if _, ok := r.Param(m[1]); !ok {
			return Report{}, fmt.Errorf("%s: the query uses $%s but the header declares no @param %s", file, m[1], m[1])
		}
	}
	for _, p := range r.Params {
		if !used[p.Name] {
			return Report{}, fmt.Errorf("%s: @param %s is declared but the query never uses $%s", file, p.Name, p.Name)
		}
	}
	return r, nil
}

func baseName(file string) string {
	if i := strings.LastIndexAny(file, `/\`); i >= 0 {
		return file[i+1:]
	}
	return file
}

// parseParam reads `NAME TYPE DEFAULT [min=N] [max=N] [oneof=a|b] [description...]`.
// DEFAULT is a JSON literal ("text", 3, 2.5, true) or "-" for a required param.
func parseParam(s string) (Param, error) {
	name, s := nextToken(s)
	typ, s := nextToken(s)
	if name == "" || typ == "" {
		return Param{}, fmt.Errorf("want NAME TYPE DEFAULT [description]")
	}
	if !paramRe.MatchString(name) {
		return Param{}, fmt.Errorf("%q is not a valid parameter name", name)
	}
	if !slices.Contains(paramTypes, typ) {
		return Param{}, fmt.Errorf("%s: unknown type %q (want one of %s)", name, typ, strings.Join(paramTypes, ", "))
	}
	p := Param{Name: name, Type: typ}
	s = strings.TrimSpace(s)
	var lit string
	if strings.HasPrefix(s, `"`) {
		end := closingQuote(s)
		if end < 0 {
			return Param{}, fmt.Errorf("%s: unterminated string default", name)
		}
		lit, s = s[:end+1], s[end+1:]
	} else {
		lit, s = nextToken(s)
	}
	switch lit {
	case "":
		return Param{}, fmt.Errorf("%s: missing default (use - for a required parameter)", name)
	case "-":
		p.Required = true
	default:
		v, err := decodeDefault(typ, lit)
		if err != nil {
			return Param{}, fmt.Errorf("%s: default %s: %w", name, lit, err)
		}
		p.Default = v
	}
	for {
		tok, rest := nextToken(s)
		key, val, ok := strings.Cut(tok, "=")
		if !ok || (key != "min" && key != "max" && key != "oneof") {
			break
		}
		s = rest
		switch key {
		case "min", "max":
			if typ != TypeInt && typ != TypeFloat {
				return Param{}, fmt.Errorf("%s: %s= only applies to int and float params", name, key)
			}
			f, err := strconv.ParseFloat(val, 64)
			if err != nil {
				return Param{}, fmt.Errorf("%s: %s=%s is not a number", name, key, val)
			}
			if key == "min" {
				p.Min = &f
			} else {
				p.Max = &f
			}
		case "oneof":
			if typ != TypeString {
				return Param{}, fmt.Errorf("%s: oneof= only applies to string params", name)
			}
			p.OneOf = strings.Split(val, "|")
		}
	}
	p.Description = strings.TrimSpace(s)
	if p.Default != nil {
		if err := p.check(p.Default); err != nil {
			return Param{}, fmt.Errorf("%s: default: %w", name, err)
		}
	}
	return p, nil
}

func nextToken(s string) (tok, rest string) {
	s = strings.TrimLeft(s, " \t")
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// closingQuote returns the index of the quote that ends the JSON string s starts with.
func closingQuote(s string) int {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

func decodeDefault(typ, lit string) (any, error) {
	var v any
	dec := json.NewDecoder(strings.NewReader(lit))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("not a JSON literal")
	}
	switch typ {
	case TypeString, TypeEntity, TypeDate:
		if s, ok := v.(string); ok {
			return s, nil
		}
	case TypeInt:
		if n, ok := v.(json.Number); ok {
			if i, err := n.Int64(); err == nil {
				return i, nil
			}
		}
	case TypeFloat:
		if n, ok := v.(json.Number); ok {
			if f, err := n.Float64(); err == nil {
				return f, nil
			}
		}
	case TypeBool:
		if b, ok := v.(bool); ok {
			return b, nil
		}
	}
	return nil, fmt.Errorf("not a %s", typ)
}
