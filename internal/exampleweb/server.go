// Package exampleweb serves a tree of static sites on a loopback test server,
// one top-level directory per host name, so the crawler and the demo can
// browse realistic fixture pages without touching the internet.
package exampleweb

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/provcheck/provcheck/crawler"
)

// Suffixes of the control files that make a fixture misbehave; they are never
// served themselves.
const (
	statusSuffix  = ".status"
	headersSuffix = ".headers"
)

// Server is a running loopback server for the hosts of one fixture tree.
type Server struct {
	ts    *httptest.Server
	fsys  fs.FS
	hosts []string
}

// Start serves fsys on a loopback httptest server, routing by Host header: a
// request for http://<host>/<path> is answered from <host>/<path> in fsys
// ("/" and directories => index.html; "/a/b" also tries "a/b.html"). Unknown
// paths 404; unknown hosts 404 too (tests need a dead link).
//
// Every top-level directory of fsys is a host. Next to a page, <name>.status
// sets its HTTP status and <name>.headers adds response headers (one
// "Key: Value" per line); a .status file without its page answers with an
// empty body, which is how fixtures express redirects.
func Start(fsys fs.FS) (*Server, error) {
	hosts, err := listHosts(fsys)
	if err != nil {
		return nil, err
	}
	s := &Server{fsys: fsys, hosts: hosts}
	s.ts = httptest.NewServer(http.HandlerFunc(s.serve))
	return s, nil
}

func listHosts(fsys fs.FS) ([]string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("exampleweb: list hosts: %w", err)
	}
	var hosts []string
	for _, e := range entries {
		// Host directories are lower-case, like the Host headers matched against them.
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") && e.Name() == strings.ToLower(e.Name()) {
			hosts = append(hosts, e.Name())
		}
	}
	if len(hosts) == 0 {
		return nil, errors.New("exampleweb: no host directories in the file system")
	}
	slices.Sort(hosts)
	return hosts, nil
}

// CrawlerOptions point a crawler at the example web: its host names
// resolve to this loopback server, which the SSRF guard must then allow,
// any other host fails without a DNS query (the demo promises no network),
// and politeness is off because the server is our own.
func (s *Server) CrawlerOptions() crawler.Options {
	return crawler.Options{Resolve: s.Resolve(), ResolveOnly: true, AllowPrivateNetwork: true, HostDelay: -1, Retries: -1}
}

// Addr is the server's "127.0.0.1:port".
func (s *Server) Addr() string { return s.ts.Listener.Addr().String() }

// Hosts lists the host names served, sorted.
func (s *Server) Hosts() []string { return slices.Clone(s.hosts) }

// Resolve maps every host served to the server's "127.0.0.1:port"; it is
// meant for crawler.Options.Resolve.
func (s *Server) Resolve() map[string]string {
	m := make(map[string]string, len(s.hosts))
	for _, h := range s.hosts {
		m[h] = s.Addr()
	}
	return m
}

// Client returns an HTTP client that dials every host name (known or not)
// to the server, for tests that do not go through the crawler.
func (s *Server) Client() *http.Client {
	addr := s.Addr()
	var d net.Dialer
	tr := &http.Transport{
		DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
			return d.DialContext(ctx, network, addr)
		},
	}
	return &http.Client{
		Transport: tr,
		// Fixtures test redirects themselves; let the caller see them.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// Close shuts the server down and waits for its requests to finish.
func (s *Server) Close() { s.ts.Close() }

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	host := hostOnly(r.Host)
	if _, ok := slices.BinarySearch(s.hosts, host); !ok {
		http.NotFound(w, r)
		return
	}
	name, ok := s.lookup(host, r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	s.respond(w, name)
}

// hostOnly strips the port and lower-cases a Host header.
func hostOnly(h string) string {
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	return strings.ToLower(strings.TrimSuffix(h, "."))
}

// lookup maps a request path to the file that answers it, trying the path
// itself, its index.html, then the path with ".html". A candidate exists when
// its file or its .status file does.
func (s *Server) lookup(host, urlPath string) (string, bool) {
	rel := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	base := path.Join(host, rel)
	if isControl(rel) {
		return "", false
	}
	candidates := []string{base, path.Join(base, "index.html")}
	if rel != "" {
		candidates = append(candidates, base+".html")
	}
	for _, c := range candidates {
		if st, err := fs.Stat(s.fsys, c); err == nil && !st.IsDir() {
			return c, true
		}
		if exists(s.fsys, c+statusSuffix) {
			return c, true
		}
	}
	return "", false
}

func isControl(name string) bool {
	return strings.HasSuffix(name, statusSuffix) || strings.HasSuffix(name, headersSuffix)
}

func exists(fsys fs.FS, name string) bool {
	st, err := fs.Stat(fsys, name)
	return err == nil && !st.IsDir()
}

func (s *Server) respond(w http.ResponseWriter, name string) {
	status, err := s.status(name)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	extra, err := s.headers(name)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	body, err := fs.ReadFile(s.fsys, name)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	if body != nil {
		h.Set("Content-Type", contentType(name))
	}
	// A header named in the file replaces the default; repeated lines add values.
	for _, kv := range extra {
		h.Del(kv[0])
	}
	for _, kv := range extra {
		h.Add(kv[0], kv[1])
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body) // the client may have gone; nothing to do about it
}

// status reads name's .status file; no file means 200.
func (s *Server) status(name string) (int, error) {
	b, err := fs.ReadFile(s.fsys, name+statusSuffix)
	if errors.Is(err, fs.ErrNotExist) {
		return http.StatusOK, nil
	}
	if err != nil {
		return 0, fmt.Errorf("exampleweb: read %s%s: %w", name, statusSuffix, err)
	}
	code, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || code < 100 || code > 999 {
		return 0, fmt.Errorf("exampleweb: %s%s: bad status %q", name, statusSuffix, bytes.TrimSpace(b))
	}
	return code, nil
}

// headers reads name's .headers file: "Key: Value" lines, blank lines and
// lines starting with # ignored.
func (s *Server) headers(name string) ([][2]string, error) {
	b, err := fs.ReadFile(s.fsys, name+headersSuffix)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("exampleweb: read %s%s: %w", name, headersSuffix, err)
	}
	var out [][2]string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(k) == "" {
			return nil, fmt.Errorf("exampleweb: %s%s line %d: want \"Key: Value\"", name, headersSuffix, n)
		}
		out = append(out, [2]string{http.CanonicalHeaderKey(strings.TrimSpace(k)), strings.TrimSpace(v)})
	}
	return out, nil
}

// Fixed types for the extensions fixtures use, so responses do not depend on
// the machine's mime.types.
var knownTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".htm":  "text/html; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
	".xml":  "application/xml",
	".json": "application/json",
	".pdf":  "application/pdf",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".png":  "image/png",
	".jpg":  "image/jpeg",
	".jpeg": "image/jpeg",
	".svg":  "image/svg+xml",
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := knownTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}
