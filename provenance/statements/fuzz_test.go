package statements

import (
	"testing"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/text"
)

func FuzzFind(f *testing.F) {
	f.Add(fixtureSource)
	f.Add(`“A,” he said, “B.” According to Ada Brook, the mayor, it could rain.`)
	f.Add("„x“ «y» 「z」 ‘w’ \"v\" ''u''\n\n“open")
	f.Add("—Hemos hecho los deberes —afirmó la alcaldesa, Rocío Campos—. Seguiremos.\n\n« Le dossier n'est pas enterré, a-t-il ajouté. Nous reviendrons. »")
	f.Add("Pour Sophie Marchal, élue écologiste, le projet « défigurait le lac ».\n\n村田健一市長は記者会見で「増税はしない」と述べた。")
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
	f.Add("Bank profits rose 21% on Thursday. 'It is not over,' said the chair, Iris Holm.",
		"Bank profits rose 12% on Thursday, the bank said. 'It is over,' said the group's chair, Iris Holm. He could resign.")
	f.Add("The plan went ahead.\n\nThe council says it will.", "The plan went ahead.\n\nThe council says it will not.") // a sentence-final "not"
	f.Fuzz(func(t *testing.T, cp, src string) {
		checks, fs := Compare(cp, src, Options{})
		inText := func(sp *text.Span, s string) bool {
			r := []rune(s)
			return sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(r) && (!utf8.ValidString(s) || string(r[sp.Start:sp.End]) == sp.Text)
		}
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
			if !inText(fd.Evidence.Copy, cp) || fd.Evidence.Source != nil && !inText(fd.Evidence.Source, src) {
				t.Fatalf("finding %s: evidence offsets do not match the texts", fd.Code)
			}
		}
	})
}
