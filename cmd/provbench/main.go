// Command provbench runs provcheck's accuracy and speed benchmarks and prints
// their figures: go run ./cmd/provbench SUITE [--data DIR].
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
)

// suite runs one benchmark. data is the --data directory ("" for the suite's
// default under ../shared/bench); figures go to w.
type suite struct {
	about string
	run   func(ctx context.Context, data string, w io.Writer) error
}

func suites() map[string]suite {
	return map[string]suite{
		"fixtures":   {"score every verdict of the example web in testdata/", runFixtures},
		"extraction": {"body-text precision/recall/F1 on the extraction benchmark", runExtraction},
		"reuse":      {"source ranking and derived-vs-not F1 on Clough & Stevenson", runReuse},
		"spin":       {"detection recall and false positives per synthetic spin level", runSpin},
		"quotes":     {"statement detection and speaker accuracy on PolNeAR test", runQuotes},
		"e2e":        {"check 1,000 aggregator copies of a loopback web in one batch: articles/s, CPU, memory", runE2E},
	}
}

func main() {
	if os.Getenv(e2eServeEnv) != "" {
		if err := serveE2E(); err != nil {
			fmt.Fprintln(os.Stderr, "provbench e2e server:", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	all := suites()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		usage(stderr, all)
		return 2
	}
	s, ok := all[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "provbench: unknown suite %q\n", args[0])
		usage(stderr, all)
		return 2
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "benchmark data directory (default: the suite's folder under ../shared/bench)")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if err := s.run(ctx, *data, stdout); err != nil {
		fmt.Fprintf(stderr, "provbench %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

func usage(w io.Writer, all map[string]suite) {
	fmt.Fprintln(w, "usage: provbench SUITE [--data DIR]\n\nsuites:")
	names := make([]string, 0, len(all))
	for n := range all {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-11s %s\n", n, all[n].about)
	}
}
