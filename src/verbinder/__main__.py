"""``python -m verbinder``."""

from verbinder.cli.app import main

main()
