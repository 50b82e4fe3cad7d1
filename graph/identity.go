package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/identity"
)

// KnownEntities returns every entity of the graph with its aliases and the states its
// people are OFFICIAL_OF: what identity.New needs to map a new document's names onto them.
func (c *Client) KnownEntities(ctx context.Context) ([]identity.Known, error) {
	recs, err := c.readNamed(ctx, "identity_entities", nil)
	if err != nil {
		return nil, fmt.Errorf("reading entities for identity resolution: %w", c.wrapQueryErr(err))
	}
	out := make([]identity.Known, 0, len(recs))
	for _, rec := range recs {
		out = append(out, identity.Known{ID: str(rec, "id"), Type: str(rec, "type"), Name: str(rec, "name"),
			Aliases: recToStrings(rec, "aliases"), States: recToStrings(rec, "states")})
	}
	return out, nil
}

func recToStrings(rec interface{ Get(string) (any, bool) }, key string) []string {
	v, _ := rec.Get(key)
	return toStrings(v)
}

// EntityProps are properties the writer does not set: Wikidata ids from the gazetteer and
// the analyst's renames, applied after a build.
type EntityProps struct {
	ID, Name, Wikidata string
}

// SetEntityProps writes names and Wikidata ids (empty fields are left as they are); a new
// name also becomes a lookup alias.
func (c *Client) SetEntityProps(ctx context.Context, props []EntityProps) error {
	if len(props) == 0 {
		return nil
	}
	sort.Slice(props, func(i, j int) bool { return props[i].ID < props[j].ID })
	rows := make([]map[string]any, 0, len(props))
	for _, p := range props {
		row := map[string]any{"id": p.ID, "name": nil, "key": nil, "wikidata": nil}
		if p.Name != "" {
			row["name"], row["key"] = p.Name, identity.AliasKey(p.Name)
		}
		if p.Wikidata != "" {
			row["wikidata"] = p.Wikidata
		}
		rows = append(rows, row)
	}
	var renamed []string
	for _, p := range props {
		if p.Name != "" {
			renamed = append(renamed, p.ID)
		}
	}
	// A new name has new name words (entity_words), written in the same transaction.
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(context.WithoutCancel(ctx))
	_, err := executeWrite(ctx, c, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		run := &counted{ctx: ctx, tx: tx, q: c.q}
		if _, err := run.run("identity_props", map[string]any{"rows": rows}); err != nil {
			return struct{}{}, err
		}
		if len(renamed) == 0 {
			return struct{}{}, nil
		}
		_, err := run.run("entity_words", map[string]any{"ids": renamed})
		return struct{}{}, err
	})
	if err != nil {
		return fmt.Errorf("setting entity names and Wikidata ids: %w", c.wrapQueryErr(err))
	}
	return nil
}

// StoredDocument is what the graph keeps of a document's input: enough to extract it again.
type StoredDocument struct {
	extract.Meta
}

// DocumentsMentioning returns the stored documents that mention any of ids, by id.
func (c *Client) DocumentsMentioning(ctx context.Context, ids []string) ([]StoredDocument, error) {
	recs, err := c.readNamed(ctx, "identity_documents", map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("finding documents that mention %s: %w", strings.Join(ids, ", "), c.wrapQueryErr(err))
	}
	out := make([]StoredDocument, 0, len(recs))
	for _, rec := range recs {
		out = append(out, StoredDocument{extract.Meta{ID: str(rec, "id"), Path: str(rec, "path"), Title: str(rec, "title"),
			Source: str(rec, "source"), Published: str(rec, "published"), SHA256: str(rec, "sha256"),
			Authors: recToStrings(rec, "authors")}})
	}
	return out, nil
}

// EntityInfo is one stored entity as the identity commands show it.
type EntityInfo struct {
	ID, Type, Name string
	Aliases        []string
}

// Entity returns the stored entity with this id; ok is false when there is none.
func (c *Client) Entity(ctx context.Context, id string) (EntityInfo, bool, error) {
	recs, err := c.readNamed(ctx, "identity_entity", map[string]any{"id": id})
	if err != nil {
		return EntityInfo{}, false, fmt.Errorf("reading entity %s: %w", id, c.wrapQueryErr(err))
	}
	if len(recs) == 0 {
		return EntityInfo{}, false, nil
	}
	return EntityInfo{ID: id, Type: str(recs[0], "type"), Name: str(recs[0], "name"), Aliases: recToStrings(recs[0], "aliases")}, true, nil
}
