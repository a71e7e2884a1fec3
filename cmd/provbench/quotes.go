package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/provcheck/provcheck/provenance/statements"
)

// runQuotes scores statement detection and speaker resolution on PolNeAR
// (dev for tuning, test as the reported figure), then the copy-vs-source
// checker on seeded perturbations of train/dev articles.
func runQuotes(ctx context.Context, data string, w io.Writer) error {
	if data == "" {
		data = filepath.Join("..", "shared", "bench", "quotes", "polnear-1.0")
	}
	if _, err := os.Stat(data); err != nil {
		return fmt.Errorf("quotes data: %w", err)
	}
	fmt.Fprintf(w, "PolNeAR statement detection (overlap match on gold Content spans)\n")
	fmt.Fprintf(w, "all kinds: every attribution Find reports; checked: the direct and reported\nstatements Compare checks (stances left out)\n")
	fmt.Fprintf(w, "%-6s %-8s %8s %8s %9s %7s %7s %7s %9s\n", "split", "kinds", "articles", "detected", "gold", "P", "R", "F1", "speaker")
	for _, split := range []string{"dev", "test"} {
		arts, err := statements.LoadPolNeAR(ctx, data, split)
		if err != nil {
			return err
		}
		for _, row := range []struct {
			name  string
			kinds []statements.Kind
		}{{"all", nil}, {"checked", []statements.Kind{statements.Direct, statements.Reported}}} {
			sc, err := statements.ScoreDetection(ctx, arts, row.kinds...)
			if err != nil {
				return fmt.Errorf("score %s: %w", split, err)
			}
			fmt.Fprintf(w, "%-6s %-8s %8d %8d %9d %7.3f %7.3f %7.3f %9.3f\n", split, row.name, len(arts), sc.Detected, sc.Gold, sc.Precision, sc.Recall, sc.F1, sc.SpeakerAccuracy)
		}
	}
	var arts []statements.GoldArticle
	for _, split := range []string{"train", "dev"} {
		a, err := statements.LoadPolNeAR(ctx, data, split)
		if err != nil {
			return err
		}
		arts = append(arts, a...)
	}
	ps, err := statements.ScorePerturbations(ctx, arts, 1)
	if err != nil {
		return fmt.Errorf("perturbations: %w", err)
	}
	fmt.Fprintf(w, "\nSeeded perturbations of %d PolNeAR train+dev articles (seed 1, one stream per article and class): recall per class\n", len(arts))
	for _, cl := range statements.PerturbClasses {
		label := "caught"
		if cl == statements.FaithfulParaphrase {
			label = "not flagged"
		}
		fmt.Fprintf(w, "%-20s made %4d  %s %4d  rate %.3f\n", cl, ps.Made[cl], label, ps.Caught[cl], ps.Recall(cl))
	}
	fmt.Fprintf(w, "false alarms on untouched statements: %d / %d = %.3f\n", ps.Alarmed, ps.Untouched, ps.FalseAlarmRate())
	return nil
}
