// Package localfile refuses local files that are not regular files before
// they are opened: opening a named pipe for reading blocks until a writer
// comes, a device may never end or may act on being opened, and a socket
// cannot be read at all, so naming one as a page would hang provcheck or
// read garbage.
package localfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ErrNotRegular is returned (wrapped) for a path that is no regular file.
var ErrNotRegular = errors.New("not a regular file")

// Check says why fi, the result of os.Stat, is no file to read a page
// from; it is nil for a regular file.
func Check(fi fs.FileInfo) error {
	m := fi.Mode()
	if m.IsRegular() {
		return nil
	}
	return fmt.Errorf("%w: it is %s", ErrNotRegular, kind(m))
}

// Stat checks path, following symlinks, without opening it.
func Stat(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	return Check(fi)
}

// Open opens path for reading once Stat has found a regular file there.
func Open(path string) (*os.File, error) {
	if err := Stat(path); err != nil {
		return nil, err
	}
	return os.Open(path)
}

func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO); give a page on standard input as -"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	}
	return "a special file"
}
