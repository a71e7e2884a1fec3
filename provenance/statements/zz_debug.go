package statements

import "fmt"

// DebugSpeakers is scratch.
func DebugSpeakers(arts []GoldArticle) {
	for _, a := range arts {
		sts := Find(a.Text, Options{})
		d := newDoc(a.Text, "")
		reg := newRegistry(d)
		runes := []rune(a.Text)
		found := make([]bool, len(a.Attrs))
		for _, st := range sts {
			if st.Kind == Stance {
				continue
			}
			best := bestGold(st, a.Attrs, found)
			if best < 0 || len(a.Attrs[best].Source) == 0 {
				continue
			}
			g := a.Attrs[best]
			if !speakerMatches(st, g, d, reg, runes) {
				sp, ms := "", ""
				if st.Speaker != nil {
					sp = st.Speaker.Name
				}
				if st.SpeakerSpan != nil {
					ms = st.SpeakerSpan.Text
				}
				cueov := st.CueSpan != nil && overlap(st.CueSpan.Start, st.CueSpan.End, g.Cue) > 0
				gs := fmt.Sprint(g.Source)
				gc := fmt.Sprint(g.Cue)
				fmt.Printf("SPK %s cueov=%v ours=%q mention=%q (cue %q) gold=%q (cue %q)\n", st.Kind, cueov, sp, ms, st.Cue, gs, gc)
			}
		}
	}
}
