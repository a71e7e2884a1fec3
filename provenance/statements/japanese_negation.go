package statements

import (
	"strings"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/text"
)

// Japanese writes its negation as a verb ending, and the tokeniser splits
// kana one per token, so a negation is read from the characters around a
// token: ない and なかった (しない, 行かなかった), ません, and ず (知らせず).

// japaneseNegation reports whether ts[k] is the mark of a Japanese
// negative ending: な of ない or なかった, せ of ません, or ず. One token per
// ending is the mark, so an ending counts once however much of it a diff
// changes. Endings that hedge or oblige rather than deny are left out:
// かもしれない ("may"), 違いない ("surely"), なければならない ("must"),
// their polite forms and an invitation (行きませんか), and so are the
// adjectives 少ない ("few"), 危ない ("dangerous") and 切ない ("painful"), and ず
// in まず, はず, わずか, ずつ, ずっと, 必ず ("surely") and にもかかわらず ("despite").
func japaneseNegation(ts []text.Token, k int) bool {
	after := kanaAfter(ts, k, 3)
	before := kanaBefore(ts, k, 3)
	switch ts[k].Norm {
	case "な":
		if !strings.HasPrefix(after, "い") && !strings.HasPrefix(after, "かっ") || before == "" {
			return false
		}
		for _, s := range []string{"しれ", "違い", "ばなら", "ばいけ", "少", "危", "切"} {
			if strings.HasSuffix(before, s) {
				return false
			}
		}
		return true
	case "せ":
		// not the polite forms of "may" and "surely" (かもしれません,
		// 違いありません), nor an invitation (行きませんか)
		far := kanaBefore(ts, k, 5)
		return strings.HasSuffix(before, "ま") && strings.HasPrefix(after, "ん") && !strings.HasPrefix(after, "んか") &&
			!strings.HasSuffix(far, "しれま") && !strings.HasSuffix(far, "違いありま")
	case "ず":
		switch {
		case before == "" || strings.HasPrefix(after, "か") || strings.HasPrefix(after, "つ") || strings.HasPrefix(after, "っ"):
			return false
		case strings.HasSuffix(before, "は") || before == "ま" || strings.HasSuffix(before, "わら") || strings.HasSuffix(before, "なら") || strings.HasSuffix(before, "必"):
			return false
		}
		return true
	}
	return false
}

// kanaBefore joins the up to n tokens written right before ts[k] (no space
// or punctuation between) in a script without spaces.
func kanaBefore(ts []text.Token, k, n int) string {
	x := k
	for x > 0 && x > k-n && ts[x-1].End == ts[x].Start && scriptioWord(ts[x-1].Norm) {
		x--
	}
	var b strings.Builder
	for _, t := range ts[x:k] {
		b.WriteString(t.Norm)
	}
	return b.String()
}

// kanaAfter joins the up to n tokens written right after ts[k].
func kanaAfter(ts []text.Token, k, n int) string {
	var b strings.Builder
	for x := k + 1; x < len(ts) && x <= k+n && ts[x].Start == ts[x-1].End && scriptioWord(ts[x].Norm); x++ {
		b.WriteString(ts[x].Norm)
	}
	return b.String()
}

// negationWord is the negation at ts[k] as a finding names it: the word,
// or a Japanese ending with the character before it (しない, ません).
func negationWord(ts []text.Token, k int) string {
	if !scriptioWord(ts[k].Norm) {
		return ts[k].Surface
	}
	n := 1 // ず
	switch after := kanaAfter(ts, k, 3); {
	case strings.HasPrefix(after, "かった"):
		n = 4
	case strings.HasPrefix(after, "い"), strings.HasPrefix(after, "ん"):
		n = 2
	}
	var b strings.Builder
	for _, t := range ts[max(0, k-1):min(len(ts), k+n)] {
		b.WriteString(t.Surface)
	}
	return b.String()
}

// scriptioWord reports whether w is written in a script without spaces
// (the tokeniser gives such text one character per token).
func scriptioWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return text.Scriptio(r)
}
