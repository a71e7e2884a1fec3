package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"

	"github.com/spf13/cobra"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/internal/batch"
	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/baseline"
	"github.com/provcheck/provcheck/provenance/policy"
	"github.com/provcheck/provcheck/report"
)

func newCheckCmd(status *int, stdin io.Reader) *cobra.Command {
	var (
		ff fetchFlags
		cf checkFlags
		of outputFlags
		gf gateFlags
	)
	cmd := &cobra.Command{
		Use:   "check [flags] TARGET...",
		Short: "Find the original of each target, and check the reuse, the statements and the credit",
		Long: "TARGET is an http(s) URL, a local .html, .md or .txt file, a directory of .html and .md files, an\n" +
			"RSS/Atom feed or a sitemap, or - for HTML on standard input. Exit status: 0 pass (or warnings only),\n" +
			"1 a finding of severity error, 2 a target could not be checked, or bad usage (no targets at all).",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && len(gf.from) == 0 {
				return errors.New("requires at least 1 target (or --from FILE)")
			}
			if slices.Contains(args, "-") && slices.Contains(gf.from, "-") {
				return errors.New("standard input can be a page (-) or a list of targets (--from -), not both")
			}
			if countOf(args, "-") > 1 || countOf(gf.from, "-") > 1 {
				return errors.New("standard input can be read once: give - only once")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := errors.Join(ff.validate(), cf.validate()); err != nil {
				return err
			}
			g, err := gf.load()
			if err != nil {
				return err
			}
			c, err := crawler.New(ff.options())
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			jobs, stop, err := batch.NonEmpty(batch.Expand(ctx, batch.Input{Args: args, From: gf.from, Stdin: stdin, Fetch: batch.FetchWith(c), MaxBytes: ff.maxBody}))
			if err != nil {
				return err
			}
			defer stop()
			out, err := openReports(cmd, of, gf.progress, g.Policy)
			if err != nil {
				return err
			}
			var kept []*provenance.Report
			use := g.Policy.Usage()
			emit := func(r *provenance.Report) error {
				use.Add(r.Target)
				if gf.writeBaseline != "" {
					kept = append(kept, findingsOnly(r))
				}
				return out.emit(r)
			}
			err = batch.Run(ctx, gf.jobs, jobs, func(ctx context.Context, j batch.Job) *provenance.Report {
				return batch.Check(ctx, c, cf.options(), g, j)
			}, emit)
			if err := out.finish(status, err); err != nil {
				return err
			}
			for _, w := range use.Unmatched() {
				fmt.Fprintf(cmd.ErrOrStderr(), "provcheck: warning: %s\n", w)
			}
			if gf.writeBaseline != "" {
				return baseline.Write(gf.writeBaseline, kept)
			}
			return nil
		},
	}
	ff.register(cmd.Flags())
	cf.register(cmd.Flags(), true)
	of.register(cmd.Flags())
	gf.register(cmd.Flags())
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
			if err := errors.Join(ff.validate(), cf.validate()); err != nil {
				return err
			}
			c, err := crawler.New(ff.options())
			if err != nil {
				return err
			}
			defer c.Close()
			cf.source = args[1]
			jobs, stop, err := batch.NonEmpty(batch.Expand(cmd.Context(), batch.Input{Args: args[:1], Stdin: stdin, Fetch: batch.FetchWith(c), MaxBytes: ff.maxBody}))
			if err != nil {
				return err
			}
			defer stop()
			return checkOne(cmd, of, status, c, cf.options(), jobs)
		},
	}
	ff.register(cmd.Flags())
	cf.register(cmd.Flags(), false)
	of.register(cmd.Flags())
	return cmd
}

// checkOne checks targets with the default policy and no batch settings.
func checkOne(cmd *cobra.Command, of outputFlags, status *int, c *crawler.Crawler, opts provenance.Options, jobs iter.Seq[batch.Job]) error {
	out, err := openReports(cmd, of, false, nil)
	if err != nil {
		return err
	}
	err = batch.Run(cmd.Context(), 1, jobs, func(ctx context.Context, j batch.Job) *provenance.Report {
		return batch.Check(ctx, c, opts, &batch.Gate{}, j)
	}, out.emit)
	return out.finish(status, err)
}

// reportOutput streams reports to the chosen writer and keeps the summary.
type reportOutput struct {
	w     report.Writer
	close func() error
	sum   report.Summary
	bar   *progress
}

func openReports(cmd *cobra.Command, of outputFlags, progress bool, pol *policy.Policy) (*reportOutput, error) {
	dst, closeDst, err := openOutput(cmd, of.output)
	if err != nil {
		return nil, err
	}
	opts := of.writerOptions(dst)
	if pol != nil {
		opts.Policy = pol.Path
	}
	w, err := report.New(of.format, dst, opts)
	if err != nil {
		closeDst()
		return nil, err
	}
	return &reportOutput{w: w, close: closeDst, bar: progressBar(cmd.ErrOrStderr(), progress)}, nil
}

func (o *reportOutput) emit(r *provenance.Report) error {
	o.sum.Tally(r)
	if o.bar != nil {
		o.bar.hold()
		defer o.bar.release()
	}
	if err := o.w.WriteReport(r); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// finish closes the writer and the output and sets the exit status; runErr
// is the batch's own error, reported after the output is complete.
func (o *reportOutput) finish(status *int, runErr error) error {
	if o.bar != nil {
		o.bar.finish()
	}
	err := errors.Join(runErr, o.w.Close(), o.close())
	*status = o.sum.ExitCode
	return err
}

// findingsOnly keeps what a baseline needs of a report, so a large batch
// does not hold every text in memory: every finding of the run, those a
// --baseline accepted included, as "update the baseline" means.
func findingsOnly(r *provenance.Report) *provenance.Report {
	return &provenance.Report{Target: r.Target, Verdict: r.Verdict, Findings: r.Findings, Accepted: r.Accepted}
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

func countOf(ss []string, s string) int {
	n := 0
	for _, x := range ss {
		if x == s {
			n++
		}
	}
	return n
}
