// Command kg builds a Neo4j knowledge graph of international relations from news and
// analysis documents, and runs the bundled Cypher reports over it.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newRootCommand().ExecuteContext(ctx); err != nil {
		var exit exitError
		if errors.As(err, &exit) {
			if exit.msg != "" {
				fmt.Fprintln(os.Stderr, "kg: "+exit.msg)
			}
			os.Exit(exit.code)
		}
		fmt.Fprintln(os.Stderr, "kg: "+err.Error())
		os.Exit(1)
	}
}

// exitError carries a specific exit code (and optionally no message, when the command has
// already reported what failed).
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }
