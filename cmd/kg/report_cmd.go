package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/kg-analytics/kg/cypher"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/report"
)

func newReportCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "report",
		Short: "List, show and run the canned Cypher reports",
		Long: `Reports are Cypher files embedded in kg (cypher/*.cypher). Each declares typed
parameters with defaults; entity parameters accept any alias ("DPRK", "north korea",
"state:PRK"). A name that several entities share ("Ministry of National Defence") is an
error that lists them by id; pass the id to pick one. Reports always run in read-only
sessions.`,
		Example: `  kg report list
  kg report show entity-profile
  kg report run entity-profile --param entity=DPRK
  kg report run paths --param from=Lavrov --param to="Kim Jong Un" --format markdown`,
	}
	cmd.AddCommand(newReportListCommand(), newReportShowCommand(), newReportRunCommand())
	return cmd
}

func newReportListCommand() *cobra.Command {
	var (
		format string
		width  int
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the reports with their parameters",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := report.CheckFormat(format); err != nil {
				return asUsage(err)
			}
			cat, err := cypher.Reports()
			if err != nil {
				return err
			}
			t := report.Table{Columns: []string{"name", "title", "params"}}
			for _, r := range cat.All() {
				t.Rows = append(t.Rows, []any{r.Name, r.Title, r.Accepted()})
			}
			return report.Write(cmd.OutOrStdout(), t, format, tableOptions(cmd, width))
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: "+strings.Join(report.Formats(), ", "))
	addWidthFlag(cmd, &width)
	return cmd
}

func newReportShowCommand() *cobra.Command {
	var params []string
	cmd := &cobra.Command{
		Use:   "show NAME",
		Short: "Print a report's Cypher, with :param lines, ready to paste into Neo4j Browser",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, values, err := bindReport(args[0], params)
			if err != nil {
				return err
			}
			_, err = io.WriteString(cmd.OutOrStdout(), r.BrowserScript(values))
			return err
		},
	}
	cmd.Flags().StringArrayVar(&params, "param", nil, "override a default: NAME=VALUE (repeatable)")
	return cmd
}

func newReportRunCommand() *cobra.Command {
	var (
		params []string
		format string
		width  int
	)
	cmd := &cobra.Command{
		Use:   "run NAME",
		Short: "Run a report read-only and print its rows",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := report.CheckFormat(format); err != nil {
				return asUsage(err)
			}
			r, values, err := bindReport(args[0], params)
			if err != nil {
				return err
			}
			client, err := openReadGraph(cmd)
			if err != nil {
				return err
			}
			defer client.Close(context.WithoutCancel(cmd.Context()))
			t, err := report.Run(cmd.Context(), client, r, values)
			if err != nil {
				return err
			}
			return report.Write(cmd.OutOrStdout(), t, format, tableOptions(cmd, width))
		},
	}
	cmd.Flags().StringArrayVar(&params, "param", nil, "report parameter NAME=VALUE (repeatable); see `kg report list`")
	cmd.Flags().StringVar(&format, "format", "table", "output format: "+strings.Join(report.Formats(), ", "))
	addWidthFlag(cmd, &width)
	return cmd
}

// bindReport finds the named report and types its --param values.
func bindReport(name string, raw []string) (cypher.Report, map[string]any, error) {
	cat, err := cypher.Reports()
	if err != nil {
		return cypher.Report{}, nil, err
	}
	r, err := cat.Get(name)
	if err != nil {
		return cypher.Report{}, nil, asUsage(err)
	}
	kv, err := splitParams(raw)
	if err != nil {
		return cypher.Report{}, nil, usageErrorf("report %s: %w; it accepts %s", name, err, r.Accepted())
	}
	values, err := r.Bind(kv)
	if err != nil {
		return cypher.Report{}, nil, asUsage(err)
	}
	return r, values, nil
}

// splitParams turns repeated NAME=VALUE flags into a map; a name given twice is an error
// rather than a silent last-wins.
func splitParams(raw []string) (map[string]string, error) {
	out := make(map[string]string, len(raw))
	for _, p := range raw {
		k, v, ok := strings.Cut(p, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, fmt.Errorf("--param %q: want NAME=VALUE", p)
		}
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("--param %s given twice", k)
		}
		out[k] = v
	}
	return out, nil
}

func newQueryCommand() *cobra.Command {
	var (
		params []string
		format string
		width  int
		write  bool
	)
	cmd := &cobra.Command{
		Use:   "query CYPHER",
		Short: "Run an ad-hoc Cypher query (read-only unless --write)",
		Long: `Runs one Cypher statement and prints its rows. Without --write it only reads the
graph: the statement's plan is checked first (EXPLAIN; nothing runs) and refused if it
loads files or URLs (LOAD CSV), manages transactions or connections (SHOW/TERMINATE
TRANSACTIONS, dbms.kill*), inspects the server (SHOW SETTINGS, administration commands)
or calls a procedure outside a small read-only allow-list (graph/readonly.txt); then it
runs in a read-only session, so the server refuses any write it attempts. Use - to read
the statement from standard input. --param values are JSON literals when they parse as
JSON (4, true, "x", [1,2]) and plain strings otherwise.`,
		Example: `  kg query 'MATCH (e:State) RETURN e.name ORDER BY e.name'
  kg query 'MATCH (a:Alias {key: $k})-->(e) RETURN e' --param k=dprk --format json
  echo 'MATCH (n) RETURN count(n)' | kg query -`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := report.CheckFormat(format); err != nil {
				return asUsage(err)
			}
			stmt := args[0]
			if stmt == "-" {
				b, err := io.ReadAll(cmd.InOrStdin())
				if err != nil {
					return fmt.Errorf("reading the query from standard input: %w", err)
				}
				stmt = string(b)
			}
			if strings.TrimSpace(stmt) == "" {
				return usageErrorf("query: the statement is empty")
			}
			kv, err := splitParams(params)
			if err != nil {
				return usageErrorf("query: %w", err)
			}
			values := make(map[string]any, len(kv))
			for k, v := range kv {
				values[k] = adhocValue(v)
			}
			client, err := openReadGraph(cmd)
			if err != nil {
				return err
			}
			defer client.Close(context.WithoutCancel(cmd.Context()))
			t, err := report.Query(cmd.Context(), client, stmt, values, write)
			if errors.Is(err, graph.ErrNotReadOnly) {
				return fmt.Errorf("query refused: %v; kg query only reads the graph unless --write is given", err)
			}
			if errors.Is(err, graph.ErrWriteInReadMode) {
				return errors.New("query: the statement writes to the graph, and kg query is read-only; re-run with --write to allow writes")
			}
			if err != nil {
				return fmt.Errorf("query: %w", err)
			}
			return report.Write(cmd.OutOrStdout(), t, format, tableOptions(cmd, width))
		},
	}
	cmd.Flags().StringArrayVar(&params, "param", nil, "query parameter NAME=VALUE (repeatable)")
	cmd.Flags().StringVar(&format, "format", "table", "output format: "+strings.Join(report.Formats(), ", "))
	addWidthFlag(cmd, &width)
	cmd.Flags().BoolVar(&write, "write", false, "allow the statement to write (opens a write session)")
	return cmd
}

// adhocValue reads a --param value as a JSON literal when it is one, else as a string.
func adhocValue(s string) any {
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil || dec.More() {
		return s
	}
	return fromJSON(v)
}

// fromJSON converts decoded JSON to the types the driver sends: int64 for integral numbers.
func fromJSON(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = fromJSON(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = fromJSON(x[k])
		}
	}
	return v
}

// openReadGraph connects with the configured settings. Reports and queries choose their
// access mode per call, so the same client serves both.
func openReadGraph(cmd *cobra.Command) (*graph.Client, error) {
	cfg, err := loadConfig(cmd)
	if err != nil {
		return nil, err
	}
	c, err := graph.Open(cmd.Context(), graph.Config{
		URI: cfg.Neo4jURI, Username: cfg.Neo4jUser, Password: cfg.Neo4jPassword, Database: cfg.Neo4jDatabase,
		ConnectTimeout: cfg.ConnectTimeout,
	})
	if err != nil {
		return nil, credentialHint(cfg, err)
	}
	return c, nil
}

// defaultWidth is the table width when standard output is not a terminal (a pipe, a file, CI).
const defaultWidth = 120

func addWidthFlag(cmd *cobra.Command, width *int) {
	*width = -1
	cmd.Flags().Var((*widthValue)(width), "width", fmt.Sprintf(
		"table format: the longest line; wider rows wrap (auto: the terminal's width, else %d; 0: no limit)", defaultWidth))
}

// widthValue is --width: a number of columns, or auto (-1) until one is given.
type widthValue int

func (w *widthValue) String() string {
	if *w < 0 {
		return "auto"
	}
	return strconv.Itoa(int(*w))
}

func (w *widthValue) Set(s string) error {
	if s == "auto" {
		*w = -1
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return fmt.Errorf("want a number of columns (0: no limit) or auto")
	}
	*w = widthValue(n)
	return nil
}

func (w *widthValue) Type() string { return "int|auto" }

// tableOptions sizes the table format: --width when given, else the terminal's width when
// standard output is one, else defaultWidth.
func tableOptions(cmd *cobra.Command, width int) report.Options {
	if width >= 0 {
		return report.Options{Width: width}
	}
	if f, ok := cmd.OutOrStdout().(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return report.Options{Width: w}
		}
	}
	return report.Options{Width: defaultWidth}
}
