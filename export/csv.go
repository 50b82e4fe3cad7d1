package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// CSV for spreadsheets and Gephi's spreadsheet import: nodes.csv with Id and Label, edges.csv
// with Source, Target, Type (Directed or Undirected, as Gephi reads it), Label and Weight, then
// kg's own columns; claims.csv with one row per claim and its evidence when asked for.
// Lists are joined with "; "; --bom adds the byte-order mark Excel wants.

func writeCSV(out *Output, g Graph, o WriteOptions) error {
	join := func(s []string) string { return strings.Join(s, "; ") }
	itoa := func(n int64) string { return strconv.FormatInt(n, 10) }
	nodes := [][]string{{"Id", "Label", "type", "aliases"}}
	for _, e := range g.Entities {
		nodes = append(nodes, []string{e.ID, e.Name, e.Type, join(e.Aliases)})
	}
	edges := [][]string{{"Source", "Target", "Type", "Label", "Weight", "Id", "relation", "claims", "asserted",
		"denied", "first_date", "last_date", "dates", "items", "roles", "modalities", "documents"}}
	for _, r := range g.Relations {
		dir := "Directed"
		if !r.Directed {
			dir = "Undirected"
		}
		edges = append(edges, []string{r.Source, r.Target, dir, r.Type, itoa(max(r.Claims, 1)), r.Key, r.Type,
			itoa(r.Claims), itoa(r.Asserted), itoa(r.Denied), r.FirstDate, r.LastDate, join(r.Dates),
			join(r.Items), join(r.Roles), join(r.Modalities), join(r.Documents)})
	}
	if err := writeRecords(out.File("nodes.csv"), nodes, o.BOM); err != nil {
		return err
	}
	if err := writeRecords(out.File("edges.csv"), edges, o.BOM); err != nil {
		return err
	}
	if !o.Claims {
		return nil
	}
	rows := [][]string{{"id", "relation_key", "relation", "source", "target", "polarity", "modality", "dates",
		"item", "role", "according_to", "document", "document_title", "published", "evidence"}}
	for _, c := range g.Claims {
		rows = append(rows, []string{c.ID, c.Relation, c.Type, c.Source, c.Target, c.Polarity, c.Modality,
			join(c.Dates), c.Item, c.Role, c.Attribution, c.Document, c.Title, c.Published, c.Evidence})
	}
	return writeRecords(out.File("claims.csv"), rows, o.BOM)
}

func writeRecords(w io.Writer, rows [][]string, bom bool) error {
	if bom {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}
