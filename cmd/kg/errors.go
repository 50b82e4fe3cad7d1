package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// kg's error policy, one for every command (after GitHub CLI's): a command returns
//   - a usageError when a flag, argument, report parameter or configuration value is wrong:
//     exit status 2, checked before anything is read from the network;
//   - errSilent when it has already reported what failed on stderr: exit status 1, no
//     further message;
//   - any other error for a failure at run time (server unreachable, file unreadable):
//     exit status 1 with the error as one line.
// exitCode maps them to exit statuses, once, for main.

// usageError is a wrong flag, argument, parameter or configuration value.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// usageErrorf formats a usageError.
func usageErrorf(format string, a ...any) error {
	return usageError{fmt.Errorf(format, a...)}
}

// asUsage marks err (when not nil) as a usage error.
func asUsage(err error) error {
	if err == nil {
		return nil
	}
	return usageError{err}
}

// errSilent is a failure the command has already reported.
var errSilent = errors.New("failed (reported above)")

// exitCode writes err's message to stderr (unless it is errSilent) and returns the exit
// status: 0 for nil, 2 for usage errors, 1 otherwise.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, errSilent) {
		return 1
	}
	fmt.Fprintln(stderr, "kg: "+err.Error())
	var usage usageError
	// cobra's own "unknown command" for the root has no type of its own.
	if errors.As(err, &usage) || strings.HasPrefix(err.Error(), "unknown command ") {
		return 2
	}
	return 1
}

// applyUsagePolicy makes cobra's own argument and flag errors usage errors throughout the
// command tree, and gives command groups (kg report, kg schema, ...) an answer to an
// unknown subcommand: cobra would print their help and exit 0.
func applyUsagePolicy(root *cobra.Command) {
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if args := c.Args; args != nil {
			c.Args = func(c *cobra.Command, a []string) error { return asUsage(args(c, a)) }
		}
		if c.HasParent() && c.HasSubCommands() && !c.Runnable() {
			c.Args = cobra.ArbitraryArgs
			c.RunE = func(c *cobra.Command, a []string) error {
				if len(a) > 0 {
					return usageErrorf("unknown command %q for %q; see %s --help", a[0], c.CommandPath(), c.CommandPath())
				}
				return c.Help()
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}
