package report

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// CheckTable reads back out, the table format of tab, and returns an error unless every
// line fits maxLine (when > 0) and every cell of tab can be read back whole: the constant
// lines above the table, the wrapped columns or the blocks, and the empty columns named in the
// footer. Spaces are ignored in the comparison, since wrapping turns them into line breaks.
// It is exported to the package's tests (report_test uses it on the seed graph's reports).
func CheckTable(tab Table, out string, maxLine int) error {
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for i, l := range lines {
		if maxLine > 0 && width(l) > maxLine {
			return fmt.Errorf("line %d is %d characters, more than %d: %q", i+1, width(l), maxLine, l)
		}
	}
	got := map[string][]string{} // column -> its cells, read back
	footer := regexp.MustCompile(`^\((\d+) rows?(?:; empty in every row: (.*))?\)$`).FindStringSubmatch(lines[len(lines)-1])
	if footer == nil {
		return fmt.Errorf("no footer line: %q", lines[len(lines)-1])
	}
	if n, _ := strconv.Atoi(footer[1]); n != len(tab.Rows) {
		return fmt.Errorf("footer says %s rows, the table has %d", footer[1], len(tab.Rows))
	}
	if footer[2] != "" {
		for _, c := range strings.Split(footer[2], ", ") {
			got[c] = make([]string, len(tab.Rows))
		}
	}
	lines = lines[:len(lines)-1]

	// The constant columns: "column: value" with continuation lines indented under the value.
	i := 0
	for i < len(lines) {
		col, ok := labelOf(lines[i], tab.Columns, ": ")
		if !ok {
			break
		}
		indent := width(col) + 2
		v := lines[i][len(col)+2:]
		for i++; i < len(lines) && strings.HasPrefix(lines[i], strings.Repeat(" ", indent)); i++ {
			v += lines[i]
		}
		got[col] = slices.Repeat([]string{v}, len(tab.Rows))
	}
	if i > 0 {
		if i >= len(lines) || lines[i] != "" {
			return fmt.Errorf("no blank line after the constant columns")
		}
		i++
	}
	lines = lines[i:]

	switch {
	case len(lines) >= 2 && regexp.MustCompile(`^-+(-\+-+)*$`).MatchString(lines[1]):
		if err := readColumns(lines, got, len(tab.Rows)); err != nil {
			return err
		}
	case len(tab.Rows) > 0 && strings.HasPrefix(lines[0], "--- 1 of "):
		if err := readBlocks(lines, tab.Columns, got, len(tab.Rows)); err != nil {
			return err
		}
	case len(tab.Rows) > 0:
		return fmt.Errorf("neither a table nor blocks after the constant columns: %q", lines[0])
	}

	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	for c, name := range tab.Columns {
		cells, ok := got[name]
		if !ok {
			return fmt.Errorf("column %s is not in the output", name)
		}
		if len(cells) != len(tab.Rows) {
			return fmt.Errorf("column %s: read back %d cells, want %d", name, len(cells), len(tab.Rows))
		}
		for r, row := range tab.Rows {
			if want := squeeze(cell(row[c])); squeeze(cells[r]) != want {
				return fmt.Errorf("row %d column %s: read back %q, want %q", r+1, name, cells[r], cell(row[c]))
			}
		}
	}
	return nil
}

func labelOf(line string, columns []string, sep string) (string, bool) {
	best := ""
	for _, c := range columns {
		if strings.HasPrefix(line, c+sep) && len(c) > len(best) {
			best = c
		}
	}
	return best, best != ""
}

func readColumns(lines []string, got map[string][]string, rows int) error {
	var names []string
	var starts, widths []int
	pos := 0
	for _, dashes := range strings.Split(lines[1], "-+-") {
		starts, widths = append(starts, pos), append(widths, len(dashes))
		pos += len(dashes) + len(colGap)
	}
	header := []rune(lines[0])
	for k := range starts {
		names = append(names, strings.TrimSpace(runeSlice(header, starts[k], widths[k])))
	}
	body := lines[2:]
	var groups [][]string
	switch {
	case rows == 1 && len(body) > 0:
		// A single row has no blank line to mark where it ends.
		groups = [][]string{body}
	case slices.Contains(body, ""):
		for _, g := range strings.Split(strings.Join(body, "\n"), "\n\n") {
			groups = append(groups, strings.Split(g, "\n"))
		}
	default:
		for _, l := range body {
			groups = append(groups, []string{l})
		}
	}
	if rows == 0 {
		groups = nil
	}
	if len(groups) != rows {
		return fmt.Errorf("read %d rows from the table, want %d", len(groups), rows)
	}
	for _, n := range names {
		got[n] = make([]string, rows)
	}
	for r, g := range groups {
		for _, l := range g {
			lr := []rune(l)
			for k, n := range names {
				got[n][r] += " " + strings.TrimSpace(runeSlice(lr, starts[k], widths[k]))
			}
		}
	}
	return nil
}

func readBlocks(lines []string, columns []string, got map[string][]string, rows int) error {
	r, last := -1, ""
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "--- "):
			r++
			if want := fmt.Sprintf("--- %d of %d ---", r+1, rows); l != want {
				return fmt.Errorf("block line %q, want %q", l, want)
			}
		case l == "":
		case strings.HasPrefix(l, " "):
			if last == "" {
				return fmt.Errorf("continuation line without a column: %q", l)
			}
			got[last][r] += l
		default:
			// "column: value" fields side by side, fieldGap apart.
			for _, field := range strings.Split(l, fieldGap) {
				col, ok := labelOf(field, columns, ": ")
				if !ok {
					return fmt.Errorf("block field names no column: %q in %q", field, l)
				}
				if got[col] == nil {
					got[col] = make([]string, rows)
				}
				if got[col][r] != "" {
					return fmt.Errorf("block %d shows column %s twice", r+1, col)
				}
				got[col][r] = field[len(col)+2:]
				last = col
			}
		}
	}
	if r+1 != rows {
		return fmt.Errorf("read %d blocks, want %d", r+1, rows)
	}
	for _, c := range columns {
		if got[c] == nil {
			got[c] = make([]string, rows) // empty in every block
		}
	}
	return nil
}

func runeSlice(r []rune, from, n int) string {
	if from >= len(r) {
		return ""
	}
	return string(r[from:min(from+n, len(r))])
}
