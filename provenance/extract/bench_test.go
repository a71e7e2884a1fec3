package extract_test

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/extract/extractbench"
)

type benchPage struct {
	body []byte
	url  string
}

// loadBenchPages reads the benchmark's pages, or skips when absent.
func loadBenchPages(tb testing.TB) []benchPage {
	tb.Helper()
	dir, err := extractbench.DefaultDir()
	if err != nil {
		tb.Skip("benchmark data absent: ", err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var gt map[string]struct{ URL string }
	if err := json.Unmarshal(raw, &gt); err != nil {
		tb.Fatal(err)
	}
	var pages []benchPage
	for id, t := range gt {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, benchPage{b, t.URL})
	}
	return pages
}

// BenchmarkExtract extracts every benchmark page once per iteration.
func BenchmarkExtract(b *testing.B) {
	pages := loadBenchPages(b)
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			_, _ = extract.Extract(p.body, p.url, extract.Options{})
		}
	}
}

// benchF1Floor is the F1 this extractor reached on the benchmark, minus
// 0.005 of slack; a rule that lowers it fails here.
const benchF1Floor = 0.976 - 0.005

// TestBenchmarkF1 runs the whole extraction benchmark and guards its F1.
func TestBenchmarkF1(t *testing.T) {
	if testing.Short() {
		t.Skip("whole benchmark: skipped in -short")
	}
	dir, err := extractbench.DefaultDir()
	if err != nil {
		t.Skip("benchmark data absent: ", err)
	}
	res, err := extractbench.Run(t.Context(), dir, func(body []byte, u string) (string, error) {
		a, err := extract.Extract(body, u, extract.Options{})
		if err != nil {
			return "", nil // a refused page scores as empty, as in provbench
		}
		return a.Text, nil
	}, 1)
	require.NoError(t, err)
	t.Logf("pages=%d P=%.4f R=%.4f F1=%.4f median=%.2fms", len(res.Pages), res.Precision, res.Recall, res.F1, res.MedianMs)
	if os.Getenv("EXTRACT_BENCH_DUMP") != "" {
		for _, p := range res.Pages {
			t.Logf("page %s tp=%.3f fp=%.3f fn=%.3f", p.ID, p.TP, p.FP, p.FN)
		}
	}
	assert.GreaterOrEqual(t, res.F1, benchF1Floor)
}
