package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/provcheck/provcheck/provenance/statements"
)

// detectors are the rows of the detection table.
var detectors = []struct {
	name  string
	score func(context.Context, []statements.GoldArticle) (statements.DetectionScore, error)
}{
	{"all", func(ctx context.Context, a []statements.GoldArticle) (statements.DetectionScore, error) {
		return statements.ScoreDetection(ctx, a)
	}},
	{"checked", func(ctx context.Context, a []statements.GoldArticle) (statements.DetectionScore, error) {
		return statements.ScoreDetection(ctx, a, statements.Direct, statements.Reported)
	}},
	{"sentences", statements.ScoreSentenceBaseline},
}

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
	fmt.Fprintf(w, "PolNeAR statement detection. P/R/F1: overlap match on gold Content spans;\n")
	fmt.Fprintf(w, "span P/R/F1: code points of content detected vs annotated. Rows: all = every\n")
	fmt.Fprintf(w, "attribution Find reports; checked = the direct and reported statements Compare\n")
	fmt.Fprintf(w, "checks (stances left out); sentences = the floor, every sentence one statement.\n")
	fmt.Fprintf(w, "%-5s %-10s %8s %5s %6s %6s %6s %7s %6s %6s %6s\n", "split", "detector", "detected", "gold", "P", "R", "F1", "speaker", "spanP", "spanR", "spanF1")
	for _, split := range []string{"dev", "test"} {
		arts, err := statements.LoadPolNeAR(ctx, data, split)
		if err != nil {
			return err
		}
		for _, row := range detectors {
			sc, err := row.score(ctx, arts)
			if err != nil {
				return fmt.Errorf("score %s: %w", split, err)
			}
			printScoreRow(w, split, row.name, sc)
		}
	}
	if err := agreementTable(ctx, data, w); err != nil {
		return err
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

// agreementTable scores the annotators of PolNeAR's multiply annotated
// articles against each other, and the rules against each of them: the
// ceiling the corpus sets, beside the rules on the same articles.
func agreementTable(ctx context.Context, data string, w io.Writer) error {
	multi, err := statements.LoadPolNeARAgreement(ctx, data)
	if err != nil {
		return err
	}
	human, err := statements.ScoreAgreement(ctx, multi)
	if err != nil {
		return fmt.Errorf("agreement: %w", err)
	}
	fmt.Fprintf(w, "\nThe same measures on the %d articles several annotators labelled: annotators = each\n", len(multi))
	fmt.Fprintf(w, "ordered pair of annotators, one as gold, one as detector; the rules are scored\n")
	fmt.Fprintf(w, "against each annotator in turn; panel = what the majority of the other annotators\n")
	fmt.Fprintf(w, "marks, against each annotator. Human agreement is the ceiling the corpus sets.\n")
	printScoreRow(w, "multi", "annotators", human)
	panel, err := statements.ScorePanel(ctx, multi)
	if err != nil {
		return fmt.Errorf("panel: %w", err)
	}
	printScoreRow(w, "multi", "panel", panel)
	gold := statements.EachAnnotator(multi)
	for _, row := range detectors[:2] {
		sc, err := row.score(ctx, gold)
		if err != nil {
			return fmt.Errorf("score multi: %w", err)
		}
		printScoreRow(w, "multi", row.name, sc)
	}
	return nil
}

func printScoreRow(w io.Writer, split, name string, sc statements.DetectionScore) {
	fmt.Fprintf(w, "%-5s %-10s %8d %5d %6.3f %6.3f %6.3f %7.3f %6.3f %6.3f %6.3f\n", split, name, sc.Detected, sc.Gold,
		sc.Precision, sc.Recall, sc.F1, sc.SpeakerAccuracy, sc.SpanPrecision, sc.SpanRecall, sc.SpanF1)
}
