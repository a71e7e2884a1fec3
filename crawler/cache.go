package crawler

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// diskCache stores fetched pages (body and fetch evidence) as one JSON file
// per URL, named by the URL's SHA-256. Successful and unverifiable pages are
// stored; other failures are not, so they are retried next time.
type diskCache struct {
	dir string
	ttl time.Duration
}

type cacheEntry struct {
	StoredAt time.Time `json:"stored_at"`
	Page     *Page     `json:"page"`
	Body     []byte    `json:"body"`
	Kind     ErrorKind `json:"kind,omitempty"`
	Reason   string    `json:"reason,omitempty"`
}

func (d *diskCache) path(u string) string {
	sum := sha256.Sum256([]byte(u))
	h := hex.EncodeToString(sum[:])
	return filepath.Join(d.dir, h[:2], h+".json")
}

// get returns the cached result for u. Expired entries are misses unless
// offline, where a stale answer beats none. A corrupt entry is a miss.
func (d *diskCache) get(u string, offline bool) (*Page, error, bool) {
	data, err := os.ReadFile(d.path(u))
	if err != nil {
		return nil, nil, false
	}
	var e cacheEntry
	if err := json.Unmarshal(data, &e); err != nil || e.Page == nil {
		return nil, nil, false
	}
	if !offline && time.Since(e.StoredAt) > d.ttl {
		return nil, nil, false
	}
	p := e.Page
	p.Body, p.FromCache = e.Body, true
	if p.Body == nil {
		p.Body = []byte{}
	}
	if e.Kind != "" {
		return p, &FetchError{URL: u, Kind: e.Kind, Status: p.Status, Err: fmt.Errorf("%w: %s", errUnverifiable, e.Reason), Page: p}, true
	}
	return p, nil, true
}

// put stores a fetch result if it is worth keeping. Writes go to a temp file
// renamed into place, so a reader never sees half an entry. Errors are
// ignored: the cache is an optimisation, and the fetch itself succeeded.
func (d *diskCache) put(u string, page *Page, ferr error) {
	e := cacheEntry{StoredAt: time.Now().UTC(), Page: page}
	if ferr != nil {
		var fe *FetchError
		if !errors.As(ferr, &fe) || fe.Kind != KindUnverifiable || page == nil {
			return
		}
		e.Kind, e.Reason = fe.Kind, strings.TrimPrefix(fe.Err.Error(), errUnverifiable.Error()+": ")
	}
	if page == nil {
		return
	}
	e.Body = page.Body
	_ = d.write(d.path(u), e)
}

func (d *diskCache) write(path string, e cacheEntry) error {
	data, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
