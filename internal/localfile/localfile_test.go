//go:build unix

package localfile

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOpenRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(page, []byte("<p>The tide table for May.</p>"), 0o644))
	link := filepath.Join(dir, "link.html")
	require.NoError(t, os.Symlink(page, link))
	fifo := filepath.Join(dir, "pipe.html")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })
	tests := []struct{ name, path, want string }{
		{"regular file", page, ""},
		{"symlink to a regular file", link, ""},
		{"named pipe without a writer", fifo, "a named pipe (FIFO)"},
		{"socket", sock, "a socket"},
		{"character device", os.DevNull, "a character device"},
		{"directory", dir, "a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Open(tt.path) // would block on the pipe if it opened it
			if tt.want == "" {
				require.NoError(t, err)
				f.Close()
				return
			}
			require.ErrorIs(t, err, ErrNotRegular)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err = Open(filepath.Join(dir, "missing.html"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}
