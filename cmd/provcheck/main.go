// Command provcheck checks articles republished by news aggregators against
// the original they reference: which page is the original, how much was
// copied or rewritten, whether every quote and attributed statement matches,
// and whether the source is credited.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

// Exit statuses, as documented in the README.
const (
	exitPass  = 0 // every target passed (or only warned)
	exitFail  = 1 // a finding of severity error
	exitError = 2 // bad usage, or a target could not be checked
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole CLI, callable from tests: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	status := exitPass
	root := newRoot(&status, stdin)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		var ee exitStatus
		if !errors.As(err, &ee) {
			fmt.Fprintf(stderr, "provcheck: %v\n", err)
			return exitError
		}
		return int(ee)
	}
	return status
}

// exitStatus carries a non-zero exit status out of a command without printing.
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

func newRoot(status *int, stdin io.Reader) *cobra.Command {
	root := &cobra.Command{
		Use:           "provcheck",
		Short:         "Check republished articles against their original source",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(
		newCheckCmd(status, stdin),
		newCompareCmd(status, stdin),
		newExtractCmd(stdin),
		newDemoCmd(status),
		newSchemaCmd(),
		newVersionCmd(),
	)
	return root
}
