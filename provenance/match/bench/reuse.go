// Package bench scores provenance/match against text-reuse benchmarks: the
// Clough & Stevenson short-answer corpus and a synthetic spinning set.
package bench

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/provcheck/provcheck/provenance/match"
)

// Grades of the Clough & Stevenson corpus, most derived first.
var grades = map[string]int{"cut": 3, "light": 2, "heavy": 1, "non": 0}

// ReuseReport holds the figures of the reuse benchmark.
type ReuseReport struct {
	Answers       int     // answers scored
	Derived       int     // answers labelled cut, light or heavy
	RankAccuracy  float64 // share of derived answers whose own source ranks first by Align containment
	FPAccuracy    float64 // same, ranking by Fingerprint containment
	Spearman      float64 // rho of containment against cut > light > heavy > non
	SpearmanTaken float64 // rho of the taken share against the same grades
	Precision     float64 // derived-vs-not: relation != unrelated
	Recall        float64
	F1            float64
	ByGrade       map[string]GradeStats
	Misclassified []string // answers whose derived-or-not verdict is wrong
}

// GradeStats summarises the containment of one grade.
type GradeStats struct {
	N               int
	MeanContainment float64
	MeanTaken       float64 // mean share of the answer's words in passages from its source
	Detected        int     // relation != unrelated
}

type answer struct {
	file, grade, source string
}

// Reuse runs the benchmark on dir (holding labels.csv and corpus-20090418/).
func Reuse(ctx context.Context, dir string, opts match.Options) (ReuseReport, error) {
	answers, err := readLabels(filepath.Join(dir, "labels.csv"))
	if err != nil {
		return ReuseReport{}, err
	}
	corpus := filepath.Join(dir, "corpus-20090418")
	texts := map[string]string{}
	load := func(name string) (string, error) {
		if t, ok := texts[name]; ok {
			return t, nil
		}
		t, err := ReadText(filepath.Join(corpus, name))
		texts[name] = t
		return t, err
	}
	var sources []string
	for _, a := range answers {
		if !slices.Contains(sources, a.source) {
			sources = append(sources, a.source)
		}
	}
	slices.Sort(sources)
	srcFP := map[string]*match.Fingerprints{}
	for _, s := range sources {
		t, err := load(s)
		if err != nil {
			return ReuseReport{}, err
		}
		srcFP[s] = match.Fingerprint(t, opts)
	}
	rep := ReuseReport{ByGrade: map[string]GradeStats{}}
	var scores, taken, ranks []float64
	var tp, fp, fn, rankOK, fpOK int
	for _, a := range answers {
		if err := ctx.Err(); err != nil {
			return rep, fmt.Errorf("reuse benchmark: %w", err)
		}
		t, err := load(a.file)
		if err != nil {
			return rep, err
		}
		res, best, bestFP := rankSources(t, sources, load, srcFP, opts, a.source)
		derived := a.grade != "non"
		found := res.Relation != match.Unrelated
		scores = append(scores, res.Containment)
		taken = append(taken, res.TakenShare)
		ranks = append(ranks, float64(grades[a.grade]))
		g := rep.ByGrade[a.grade]
		g.N++
		g.MeanContainment += res.Containment
		g.MeanTaken += res.TakenShare
		if found {
			g.Detected++
		}
		rep.ByGrade[a.grade] = g
		switch {
		case derived && found:
			tp++
		case derived:
			fn++
		case found:
			fp++
		}
		if derived != found {
			rep.Misclassified = append(rep.Misclassified, fmt.Sprintf("%s (%s, containment %.2f, %s)", a.file, a.grade, res.Containment, res.Relation))
		}
		if derived {
			rep.Derived++
			if best == a.source {
				rankOK++
			}
			if bestFP == a.source {
				fpOK++
			}
		}
		rep.Answers++
	}
	for k, g := range rep.ByGrade {
		g.MeanContainment /= float64(g.N)
		g.MeanTaken /= float64(g.N)
		rep.ByGrade[k] = g
	}
	if rep.Derived > 0 {
		rep.RankAccuracy = float64(rankOK) / float64(rep.Derived)
		rep.FPAccuracy = float64(fpOK) / float64(rep.Derived)
	}
	rep.Spearman = Spearman(scores, ranks)
	rep.SpearmanTaken = Spearman(taken, ranks)
	rep.Precision, rep.Recall, rep.F1 = prf(tp, fp, fn)
	return rep, nil
}

// rankSources aligns t with every source and returns the alignment with its
// own source plus the best-ranked source by Align and by Fingerprint.
func rankSources(t string, sources []string, load func(string) (string, error), srcFP map[string]*match.Fingerprints, opts match.Options, own string) (match.Result, string, string) {
	var ownRes match.Result
	best, bestFP := "", ""
	bestScore, bestFPScore := -1.0, -1.0
	fp := match.Fingerprint(t, opts)
	for _, s := range sources {
		st, _ := load(s)
		res := match.Align(t, st, opts)
		if s == own {
			ownRes = res
		}
		if res.Containment > bestScore {
			best, bestScore = s, res.Containment
		}
		if c := fp.Containment(srcFP[s]); c > bestFPScore {
			bestFP, bestFPScore = s, c
		}
	}
	return ownRes, best, bestFP
}

func readLabels(path string) ([]answer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reuse labels: %w", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("reuse labels %s: %w", path, err)
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("reuse labels %s: %w", path, errors.New("no rows"))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.TrimSpace(h)] = i
	}
	for _, want := range []string{"file", "category", "source_file"} {
		if _, ok := col[want]; !ok {
			return nil, fmt.Errorf("reuse labels %s: missing column %q", path, want)
		}
	}
	var out []answer
	for _, r := range rows[1:] {
		a := answer{file: r[col["file"]], grade: r[col["category"]], source: r[col["source_file"]]}
		if _, ok := grades[a.grade]; ok {
			out = append(out, a)
		}
	}
	return out, nil
}

// ReadText reads a text file whatever its encoding: UTF-8 (a byte-order mark
// dropped) or, when not valid UTF-8, Windows-1252, the usual culprit of
// "smart quotes" in files written on Windows. Line endings become LF.
func ReadText(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read text: %w", err)
	}
	return DecodeText(b), nil
}

// DecodeText decodes b as UTF-8, falling back to Windows-1252.
func DecodeText(b []byte) string {
	b = []byte(strings.TrimPrefix(string(b), "\uFEFF"))
	s := string(b)
	if !utf8.Valid(b) {
		d, err := io.ReadAll(charmap.Windows1252.NewDecoder().Reader(strings.NewReader(s)))
		if err == nil {
			s = string(d)
		} else {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
	}
	return strings.ReplaceAll(s, "\r\n", "\n")
}

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
