//go:build !unix

package extract

import "errors"

func syscallMkfifo(string) error { return errors.New("no named pipes on this system") }
