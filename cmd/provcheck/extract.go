package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/internal/batch"
	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/statements"
	"github.com/provcheck/provcheck/provenance/text"
)

func newExtractCmd(stdin io.Reader) *cobra.Command {
	var (
		ff     fetchFlags
		format string
	)
	cmd := &cobra.Command{
		Use:   "extract [flags] TARGET",
		Short: "Print the article provcheck extracts from a page, and the references it finds (for debugging)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := ff.validate(); err != nil {
				return err
			}
			c, err := crawler.New(ff.options())
			if err != nil {
				return err
			}
			defer c.Close()
			page, err := loadOne(cmd.Context(), c, batch.Input{Args: args, Stdin: stdin, MaxBytes: ff.maxBody})
			if err != nil {
				return exitWith(cmd, err)
			}
			u := page.FinalURL
			if u == "" {
				u = page.URL
			}
			art, err := extract.Extract(page.Body, u, extract.Options{})
			if err != nil {
				return exitWith(cmd, err)
			}
			found := statements.Find(art.Text, statements.Options{Language: art.Language})
			return printArticle(cmd.OutOrStdout(), extracted{art, found}, format)
		},
	}
	ff.register(cmd.Flags())
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}

// loadOne reads the single target of in as check would: a page, a
// Markdown or plain-text article turned into HTML, or stdin.
func loadOne(ctx context.Context, c *crawler.Crawler, in batch.Input) (*crawler.Page, error) {
	for j := range batch.Expand(ctx, in) {
		switch {
		case j.Err != nil:
			return nil, j.Err
		case j.Target.HTML != nil:
			return batch.ReadTarget(c, j.Target)
		default:
			return provenance.NewChecker(c, provenance.Options{}).Load(ctx, j.Target.Ref)
		}
	}
	return nil, fmt.Errorf("%s: no page to extract", strings.Join(in.Args, " "))
}

func exitWith(cmd *cobra.Command, err error) error {
	fmt.Fprintf(cmd.ErrOrStderr(), "provcheck: %v\n", err)
	return exitStatus(exitError)
}

// extracted is what extract prints: the article, and every statement
// found in its text, stances included.
type extracted struct {
	*extract.Article
	Statements []statements.Statement `json:"statements"`
}

func printArticle(w io.Writer, x extracted, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(x)
	case "text", "":
		a := x.Article
		fmt.Fprintf(w, "url:        %s\ntitle:      %s\nbyline:     %s\nsite:       %s\npublished:  %s\nlanguage:   %s\ntype:       %s\nwords:      %d\n",
			a.URL, a.Title, a.Byline, a.SiteName, a.Published, a.Language, a.Type, a.WordCount)
		for _, r := range a.References {
			fmt.Fprintf(w, "reference:  %.2f %-22s %s  %q\n", r.Confidence, r.Kind, r.URL, r.Text)
		}
		if a.UnlinkedLabel != "" {
			fmt.Fprintf(w, "unlinked:   %q (a source label with no link)\n", a.UnlinkedLabel)
		}
		for _, b := range a.Boilerplate {
			fmt.Fprintf(w, "stripped:   %q\n", text.Clip(b, 100))
		}
		for _, l := range a.CreditLines {
			fmt.Fprintf(w, "credit:     %q (a credit or byline line, not in the text)\n", text.Clip(l, 100))
		}
		for _, st := range x.Statements {
			speaker := "(unattributed)"
			if st.Speaker != nil {
				speaker = st.Speaker.Name
			}
			fmt.Fprintf(w, "statement:  %-8s %-24s %-12q %q\n", st.Kind, text.Clip(speaker, 24), st.Cue, text.Clip(st.Content.Text, 80))
		}
		_, err := fmt.Fprintf(w, "\n%s\n", a.Text)
		return err
	}
	return fmt.Errorf("unknown format %q (want text or json)", format)
}
