//go:build unix

package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/provenance"
)

// TestSpecialFilesAreRefused names a named pipe with no writer, a socket
// and a device as a target, as compare's SOURCE and as --source: each is a
// target error (exit 2) that says what the file is, at once, where opening
// the pipe used to block forever.
func TestSpecialFilesAreRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.html")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	sock := filepath.Join(dir, "sock.html")
	l, err := net.Listen("unix", sock)
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })
	page := filepath.Join(dir, "copy.html")
	require.NoError(t, os.WriteFile(page, []byte("<html><body><p>The ferry to Kelby Island runs twice a day again from Monday, the harbour office said in a short note to residents.</p></body></html>"), 0o644))
	tests := []struct {
		name, want string
		args       []string
	}{
		{"fifo target", "named pipe", []string{"check", "--format", "json", fifo}},
		{"fifo target, sarif", "", []string{"check", "--format", "sarif", fifo}},
		{"fifo copy to compare", "named pipe", []string{"compare", "--format", "json", fifo, page}},
		{"fifo source to compare", "named pipe", []string{"compare", "--format", "json", page, fifo}},
		{"fifo --source", "named pipe", []string{"check", "--format", "json", "--source", fifo, page}},
		{"socket target", "socket", []string{"check", "--format", "json", sock}},
		{"device target", "character device", []string{"check", "--format", "json", os.DevNull}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := cliWithin(t, 10*time.Second, fifo, tt.args...)
			assert.Equal(t, exitError, code, "stderr:\n%s", stderr)
			if tt.want == "" {
				return
			}
			doc := decode(t, out)
			require.Len(t, doc.Reports, 1)
			r := doc.Reports[0]
			assert.Equal(t, provenance.Errored, r.Verdict)
			assert.Contains(t, r.Error, "not a regular file")
			assert.Contains(t, r.Error, tt.want)
		})
	}
}

// cliWithin runs cli, failing the test if it has not returned within d;
// then it opens fifo for writing so that a reader blocked on it goes on.
func cliWithin(t *testing.T, d time.Duration, fifo string, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code        int
		out, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, out, stderr := cli(t, "", args...)
		done <- result{code, out, stderr}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.stderr
	case <-time.After(d):
		if w, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
		t.Fatalf("provcheck %s still runs after %s", strings.Join(args, " "), d)
		return 0, "", ""
	}
}
