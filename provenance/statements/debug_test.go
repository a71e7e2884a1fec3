package statements

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

func TestDebugDump(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	for _, s := range Find(string(b), Options{}) {
		sp := "<nil>"
		if s.Speaker != nil {
			sp = fmt.Sprintf("%s | %s | %s | %s", s.Speaker.Name, s.Speaker.Title, s.Speaker.Affiliation, s.Speaker.Kind)
		}
		fmt.Printf("[%s cue=%q spk=%s hedges=%v]\n   %q\n", s.Kind, s.Cue, sp, s.Hedges, s.Content.Text)
	}
}

func TestDebugMisses(t *testing.T) {
	if os.Getenv("MISSES") == "" {
		t.Skip()
	}
	arts, _ := LoadPolNeAR(t.Context(), polnearDir, "dev")
	n := 0
	for _, a := range arts {
		sts := Find(a.Text, Options{})
		r := []rune(a.Text)
		for _, g := range a.Attrs {
			hit := false
			for _, st := range sts {
				if overlap(st.Content.Start, st.Content.End, g.Content) > 0 {
					hit = true
				}
			}
			if !hit && n < 100000 {
				n++
				src, cue := "", ""
				for _, s := range g.Source {
					src += string(r[s[0]:s[1]]) + " "
				}
				for _, s := range g.Cue {
					cue += string(r[s[0]:s[1]]) + " "
				}
				c := g.Content[0]
				ctx0 := max(0, min(c[0], g.Cue[0][0])-40)
				ctx1 := min(len(r), max(c[1], g.Cue[0][1])+20)
				fmt.Printf("MISS src=%q cue=%q\n   %q\n", src, cue, string(r[ctx0:ctx1]))
			}
		}
	}
}

func TestDebugCompare(t *testing.T) {
	if os.Getenv("CMP") == "" {
		t.Skip()
	}
	cks, fs := Compare(fixtureCopy, fixtureSource, Options{})
	for _, c := range cks {
		src := "<nil>"
		if c.Source != nil {
			src = fmt.Sprintf("%s/%s %q", c.Source.Kind, c.Source.Speaker, c.Source.Span.Text)
		}
		fmt.Printf("CHECK %s %s spk=%s (%s) %q\n    src=%s diff=%v\n", c.Kind, c.Verdict, c.Speaker, c.SpeakerTitle, c.Text, src, c.Diff)
	}
	for _, f := range fs {
		s := ""
		if f.Evidence.Source != nil {
			s = f.Evidence.Source.Text
		}
		fmt.Printf("FIND %s %s %s\n    copy=%q\n    src=%q\n    %s\n", f.Code, f.Severity, f.Message, f.Evidence.Copy.Text, s, f.Evidence.Detail)
	}
}

func TestDebugReg(t *testing.T) {
	if os.Getenv("REG") == "" {
		t.Skip()
	}
	d := newDoc(os.Getenv("REG"), "")
	r := newRegistry(d)
	for _, e := range r.ents {
		fmt.Printf("%+v\n", *e)
	}
}

func TestDebugApp(t *testing.T) {
	if os.Getenv("REG") == "" {
		t.Skip()
	}
	d := newDoc(os.Getenv("REG"), "")
	for j := range d.toks {
		fmt.Println(j, d.toks[j].Surface, appositiveEnd(d, j), cueVerbs[d.toks[j].Norm], auxVerbs[d.toks[j].Norm])
	}
}

func TestDebugSelf(t *testing.T) {
	if os.Getenv("SELF") == "" {
		t.Skip()
	}
	arts, _ := LoadPolNeAR(t.Context(), polnearDir, "dev")
	cnt := map[string]int{}
	for _, a := range arts {
		_, fs := Compare(a.Text, a.Text, Options{})
		for _, f := range fs {
			cnt[string(f.Code)]++
			if cnt[string(f.Code)] <= 4 {
				s := ""
				if f.Evidence.Source != nil {
					s = f.Evidence.Source.Text
				}
				fmt.Printf("FIND %s %s\n   copy=%q\n   src=%q\n   %s\n", f.Code, f.Message, f.Evidence.Copy.Text, s, f.Evidence.Detail)
			}
		}
	}
	fmt.Println(cnt)
}

func TestDebugPerturb(t *testing.T) {
	cl := PerturbClass(os.Getenv("PERTURB"))
	if cl == "" {
		t.Skip()
	}
	arts, _ := LoadPolNeAR(t.Context(), polnearDir, "dev")
	rng := rand.New(rand.NewPCG(1, 1^0x9e3779b97f4a7c15))
	n := 0
	for _, a := range arts {
		for _, c := range PerturbClasses {
			p, ok := Perturb(a.Text, c, rng)
			if !ok || c != cl {
				continue
			}
			_, fs := Compare(p.Copy, a.Text, Options{})
			r := newDoc(p.Copy, "").runes
			ts, te := r.Index(p.Start), r.Index(p.End)
			if caught(cl, fs, ts, te) || n > 12 {
				continue
			}
			n++
			fmt.Printf("MISSED %s target=%q\n", cl, p.Copy[p.Start:p.End])
			for _, f := range fs {
				if f.Evidence.Copy != nil && f.Evidence.Copy.End > ts && f.Evidence.Copy.Start < te {
					s := ""
					if f.Evidence.Source != nil {
						s = f.Evidence.Source.Text
					}
					fmt.Printf("   %s %s | copy=%q src=%q %s\n", f.Code, f.Severity, f.Evidence.Copy.Text, s, f.Evidence.Detail)
				}
			}
		}
	}
}

func TestDebugSpeakers(t *testing.T) {
	if os.Getenv("SPK") == "" {
		t.Skip()
	}
	arts, _ := LoadPolNeAR(t.Context(), polnearDir, "dev")
	n := 0
	for _, a := range arts {
		sts := Find(a.Text, Options{})
		d := newDoc(a.Text, "")
		reg := newRegistry(d)
		r := []rune(a.Text)
		for _, st := range sts {
			best, bo := -1, 0
			for gi, g := range a.Attrs {
				if ov := overlap(st.Content.Start, st.Content.End, g.Content); ov > bo {
					best, bo = gi, ov
				}
			}
			if best < 0 || len(a.Attrs[best].Source) == 0 {
				continue
			}
			g := a.Attrs[best]
			if speakerMatches(st, g, d, reg, r) || n > 100000 {
				continue
			}
			n++
			got, ss := "<nil>", ""
			if st.Speaker != nil {
				got = st.Speaker.Name
			}
			if st.SpeakerSpan != nil {
				ss = st.SpeakerSpan.Text
			}
			s := g.Source[0]
			fmt.Printf("SPK gold=%q got=%q (mention %q) cue=%q kind=%s\n", string(r[s[0]:s[1]]), got, ss, st.Cue, st.Kind)
		}
	}
}

func TestDebugFP(t *testing.T) {
	if os.Getenv("FP") == "" {
		t.Skip()
	}
	arts, _ := LoadPolNeAR(t.Context(), polnearDir, "dev")
	n := 0
	for _, a := range arts {
		for _, st := range Find(a.Text, Options{}) {
			hit := false
			for _, g := range a.Attrs {
				if overlap(st.Content.Start, st.Content.End, g.Content) > 0 {
					hit = true
				}
			}
			if !hit && n < 60 {
				n++
				sp := ""
				if st.SpeakerSpan != nil {
					sp = st.SpeakerSpan.Text
				}
				fmt.Printf("FP %s cue=%q spk=%q %q\n", st.Kind, st.Cue, sp, clip(st.Content.Text))
			}
		}
	}
}

func TestDebugLinked(t *testing.T) {
	if os.Getenv("LINKED") == "" {
		t.Skip()
	}
	arts, _ := LoadPolNeAR(t.Context(), polnearDir, "dev")
	n := 0
	for _, a := range arts {
		d := newDoc(a.Text, "")
		reg := newRegistry(d)
		r := []rune(a.Text)
		for _, st := range Find(a.Text, Options{}) {
			if st.Kind != Direct || st.CueSpan != nil {
				continue
			}
			for _, g := range a.Attrs {
				if overlap(st.Content.Start, st.Content.End, g.Content) > 0 && len(g.Source) > 0 && !speakerMatches(st, g, d, reg, r) && n < 25 {
					n++
					s := g.Source[0]
					lo, hi := max(0, st.Content.Start-150), min(len(r), st.Content.End+120)
					got := "<nil>"
					if st.Speaker != nil {
						got = st.Speaker.Name
					}
					fmt.Printf("LINK gold=%q got=%q\n   %q\n", string(r[s[0]:s[1]]), got, string(r[lo:hi]))
				}
			}
		}
	}
}

func TestDebugFiles(t *testing.T) {
	if os.Getenv("COPYF") == "" {
		t.Skip()
	}
	cp, _ := os.ReadFile(os.Getenv("COPYF"))
	src, _ := os.ReadFile(os.Getenv("SRCF"))
	cks, fs := Compare(string(cp), string(src), Options{})
	for _, c := range cks {
		s := "<nil>"
		if c.Source != nil {
			s = fmt.Sprintf("%s/%s %q", c.Source.Kind, c.Source.Speaker, clip(c.Source.Span.Text))
		}
		fmt.Printf("CHECK %s %s spk=%s (%s) %q\n    src=%s\n", c.Kind, c.Verdict, c.Speaker, c.SpeakerTitle, clip(c.Text), s)
	}
	for _, f := range fs {
		s := ""
		if f.Evidence.Source != nil {
			s = f.Evidence.Source.Text
		}
		fmt.Printf("FIND %s %s %s\n    copy=%q\n    src=%q\n    %s\n", f.Code, f.Severity, f.Message, clip(f.Evidence.Copy.Text), clip(s), f.Evidence.Detail)
	}
	for _, f := range HeadlineDrift(strings.SplitN(string(cp), "\n", 2)[0], strings.SplitN(string(src), "\n", 2)[0]) {
		fmt.Printf("HEAD %s | %q vs %q\n", f.Message, f.Evidence.Copy.Text, f.Evidence.Source.Text)
	}
}

func TestDebugHedge(t *testing.T) {
	if os.Getenv("HEDGE") == "" {
		t.Skip()
	}
	arts, _ := LoadPolNeAR(t.Context(), polnearDir, "train")
	rng := rand.New(rand.NewPCG(1, 1^0x9e3779b97f4a7c15))
	n := 0
	for _, a := range arts[:300] {
		p, ok := Perturb(a.Text, StrengthenHedge, rng)
		if !ok {
			continue
		}
		cks, fs := Compare(p.Copy, a.Text, Options{})
		r := newDoc(p.Copy, "").runes
		ts, te := r.Index(p.Start), r.Index(p.End)
		if caught(StrengthenHedge, fs, ts, te) || n > 8 {
			continue
		}
		n++
		fmt.Printf("MISS %q\n", p.Copy[p.Start:p.End])
		for _, c := range cks {
			if c.Span.End > ts && c.Span.Start < te {
				s := ""
				if c.Source != nil {
					s = c.Source.Span.Text
				}
				fmt.Printf("   check %s %s %q\n      src=%q\n", c.Kind, c.Verdict, clip(c.Text), s)
			}
		}
	}
}
