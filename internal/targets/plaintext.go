package targets

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textTarget reads an article saved as plain text, as aggregated copies
// often are: the first line is the headline, blank lines part paragraphs.
// It becomes a page the extractor reads like any other.
func textTarget(ref string, data []byte) Target {
	var title string
	body := strings.ReplaceAll(string(data), "\r\n", "\n")
	if first, rest, ok := strings.Cut(strings.TrimLeft(body, "\n"), "\n"); ok {
		title, body = strings.TrimSpace(first), rest
	}
	byline, body := cutByline(body)
	var buf bytes.Buffer
	writeHead(&buf, frontMatter{Title: title, Author: byline})
	for _, p := range strings.Split(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			fmt.Fprintf(&buf, "<p>%s</p>\n", linkify(strings.Join(strings.Fields(p), " ")))
		}
	}
	buf.WriteString("</article>\n</body>\n</html>\n")
	return Target{Ref: ref, Kind: Text, Path: ref, HTML: buf.Bytes(), BodyLine: 2}
}

// bareURL is a web address written out in plain text.
var bareURL = regexp.MustCompile(`https?://[^\s<>"]+`)

// linkify escapes a paragraph of plain text as HTML and makes each web
// address in it a link to itself, as a page would carry it: "Source:
// https://…" is then a labelled reference, not just words. Punctuation
// that ends the sentence stays out of the address.
func linkify(p string) string {
	var b strings.Builder
	last := 0
	for _, m := range bareURL.FindAllStringIndex(p, -1) {
		end := m[0] + len(strings.TrimRight(p[m[0]:m[1]], ".,;:!?)]}'’\""))
		u := html.EscapeString(p[m[0]:end])
		fmt.Fprintf(&b, `%s<a href="%s">%s</a>`, html.EscapeString(p[last:m[0]]), u, u)
		last = end
	}
	b.WriteString(html.EscapeString(p[last:]))
	return b.String()
}

// bylinePara is a paragraph that is only a byline: "By Mara Lindqvist,
// Kelby Gazette", perhaps in Markdown emphasis.
var bylinePara = regexp.MustCompile(`^[*_]{0,2}[Bb]y\s+\p{Lu}[^*_]{0,100}[*_]{0,2}$`)

// cutByline takes the byline a plain-text or Markdown article writes as its
// first paragraph (after a Markdown heading), as a web page's extractor
// takes a page's, and blanks its line so the article text does not start
// with it and the body's line numbers stay.
func cutByline(body string) (string, string) {
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if !bylinePara.MatchString(t) || !namesOnly(t) || i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			return "", body
		}
		lines[i] = ""
		return strings.TrimSpace(strings.Trim(t, "*_")), strings.Join(lines, "\n")
	}
	return "", body
}

// namesOnly reports whether a "By …" line holds only names: capitalised
// words, initials and the words that join names, and no sentence's end.
// "By Monday night, the river had burst its banks." is a lead.
func namesOnly(line string) bool {
	words := strings.Fields(strings.Trim(line, "*_"))[1:]
	for i, w := range words {
		bare := strings.Trim(w, ",;|&")
		if strings.HasSuffix(bare, ".") && i == len(words)-1 && len([]rune(bare)) > 3 {
			return false // a sentence's full stop, not an initial's ("J.") or "Jr."
		}
		if bare == "" || nameJoiners[strings.ToLower(bare)] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(bare); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// nameJoiners may stand between the names of a byline.
var nameJoiners = map[string]bool{"and": true, "of": true, "the": true, "for": true, "at": true, "in": true,
	"de": true, "da": true, "van": true, "von": true, "la": true, "le": true, "bin": true, "al": true}
