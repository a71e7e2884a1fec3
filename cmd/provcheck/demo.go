package main

import (
	"fmt"
	"io/fs"

	"github.com/spf13/cobra"

	"github.com/provcheck/provcheck"
	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/internal/batch"
	"github.com/provcheck/provcheck/internal/exampleweb"
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
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Serve the bundled example web on 127.0.0.1 and check its aggregator page (no internet needed)",
		Long: "demo starts a loopback server for the example web bundled in the binary, maps its news-site\n" +
			"host names onto it, and runs the real check (colly crawl, extraction, discovery, matching,\n" +
			"statements, credit) on the aggregator page modelled on the project's seed article.\n" +
			"It exits 0 when the demo ran, whatever the verdict.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			web := provcheck.ExampleWeb()
			srv, err := exampleweb.Start(web)
			if err != nil {
				return err
			}
			defer srv.Close()
			if target == "" {
				if target, err = caseTarget(web, demoCase); err != nil {
					return err
				}
			}
			c, err := crawler.New(demoCrawlerOptions(srv))
			if err != nil {
				return err
			}
			defer c.Close()
			fmt.Fprintf(cmd.ErrOrStderr(), "provcheck demo: serving %d example sites on %s; checking %s\n\n", len(srv.Hosts()), srv.Addr(), target)
			var ignored int
			return checkOne(cmd, of, &ignored, c, provenance.Options{Source: source}, batch.Refs(target))
		},
	}
	of.register(cmd.Flags())
	cmd.Flags().StringVar(&target, "target", "", "check this page of the example web instead (e.g. another case's target)")
	cmd.Flags().StringVar(&source, "source", "", "the original, when the case declares it")
	return cmd
}

// demoCrawlerOptions point the crawler at the example web: its host names
// resolve to the loopback server, which the SSRF guard must then allow, and
// politeness is off because the server is our own.
func demoCrawlerOptions(srv *exampleweb.Server) crawler.Options {
	return crawler.Options{
		Resolve:             srv.Resolve(),
		AllowPrivateNetwork: true,
		HostDelay:           -1,
		Retries:             -1,
	}
}

func caseTarget(web fs.FS, name string) (string, error) {
	cs, err := exampleweb.LoadCases(web)
	if err != nil {
		return "", err
	}
	c, err := exampleweb.FindCase(cs, name)
	return c.Target, err
}
