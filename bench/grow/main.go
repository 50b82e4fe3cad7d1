// Command grow measures how the writer's cost per document changes as the graph grows: it
// writes extracted records (kg extract --format records) into an empty database in chunks of
// -chunk documents and prints, per chunk, the time per document and where it went by
// statement. At the end it prints a checksum of every typed relationship with its aggregate
// properties, so two writer versions (or writer counts) can be compared on the same input.
//
//	go run ./bench/grow -records FILE|DIR [-chunk 20] [-limit 0] [-writers 1] [-batch 500]
//
// NEO4J_URI names a loopback server (password from NEO4J_PASSWORD or the local server's
// file under KG_NEO4J_HOME); its database must be empty: grow writes into it and leaves the
// graph there (scripts/neo4j-local reset empties it).
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/kg-analytics/kg/bench/internal/loopback"
	"github.com/kg-analytics/kg/bench/internal/pool"
	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "grow:", err)
		os.Exit(1)
	}
}

func run() error {
	records := flag.String("records", "", "record file or folder written by kg extract --format records (required)")
	chunk := flag.Int("chunk", 20, "documents per measured chunk")
	limit := flag.Int("limit", 0, "write at most this many documents (0: all)")
	writers := flag.Int("writers", 1, "concurrent writers (kg build --writers)")
	batch := flag.Int("batch", 500, "claims per transaction of new documents (kg build --batch)")
	flag.Parse()
	if *records == "" || *chunk < 1 {
		return errors.New("-records is required and -chunk must be positive")
	}
	ctx := context.Background()
	c, err := loopback.Open(ctx)
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	if n, err := count(ctx, c, "MATCH (n) RETURN count(n)"); err != nil || n > 0 {
		if err == nil {
			err = fmt.Errorf("the database holds %d nodes; grow needs an empty one", n)
		}
		return err
	}
	if _, err := c.ApplySchema(ctx); err != nil {
		return err
	}

	files, err := extract.RecordFiles(*records)
	if err != nil {
		return err
	}
	var docs []extract.Document
	if _, err := extract.ReadRecords(ctx, files, func(r extract.Result) error {
		if *limit == 0 || len(docs) < *limit {
			docs = append(docs, r.Doc)
		}
		return nil
	}); err != nil {
		return err
	}
	fmt.Printf("%d documents, chunks of %d, %d writers, batches of %d claims\n", len(docs), *chunk, *writers, *batch)
	fmt.Printf("%-6s %6s %8s %9s %10s %12s  %s\n", "chunk", "docs", "claims", "seconds", "ms/doc", "graph claims", "time by statement")
	total := time.Duration(0)
	for start := 0; start < len(docs); start += *chunk {
		part := docs[start:min(start+*chunk, len(docs))]
		began := time.Now()
		claims, spent, err := pool.Write(ctx, c, part, graph.PoolOptions{Writers: *writers, BatchClaims: *batch}, true)
		took := time.Since(began)
		total += took
		if err != nil {
			return err
		}
		n, err := count(ctx, c, "MATCH (c:Claim) RETURN count(c)")
		if err != nil {
			return err
		}
		fmt.Printf("%-6d %6d %8d %9.2f %10.0f %12d  %s\n", start / *chunk, len(part), claims, took.Seconds(),
			float64(took.Milliseconds())/float64(len(part)), n, spent)
	}
	fmt.Printf("total %.1fs for %d documents\n", total.Seconds(), len(docs))
	sum, rels, err := Checksum(ctx, c)
	if err != nil {
		return err
	}
	fmt.Printf("typed relationships: %d, checksum %s\n", rels, sum)
	return nil
}

func count(ctx context.Context, c *graph.Client, q string) (int64, error) {
	recs, err := c.Read(ctx, q, nil)
	if err != nil {
		return 0, err
	}
	n, _ := recs[0].Values[0].(int64)
	return n, nil
}

// Checksum hashes every typed relationship (those with a key) with its ends, type and
// properties, in key order; encoding/json sorts map keys, so equal graphs give equal sums.
func Checksum(ctx context.Context, c *graph.Client) (string, int, error) {
	recs, err := c.Read(ctx, `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.key IS NOT NULL
		RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props ORDER BY r.key, type`, nil)
	if err != nil {
		return "", 0, err
	}
	h := sha256.New()
	for _, r := range recs {
		b, err := json.Marshal(r.Values)
		if err != nil {
			return "", 0, err
		}
		h.Write(b)
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil)), len(recs), nil
}
