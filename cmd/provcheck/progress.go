package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress counts finished targets on a spinner line of stderr. stderr and
// stdout are most often the same terminal, so the line is wiped before each
// report is written and held back while it is: otherwise the first line of
// a report would carry the spinner's text.
type progress struct {
	bar  *progressbar.ProgressBar
	line *holdWriter
	done int
}

// progressBar is a progress on stderr, or nil when stderr is not a
// terminal: logs and CI output stay clean.
func progressBar(stderr io.Writer, enabled bool) *progress {
	f, ok := stderr.(*os.File)
	if !enabled || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return newProgress(stderr, 100*time.Millisecond)
}

// newProgress draws on w at most once per throttle.
func newProgress(w io.Writer, throttle time.Duration) *progress {
	line := &holdWriter{w: w}
	bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(line), progressbar.OptionSetDescription("checking"),
		progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(throttle))
	return &progress{bar: bar, line: line}
}

// hold wipes the spinner's line and keeps it off until release.
func (p *progress) hold() { p.line.hold() }

// release counts one more finished target and lets the spinner draw again,
// on the fresh line below the report.
func (p *progress) release() {
	p.line.release()
	p.done++
	p.bar.Describe(fmt.Sprintf("checked %d", p.done))
	_ = p.bar.Add(1)
}

func (p *progress) finish() { _ = p.bar.Finish() }

// holdWriter passes the spinner's writes on, except while held: the
// spinner also draws from its own ticker goroutine, which must not write
// into the middle of a report.
type holdWriter struct {
	mu   sync.Mutex
	w    io.Writer
	held bool
}

// clearLine is the ANSI sequence that wipes the terminal's current line
// and returns to its start.
const clearLine = "\r\033[2K"

func (h *holdWriter) hold() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.held = true
	_, _ = io.WriteString(h.w, clearLine)
}

func (h *holdWriter) release() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.held = false
}

func (h *holdWriter) Write(b []byte) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.held {
		return len(b), nil
	}
	return h.w.Write(b)
}
