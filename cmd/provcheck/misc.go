package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/provcheck/provcheck/internal/buildinfo"
	"github.com/provcheck/provcheck/report"
)

func newSchemaCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the json and jsonl reports",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := cmd.OutOrStdout().Write(report.Schema())
			return err
		},
	}
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print provcheck's version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "provcheck %s (report schema %s)\n", buildinfo.Version(), report.SchemaVersion)
			return err
		},
	}
}
