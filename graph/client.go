// Package graph writes extracted documents into Neo4j and reads the server's state. It knows
// the graph model (README "Graph model") but nothing of text: its input is extract.Document.
package graph

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says where the server is and who we are. Password is never logged or echoed.
type Config struct {
	URI      string
	Username string
	Password string
	Database string // empty: the server's default database
	// ConnectTimeout bounds connecting and verifying the server; zero means
	// DefaultConnectTimeout. A dead address must fail in bounded time, not hang a CLI
	// command, yet a server on a loaded machine can take seconds to answer its first query.
	ConnectTimeout time.Duration
}

// DefaultConnectTimeout is Open's connect timeout when Config.ConnectTimeout is zero. 5s
// proved too short for a demo on a loaded machine.
const DefaultConnectTimeout = 15 * time.Second

// ErrCredentials is Open's error (wrapped, with the server and user) when the server rejects
// the user name or password.
var ErrCredentials = errors.New("rejected the credentials")

// Client is an open, verified connection pool to one database.
type Client struct {
	driver   neo4j.DriverWithContext
	uri      string
	user     string
	database string
	timeout  time.Duration // connect timeout, named in its error
	// bookmarks chains every session of this client: on a cluster a read after a write
	// (the identity pass after a build's writes, a report after a build in one process)
	// waits until the server it lands on has applied that write.
	bookmarks neo4j.BookmarkManager
	q         queries // queries/*.cypher, read once by Open
	// hinted names the plain indexes the reports hint (hintedIndexes), read once by Open:
	// an import awaits them and defers the other plain indexes.
	hinted map[string]bool
	// readOnly remembers the statements CheckReadOnly passed: whether a statement only reads
	// depends on its text alone (parameters cannot name procedures or clauses), and a report
	// run again (the benchmark, Browser-like loops, the soak) saves the EXPLAIN round trip.
	readOnly readOnlyCache
}

// Open connects to cfg.URI and verifies that the server answers and accepts the credentials.
// Its errors are one line a user can act on.
func Open(ctx context.Context, cfg Config) (*Client, error) {
	timeout := cfg.ConnectTimeout
	if timeout <= 0 {
		timeout = DefaultConnectTimeout
	}
	u, err := url.Parse(cfg.URI)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("invalid Neo4j URI %q: want e.g. bolt://localhost:7687", RedactURI(cfg.URI))
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""),
		func(c *config.Config) {
			c.SocketConnectTimeout = timeout
			c.ConnectionAcquisitionTimeout = timeout
			// Transient errors and lost connections are retried this long by the driver;
			// writes add their own retries of deadlocks and a check that the server is
			// still there (executeWrite).
			c.MaxTransactionRetryTime = serverRetryWindow
			c.UserAgent = "kg"
		})
	if err != nil {
		return nil, fmt.Errorf("invalid Neo4j URI %q: %s", RedactURI(cfg.URI), firstLine(err.Error()))
	}
	q, err := loadQueries()
	if err != nil {
		_ = driver.Close(context.Background())
		return nil, err
	}
	hinted, err := reportHintedIndexes()
	if err != nil {
		_ = driver.Close(context.Background())
		return nil, err
	}
	c := &Client{driver: driver, uri: RedactURI(cfg.URI), user: cfg.Username, database: cfg.Database, timeout: timeout,
		bookmarks: neo4j.NewBookmarkManager(neo4j.BookmarkManagerConfig{}), q: q, hinted: hinted}
	vctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := driver.VerifyConnectivity(vctx); err != nil {
		_ = driver.Close(context.Background())
		return nil, c.describe(err)
	}
	// VerifyConnectivity does not check that the database exists; a cheap query does.
	if _, err := c.read(vctx, "RETURN 1", nil); err != nil {
		_ = driver.Close(context.Background())
		return nil, c.describe(err)
	}
	return c, nil
}

// Close releases the connection pool.
func (c *Client) Close(ctx context.Context) error { return c.driver.Close(ctx) }

// URI is the server address without credentials.
func (c *Client) URI() string { return c.uri }

// Database is the configured database name (empty: server default).
func (c *Client) Database() string { return c.database }

// describe turns a driver error into one line naming the server and what went wrong.
func (c *Client) describe(err error) error {
	var nerr *neo4j.Neo4jError
	switch {
	case errors.As(err, &nerr):
		switch {
		case nerr.Code == "Neo.ClientError.Security.Unauthorized":
			return fmt.Errorf("Neo4j at %s %w for user %s", c.uri, ErrCredentials, c.user)
		case strings.HasPrefix(nerr.Code, "Neo.ClientError.Security.AuthenticationRateLimit"):
			return fmt.Errorf("Neo4j at %s refuses logins for user %s for now (too many failed attempts)", c.uri, c.user)
		case nerr.Code == "Neo.ClientError.Database.DatabaseNotFound":
			return fmt.Errorf("Neo4j at %s has no database %q", c.uri, c.database)
		case nerr.Code == "Neo.ClientError.Security.CredentialsExpired":
			return fmt.Errorf("Neo4j at %s: the password of user %s must be changed before use", c.uri, c.user)
		}
		return fmt.Errorf("Neo4j at %s: %s (%s)", c.uri, firstLine(nerr.Msg), nerr.Code)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("cannot reach Neo4j at %s: no answer in time (connect timeout %s)", c.uri, c.timeout)
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("connecting to Neo4j at %s: interrupted", c.uri)
	}
	return fmt.Errorf("cannot reach Neo4j at %s: %s", c.uri, reason(err))
}

// reason extracts the cause a user can act on from a connectivity error.
func reason(err error) string {
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "host unreachable"
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return "unknown host " + dnsErr.Name
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return "no answer in time"
	}
	msg := err.Error()
	for _, known := range []string{"connection refused", "no such host", "i/o timeout", "connection reset"} {
		if strings.Contains(msg, known) {
			return known
		}
	}
	return firstLine(strings.TrimPrefix(msg, "ConnectivityError: "))
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// session opens a session on the configured database.
func (c *Client) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return c.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.database, AccessMode: mode, BookmarkManager: c.bookmarks})
}

// read runs one query in a read-only managed transaction and returns its records.
func (c *Client) read(ctx context.Context, query string, params map[string]any) ([]*neo4j.Record, error) {
	s := c.session(ctx, neo4j.AccessModeRead)
	defer s.Close(context.WithoutCancel(ctx))
	return neo4j.ExecuteRead(ctx, s, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		res, err := tx.Run(ctx, query, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	})
}

// Read runs a query in a read-only session: the server refuses any write it attempts.
func (c *Client) Read(ctx context.Context, query string, params map[string]any) ([]*neo4j.Record, error) {
	recs, err := c.read(ctx, query, params)
	if err != nil {
		return nil, c.wrapQueryErr(err)
	}
	return recs, nil
}

// wrapQueryErr keeps server errors readable but turns lost connections into the same one
// line Open gives.
func (c *Client) wrapQueryErr(err error) error {
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) {
		if nerr.Code == "Neo.ClientError.Security.Unauthorized" || nerr.Code == "Neo.ClientError.Database.DatabaseNotFound" {
			return c.describe(err)
		}
		return fmt.Errorf("%s (%s)", firstLine(nerr.Msg), nerr.Code)
	}
	var cerr *neo4j.ConnectivityError
	if errors.As(err, &cerr) {
		return c.describe(err)
	}
	return err
}
