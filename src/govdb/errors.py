"""The one exception type the command line turns into a one-line message."""


class GovdbError(Exception):
    """Bad input or an unusable database: shown to the user as one line, never a traceback."""


def first_line(error: object) -> str:
    """An error as one line: a database error's text runs on to the statement and its data."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
