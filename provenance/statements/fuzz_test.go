package statements

import (
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	f.Add(fixtureSource)
	f.Add(`“A,” he said, “B.” According to Ada Brook, the mayor, it could rain.`)
	f.Add("„x“ «y» 「z」 ‘w’ \"v\" ''u''\n\n“open")
	f.Fuzz(func(t *testing.T, s string) {
		n := utf8.RuneCountInString(s)
		for _, st := range Find(s, Options{}) {
			if st.Content.Start < 0 || st.Content.End > n || st.Content.Start > st.Content.End {
				t.Fatalf("span %d-%d outside text of %d code points", st.Content.Start, st.Content.End, n)
			}
			if string([]rune(s)[st.Content.Start:st.Content.End]) != st.Content.Text && utf8.ValidString(s) {
				t.Fatalf("span text %q does not match offsets", st.Content.Text)
			}
		}
	})
}

func FuzzCompare(f *testing.F) {
	f.Add(fixtureCopy, fixtureSource)
	f.Add(`“We will win,” she said.`, `She said they could win.`)
	f.Add("", "“")
	f.Fuzz(func(t *testing.T, cp, src string) {
		checks, fs := Compare(cp, src, Options{})
		for _, c := range checks {
			if c.Verdict == "" {
				t.Fatal("check without verdict")
			}
		}
		for _, fd := range fs {
			if fd.Evidence.Copy == nil || fd.Evidence.Detail == "" {
				t.Fatalf("finding %s without copy evidence or detail", fd.Code)
			}
			if fd.Evidence.Source == nil && fd.Code != "quote-not-found" && fd.Code != "statement-not-found" {
				t.Fatalf("finding %s without source evidence", fd.Code)
			}
		}
	})
}
