package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/provcheck/provcheck/provenance/match"
	"github.com/provcheck/provcheck/provenance/match/bench"
)

// runSpin prints detection recall per synthetic spin level and the false
// positive rate on unrelated texts. data defaults to the fictional texts
// kept in provenance/match/testdata/spin.
func runSpin(ctx context.Context, data string, w io.Writer) error {
	if data == "" {
		data = filepath.Join("provenance", "match", "testdata", "spin")
	}
	rep, err := bench.Spin(ctx, data, 5, match.Options{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%-10s %7s %7s %7s %7s %7s  %s\n", "level", "swapped", "recall", "contain", "taken", "true", "relations")
	for _, l := range rep.Levels {
		fmt.Fprintf(w, "%-10s %7.2f %7.3f %7.3f %7.3f %7.3f  %v\n", l.Name, l.SwapShare, l.Recall, l.MeanContainment, l.MeanTaken, l.MeanTrue, l.Relations)
	}
	fmt.Fprintf(w, "false positives: same topic %.3f (max containment %.3f, max taken %.3f), other topics %.3f, over %d pairs\n",
		rep.SameTopicFP, rep.SameTopicMaxC, rep.SameTopicMaxT, rep.CrossTopicFP, rep.Pairs)
	return nil
}
