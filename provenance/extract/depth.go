package extract

import "bytes"

// nonNesting elements never hold other elements open: void elements, and
// those the parser closes implicitly when a sibling starts.
var nonNesting = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
	"p": true, "li": true, "dt": true, "dd": true, "option": true, "optgroup": true, "tr": true,
	"td": true, "th": true, "thead": true, "tbody": true, "tfoot": true, "rb": true, "rt": true,
	"rp": true, "param": true, "keygen": true, "frame": true, "!doctype": true,
}

// rawText elements hold text up to their end tag, not markup.
var rawText = map[string]string{"script": "</script", "style": "</style", "textarea": "</textarea", "title": "</title", "xmp": "</xmp"}

// maxDepth estimates the element nesting of an HTML document with a
// byte scan, stopping once it passes limit. It runs before html.Parse,
// whose cost grows with depth, so it must stay linear and allocation-free.
func maxDepth(b []byte, limit int) int {
	depth, deepest := 0, 0
	foreign := false // inside <svg>/<math>, where "/>" really closes
	var name [16]byte
	for i := 0; i < len(b); i++ {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		if i >= len(b) {
			break
		}
		switch c := b[i]; {
		case c == '!' && bytes.HasPrefix(b[i:], []byte("!--")):
			k := bytes.Index(b[i:], []byte("-->"))
			if k < 0 {
				return deepest
			}
			i += k
		case c == '/':
			i++
			tag := readName(b, &i, &name)
			if tag == "svg" || tag == "math" {
				foreign = false
			}
			if depth > 0 && !nonNesting[tag] {
				depth--
			}
		case isASCIILetter(c):
			tag := readName(b, &i, &name)
			if tag == "svg" || tag == "math" {
				foreign = true
			}
			if end, ok := rawText[tag]; ok {
				k := indexFold(b[i:], end)
				if k < 0 {
					return deepest
				}
				i += k
				continue
			}
			if nonNesting[tag] || foreign && selfClosing(b[i:]) {
				continue
			}
			depth++
			if depth > deepest {
				deepest = depth
				if deepest > limit {
					return deepest
				}
			}
		}
	}
	return deepest
}

// readName reads a lower-cased tag name at b[*i:], advancing *i.
func readName(b []byte, i *int, buf *[16]byte) string {
	n := 0
	for *i < len(b) && (isASCIILetter(b[*i]) || b[*i] >= '0' && b[*i] <= '9' || b[*i] == '-') {
		if n < len(buf) {
			buf[n] = b[*i] | 0x20
			n++
		}
		*i++
	}
	return string(buf[:n])
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// selfClosing reports whether the tag whose attributes start b ends in "/>".
func selfClosing(b []byte) bool {
	k := bytes.IndexByte(b, '>')
	return k > 0 && b[k-1] == '/'
}

// indexFold finds the lower-case ASCII needle in b, ignoring case.
func indexFold(b []byte, needle string) int {
	for i := 0; ; {
		k := bytes.IndexByte(b[i:], '<')
		if k < 0 {
			return -1
		}
		i += k
		if len(b)-i >= len(needle) && bytes.EqualFold(b[i:i+len(needle)], []byte(needle)) {
			return i
		}
		i++
	}
}
