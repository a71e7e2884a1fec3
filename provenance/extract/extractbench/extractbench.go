// Package extractbench scores body-text extraction on ScrapingHub's
// article-extraction benchmark, with that benchmark's own metric: 4-token
// shingles, precision and recall per page, each averaged over pages, and F1
// of the two averages.
package extractbench

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"time"
)

// Extractor returns the body text of the page at url ("" if none).
type Extractor func(body []byte, url string) (string, error)

// Page is one page's score: normalised true positives, false positives and
// false negatives (they sum to 1), and the time extraction took.
type Page struct {
	ID         string
	TP, FP, FN float64
	Elapsed    time.Duration
	Err        error
}

// Result is the benchmark's figures over all pages.
type Result struct {
	Pages       []Page
	Precision   float64
	Recall      float64
	F1          float64
	PagesPerSec float64
	MedianMs    float64
}

type truth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// DefaultDir finds the benchmark data: ../shared/bench/extraction from the
// working directory, then from each parent up to the module root.
func DefaultDir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find benchmark data: %w", err)
	}
	for {
		cand := filepath.Join(dir, "..", "shared", "bench", "extraction")
		if _, err := os.Stat(filepath.Join(cand, "ground-truth.json")); err == nil {
			return filepath.Clean(cand), nil
		}
		_, modErr := os.Stat(filepath.Join(dir, "go.mod"))
		parent := filepath.Dir(dir)
		if modErr == nil || parent == dir {
			return "", errors.New("benchmark data ../shared/bench/extraction not found")
		}
		dir = parent
	}
}

// Run extracts every page of the benchmark in dir and scores it. A page
// whose extraction fails counts as an empty prediction. Each page is
// extracted timingRuns times (at least once) and the fastest run is its
// time, so that a busy machine disturbs the speed figures less.
func Run(ctx context.Context, dir string, ex Extractor, timingRuns int) (Result, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return Result{}, fmt.Errorf("read ground truth: %w", err)
	}
	var gt map[string]truth
	if err := json.Unmarshal(raw, &gt); err != nil {
		return Result{}, fmt.Errorf("parse ground truth: %w", err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var res Result
	var total time.Duration
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
		body, err := readGz(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return Result{}, err
		}
		pred, el, exErr := timed(ex, body, gt[id].URL, max(1, timingRuns))
		total += el
		p := Page{ID: id, Elapsed: el, Err: exErr}
		p.TP, p.FP, p.FN = Score(gt[id].ArticleBody, pred)
		res.Pages = append(res.Pages, p)
	}
	res.Precision, res.Recall, res.F1 = Metrics(res.Pages)
	if total > 0 {
		res.PagesPerSec = float64(len(ids)) / total.Seconds()
	}
	res.MedianMs = medianMs(res.Pages)
	return res, nil
}

func timed(ex Extractor, body []byte, url string, runs int) (string, time.Duration, error) {
	var pred string
	var err error
	best := time.Duration(1<<63 - 1)
	for range runs {
		start := time.Now()
		pred, err = ex(body, url)
		best = min(best, time.Since(start))
	}
	return pred, best, err
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open page: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	return b, nil
}

func medianMs(ps []Page) float64 {
	if len(ps) == 0 {
		return 0
	}
	ds := make([]time.Duration, len(ps))
	for i, p := range ps {
		ds[i] = p.Elapsed
	}
	slices.Sort(ds)
	m := ds[len(ds)/2]
	if len(ds)%2 == 0 {
		m = (ds[len(ds)/2-1] + m) / 2
	}
	return float64(m) / float64(time.Millisecond)
}

// Metrics averages precision over pages that predicted something and
// recall over pages whose truth has text, then takes F1 of the averages,
// exactly as the benchmark's evaluate.py does.
func Metrics(ps []Page) (precision, recall, f1 float64) {
	var sp, sr float64
	var np, nr int
	for _, p := range ps {
		if p.TP+p.FP > 0 {
			sp += ratio(p.TP, p.FP, p.FN, p.FP)
			np++
		}
		if p.TP+p.FN > 0 {
			sr += ratio(p.TP, p.FP, p.FN, p.FN)
			nr++
		}
	}
	if np > 0 {
		precision = sp / float64(np)
	}
	if nr > 0 {
		recall = sr / float64(nr)
	}
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}

// ratio is tp/(tp+miss) with evaluate.py's edge cases: a perfect page
// (no fp, no fn) scores 1 and a page with nothing matched scores 0.
func ratio(tp, fp, fn, miss float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && miss == 0 {
		return 0
	}
	return tp / (tp + miss)
}

// reToken is Python's Unicode \w+: letters, digits, numerics, underscore.
var reToken = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// Score compares prediction with truth as 4-token shingle multisets and
// returns tp, fp, fn normalised to sum to 1 (all zero when both are empty).
func Score(truth, pred string) (tp, fp, fn float64) {
	t, p := shingles(truth), shingles(pred)
	for k, tc := range t {
		pc := p[k]
		tp += float64(min(tc, pc))
		fn += float64(max(0, tc-pc))
	}
	for k, pc := range p {
		fp += float64(max(0, pc-t[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return tp, fp, fn
}

// shingles counts the text's 4-token shingles; a text of fewer than four
// tokens is one shingle of them all (none when it has no token).
func shingles(s string) map[string]int {
	toks := reToken.FindAllString(s, -1)
	out := map[string]int{}
	const n = 4
	for i := 0; i < max(1, len(toks)-n+1); i++ {
		end := min(i+n, len(toks))
		if i >= end {
			break
		}
		out[joinTokens(toks[i:end])]++
	}
	return out
}

func joinTokens(ts []string) string {
	k := 0
	for _, t := range ts {
		k += len(t) + 1
	}
	b := make([]byte, 0, k)
	for i, t := range ts {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, t...)
	}
	return string(b)
}
