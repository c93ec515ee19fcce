"""Named initiatives: an article's text into program mentions with canonical names and kinds."""

from govdb.programs.canonical import canonical_name
from govdb.programs.find import ProgramMention, find_programs

__all__ = ["ProgramMention", "canonical_name", "find_programs"]
