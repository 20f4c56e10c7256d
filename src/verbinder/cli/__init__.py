"""The command line: one module per command, thin: parse, call the core, render, map errors."""
