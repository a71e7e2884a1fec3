package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTokenizeNormalisation(t *testing.T) {
	tests := []struct {
		name, in, lang string
		norms, stems   []string
	}{
		{"fullwidth and case", "ＬＩÈＧＥ Liège", "", []string{"liège", "liège"}, nil},
		{"quotes unified", "don’t don't", "", []string{"don't", "don't"}, nil},
		{"numbers keep digits", "1,000 people, 3.5 %", "", []string{"1,000", "people", "3.5"}, []string{"1000", "peopl", "3.5"}},
		{"english stems", "running runs", "en", nil, []string{"run", "run"}},
		{"french stems", "nationales nationale", "fr", nil, []string{"national", "national"}},
		{"unknown language keeps words", "Häuser laufen", "de", []string{"häuser", "laufen"}, []string{"häuser", "laufen"}},
		{"han per character", "北京大学", "zh", []string{"北", "京", "大", "学"}, nil},
		{"mixed script", "Alibaba在比利时", "", []string{"alibaba", "在", "比", "利", "时"}, nil},
		{"emoji dropped", "hi 😀 there", "", []string{"hi", "there"}, nil},
		{"soft hyphen and ligature", "ﬁnance co\u00ADoperate", "", []string{"finance", "cooperate"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokenize(tc.in, tc.lang)
			var norms, stems []string
			for _, tk := range toks {
				norms = append(norms, tk.Norm)
				stems = append(stems, tk.Stem)
			}
			if tc.norms != nil {
				assert.Equal(t, tc.norms, norms)
			}
			if tc.stems != nil {
				assert.Equal(t, tc.stems, stems)
			}
			assertOffsets(t, tc.in, toks)
		})
	}
}

func TestTokenizeFlags(t *testing.T) {
	toks := Tokenize("The Belgian agency watched Cainiao for two years since 2021.", "")
	byWord := map[string]Token{}
	for _, tk := range toks {
		byWord[tk.Surface] = tk
	}
	assert.True(t, byWord["The"].Stop)
	assert.True(t, byWord["The"].Capital)
	assert.True(t, byWord["Cainiao"].Capital)
	assert.False(t, byWord["agency"].Capital)
	assert.True(t, byWord["for"].Stop)
	assert.False(t, byWord["agency"].Stop)
	assert.True(t, byWord["2021"].Number)
	assert.False(t, byWord["years"].Number)
}

// TestTokenizeHyphen marks the word a hyphen joins to the next, and not
// one a dash, a space or a hyphen with spaces parts from it.
func TestTokenizeHyphen(t *testing.T) {
	toks := Tokenize("une marche non-violente, non – violente, non - loin et non\u2011stop", "fr")
	var joined []string
	for _, tk := range toks {
		if tk.Hyphen {
			joined = append(joined, tk.Surface)
		}
	}
	assert.Equal(t, []string{"non", "non"}, joined)
	assert.False(t, toks[len(toks)-1].Hyphen)
}

func TestSentences(t *testing.T) {
	s := "Mayor Lind opened the bridge. It cost 4 million! Was it worth it?\n\n  "
	got := Sentences(s)
	require.Len(t, got, 3)
	assert.Equal(t, "Mayor Lind opened the bridge.", s[got[0].Start:got[0].End])
	assert.Equal(t, "Was it worth it?", s[got[2].Start:got[2].End])
	assert.Empty(t, Sentences("  ... "))
}

func assertOffsets(t *testing.T, s string, toks []Token) {
	t.Helper()
	prev := 0
	for _, tk := range toks {
		require.GreaterOrEqual(t, tk.Start, prev)
		require.Less(t, tk.Start, tk.End)
		require.LessOrEqual(t, tk.End, len(s))
		assert.Equal(t, tk.Surface, s[tk.Start:tk.End])
		prev = tk.End
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "Carlos Perez’s TrustedSec", "北京大学 😀", "a\u0301\u0301", "\xff\xfe bad", strings.Repeat("x ", 50)} {
		f.Add(s, "en")
	}
	f.Add("Les élèves nationales", "fr")
	f.Fuzz(func(t *testing.T, s, lang string) {
		toks := Tokenize(s, lang)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Surface {
				t.Fatalf("bad offsets %d-%d for %q in %q", tk.Start, tk.End, tk.Surface, s)
			}
			if utf8.ValidString(s) && tk.Norm == "" && tk.Stem == "" {
				t.Fatalf("empty token %q", tk.Surface)
			}
			prev = tk.End
		}
		for _, r := range Sentences(s) {
			if r.Start < 0 || r.End > len(s) || r.Start >= r.End {
				t.Fatalf("bad sentence range %v", r)
			}
		}
	})
}

func TestJoinWords(t *testing.T) {
	tests := map[string][]string{
		"the pier will open": {"the", "pier", "will", "open"},
		"過去10年間":             {"過", "去", "10", "年", "間"},
		"Sato氏は言った":          {"Sato", "氏", "は", "言", "っ", "た"},
		"":                   nil,
	}
	for want, words := range tests {
		if got := JoinWords(words); got != want {
			t.Errorf("JoinWords(%q) = %q, want %q", words, got, want)
		}
	}
}
