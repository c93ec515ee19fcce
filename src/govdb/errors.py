"""The one exception type the command line turns into a one-line message."""


class GovdbError(Exception):
    """Bad input or an unusable database: shown to the user as one line, never a traceback."""
