package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ErrServerLost is returned (wrapped) by writes when the server stopped answering: a write
// failed for a reason other than the statement itself and one more connectivity check, right
// after, failed too. A build stops on it rather than trying every remaining document.
var ErrServerLost = errors.New("the Neo4j server stopped answering")

// serverRetryWindow is how long the driver retries a transaction on transient errors and lost
// connections (config.MaxTransactionRetryTime). A server that is back within it (a restart
// takes about 15 s here) is used as if nothing happened; one that is gone costs a build this
// long, not the driver's default minute per document.
const serverRetryWindow = 10 * time.Second

// transientWindow bounds kg's own retries of a write failing with transient server errors
// (deadlocks between concurrent builds): the driver gives up after serverRetryWindow, which
// busy concurrent builds can exceed without anything being wrong.
const transientWindow = 60 * time.Second

// aliveTimeout bounds the one connectivity check after a failed write.
const aliveTimeout = 5 * time.Second

// executeWrite runs work in a managed write transaction of session s. When the driver gives
// up, it tells a failed statement (returned as is) from a lost server: it checks the server
// once more, returns ErrServerLost if that fails too, and otherwise retries errors that are
// transient for up to transientWindow.
func executeWrite[T any](ctx context.Context, c *Client, s neo4j.SessionWithContext, work neo4j.ManagedTransactionWorkT[T]) (T, error) {
	start := time.Now()
	for {
		res, err := neo4j.ExecuteWrite(ctx, s, work)
		if err == nil || ctx.Err() != nil || statementError(err) {
			return res, err
		}
		if alive := c.alive(ctx); alive != nil {
			if ctx.Err() != nil {
				return res, err
			}
			return res, fmt.Errorf("%w (%s)", ErrServerLost, reason(alive))
		}
		if !retryable(err) || time.Since(start) > transientWindow {
			return res, err
		}
	}
}

// alive checks once, in bounded time, that the server answers (nil) or not (the error).
func (c *Client) alive(ctx context.Context) error {
	vctx, cancel := context.WithTimeout(ctx, aliveTimeout)
	defer cancel()
	return c.driver.VerifyConnectivity(vctx)
}

// statementError says whether the server refused the statement itself (a client error such
// as a syntax or constraint error, or the memory limit of one transaction): the server is up
// and retrying cannot help.
func statementError(err error) bool {
	var big *TooLargeError
	if errors.As(err, &big) {
		return true
	}
	var nerr *neo4j.Neo4jError
	if !errors.As(err, &nerr) {
		return errors.Is(err, errInjected)
	}
	return strings.HasPrefix(nerr.Code, "Neo.ClientError.") || isMemoryLimit(nerr)
}

// isMemoryLimit says whether a server error is a transaction refused for its memory
// (db.memory.transaction.max or .total.max).
func isMemoryLimit(nerr *neo4j.Neo4jError) bool {
	return strings.Contains(nerr.Code, "MemoryPoolOutOfMemoryError")
}

// TooLargeError is a transaction the server refused for the memory it needed
// (db.memory.transaction.max). It deliberately does not unwrap to the server's error: the
// driver treats that error as transient and would run the same oversized transaction again.
type TooLargeError struct{ msg string }

func (e *TooLargeError) Error() string {
	return "the server refused the transaction for its size (db.memory.transaction.max); split the document or lower --max-bytes: " + e.msg
}

// tooLarge turns a memory-limit refusal into a TooLargeError and leaves other errors alone.
func tooLarge(err error) error {
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) && isMemoryLimit(nerr) {
		return &TooLargeError{msg: firstLine(nerr.Msg)}
	}
	return err
}

// retryable says whether an error is worth another attempt once the server is known to be up:
// transient server errors (deadlocks, a leader switch) and connections lost meanwhile.
func retryable(err error) bool {
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) {
		return strings.HasPrefix(nerr.Code, "Neo.TransientError.")
	}
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		return retryable(limit.Errors[len(limit.Errors)-1]) || neo4j.IsRetryable(limit.Errors[len(limit.Errors)-1])
	}
	return neo4j.IsRetryable(err)
}
