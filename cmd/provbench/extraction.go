package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/extract/extractbench"
	"golang.org/x/net/html"
)

// runExtraction scores provcheck's extractor on the ScrapingHub benchmark,
// next to plain readability as the reference it improves on.
func runExtraction(ctx context.Context, data string, w io.Writer) error {
	if data == "" {
		d, err := extractbench.DefaultDir()
		if err != nil {
			return err
		}
		data = d
	}
	rows := []struct {
		name string
		ex   extractbench.Extractor
	}{
		{"readeck-plain", plainReadability},
		{"provcheck", provcheckText},
	}
	fmt.Fprintf(w, "extraction benchmark: %s\n", data)
	fmt.Fprintf(w, "%-14s %6s %9s %7s %7s %8s %10s\n", "extractor", "pages", "precision", "recall", "F1", "pages/s", "median ms")
	for _, r := range rows {
		res, err := extractbench.Run(ctx, data, r.ex, 3)
		if err != nil {
			return fmt.Errorf("%s: %w", r.name, err)
		}
		fmt.Fprintf(w, "%-14s %6d %9.3f %7.3f %7.3f %8.1f %10.2f\n", r.name, len(res.Pages),
			res.Precision, res.Recall, res.F1, res.PagesPerSec, res.MedianMs)
	}
	return nil
}

func provcheckText(body []byte, u string) (string, error) {
	a, err := extract.Extract(body, u, extract.Options{})
	if err != nil {
		var xe *extract.Error
		if errors.As(err, &xe) {
			return "", nil
		}
		return "", err
	}
	return a.Text, nil
}

// plainReadability is readeck's extractor with no provcheck rules.
func plainReadability(body []byte, pageURL string) (string, error) {
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return "", fmt.Errorf("parse: %w", err)
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		return "", fmt.Errorf("page url: %w", err)
	}
	p := readability.NewParser()
	a, err := p.ParseAndMutate(doc, u)
	if err != nil || a.Node == nil {
		return "", nil
	}
	var b strings.Builder
	if err := a.RenderText(&b); err != nil {
		return "", fmt.Errorf("render: %w", err)
	}
	return b.String(), nil
}
