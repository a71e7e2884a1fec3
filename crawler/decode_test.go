package crawler

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

// charsetCases are pages in other encodings, how they are labelled, and the
// text that must come out.
func charsetCases(t testing.TB) []struct {
	name, contentType, want, charset string
	body                             []byte
} {
	const latin = "Café, naïve façade — “quoted” for €5"
	const german = "Größe und Übermaß, sagte Jürgen"
	const japaneseText = "日本語のテキストです。東京都"
	const chinese = "简体中文的文本，北京"
	return []struct {
		name, contentType, want, charset string
		body                             []byte
	}{
		{"windows-1252 unlabelled", "text/html", latin, "windows-1252",
			append([]byte("<html><body><p>"), append(encode(t, charmap.Windows1252, latin), "</p></body></html>"...)...)},
		{"iso-8859-1 in header", "text/html; charset=ISO-8859-1", german, "windows-1252",
			append([]byte("<p>"), encode(t, charmap.ISO8859_1, german)...)},
		{"iso-8859-15 in http-equiv", "text/html", "Prix: 5 € net", "iso-8859-15",
			append([]byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body>`), encode(t, charmap.ISO8859_15, "Prix: 5 € net")...)},
		{"shift_jis in meta", "text/html", japaneseText, "shift_jis",
			append([]byte(`<html><head><meta charset="Shift_JIS"><title>x</title></head><body>`), encode(t, japanese.ShiftJIS, japaneseText)...)},
		{"gb18030 in header", "text/html; charset=gb18030", chinese, "gb18030",
			append([]byte("<p>"), encode(t, simplifiedchinese.GB18030, chinese)...)},
		{"utf-16le with BOM", "text/html", japaneseText, "utf-16le",
			encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "<html><body>"+japaneseText+"</body></html>")},
		{"utf-16be with BOM, header says latin1", "text/html; charset=iso-8859-1", latin, "utf-16be",
			encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "<p>"+latin)},
		{"utf-8 unlabelled past 1024 bytes", "text/html", german, "utf-8",
			[]byte("<html><head>" + strings.Repeat("<!-- ascii padding -->", 60) + "</head><body>" + german)},
		{"utf-8 with BOM", "", german, "utf-8", append([]byte("\xef\xbb\xbf<p>"), german...)},
	}
}

func TestDecodeHTML(t *testing.T) {
	for _, tc := range charsetCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			out, cs, err := decodeHTML(tc.body, tc.contentType)
			require.NoError(t, err)
			assert.True(t, utf8.Valid(out))
			assert.Contains(t, string(out), tc.want)
			assert.Equal(t, tc.charset, cs)
			assert.False(t, bytes.HasPrefix(out, []byte("\uFEFF")), "BOM must be stripped")
		})
	}
}

func TestDecodeHTMLWrongLabel(t *testing.T) {
	text := strings.Repeat("Ça été très élégant, où êtes-vous? ", 20)
	body := encode(t, charmap.Windows1252, text)
	out, cs, err := decodeHTML(body, "text/html; charset=utf-8")
	require.Error(t, err, "a body full of invalid UTF-8 labelled UTF-8 is a charset error")
	assert.Equal(t, "utf-8", cs)
	assert.True(t, utf8.Valid(out))

	// A few stray bytes in an otherwise fine page are not.
	body = []byte("<p>" + strings.Repeat("plain text ", 100) + "\xff</p>")
	_, _, err = decodeHTML(body, "text/html; charset=utf-8")
	assert.NoError(t, err)
}

func TestFetchCharsets(t *testing.T) {
	cases := charsetCases(t)
	mux := http.NewServeMux()
	for i, tc := range cases {
		mux.HandleFunc("/"+string(rune('a'+i)), func(w http.ResponseWriter, r *http.Request) {
			w.Header()["Content-Type"] = []string{tc.contentType}
			_, _ = w.Write(tc.body)
		})
	}
	mux.HandleFunc("/mislabelled", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(encode(t, charmap.Windows1252, strings.Repeat("Ça été très élégant. ", 40)))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := newCrawler(t, testOptions())
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page, err := fetch(t, c, srv.URL+"/"+string(rune('a'+i)))
			require.NoError(t, err)
			assert.Contains(t, string(page.Body), tc.want)
			assert.Equal(t, tc.charset, page.Charset)
			assert.Equal(t, len(tc.body), page.Bytes, "Bytes is the raw length")
		})
	}
	page, err := fetch(t, c, srv.URL+"/mislabelled")
	assert.Equal(t, KindCharset, KindOf(err))
	require.NotNil(t, page)
	assert.True(t, utf8.Valid(page.Body))
}

func TestReadFileAndHTML(t *testing.T) {
	dir := t.TempDir()
	sjis := append([]byte(`<html><head><meta charset="shift_jis"></head><body>`), encode(t, japanese.ShiftJIS, "日本語のテキスト")...)
	path := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(path, sjis, 0o644))

	page, err := ReadFile(path)
	require.NoError(t, err)
	assert.Contains(t, string(page.Body), "日本語のテキスト")
	assert.Equal(t, "file://"+filepath.ToSlash(path), page.URL)
	assert.Equal(t, len(sjis), page.Bytes)
	assert.Len(t, page.SHA256, 64)

	_, err = ReadFile(filepath.Join(dir, "missing.html"))
	assert.Equal(t, KindRead, KindOf(err))

	page, err = ReadHTML(bytes.NewReader(encode(t, charmap.Windows1252, "<p>Café")), "-")
	require.NoError(t, err)
	assert.Equal(t, "-", page.URL)
	assert.Contains(t, string(page.Body), "Café")

	_, err = ReadHTML(strings.NewReader("%PDF-1.4\n%\xe2\xe3\xcf\xd3"), "doc")
	assert.Equal(t, KindNotHTML, KindOf(err))
}

// TestCrawlerReadsUnderItsOwnLimit holds local pages to the crawler's
// MaxBodyBytes, above and below the package default alike.
func TestCrawlerReadsUnderItsOwnLimit(t *testing.T) {
	page := "<html><body><p>" + strings.Repeat("pier ", 400) + "</p></body></html>" // about 2 KB
	path := filepath.Join(t.TempDir(), "page.html")
	require.NoError(t, os.WriteFile(path, []byte(page), 0o644))
	tests := []struct {
		limit int64
		want  ErrorKind
	}{
		{1000, KindTooLarge},
		{int64(len(page)), ""},
		{DefaultMaxBodyBytes * 2, ""},
	}
	for _, tt := range tests {
		c, err := New(Options{MaxBodyBytes: tt.limit})
		require.NoError(t, err)
		_, err = c.ReadFile(path)
		assert.Equal(t, tt.want, KindOf(err), "file, limit %d", tt.limit)
		_, err = c.ReadHTML(strings.NewReader(page), "-")
		assert.Equal(t, tt.want, KindOf(err), "stdin, limit %d", tt.limit)
		c.Close()
	}
}

// TestReadHTMLRefusesBinary: random bytes or an executable saved as .html
// are no page; text, an HTML fragment and a page with a stray control byte
// after its markup starts are.
func TestReadHTMLRefusesBinary(t *testing.T) {
	random := make([]byte, 3000)
	for i := range random {
		random[i] = byte(i*7919%251 + i/13) // deterministic noise, control bytes included
	}
	tests := []struct {
		name   string
		body   string
		binary bool
	}{
		{"noise", string(random), true},
		{"executable", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00", true},
		{"page", "<!DOCTYPE html><html><body><p>The pier is shut.</p></body></html>", false},
		{"fragment", "<article><p>The pier is shut.</p></article>", false},
		{"control byte after the markup starts", "<html><body><p>The pier\x01 is shut.</p></body></html>", false},
		{"windows-1252 text", "<p>Caf\xe9 \x93open\x94</p>", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadHTML(strings.NewReader(tt.body), "page.html")
			if !tt.binary {
				assert.NoError(t, err)
				return
			}
			assert.Equal(t, KindNotHTML, KindOf(err))
			assert.ErrorContains(t, err, "binary data")
		})
	}
}
