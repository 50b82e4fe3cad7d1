package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/identity"
)

// idSession wires extraction's identity keys, the analyst's corrections and the graph's
// resolver together for one command.
type idSession struct {
	c     *graph.Client
	x     *extract.Extractor
	corr  *identity.Corrections
	res   *identity.Resolver
	props map[string]graph.EntityProps // Wikidata ids and renames to set after writing
}

func newIdentity(ctx context.Context, c *graph.Client, x *extract.Extractor, corr *identity.Corrections) (*idSession, error) {
	res, err := loadResolver(ctx, c, x, corr)
	if err != nil {
		return nil, err
	}
	id := &idSession{c: c, x: x, corr: corr, res: res, props: map[string]graph.EntityProps{}}
	for eid, name := range corr.Renames() {
		id.props[eid] = graph.EntityProps{ID: eid, Name: name}
	}
	return id, nil
}

// loadResolver is a resolver that knows every entity of the graph.
func loadResolver(ctx context.Context, c *graph.Client, x *extract.Extractor, corr *identity.Corrections) (*identity.Resolver, error) {
	known, err := c.KnownEntities(ctx)
	if err != nil {
		return nil, err
	}
	return identity.New(x.IdentityKey, corr, known), nil
}

// loadCorrections reads the identity file named by the configuration.
func loadCorrections(cfg config) (*identity.Corrections, error) {
	corr, err := identity.LoadCorrections(cfg.IdentityFile)
	if err != nil {
		return nil, asUsage(err)
	}
	return corr, nil
}

// resolve maps a document's entities onto the graph's and remembers what to set afterwards.
func (id *idSession) resolve(doc extract.Document) extract.Document {
	doc = id.res.Resolve(doc)
	for _, e := range doc.Entities {
		if e.Wikidata != "" {
			p := id.props[e.ID]
			p.ID, p.Wikidata = e.ID, e.Wikidata
			id.props[e.ID] = p
		}
	}
	return doc
}

// finish sets names and Wikidata ids of entities that exist.
func (id *idSession) finish(ctx context.Context) error {
	rows := make([]graph.EntityProps, 0, len(id.props))
	for _, p := range id.props {
		rows = append(rows, p)
	}
	if err := id.c.SetEntityProps(ctx, rows); err != nil {
		return err
	}
	return nil
}

// repoint extracts again, resolves and rewrites every stored document that mentions one of
// ids, so that the graph follows the corrections: mentions, claims and aliases move to the
// entity they now resolve to, relationships are recomputed from the claims, and entities
// left with nothing are deleted (the writer's own rules for a replaced document). Every
// document is read first: when one cannot be, nothing is written.
func (id *idSession) repoint(ctx context.Context, ids []string, before func() error) (int, error) {
	docs, err := id.c.DocumentsMentioning(ctx, ids)
	if err != nil {
		return 0, err
	}
	inputs := make([]extract.Input, 0, len(docs))
	for _, d := range docs {
		if d.Path == "" {
			return 0, fmt.Errorf("document %s has no stored path to extract it again from; run kg build --force on its corpus", d.ID)
		}
		inputs = append(inputs, extract.Input{Meta: d.Meta})
	}
	var extracted []extract.Document
	_, err = extract.Run(ctx, id.x, inputs, extract.RunOptions{Workers: 1} /* stored paths only: no standard input */, func(r extract.Result) error {
		if r.Err != nil {
			return fmt.Errorf("cannot extract document %s again: %v", r.Input.Meta.ID, r.Err)
		}
		extracted = append(extracted, r.Doc)
		return nil
	})
	if err != nil {
		return 0, err
	}
	if before != nil {
		if err := before(); err != nil {
			return 0, err
		}
	}
	// The corrections may have changed since the resolver was loaded: load it again.
	if id.res, err = loadResolver(ctx, id.c, id.x, id.corr); err != nil {
		return 0, err
	}
	for _, doc := range extracted {
		if _, err := id.c.WriteDocument(ctx, id.resolve(doc), graph.WriteOptions{Force: true}); err != nil {
			return 0, err
		}
	}
	return len(extracted), id.finish(ctx)
}

// repointPending re-points documents still mentioning the source of a same line (written
// by hand, or by a merge whose re-pointing was interrupted), so a build applies every line.
func (id *idSession) repointPending(ctx context.Context) (int, error) {
	var live []string
	for _, src := range id.corr.SameSources() {
		if _, ok, err := id.c.Entity(ctx, src); err != nil {
			return 0, err
		} else if ok {
			live = append(live, src)
		}
	}
	if len(live) == 0 {
		return 0, nil
	}
	return id.repoint(ctx, live, nil)
}

func newEntitiesCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "Correct entity identity: merge two entities into one, or split them apart",
		Long: `entities records the analyst's decisions about identity in the identity file
(identity in kg.yaml, KG_IDENTITY or --identity; default kg-identity.tsv in the working
directory), which every kg build applies, and re-points the graph at once: the documents
that mention the entities are extracted again from their stored paths and rewritten, so
mentions, claims and aliases move, relationships are recomputed from their claims, and an
entity left with nothing is deleted. Nothing is written when a document cannot be read.

The file's format (tab-separated, # comments):
  same       <id or name>  <id>     the first is the entity with the second id
  different  <id>          <id>     never merge these two
  rename     <id>          <name>   canonical name of an entity`,
		Example: `  kg entities merge person:sergei-lavrov person:sergey-lavrov
  kg entities split person:sergei-lavrov person:sergey-lavrov
  kg report run suspected-duplicates`,
	}
	var file string
	cmd.PersistentFlags().StringVar(&file, "identity", "", "identity file (env KG_IDENTITY; default kg-identity.tsv)")
	run := func(verb string) func(*cobra.Command, []string) error {
		return func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return asUsage(err)
			}
			a, b := args[0], args[1]
			if a == b {
				return usageErrorf("%s %s %s: the two ids are the same", verb, a, b)
			}
			corr, err := loadCorrections(cfg)
			if err != nil {
				return err
			}
			x, err := extract.New(extract.Options{RuleDirs: cfg.RulesDirs})
			if err != nil {
				return usageErrorf("loading rules: %v", err)
			}
			return withGraph(cmd, func(ctx context.Context, c *graph.Client) error {
				return entitiesChange(ctx, cmd.OutOrStdout(), c, x, corr, verb, a, b)
			})
		}
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "merge A B",
		Short: "Record that entity A is entity B and move A's mentions, claims and aliases to B",
		Long: `merge writes "same A B" to the identity file (dropping lines that said otherwise) and
rewrites the documents that mention A so that they name B: B keeps its id and name, A's
surface forms become B's aliases, and A is deleted once nothing refers to it.`,
		Args: cobra.ExactArgs(2),
		RunE: run("merge"),
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "split A B",
		Short: "Record that entities A and B are different and give A its own node again",
		Long: `split removes "same" lines joining A and B from the identity file, writes
"different A B", and rewrites the documents that mention B, so that the names that were
A's resolve to A again.`,
		Args: cobra.ExactArgs(2),
		RunE: run("split"),
	})
	return cmd
}

// entitiesChange runs merge or split.
func entitiesChange(ctx context.Context, out io.Writer, c *graph.Client, x *extract.Extractor, corr *identity.Corrections, verb, a, b string) error {
	eb, ok, err := c.Entity(ctx, b)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%s: no entity %s in the graph (ids look like person:kim-jong-un; kg query 'MATCH (e:Entity) RETURN e.id' lists them)", verb, b)
	}
	ea, okA, err := c.Entity(ctx, a)
	if err != nil {
		return err
	}
	var ids []string
	switch verb {
	case "merge":
		if !okA {
			return fmt.Errorf("merge: no entity %s in the graph", a)
		}
		if ea.Type != eb.Type {
			return fmt.Errorf("merge: %s is a %s and %s a %s; only entities of one type can be one", a, ea.Type, b, eb.Type)
		}
		corr.Merge(a, b)
		ids = []string{a}
	case "split":
		corr.Split(a, b)
		ids = []string{b}
		if okA {
			ids = append(ids, a)
		}
	}
	id, err := newIdentity(ctx, c, x, corr)
	if err != nil {
		return err
	}
	n, err := id.repoint(ctx, ids, corr.Save)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "kg entities %s %s %s: recorded in %s; %d documents rewritten\n", verb, a, b, corr.Path, n)
	return nil
}
