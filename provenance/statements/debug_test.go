package statements

import (
	"fmt"
	"os"
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
