"""`python -m lint` runs the medlint command."""

from lint.cli import main

main()
