package graph

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Fingerprint summarises a whole graph so that two graphs built different ways (kg import and
// kg build) can be compared: counts per label and relationship type, and order-independent
// checksums over every node (labels and properties) and every relationship (type, the id or
// key of both ends, properties).
type Fingerprint struct {
	Labels        map[string]int64
	Types         map[string]int64
	Nodes         string // checksum of the nodes
	Relationships string // checksum of the relationships
}

// FingerprintOptions leave parts of the graph out of a Fingerprint.
type FingerprintOptions struct {
	SkipProps  []string // properties that differ by when they were written (ingested_at)
	SkipLabels []string // nodes that are not part of the graph (a test's marker)
}

// checksum adds up sha256 sums of rows as two 64-bit halves, so the result does not depend
// on the order rows come in (the two stores lay records out differently).
type checksum struct{ a, b, n uint64 }

func (c *checksum) add(row any) error {
	buf, err := json.Marshal(row) // map keys come out sorted
	if err != nil {
		return err
	}
	sum := sha256.Sum256(buf)
	c.a += binary.BigEndian.Uint64(sum[:8])
	c.b += binary.BigEndian.Uint64(sum[8:16])
	c.n++
	return nil
}

func (c checksum) String() string { return fmt.Sprintf("%016x%016x/%d", c.a, c.b, c.n) }

// Fingerprint reads the whole graph once, streaming, in a read transaction.
func (c *Client) Fingerprint(ctx context.Context, opts FingerprintOptions) (Fingerprint, error) {
	fp := Fingerprint{Labels: map[string]int64{}, Types: map[string]int64{}}
	s := c.session(ctx, neo4j.AccessModeRead)
	defer s.Close(context.WithoutCancel(ctx))
	clean := func(props map[string]any) map[string]any {
		for _, k := range opts.SkipProps {
			delete(props, k)
		}
		return props
	}
	var nodes, rels checksum
	_, err := s.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, "MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip) RETURN labels(n) AS labels, properties(n) AS props",
			map[string]any{"skip": nonNil(opts.SkipLabels)})
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			r := res.Record()
			list, _, _ := neo4j.GetRecordValue[[]any](r, "labels")
			labels := toStrings(list)
			slices.Sort(labels)
			for _, l := range labels {
				fp.Labels[l]++
			}
			props, _, _ := neo4j.GetRecordValue[map[string]any](r, "props")
			if err := nodes.add([]any{labels, clean(props)}); err != nil {
				return nil, err
			}
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		res, err = tx.Run(ctx, `MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.key) AS a,
			coalesce(b.id, b.key) AS b, properties(r) AS props`, nil)
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			r := res.Record()
			typ := str(r, "type")
			fp.Types[typ]++
			props, _, _ := neo4j.GetRecordValue[map[string]any](r, "props")
			a, _ := r.Get("a") // an id or key, or null: kept as it is, as the checksum always had it
			b, _ := r.Get("b")
			if err := rels.add([]any{typ, a, b, clean(props)}); err != nil {
				return nil, err
			}
		}
		return nil, res.Err()
	})
	if err != nil {
		return fp, fmt.Errorf("fingerprinting the graph: %w", c.wrapQueryErr(err))
	}
	fp.Nodes, fp.Relationships = nodes.String(), rels.String()
	return fp, nil
}
