package targets

import (
	"bytes"
	"fmt"
	"html"
	"strings"
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
	var buf bytes.Buffer
	writeHead(&buf, frontMatter{Title: title})
	for _, p := range strings.Split(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			fmt.Fprintf(&buf, "<p>%s</p>\n", html.EscapeString(strings.Join(strings.Fields(p), " ")))
		}
	}
	buf.WriteString("</article>\n</body>\n</html>\n")
	return Target{Ref: ref, Kind: Text, Path: ref, HTML: buf.Bytes(), BodyLine: 2}
}
