package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/report"
)

func newCheckCmd(status *int, stdin io.Reader) *cobra.Command {
	var (
		ff fetchFlags
		cf checkFlags
		of outputFlags
	)
	cmd := &cobra.Command{
		Use:   "check [flags] TARGET...",
		Short: "Find the original of each target, and check the reuse, the statements and the credit",
		Long: "TARGET is an http(s) URL, a local .html file, or - for HTML on standard input.\n" +
			"Exit status: 0 pass (or warnings only), 1 a finding of severity error, 2 a target could not be checked or bad usage.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := crawler.New(ff.options())
			if err != nil {
				return err
			}
			defer c.Close()
			checker := provenance.NewChecker(c, cf.options())
			return writeReports(cmd, of, status, args, func(ctx context.Context, target string) *provenance.Report {
				if target == "-" {
					return checkStdin(ctx, checker, stdin)
				}
				return checker.Check(ctx, target)
			})
		},
	}
	ff.register(cmd.Flags())
	cf.register(cmd.Flags(), true)
	of.register(cmd.Flags())
	return cmd
}

func newCompareCmd(status *int, stdin io.Reader) *cobra.Command {
	var (
		ff fetchFlags
		cf checkFlags
		of outputFlags
	)
	cmd := &cobra.Command{
		Use:   "compare [flags] COPY SOURCE",
		Short: "Compare a copy with a known source: reuse, statements and credit, no discovery",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := crawler.New(ff.options())
			if err != nil {
				return err
			}
			defer c.Close()
			cf.source = args[1]
			checker := provenance.NewChecker(c, cf.options())
			return writeReports(cmd, of, status, args[:1], func(ctx context.Context, target string) *provenance.Report {
				if target == "-" {
					return checkStdin(ctx, checker, stdin)
				}
				return checker.Check(ctx, target)
			})
		},
	}
	ff.register(cmd.Flags())
	cf.register(cmd.Flags(), false)
	of.register(cmd.Flags())
	return cmd
}

func checkStdin(ctx context.Context, checker *provenance.Checker, stdin io.Reader) *provenance.Report {
	page, err := crawler.ReadHTML(stdin, "-")
	if err != nil {
		return checker.Unreadable("-", err)
	}
	return checker.CheckPage(ctx, "-", page)
}

// writeReports checks every target in turn and streams its report to the
// chosen output; status becomes the run's exit status.
func writeReports(cmd *cobra.Command, of outputFlags, status *int, targets []string,
	check func(ctx context.Context, target string) *provenance.Report) error {
	out, closeOut, err := openOutput(cmd, of.output)
	if err != nil {
		return err
	}
	w, err := report.New(of.format, out, of.writerOptions())
	if err != nil {
		closeOut()
		return err
	}
	var sum report.Summary
	for _, t := range targets {
		r := check(cmd.Context(), t)
		sum.Tally(r)
		if err := w.WriteReport(r); err != nil {
			closeOut()
			return fmt.Errorf("write report: %w", err)
		}
	}
	if err := w.Close(); err != nil {
		closeOut()
		return fmt.Errorf("write report: %w", err)
	}
	if err := closeOut(); err != nil {
		return err
	}
	*status = sum.ExitCode
	return nil
}

// openOutput returns standard output, or the file named by -o.
func openOutput(cmd *cobra.Command, path string) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return cmd.OutOrStdout(), func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open output: %w", err)
	}
	return f, f.Close, nil
}
