package report

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromiumPath finds the browser for TestHTMLInBrowser: $PROVCHECK_CHROMIUM,
// else chromium on PATH.
func chromiumPath() string {
	if p := os.Getenv("PROVCHECK_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// box is an element's rendered geometry.
type box struct {
	Visible                  bool
	Left, Top, Width, Height float64
}

const boxJS = `(() => { const e = document.querySelector(%q); if (!e) return {Visible:false};
  const r = e.getBoundingClientRect(), s = getComputedStyle(e);
  return {Visible: r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none",
          Left: r.left + scrollX, Top: r.top + scrollY, Width: r.width, Height: r.height}; })()`

// TestHTMLInBrowser renders a batch in headless Chromium at desktop and
// phone widths, checks that the key parts are visible and laid out (side by
// side on a desktop, stacked on a phone, nothing wider than the screen),
// that hovering a passage highlights its twin, and saves screenshots.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	chromium := chromiumPath()
	if chromium == "" && os.Getenv("PROVCHECK_REQUIRE_BROWSER") != "" {
		t.Fatal("chromium not found, and PROVCHECK_REQUIRE_BROWSER is set (as .ci/run does)")
	}
	if chromium == "" {
		t.Skip("chromium not found (install Debian's chromium or set PROVCHECK_CHROMIUM); skipping the browser test")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	require.NoError(t, os.WriteFile(page, renderHTML(t, richReport(t), passReport(t, "https://blog.example/original-post"), errorReport("https://down.example/x")), 0o644))

	opts := append(chromedp.DefaultExecAllocatorOptions[:0:0],
		chromedp.ExecPath(chromium),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(ctx)
	defer cancelTab()

	// Screenshots outlive the test, so the logged path can be opened.
	shots, err := os.MkdirTemp("", "provcheck-screenshots-")
	require.NoError(t, err)
	for _, width := range []int64{1280, 360} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			require.NoError(t, chromedp.Do(ctx,
				chromedp.EmulateViewport(width, 900),
				chromedp.Navigate("file://"+page),
				chromedp.WaitVisible(chromedp.CSS("#summary")),
			))
			boxes := map[string]box{}
			for _, sel := range []string{"#report-1 .verdict", ".texts > div:first-child .text", ".texts > div:last-child .text",
				"#c-1", "#s-1", "table.statements", ".fetch", "#summary table"} {
				b, err := chromedp.Run(ctx, chromedp.Evaluate[box](fmt.Sprintf(boxJS, sel)))
				require.NoError(t, err, sel)
				assert.True(t, b.Visible, "%s is visible at %d px", sel, width)
				boxes[sel] = b
			}
			summary, banner := boxes["#summary table"], boxes["#report-1 .verdict"]
			assert.Less(t, summary.Top, banner.Top, "the summary comes first")
			copyCol, srcCol := boxes[".texts > div:first-child .text"], boxes[".texts > div:last-child .text"]
			if width >= 1000 {
				assert.InDelta(t, copyCol.Top, srcCol.Top, 1, "texts side by side")
				assert.Less(t, copyCol.Left+copyCol.Width, srcCol.Left+1)
			} else {
				assert.GreaterOrEqual(t, srcCol.Top, copyCol.Top+copyCol.Height, "texts stacked")
			}
			scrollWidth, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollWidth`))
			require.NoError(t, err)
			assert.LessOrEqual(t, scrollWidth, float64(width), "no horizontal scrolling")

			twinLit, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
				`document.querySelector("#c-2").dispatchEvent(new MouseEvent("mouseover", {bubbles: true})),
				 document.querySelector("#s-2").classList.contains("hl")`))
			require.NoError(t, err)
			assert.True(t, twinLit, "hovering a passage highlights its twin")

			require.NoError(t, chromedp.Do(ctx,
				chromedp.Evaluate[chromedp.Void](`document.querySelectorAll(".hl").forEach(e => e.classList.remove("hl"))`)))
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			require.NoError(t, err)
			saveScreenshot(t, shots, fmt.Sprintf("report-%d.png", width), png)
			// And the first screen of the first report, as an editor opens it.
			require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector("#report-1").scrollIntoView()`)))
			png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
			require.NoError(t, err)
			saveScreenshot(t, shots, fmt.Sprintf("report-%d-screen.png", width), png)
			png, err = chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("#report-1 table.statements")))
			require.NoError(t, err)
			saveScreenshot(t, shots, fmt.Sprintf("report-%d-statements.png", width), png)
		})
	}
	t.Run("print", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx,
			chromedp.EmulateViewport(900, 300), // short, so 70vh would clip the texts on screen
			chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
				return err
			}),
		))
		printable, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]bool](`({
			textsUnclipped: [...document.querySelectorAll(".text")].every(e => e.scrollHeight <= e.clientHeight + 1),
			navHidden: getComputedStyle(document.querySelector("header .noprint")).display === "none",
			sideBySide: getComputedStyle(document.querySelector(".texts")).gridTemplateColumns.split(" ").length === 2})`))
		require.NoError(t, err)
		assert.Equal(t, map[string]bool{"textsUnclipped": true, "navHidden": true, "sideBySide": true}, printable)
		pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground()))
		require.NoError(t, err)
		assert.True(t, bytes.HasPrefix(pdf, []byte("%PDF-")))
		saveScreenshot(t, shots, "report.pdf", pdf)
	})
}

// saveScreenshot writes an image (or the PDF) to dir, logs where, and copies it to
// $PROVCHECK_SCREENSHOTS when set, so CI can keep it as an artifact.
func saveScreenshot(t *testing.T, dir, name string, png []byte) {
	t.Helper()
	require.NotEmpty(t, png)
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot: %s", path)
	if keep := os.Getenv("PROVCHECK_SCREENSHOTS"); keep != "" {
		require.NoError(t, os.MkdirAll(keep, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(keep, name), png, 0o644))
		t.Logf("screenshot copied to %s", filepath.Join(keep, name))
	}
}
