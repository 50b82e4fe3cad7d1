package cypher

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Bind turns command-line values (NAME=VALUE, as strings) into the typed parameter map the
// report's query expects, filling in defaults. Errors name the offending param and list
// what the report accepts.
func (r Report) Bind(raw map[string]string) (map[string]any, error) {
	out := make(map[string]any, len(r.Params))
	for name, s := range raw {
		p, ok := r.Param(name)
		if !ok {
			return nil, fmt.Errorf("report %s has no param %q; it accepts %s", r.Name, name, r.Accepted())
		}
		v, err := p.Parse(s)
		if err != nil {
			return nil, fmt.Errorf("report %s: --param %s=%q: %w", r.Name, name, s, err)
		}
		out[name] = v
	}
	for _, p := range r.Params {
		if _, ok := out[p.Name]; ok {
			continue
		}
		if p.Required {
			return nil, fmt.Errorf("report %s needs --param %s=<%s>; it accepts %s", r.Name, p.Name, p.Type, r.Accepted())
		}
		out[p.Name] = p.Default
	}
	return out, nil
}

// Accepted describes the report's params for error messages: `entity (entity, default
// "North Korea"), k (int 1..6, default 4)`.
func (r Report) Accepted() string {
	if len(r.Params) == 0 {
		return "no params"
	}
	parts := make([]string, len(r.Params))
	for i, p := range r.Params {
		parts[i] = p.Name + " (" + p.Signature() + ")"
	}
	return strings.Join(parts, ", ")
}

// Signature is the param's type, constraints and default in one short phrase.
func (p Param) Signature() string {
	s := p.Type
	if r := p.rangeText(); r != "" {
		s += " " + r
	}
	if len(p.OneOf) > 0 {
		s += " one of " + strings.Join(p.OneOf, "|")
	}
	if p.Required {
		return s + ", required"
	}
	return s + ", default " + Literal(p.Default)
}

// isoDate is a date at year, month or day precision.
var isoDate = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// Parse converts a command-line string to the param's type and checks its constraints.
func (p Param) Parse(s string) (any, error) {
	var v any
	switch p.Type {
	case TypeString, TypeEntity:
		v = s
		// Relation and entity types are written in capitals and title case in the graph, but
		// an analyst types "supplied" or "person": take any case and send the declared spelling.
		for _, ok := range p.OneOf {
			if strings.EqualFold(strings.TrimSpace(s), ok) {
				v = ok
			}
		}
	case TypeDate:
		v = strings.TrimSpace(s)
	case TypeInt:
		i, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("want an integer")
		}
		v = i
	case TypeFloat:
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return nil, fmt.Errorf("want a number")
		}
		v = f
	case TypeBool:
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("want true or false")
		}
		v = b
	}
	if err := p.check(v); err != nil {
		return nil, err
	}
	return v, nil
}

func (p Param) check(v any) error {
	var f float64
	switch n := v.(type) {
	case int64:
		f = float64(n)
	case float64:
		f = n
	case string:
		if p.Type == TypeEntity && strings.TrimSpace(n) == "" && p.Required {
			return fmt.Errorf("want an entity name or alias")
		}
		if p.Type == TypeDate && n != "" && !isoDate.MatchString(n) {
			return fmt.Errorf("want a date as YYYY, YYYY-MM or YYYY-MM-DD")
		}
		if len(p.OneOf) > 0 && n != "" && !slices.Contains(p.OneOf, n) {
			return fmt.Errorf("want one of %s", strings.Join(p.OneOf, ", "))
		}
		return nil
	default:
		return nil
	}
	if (p.Min != nil && f < *p.Min) || (p.Max != nil && f > *p.Max) {
		return fmt.Errorf("want a value in %s", p.rangeText())
	}
	return nil
}

func (p Param) rangeText() string {
	switch {
	case p.Min != nil && p.Max != nil:
		return fmt.Sprintf("%g..%g", *p.Min, *p.Max)
	case p.Min != nil:
		return fmt.Sprintf(">= %g", *p.Min)
	case p.Max != nil:
		return fmt.Sprintf("<= %g", *p.Max)
	}
	return ""
}

// Literal renders a param value as a Cypher (and JSON) literal.
func Literal(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
