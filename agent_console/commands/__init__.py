"""Command-line subcommands: each module adds its parser and runs it."""
