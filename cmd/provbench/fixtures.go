package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/provcheck/provcheck"
	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/internal/exampleweb"
	"github.com/provcheck/provcheck/provenance"
)

// runFixtures checks every case of the bundled example web through the real
// pipeline (loopback server, colly) and scores each expectation of
// cases.json: verdict, original, relation, attribution, required and
// forbidden findings, statement verdicts.
func runFixtures(ctx context.Context, _ string, w io.Writer) error {
	web := provcheck.ExampleWeb()
	cases, err := exampleweb.LoadCases(web)
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
	var total tally
	start := time.Now()
	for _, tc := range cases {
		r := provenance.NewChecker(c, provenance.Options{Source: tc.Source}).Check(ctx, tc.Target)
		o := tc.Score(r)
		total.add(o)
		status := "ok  "
		if len(o.Misses) > 0 {
			status = "MISS"
		}
		fmt.Fprintf(w, "%s %-28s verdict %-5s %s\n", status, tc.Name, r.Verdict, strings.Join(o.Misses, "; "))
	}
	elapsed := time.Since(start)
	n := len(cases)
	fmt.Fprintf(w, "\ncases fully right:      %d/%d\n", total.right, n)
	fmt.Fprintf(w, "verdicts right:         %d/%d\n", total.verdicts, n)
	fmt.Fprintf(w, "originals right:        %d/%d\n", total.originals, n)
	fmt.Fprintf(w, "required findings:      %d/%d found (recall %.3f)\n", total.MustFound, total.Must, ratio(total.MustFound, total.Must))
	fmt.Fprintf(w, "forbidden findings:     %d raised of %d checked (false alarms)\n", total.FalseAlarms, total.MustNot)
	fmt.Fprintf(w, "statement verdicts:     %d/%d\n", total.StatementsRight, total.Statements)
	fmt.Fprintf(w, "time:                   %s for %d cases (%.1f ms/case, loopback, politeness off)\n",
		elapsed.Round(time.Millisecond), n, float64(elapsed.Microseconds())/1000/float64(max(n, 1)))
	return nil
}

// tally adds up the outcomes of all cases.
type tally struct {
	exampleweb.Outcome
	right, verdicts, originals int
}

func (t *tally) add(o exampleweb.Outcome) {
	t.right += b2i(len(o.Misses) == 0)
	t.verdicts += b2i(o.VerdictRight)
	t.originals += b2i(o.OriginalRight)
	t.Must += o.Must
	t.MustFound += o.MustFound
	t.MustNot += o.MustNot
	t.FalseAlarms += o.FalseAlarms
	t.Statements += o.Statements
	t.StatementsRight += o.StatementsRight
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
