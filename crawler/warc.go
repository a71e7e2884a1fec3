package crawler

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/provcheck/provcheck/internal/buildinfo"
)

// errNotInArchive is returned in replay mode for a URL the WARC file lacks.
var errNotInArchive = errors.New("not in the replay archive")

// warcArchive appends to a file a warcinfo record naming the tool, then a
// WARC request and response record per HTTP exchange, each record its own
// gzip member when the name ends in ".gz", so the file stays readable if
// the run is cut short.
type warcArchive struct {
	mu  sync.Mutex
	f   *os.File
	gz  bool
	m   gowarc.Marshaler
	err error // first write error, reported by close
}

func openArchive(path string) (*warcArchive, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	a := &warcArchive{f: f, gz: strings.HasSuffix(path, ".gz"), m: gowarc.NewMarshaler()}
	if err := a.info(filepath.Base(path)); err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("write archive: %w", err)
	}
	return a, nil
}

func newRecord(t gowarc.RecordType) gowarc.WarcRecordBuilder {
	return gowarc.NewRecordBuilder(t, gowarc.WithAddMissingRecordId(true),
		gowarc.WithAddMissingContentLength(true), gowarc.WithAddMissingDigest(true))
}

// info writes the warcinfo record that opens this run's records.
func (a *warcArchive) info(name string) error {
	rb := newRecord(gowarc.Warcinfo)
	_, _ = fmt.Fprintf(rb, "software: %s\r\nformat: WARC File Format 1.1\r\n", buildinfo.UserAgent())
	rb.AddWarcHeaderTime(gowarc.WarcDate, time.Now().UTC())
	rb.AddWarcHeader(gowarc.ContentType, "application/warc-fields")
	rb.AddWarcHeader(gowarc.WarcFilename, name)
	rec, _, err := rb.Build()
	if err != nil {
		return err
	}
	defer rec.Close()
	return a.write(rec)
}

// requestRecord is the WARC request record of req, as the crawler sent it
// (the transport's own Accept-Encoding aside), tied to its response.
func requestRecord(target string, req *http.Request, responseID string) (gowarc.WarcRecord, error) {
	var block bytes.Buffer
	fmt.Fprintf(&block, "%s %s HTTP/1.1\r\n", req.Method, req.URL.RequestURI())
	h := req.Header.Clone()
	h.Set("Host", req.URL.Host)
	_ = h.Write(&block)
	block.WriteString("\r\n")
	rb := newRecord(gowarc.Request)
	_, _ = rb.Write(block.Bytes())
	rb.AddWarcHeader(gowarc.WarcTargetURI, target)
	rb.AddWarcHeaderTime(gowarc.WarcDate, time.Now().UTC())
	rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
	rb.AddWarcHeader(gowarc.WarcConcurrentTo, responseID)
	rec, _, err := rb.Build()
	return rec, err
}

// record archives an exchange: the request, then the response. truncated
// is "" for a complete body, else the WARC-Truncated reason ("length" past
// MaxBodyBytes, "unspecified" if the body was abandoned, e.g. a non-HTML
// type or an error status).
func (a *warcArchive) record(target string, req *http.Request, resp *http.Response, body []byte, truncated string) {
	var block bytes.Buffer
	fmt.Fprintf(&block, "HTTP/%d.%d %03d %s\r\n", resp.ProtoMajor, resp.ProtoMinor, resp.StatusCode, http.StatusText(resp.StatusCode))
	h := resp.Header.Clone()
	h.Del("Content-Length") // the transport may have undone gzip; length follows the body kept
	h.Del("Content-Encoding")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	_ = h.Write(&block)
	block.WriteString("\r\n")
	block.Write(body)

	rb := newRecord(gowarc.Response)
	_, _ = rb.Write(block.Bytes())
	rb.AddWarcHeader(gowarc.WarcTargetURI, target)
	rb.AddWarcHeaderTime(gowarc.WarcDate, time.Now().UTC())
	rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	if truncated != "" {
		rb.AddWarcHeader(gowarc.WarcTruncated, truncated)
	}
	rec, _, err := rb.Build()
	if err == nil {
		defer rec.Close()
		var reqRec gowarc.WarcRecord
		if reqRec, err = requestRecord(target, req, rec.WarcHeader().Get(gowarc.WarcRecordID)); err == nil {
			defer reqRec.Close()
			err = a.write(reqRec, rec)
		}
	}
	if err != nil {
		a.mu.Lock()
		a.err = cmp.Or(a.err, err)
		a.mu.Unlock()
	}
}

// write appends recs together, so an exchange's records stay adjacent.
func (a *warcArchive) write(recs ...gowarc.WarcRecord) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, rec := range recs {
		if err := a.write1(rec); err != nil {
			return err
		}
	}
	return nil
}

func (a *warcArchive) write1(rec gowarc.WarcRecord) error {
	if !a.gz {
		_, _, err := a.m.Marshal(a.f, rec, 0)
		return err
	}
	zw := gzip.NewWriter(a.f)
	if _, _, err := a.m.Marshal(zw, rec, 0); err != nil {
		return err
	}
	return zw.Close()
}

func (a *warcArchive) close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	err := a.f.Close()
	if a.err != nil {
		return fmt.Errorf("write archive: %w", a.err)
	}
	return err
}

// warcReplay answers requests from the response records of a WARC file
// instead of the network. A URL recorded several times (a 429 then a 200)
// is answered in recorded order, the last answer repeating.
type warcReplay struct {
	mu    sync.Mutex
	byURL map[string][]*replayed
}

type replayed struct {
	status    int
	header    http.Header
	body      []byte
	truncated string // WARC-Truncated reason, "" if complete
}

func loadReplay(path string) (*warcReplay, error) {
	r, err := gowarc.NewWarcFileReader(path, 0)
	if err != nil {
		return nil, fmt.Errorf("open replay archive: %w", err)
	}
	defer r.Close()
	rp := &warcReplay{byURL: make(map[string][]*replayed)}
	for rec, err := range r.Records() {
		if err != nil {
			return nil, fmt.Errorf("read replay archive %s: %w", path, err)
		}
		if rp.add(rec.WarcRecord) != nil {
			_ = rec.Close()
			continue // not an HTTP response record; skip it
		}
		_ = rec.Close()
	}
	return rp, nil
}

func (rp *warcReplay) add(wr gowarc.WarcRecord) error {
	if wr.Type() != gowarc.Response {
		return errors.New("not a response")
	}
	block, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return errors.New("not an HTTP response")
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return err
	}
	body, err := io.ReadAll(payload)
	if err != nil {
		return err
	}
	target := wr.WarcHeader().Get(gowarc.WarcTargetURI)
	rp.byURL[target] = append(rp.byURL[target], &replayed{
		status:    block.HttpStatusCode(),
		header:    block.HttpHeader().Clone(),
		body:      body,
		truncated: wr.WarcHeader().Get(gowarc.WarcTruncated),
	})
	return nil
}

// response replays the next recorded answer for req. robots.txt a WARC
// lacks is answered 404 (allow all), as an unarchived file would be.
func (rp *warcReplay) response(req *http.Request) (*http.Response, error) {
	u := req.URL.String()
	rp.mu.Lock()
	recs := rp.byURL[u]
	var r *replayed
	if len(recs) > 0 {
		r = recs[0]
		if len(recs) > 1 {
			rp.byURL[u] = recs[1:]
		}
	}
	rp.mu.Unlock()
	if r == nil {
		if req.URL.Path == "/robots.txt" {
			r = &replayed{status: http.StatusNotFound, header: http.Header{}}
		} else {
			return nil, fmt.Errorf("%s: %w", u, errNotInArchive)
		}
	}
	var body io.Reader = bytes.NewReader(r.body)
	if r.truncated == "length" {
		body = io.MultiReader(body, errReader{errTooLarge}) // it was refused as too large
	}
	return &http.Response{
		Status: strconv.Itoa(r.status) + " " + http.StatusText(r.status), StatusCode: r.status,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: r.header.Clone(), Body: io.NopCloser(body), ContentLength: -1, Request: req,
	}, nil
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
