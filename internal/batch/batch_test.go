package batch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/internal/targets"
	"github.com/provcheck/provcheck/provenance"
)

func TestRunKeepsTheOrderOfTargets(t *testing.T) {
	refs := make([]string, 40)
	for i := range refs {
		refs[i] = fmt.Sprintf("t%02d", i)
	}
	for _, workers := range []int{1, 3, 8} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			var got []string
			err := Run(context.Background(), workers, Refs(refs...), func(_ context.Context, j Job) *provenance.Report {
				// Later targets finish first: the output order must not care.
				time.Sleep(time.Duration(len(refs)-j.N) * 50 * time.Microsecond)
				return &provenance.Report{Target: j.Target.Ref}
			}, func(r *provenance.Report) error {
				got = append(got, r.Target)
				return nil
			})
			require.NoError(t, err)
			assert.Equal(t, refs, got)
		})
	}
}

func TestRunReportsEmitErrorsAfterFinishing(t *testing.T) {
	n := 0
	err := Run(context.Background(), 2, Refs("a", "b", "c"), func(_ context.Context, j Job) *provenance.Report {
		return &provenance.Report{Target: j.Target.Ref}
	}, func(r *provenance.Report) error {
		n++
		return errors.New("disk full")
	})
	assert.ErrorContains(t, err, "disk full")
	assert.Equal(t, 3, n, "every report is still offered")
}

func TestExpandReadsStdinForDash(t *testing.T) {
	var jobs []Job
	for j := range Expand(context.Background(), Input{Args: []string{"-", "https://news.example/a"}, Stdin: strings.NewReader("<html>hi</html>")}) {
		jobs = append(jobs, j)
	}
	require.Len(t, jobs, 2)
	assert.Equal(t, "-", jobs[0].Target.Ref)
	assert.Equal(t, "<html>hi</html>", string(jobs[0].Target.HTML))
	assert.Equal(t, "https://news.example/a", jobs[1].Target.Ref)
	assert.Equal(t, []int{0, 1}, []int{jobs[0].N, jobs[1].N})
}

// TestExpandDashWithoutStdin gives "-" an error job, not a panic, when
// there is no standard input to read.
func TestExpandDashWithoutStdin(t *testing.T) {
	var jobs []Job
	for j := range Expand(context.Background(), Input{Args: []string{"-"}}) {
		jobs = append(jobs, j)
	}
	require.Len(t, jobs, 1)
	assert.ErrorIs(t, jobs[0].Err, errNoStdin)
}

func TestCheckTurnsExpansionErrorsIntoErrorReports(t *testing.T) {
	r := Check(context.Background(), nil, provenance.Options{}, &Gate{}, Job{Target: target("missing.md"), Err: errors.New("open missing.md: no such file")})
	assert.Equal(t, provenance.Errored, r.Verdict)
	assert.Contains(t, r.Error, "no such file")
}

func target(ref string) targets.Target { return targets.Target{Ref: ref} }

func TestRunSurvivesAPanickingTarget(t *testing.T) {
	var got []*provenance.Report
	err := Run(context.Background(), 2, Refs("a", "boom", "c"), func(_ context.Context, j Job) *provenance.Report {
		if j.Target.Ref == "boom" {
			panic("index out of range")
		}
		return &provenance.Report{Target: j.Target.Ref, Verdict: provenance.Pass}
	}, func(r *provenance.Report) error {
		got = append(got, r)
		return nil
	})
	require.NoError(t, err)
	require.Len(t, got, 3)
	assert.Equal(t, provenance.Errored, got[1].Verdict)
	assert.Contains(t, got[1].Error, "internal error while checking: index out of range")
	assert.Equal(t, provenance.Pass, got[2].Verdict)
}

// TestNonEmpty refuses a run whose every target named nothing, and passes
// any other run through whole, the empty containers included (each is an
// error report of its own then).
func TestNonEmpty(t *testing.T) {
	dir := t.TempDir()
	empty := func(name string) string {
		p := dir + "/" + name
		require.NoError(t, os.Mkdir(p, 0o755))
		return p
	}
	a, b := empty("a"), empty("b")
	_, _, err := NonEmpty(Expand(context.Background(), Input{Args: []string{a, b}}))
	require.ErrorIs(t, err, ErrNothingToCheck)
	assert.ErrorIs(t, err, targets.ErrNoTargets)
	assert.ErrorContains(t, err, a+" holds no")
	assert.ErrorContains(t, err, b+" holds no")

	jobs, stop, err := NonEmpty(Expand(context.Background(), Input{Args: []string{a, "https://news.example/s", b}}))
	require.NoError(t, err)
	defer stop()
	var got []string
	for j := range jobs {
		got = append(got, fmt.Sprintf("%d %s %v", j.N, j.Target.Ref, errors.Is(j.Err, targets.ErrNoTargets)))
	}
	assert.Equal(t, []string{"0 " + a + " true", "1 https://news.example/s false", "2 " + b + " true"}, got)
}

// TestCheckCutShortIsInterrupted: a target checked while the run is
// interrupted is an error that says so, not a timeout or a warning about
// its references.
func TestCheckCutShortIsInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := Check(ctx, stubFetcher{}, provenance.Options{}, &Gate{}, Job{Target: targets.Target{Ref: "https://news.example/s"}})
	assert.Equal(t, provenance.Errored, r.Verdict)
	assert.Contains(t, r.Error, "interrupted before the check finished")
}

// stubFetcher serves one short article for any URL.
type stubFetcher struct{}

func (stubFetcher) Fetch(_ context.Context, u string) (*crawler.Page, error) {
	body := "<html><body><article><p>" + strings.Repeat("The harbour council shut the old pier on Monday. ", 6) + "</p></article></body></html>"
	return &crawler.Page{URL: u, FinalURL: u, Status: 200, ContentType: "text/html", Body: []byte(body)}, nil
}
