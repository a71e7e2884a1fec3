package main

import (
	"fmt"
	"io/fs"
	"slices"

	"github.com/spf13/cobra"

	"github.com/provcheck/provcheck"
	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/internal/batch"
	"github.com/provcheck/provcheck/internal/exampleweb"
	"github.com/provcheck/provcheck/internal/targets"
	"github.com/provcheck/provcheck/provenance"
)

// demoCase is the example web's case the demo checks: the aggregator page
// modelled on the project's seed article.
const demoCase = "seed-aggregator"

func newDemoCmd(status *int) *cobra.Command {
	var (
		of     outputFlags
		target string
		source string
		all    bool
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Serve the bundled example web on 127.0.0.1 and check its aggregator page (no internet needed)",
		Long: "demo starts a loopback server for the example web bundled in the binary, maps its news-site\n" +
			"host names onto it, and runs the real check (colly crawl, extraction, discovery, matching,\n" +
			"statements, credit) on the aggregator page modelled on the project's seed article, or with\n" +
			"--all on every case of the example web. It exits 0 when the demo ran, whatever the verdicts.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			web := provcheck.ExampleWeb()
			jobs, err := demoJobs(web, target, source, all)
			if err != nil {
				return err
			}
			srv, err := exampleweb.Start(web)
			if err != nil {
				return err
			}
			defer srv.Close()
			c, err := crawler.New(srv.CrawlerOptions())
			if err != nil {
				return err
			}
			defer c.Close()
			fmt.Fprintf(cmd.ErrOrStderr(), "provcheck demo: serving %d example sites on %s; checking %d page(s)\n\n", len(srv.Hosts()), srv.Addr(), len(jobs))
			var ignored int
			return checkOne(cmd, of, &ignored, c, provenance.Options{}, slices.Values(jobs))
		},
	}
	of.register(cmd.Flags())
	cmd.Flags().StringVar(&target, "target", "", "check this page of the example web instead (e.g. another case's target)")
	cmd.Flags().StringVar(&source, "source", "", "with --target: the original, when the case declares it")
	cmd.Flags().BoolVar(&all, "all", false, "check every case of the example web (testdata/web/cases.json)")
	return cmd
}

// demoJobs are the pages the demo checks: the seed case, one --target, or
// every case with the original it declares.
func demoJobs(web fs.FS, target, source string, all bool) ([]batch.Job, error) {
	if target != "" {
		return []batch.Job{{Target: targets.Target{Ref: target, Source: source}}}, nil
	}
	cases, err := exampleweb.LoadCases(web)
	if err != nil {
		return nil, err
	}
	if !all {
		c, err := exampleweb.FindCase(cases, demoCase)
		return []batch.Job{{Target: targets.Target{Ref: c.Target}}}, err
	}
	jobs := make([]batch.Job, len(cases))
	for i, c := range cases {
		jobs[i] = batch.Job{N: i, Target: targets.Target{Ref: c.Target, Source: c.Source}}
	}
	return jobs, nil
}
