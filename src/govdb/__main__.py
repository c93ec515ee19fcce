"""`python -m govdb` runs the command line."""

from govdb.cli import app

app(prog_name="govdb")
