package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"

	"github.com/provcheck/provcheck/provenance/match"
	"github.com/provcheck/provcheck/provenance/match/bench"
)

// runReuse scores source ranking, graded reuse and derived-vs-not detection
// on the Clough & Stevenson corpus.
func runReuse(ctx context.Context, data string, w io.Writer) error {
	if data == "" {
		data = filepath.Join("..", "shared", "bench", "reuse")
	}
	dir := data
	if _, err := bench.ReadText(filepath.Join(dir, "labels.csv")); err != nil {
		dir = filepath.Join(data, "clough-stevenson-2009")
	}
	rep, err := bench.Reuse(ctx, dir, match.Options{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "answers %d (derived %d)\n", rep.Answers, rep.Derived)
	fmt.Fprintf(w, "source ranked first (Align containment): %.3f\n", rep.RankAccuracy)
	fmt.Fprintf(w, "source ranked first (Fingerprint):       %.3f\n", rep.FPAccuracy)
	fmt.Fprintf(w, "spearman rho vs cut>light>heavy>non:     %.3f (taken share %.3f)\n", rep.Spearman, rep.SpearmanTaken)
	fmt.Fprintf(w, "derived-vs-not (relation != unrelated):  P %.3f  R %.3f  F1 %.3f\n", rep.Precision, rep.Recall, rep.F1)
	for _, g := range []string{"cut", "light", "heavy", "non"} {
		s := rep.ByGrade[g]
		fmt.Fprintf(w, "  %-5s n=%2d  mean containment %.3f  taken %.3f  detected %d\n", g, s.N, s.MeanContainment, s.MeanTaken, s.Detected)
	}
	slices.Sort(rep.Misclassified)
	for _, m := range rep.Misclassified {
		fmt.Fprintf(w, "  wrong: %s\n", m)
	}
	return nil
}
