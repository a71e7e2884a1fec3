package extractbench

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScore(t *testing.T) {
	cases := []struct {
		name        string
		truth, pred string
		tp, fp, fn  float64
	}{
		{"identical", "one two three four five", "one two three four five", 1, 0, 0},
		{"both empty", "", "", 0, 0, 0},
		{"nothing predicted", "one two three four", "", 0, 0, 1},
		// truth shingles: (a b c d) (b c d e); pred adds (c d e f).
		{"extra word", "a b c d e", "a b c d e f", 2.0 / 3, 1.0 / 3, 0},
		{"punctuation and case are tokens apart", "Hello, world: it is.", "hello world it is", 0, 0.5, 0.5},
		{"short texts are one shingle", "a b", "a b", 1, 0, 0},
		{"unicode words", "café über 東京 naïve", "café über 東京 naïve", 1, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tp, fp, fn := Score(tc.truth, tc.pred)
			assert.InDelta(t, tc.tp, tp, 1e-9)
			assert.InDelta(t, tc.fp, fp, 1e-9)
			assert.InDelta(t, tc.fn, fn, 1e-9)
		})
	}
}

func TestMetrics(t *testing.T) {
	pages := []Page{
		{TP: 1},              // perfect: P = R = 1
		{TP: 0.5, FP: 0.5},   // P 0.5, R 1
		{FN: 1},              // nothing predicted: no precision, R 0
		{TP: 0.25, FN: 0.75}, // P 1, R 0.25
	}
	p, r, f1 := Metrics(pages)
	assert.InDelta(t, (1+0.5+1)/3.0, p, 1e-9)
	assert.InDelta(t, (1+1+0+0.25)/4.0, r, 1e-9)
	assert.InDelta(t, 2*p*r/(p+r), f1, 1e-9)
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "html"), 0o755))
	gt := map[string]truth{
		"a": {ArticleBody: "the depot closes next year says council", URL: "https://a.test/1"},
		"b": {ArticleBody: "trams will run until the spring timetable", URL: "https://b.test/2"},
	}
	raw, err := json.Marshal(gt)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ground-truth.json"), raw, 0o644))
	for id, tr := range gt {
		f, err := os.Create(filepath.Join(dir, "html", id+".html.gz"))
		require.NoError(t, err)
		zw := gzip.NewWriter(f)
		_, err = zw.Write([]byte("<p>" + tr.ArticleBody + "</p>"))
		require.NoError(t, err)
		require.NoError(t, zw.Close())
		require.NoError(t, f.Close())
	}
	strip := func(body []byte, _ string) (string, error) {
		s := strings.TrimSuffix(strings.TrimPrefix(string(body), "<p>"), "</p>")
		if strings.HasPrefix(s, "trams") {
			s += " subscribe to our newsletter"
		}
		return s, nil
	}
	res, err := Run(context.Background(), dir, strip, 1)
	require.NoError(t, err)
	require.Len(t, res.Pages, 2)
	assert.InDelta(t, 1.0, res.Recall, 1e-9)
	assert.Less(t, res.Precision, 1.0)
	assert.Greater(t, res.PagesPerSec, 0.0)
}
