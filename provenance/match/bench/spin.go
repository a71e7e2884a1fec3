package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/provcheck/provcheck/provenance/match"
	"github.com/provcheck/provcheck/provenance/match/spin"
)

// SpinLevel is one setting of the synthetic spinning set.
type SpinLevel struct {
	Name    string
	Spin    spin.Options
	Partial bool // the copy is a part of the original set inside an unrelated text
}

// SpinLevels are the levels the spin benchmark reports, lightest first.
func SpinLevels() []SpinLevel {
	lv := func(name string, swap, mix float64) SpinLevel {
		return SpinLevel{Name: name, Spin: spin.Options{Swap: swap, Reorder: mix, Merge: mix}}
	}
	return []SpinLevel{
		lv("swap10", 0.10, 0.1), lv("swap20", 0.20, 0.15), lv("swap30", 0.30, 0.2),
		lv("swap40", 0.40, 0.3), lv("swap50", 0.50, 0.3), lv("swap60", 0.60, 0.3),
		{Name: "partial40", Spin: spin.Options{Swap: 0.2, Keep: 0.4}, Partial: true},
	}
}

// SpinReport holds the figures of the spin benchmark.
type SpinReport struct {
	Levels        []LevelStats
	SameTopicFP   float64 // unrelated text on the same topic judged derived
	CrossTopicFP  float64 // texts on other topics judged derived
	SameTopicMaxC float64 // highest containment of a same-topic unrelated text
	SameTopicMaxT float64 // highest taken share of a same-topic unrelated text
	Pairs         int     // unrelated pairs checked
}

// LevelStats are the figures of one spin level.
type LevelStats struct {
	Name            string
	Copies          int
	SwapShare       float64 // mean share of words actually swapped
	Recall          float64 // copies judged derived (relation != unrelated)
	MeanContainment float64
	MeanTaken       float64 // mean share of the copy's words in passages from the original
	MeanTrue        float64 // mean share of the copy's words that are the (spun) original
	Relations       map[match.Relation]int
}

// Spin generates seeds copies per original and level from the texts in dir
// (orig_*.txt and their same-topic other_*.txt) and scores detection.
func Spin(ctx context.Context, dir string, seeds int, opts match.Options) (SpinReport, error) {
	origs, others, err := readSpinTexts(dir)
	if err != nil {
		return SpinReport{}, err
	}
	var rep SpinReport
	for li, lv := range SpinLevels() {
		st := LevelStats{Name: lv.Name, Relations: map[match.Relation]int{}}
		for oi, o := range origs {
			for s := range seeds {
				if err := ctx.Err(); err != nil {
					return rep, fmt.Errorf("spin benchmark: %w", err)
				}
				sp := spin.New(uint64(1000*li + 10*oi + s))
				cp, share := sp.Spin(o, lv.Spin)
				taken := 1.0
				if lv.Partial {
					own := firstHalf(others[oi])
					taken = wordShare(cp, own)
					cp = own + "\n\n" + cp
				}
				st.MeanTrue += taken
				res := match.Align(cp, o, opts)
				st.Copies++
				st.SwapShare += share
				st.MeanContainment += res.Containment
				st.MeanTaken += res.TakenShare
				st.Relations[res.Relation]++
				if res.Relation != match.Unrelated {
					st.Recall++
				}
			}
		}
		n := float64(st.Copies)
		st.SwapShare, st.Recall, st.MeanContainment = st.SwapShare/n, st.Recall/n, st.MeanContainment/n
		st.MeanTaken, st.MeanTrue = st.MeanTaken/n, st.MeanTrue/n
		rep.Levels = append(rep.Levels, st)
	}
	rep.fp(origs, others, opts)
	return rep, nil
}

func (rep *SpinReport) fp(origs, others []string, opts match.Options) {
	var same, cross, nCross int
	for i, o := range origs {
		r := match.Align(others[i], o, opts)
		rep.SameTopicMaxC = max(rep.SameTopicMaxC, r.Containment)
		rep.SameTopicMaxT = max(rep.SameTopicMaxT, r.TakenShare)
		if r.Relation != match.Unrelated {
			same++
		}
		for j := range origs {
			if j == i {
				continue
			}
			for _, c := range []string{origs[j], others[j]} {
				nCross++
				if match.Align(c, o, opts).Relation != match.Unrelated {
					cross++
				}
			}
		}
	}
	rep.Pairs = len(origs) + nCross
	rep.SameTopicFP = float64(same) / float64(len(origs))
	rep.CrossTopicFP = float64(cross) / float64(nCross)
}

// wordShare is part's share of the words of part and rest together.
func wordShare(part, rest string) float64 {
	p, r := len(strings.Fields(part)), len(strings.Fields(rest))
	if p+r == 0 {
		return 0
	}
	return float64(p) / float64(p+r)
}

func firstHalf(s string) string {
	paras := strings.Split(s, "\n\n")
	return strings.Join(paras[:max(1, len(paras)/2)], "\n\n")
}

func readSpinTexts(dir string) (origs, others []string, err error) {
	names, err := filepath.Glob(filepath.Join(dir, "orig_*.txt"))
	if err != nil || len(names) == 0 {
		return nil, nil, fmt.Errorf("spin texts in %s: none found (%v)", dir, err)
	}
	slices.Sort(names)
	for _, n := range names {
		o, err := os.ReadFile(n)
		if err != nil {
			return nil, nil, fmt.Errorf("spin texts: %w", err)
		}
		otherName := filepath.Join(dir, "other_"+strings.TrimPrefix(filepath.Base(n), "orig_"))
		u, err := os.ReadFile(otherName)
		if err != nil {
			return nil, nil, fmt.Errorf("spin texts: %w", err)
		}
		origs, others = append(origs, DecodeText(o)), append(others, DecodeText(u))
	}
	return origs, others, nil
}
