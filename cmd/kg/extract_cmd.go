package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kg-analytics/kg/eval"
	"github.com/kg-analytics/kg/extract"
)

// extractFlags are the input flags kg extract and kg eval share.
type extractFlags struct {
	manifest string
	maxBytes int64
	shard    extract.Shard // set by kg extract --shard only; the zero value keeps every input
}

func (f *extractFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.manifest, "manifest", "", "manifest JSON with title, source, authors, published date and sha256 per document id (a manifest.json in an input directory is used automatically)")
	cmd.Flags().Int64Var(&f.maxBytes, "max-bytes", extract.DefaultMaxBytes, "per-file size limit in bytes; larger files are skipped with a message")
}

func newExtractCommand() *cobra.Command {
	var (
		in        extractFlags
		format    string
		outPath   string
		sentences bool
		shard     string
	)
	cmd := &cobra.Command{
		Use:   "extract [paths...]",
		Short: "Extract entities and relations from text files, directories or stdin",
		Long: `extract reads documents (UTF-8 text, HTML pages, PDFs) and writes the entities and
relations found in them. Paths may be files, directories (searched recursively for *.txt,
*.md, *.html, *.htm and *.pdf, in lexical order; regular files only) or "-" for standard
input; with no paths, standard input is read when it is not a terminal. The document id is
the file name without its extension. PDFs need poppler's pdftotext on PATH.

A file that cannot be used (missing, unreadable, empty, binary, not valid UTF-8, larger
than --max-bytes, duplicate id) is reported on stderr as one line and skipped; the other
files are still extracted, and the exit status is 1 if any file was skipped.

--format records writes each document whole (metadata, hash, sentences, mentions,
entities, relations), one JSON object a line: what kg build --from reads. --shard i/n keeps
only the documents whose id hashes (FNV-1a) to i modulo n, so n machines given the same
corpus extract it between them.`,
		Example: `  kg extract seeds/ --format text
  kg extract seeds/ -o out.jsonl
  cat article.txt | kg extract --format json
  kg extract corpus/ --format records --shard 2/8 -o shard-2.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := in.parseShard(shard); err != nil {
				return err
			}
			if !validFormat(format) {
				return usageErrorf("--format %q: want one of %s", format, strings.Join(extract.Formats(), ", "))
			}
			paths, err := inputPaths(cmd, args)
			if err != nil {
				return err
			}
			cfg, err := loadConfig(cmd)
			if err != nil {
				return asUsage(err)
			}
			write := func(w io.Writer) (extract.Summary, error) {
				out, err := extract.NewWriter(w, format, extract.OutputOptions{Sentences: sentences})
				if err != nil {
					return extract.Summary{}, err
				}
				sum, err := runExtraction(cmd.Context(), cmd, cfg, in, paths, out.Write)
				if cerr := out.Close(); err == nil && cerr != nil {
					err = fmt.Errorf("writing output: %w", cerr)
				}
				return sum, err
			}
			var sum extract.Summary
			if outPath == "" || outPath == "-" {
				sum, err = write(cmd.OutOrStdout())
			} else {
				err = writeAtomically(outPath, func(w io.Writer) error {
					var err error
					sum, err = write(w)
					return err
				})
			}
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.ErrOrStderr(), summaryLine(sum))
			if sum.Failed > 0 {
				return errSilent // each failure, and the count, are on stderr already
			}
			return nil
		},
	}
	in.register(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", extract.FormatJSONL, "output format: jsonl, json, text, or records (what kg build --from reads)")
	cmd.Flags().StringVar(&shard, "shard", "", "extract only shard i of n (i/n, 0 <= i < n): the documents whose id hashes to i")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to this file (atomically: all or nothing) instead of stdout")
	cmd.Flags().BoolVar(&sentences, "sentences", false, "also write document and sentence records (jsonl) or the sentence list (text)")
	return cmd
}

func validFormat(f string) bool {
	for _, known := range extract.Formats() {
		if f == known {
			return true
		}
	}
	return false
}

// inputPaths returns the paths to read: the arguments, or standard input when there are none
// and it is not a terminal (so that "kg extract" alone does not sit waiting for typing).
func inputPaths(cmd *cobra.Command, args []string) ([]string, error) {
	if len(args) > 0 {
		return args, nil
	}
	if f, ok := cmd.InOrStdin().(*os.File); ok {
		if info, err := f.Stat(); err != nil || info.Mode()&os.ModeCharDevice != 0 {
			return nil, usageErrorf("no input: give files or directories, or pipe text to standard input\nUsage: %s", cmd.UseLine())
		}
	}
	return []string{extract.StdinPath}, nil
}

// runExtraction extracts paths and hands each document to emit, in input order; per-input
// problems are written to stderr as one line each.
func runExtraction(ctx context.Context, cmd *cobra.Command, cfg config, in extractFlags, paths []string, emit func(extract.Document) error) (extract.Summary, error) {
	if _, err := newLogger(cfg.LogLevel); err != nil {
		return extract.Summary{}, asUsage(err)
	}
	if in.maxBytes <= 0 {
		return extract.Summary{}, usageErrorf("--max-bytes %d: must be positive", in.maxBytes)
	}
	inputs, err := extract.CollectInputs(paths, in.manifest)
	if err != nil {
		return extract.Summary{}, asUsage(err)
	}
	if in.shard.Count > 1 {
		inputs = in.shard.Filter(inputs)
	}
	x, err := extract.New(extract.Options{RuleDirs: cfg.RulesDirs})
	if err != nil {
		return extract.Summary{}, usageErrorf("loading rules: %v", err)
	}
	stderr := cmd.ErrOrStderr()
	opts := extract.RunOptions{Workers: cfg.Workers, MaxBytes: in.maxBytes, Stdin: cmd.InOrStdin()}
	return extract.Run(ctx, x, inputs, opts, func(r extract.Result) error {
		if r.Err != nil {
			fmt.Fprintln(stderr, "kg: skipped "+oneLine(r.Err.Error()))
			return nil
		}
		for _, w := range r.Doc.Warnings {
			fmt.Fprintln(stderr, warningLine(w))
		}
		return emit(r.Doc)
	})
}

// warningLine is the stderr line for one of a document's warnings: what extraction lost
// without skipping the document (extract.Document.Warnings names the document and sentence).
func warningLine(w string) string { return "kg: warning: " + oneLine(w) }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func summaryLine(s extract.Summary) string {
	secs := s.Elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(s.Bytes) / 1e6 / secs
	}
	return fmt.Sprintf("kg: %d documents extracted, %d failed; %d entities, %d relations; %.2f MB in %.2fs (%.2f MB/s)",
		s.Docs, s.Failed, s.Entities, s.Relations, float64(s.Bytes)/1e6, secs, rate)
}

// writeAtomically writes a file through a temporary file in the same directory that is
// renamed over path only when write succeeds, so a failed or interrupted run leaves either
// the old file or nothing, never half an output.
//
// A device, pipe or socket (-o /dev/null, a FIFO) is written in place: renaming a regular file
// over it would replace the device itself, which for /dev/null run as root breaks the machine.
func writeAtomically(path string, write func(io.Writer) error) (err error) {
	if fi, statErr := os.Stat(path); statErr == nil && fi.Mode()&(os.ModeDevice|os.ModeNamedPipe|os.ModeSocket) != 0 {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("opening output %s: %w", path, err)
		}
		if err := write(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("writing output %s: %w", path, err)
		}
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("creating output %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("writing output %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing output %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing output %s: %w", path, err)
	}
	return nil
}

func newEvalCommand() *cobra.Command {
	var (
		in       extractFlags
		goldPath string
		output   string
		against  string
		asJSON   bool
		verbose  bool
		docs     string
	)
	cmd := &cobra.Command{
		Use:   "eval --gold FILE [paths...]",
		Short: "Score extraction against gold annotations",
		Long: `eval extracts the given paths (as kg extract does) and scores the result against a
gold file, printing precision, recall and F1 overall and per entity and relation type,
and the accuracy of relation attributes, in the layout of the reference scorer
(shared/eval/score.py, whose figures it reproduces). With --output it scores an
existing JSONL file instead of extracting; with --against it scores a second annotator's
gold file of the same documents, as if it were extractor output, which measures how far
two annotators agree (the ceiling an extractor is judged against).

Exit status: 0 when scored; 1 when some input files were skipped (the scores are still
printed); 2 when the gold or output file is unusable or --docs names an unknown document.`,
		Example: `  kg eval --gold ../shared/eval/seeds.gold.json seeds/
  kg eval --gold seeds.gold.json --output out.jsonl --verbose
  kg eval --gold testdata/heldout26/gold.json --against testdata/heldout26/gold.second.json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if goldPath == "" {
				return usageErrorf("--gold FILE is required")
			}
			given := 0
			for _, set := range []bool{output != "", against != "", len(args) > 0} {
				if set {
					given++
				}
			}
			if given > 1 {
				return usageErrorf("give one of --output FILE, --against FILE or paths to extract")
			}
			stderr := cmd.ErrOrStderr()
			warn := func(msg string) { fmt.Fprintln(stderr, msg) }
			gold, err := eval.LoadGoldFile(goldPath, warn)
			if err != nil {
				return asUsage(err)
			}
			docIDs, err := eval.SelectDocuments(gold, docs)
			if err != nil {
				return asUsage(err)
			}
			var (
				out       *eval.Output
				malformed int
				failed    int
			)
			switch {
			case output != "":
				out, malformed, err = eval.LoadOutputFile(output, warn)
				if err != nil {
					return asUsage(err)
				}
			case against != "":
				second, err := eval.LoadGoldFile(against, warn)
				if err != nil {
					return asUsage(err)
				}
				out = second.AsOutput()
			default:
				paths, err := inputPaths(cmd, args)
				if err != nil {
					return err
				}
				cfg, err := loadConfig(cmd)
				if err != nil {
					return asUsage(err)
				}
				// Score through the same JSONL records kg extract writes, so that kg eval
				// and score.py over the written file cannot disagree.
				var buf bytes.Buffer
				w, err := extract.NewWriter(&buf, extract.FormatJSONL, extract.OutputOptions{})
				if err != nil {
					return err
				}
				sum, err := runExtraction(cmd.Context(), cmd, cfg, in, paths, w.Write)
				if err != nil {
					return err
				}
				if err := w.Close(); err != nil {
					return err
				}
				failed = sum.Failed
				fmt.Fprintln(stderr, summaryLine(sum))
				out, malformed, err = eval.LoadOutput(&buf, "extraction", warn)
				if err != nil {
					return err
				}
			}
			result := eval.Summarise(eval.Score(gold, out, docIDs), gold, out, docIDs, malformed, verbose)
			stdout := cmd.OutOrStdout()
			if asJSON {
				_, err = stdout.Write(append(result.JSON(), '\n'))
			} else {
				_, err = io.WriteString(stdout, result.Text()+"\n")
			}
			if err != nil {
				return fmt.Errorf("writing scores: %w", err)
			}
			if failed > 0 {
				return fmt.Errorf("%d inputs failed (see above); scores cover the rest", failed)
			}
			return nil
		},
	}
	in.register(cmd)
	cmd.Flags().StringVar(&goldPath, "gold", "", "gold annotations (*.gold.json, format of shared/eval/SCHEMA.md)")
	cmd.Flags().StringVar(&output, "output", "", "score this extractor output (JSONL) instead of extracting")
	cmd.Flags().StringVar(&against, "against", "", "score a second annotator's gold file of the same documents (agreement) instead of extracting")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object (as score.py --json)")
	cmd.Flags().BoolVar(&verbose, "verbose", false, "list, per document, missed and false-positive entities and relations")
	cmd.Flags().StringVar(&docs, "docs", "", "comma-separated document ids to score (default: all gold documents)")
	return cmd
}
