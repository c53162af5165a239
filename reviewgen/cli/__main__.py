"""`python -m reviewgen.cli`: the same as the `reviewgen` command."""

from reviewgen.cli import main

main()
