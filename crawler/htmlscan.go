package crawler

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxRefreshDelay is the longest meta refresh treated as a redirect; longer
// ones are auto-reloads or "you will be redirected" pages worth reading.
const maxRefreshDelay = 60

// minReloadDelay is the shortest meta refresh to the page itself that is an
// auto-reload (live pages reload every minute or so). A quicker one sends a
// browser round the same URL before the page can be read: a redirect loop.
const minReloadDelay = 10

// pageScan is what one pass over a page's tokens tells us.
type pageScan struct {
	amp         bool   // <html amp> or <html ⚡>
	canonical   string // <link rel=canonical href>
	refresh     string // <meta http-equiv=refresh content>
	textRunes   int    // visible text outside script/style/noscript/template
	longestText int    // longest single text node, in runes
	text        strings.Builder
	noscript    strings.Builder
	jsonLD      strings.Builder
	scripts     int
}

// maxScanText bounds the text kept for the phrase checks.
const maxScanText = 64 << 10

func scanHTML(body []byte) *pageScan {
	s := &pageScan{}
	z := html.NewTokenizer(bytes.NewReader(body))
	var skip, inNoscript, inJSONLD int
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return s
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			s.startTag(t)
			switch t.DataAtom {
			case atom.Script:
				s.scripts++
				if strings.EqualFold(attr(t, "type"), "application/ld+json") {
					inJSONLD++
				}
				skip++
			case atom.Style, atom.Template:
				skip++
			case atom.Noscript:
				inNoscript++
			}
			if tt == html.SelfClosingTagToken && (t.DataAtom == atom.Script || t.DataAtom == atom.Style || t.DataAtom == atom.Template) {
				skip--
			}
		case html.EndTagToken:
			switch t := z.Token(); t.DataAtom {
			case atom.Script:
				skip, inJSONLD = max(skip-1, 0), 0
			case atom.Style, atom.Template:
				skip = max(skip-1, 0)
			case atom.Noscript:
				inNoscript = max(inNoscript-1, 0)
			}
		case html.TextToken:
			s.addText(z.Text(), skip > 0, inNoscript > 0, inJSONLD > 0)
		}
	}
}

func (s *pageScan) startTag(t html.Token) {
	switch t.DataAtom {
	case atom.Html:
		for _, a := range t.Attr {
			if a.Key == "amp" || a.Key == "⚡" {
				s.amp = true
			}
		}
	case atom.Link:
		if s.canonical == "" && hasToken(attr(t, "rel"), "canonical") {
			s.canonical = strings.TrimSpace(attr(t, "href"))
		}
	case atom.Meta:
		if s.refresh == "" && strings.EqualFold(strings.TrimSpace(attr(t, "http-equiv")), "refresh") {
			s.refresh = attr(t, "content")
		}
	}
}

func (s *pageScan) addText(b []byte, script, noscript, jsonLD bool) {
	switch {
	case jsonLD:
		if s.jsonLD.Len() < maxScanText {
			s.jsonLD.Write(b)
		}
	case script:
	case noscript:
		if s.noscript.Len() < maxScanText {
			s.noscript.Write(b)
		}
	default:
		t := strings.Join(strings.Fields(string(b)), " ")
		n := utf8.RuneCountInString(t)
		s.textRunes += n
		s.longestText = max(s.longestText, n)
		if n > 0 && s.text.Len() < maxScanText {
			s.text.WriteString(t)
			s.text.WriteByte(' ')
		}
	}
}

func attr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// parseRefresh parses a meta refresh content attribute ("5; url=/next") per
// the HTML standard's algorithm, leniently. ok is false if it is malformed.
func parseRefresh(content string) (delay int, target string, ok bool) {
	s := strings.TrimLeftFunc(content, unicode.IsSpace)
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 && (len(s) == 0 || s[0] != '.') {
		return 0, "", false
	}
	delay, err := strconv.Atoi(s[:i])
	if err != nil && i > 0 {
		delay = maxRefreshDelay + 1 // absurdly long: treat as not a redirect
	}
	s = strings.TrimLeft(s[i:], "0123456789.")
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	s = strings.TrimLeft(s, ";,")
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if len(s) >= 3 && strings.EqualFold(s[:3], "url") {
		rest := strings.TrimLeftFunc(s[3:], unicode.IsSpace)
		if strings.HasPrefix(rest, "=") {
			s = strings.TrimLeftFunc(rest[1:], unicode.IsSpace)
		}
	}
	if len(s) > 0 && (s[0] == '"' || s[0] == '\'') {
		q := s[0]
		s = s[1:]
		if j := strings.IndexByte(s, q); j >= 0 {
			s = s[:j]
		}
	}
	return delay, strings.TrimSpace(s), true
}

// nextHop returns where a fetched page sends us: a prompt meta refresh to
// another URL, or to the page itself sooner than an auto-reload would (the
// caller's loop check then reports it), or, for an AMP page, its canonical
// URL.
func nextHop(page *Page, s *pageScan) (string, string) {
	if delay, target, ok := parseRefresh(s.refresh); ok && target != "" && delay <= maxRefreshDelay {
		next := resolveRef(page.FinalURL, target)
		if next != "" && (next != page.FinalURL || delay < minReloadDelay) {
			return next, ViaMetaRefresh
		}
	}
	if s.amp && s.canonical != "" {
		if next := resolveRef(page.FinalURL, s.canonical); next != "" && next != page.FinalURL {
			return next, ViaAMPCanonical
		}
	}
	return "", ""
}

func resolveRef(base, ref string) string {
	b, err := url.Parse(base)
	if err != nil {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	next, err := normalizeURL(b.ResolveReference(r).String())
	if err != nil {
		return ""
	}
	return next
}

var (
	notFreeRe    = regexp.MustCompile(`(?i)"isAccessibleForFree"\s*:\s*"?false"?`)
	jsNeededRe   = regexp.MustCompile(`(?i)(enable|activate|turn on|requires?|need|aktivieren|activer|habilita)\w*[^.]{0,40}javascript|javascript[^.]{0,40}(enable|required|needed|disabled|aktivieren|activé)`)
	consentRe    = regexp.MustCompile(`(?i)\b(cookies?|consent|privacy settings|datenschutz|einwilligung)\b`)
	acceptRe     = regexp.MustCompile(`(?i)\b(accept|agree|allow all|i consent|akzeptieren|zustimmen|accepter|aceptar)\b`)
	subscribeRe  = regexp.MustCompile(`(?i)(subscribe|subscription|subscriber|abonnieren|abonnement|sign in|log in)[^.]{0,60}(continue|read|access|full)|(continue|keep) reading`)
	consentHosts = []string{"consent.", "consent-"}
)

// Thresholds for the unverifiable checks, in runes of visible text. A page
// counts as a wall only when it is also short and has no article-length
// paragraph, so a real article that merely mentions cookies passes.
const (
	shellMaxText    = 200
	wallMaxText     = 2500
	articleParaText = 400
)

// unverifiableReason says why a page cannot be checked, or "" if it can.
func unverifiableReason(page *Page, s *pageScan) string {
	text := s.text.String()
	short := s.textRunes < wallMaxText && s.longestText < articleParaText
	switch {
	case s.textRunes < shellMaxText && jsNeededRe.MatchString(s.noscript.String()):
		return fmt.Sprintf("needs JavaScript: %d characters of text and a <noscript> asking for JavaScript", s.textRunes)
	case s.textRunes == 0 && s.scripts > 0:
		return "needs JavaScript: no text outside scripts"
	case isConsentHost(page.FinalURL):
		return "consent wall: redirected to " + page.FinalURL
	case short && consentRe.MatchString(text) && acceptRe.MatchString(text):
		return fmt.Sprintf("consent wall: %d characters of text asking to accept cookies", s.textRunes)
	case short && notFreeRe.MatchString(s.jsonLD.String()):
		return fmt.Sprintf("paywall: marked isAccessibleForFree=false with %d characters of text", s.textRunes)
	case short && subscribeRe.MatchString(text) && s.textRunes < shellMaxText*5:
		return fmt.Sprintf("paywall: %d characters of text asking to subscribe", s.textRunes)
	}
	return ""
}

func isConsentHost(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	h := lowerASCII(p.Hostname())
	for _, prefix := range consentHosts {
		if strings.HasPrefix(h, prefix) {
			return true
		}
	}
	return false
}

var errUnverifiable = errors.New("unverifiable")

// unverifiable returns a KindUnverifiable error for a page that is a
// JavaScript shell, consent wall or paywall, or nil.
func unverifiable(page *Page, s *pageScan) error {
	reason := unverifiableReason(page, s)
	if reason == "" {
		return nil
	}
	return &FetchError{URL: page.URL, Kind: KindUnverifiable, Status: page.Status, Err: fmt.Errorf("%w: %s", errUnverifiable, reason), Page: page}
}
