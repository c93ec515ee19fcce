"""govdb: Chinese local-governance news into a relational database."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("govdb")
except PackageNotFoundError:  # running from a checkout without an install
    __version__ = "0.0.0"
