"""Is a piece of SQL one statement that only reads? Checked before `govdb query` runs it.

The read-only transaction the query runs in is the second barrier, not the first: PostgreSQL's
simple protocol runs `commit; delete …` as two statements, the second outside that transaction,
and a function call can reach other sessions or the server's files from inside a SELECT. So the
text is lexed (strings, quoted names, comments and dollar quotes set aside), and refused unless
it is a single SELECT, WITH, VALUES, TABLE or EXPLAIN that calls no function of those kinds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govdb.errors import GovdbError

_READING = {"select", "with", "values", "table", "explain"}
_WRITING = {
    *[
        "insert",
        "update",
        "delete",
        "merge",
        "create",
        "drop",
        "alter",
        "truncate",
        "grant",
        "revoke",
        "copy",
        "call",
        "do",
    ],
    *[
        "vacuum",
        "attach",
        "detach",
        "pragma",
        "reindex",
        "refresh",
        "listen",
        "notify",
        "lock",
        "set",
        "reset",
    ],
}
# Functions that act outside the query's own transaction: on other sessions, the server's files
# or settings, large objects, other databases, or that change the transaction's own settings.
_REFUSED_CALLS = re.compile(
    r"^(?:pg_(?:terminate|cancel)_backend|pg_(?:read|read_binary|stat)_file|pg_ls_\w+"
    r"|pg_reload_conf|pg_rotate_logfile|pg_promote|pg_(?:advisory|try_advisory)\w*"
    r"|lo_\w+|dblink\w*|set_config|pg_file_\w+|query_to_xml\w*|pg_sleep\w*"
    r"|load_extension|writefile|readfile|edit)$"
)
_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<line_comment>--[^\n]*)
    | (?P<block_comment>/\*)
    | (?P<dollar>\$(?:[A-Za-z_][A-Za-z_0-9]*)?\$)
    | (?P<string>[Ee]'(?:[^'\\]|\\.|'')*'|'(?:[^']|'')*')
    | (?P<quoted>"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\])
    | (?P<word>[A-Za-z_][A-Za-z_0-9$]*)
    | (?P<semicolon>;)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def check_reading(sql: str) -> None:
    """Raise `GovdbError` with a one-line reason unless `sql` is one statement that reads."""
    words, statements = _lex(sql)
    if statements == 0 or not words:
        raise GovdbError("no SQL statement given")
    if statements > 1:
        raise GovdbError("one statement at a time: govdb query runs a single SELECT")
    first = words[0][0].lower()
    if first not in _READING:
        raise GovdbError(f"govdb query only reads: {first.upper()} statements are refused")
    for index, (word, next_char) in enumerate(words):
        lowered = word.lower()
        before = words[index - 1][0].lower() if index else ""
        if next_char == "(" and _REFUSED_CALLS.match(lowered):
            raise GovdbError(f"govdb query does not call {lowered}()")
        if lowered == "into":
            raise GovdbError("govdb query only reads: SELECT … INTO creates a table")
        # WITH d AS (DELETE …), EXPLAIN ANALYZE UPDATE …; but SELECT … FOR UPDATE only locks.
        if lowered in _WRITING and not (lowered == "update" and before in ("for", "key")):
            raise GovdbError(f"govdb query only reads: {lowered.upper()} is refused")


def _lex(sql: str) -> tuple[list[tuple[str, str]], int]:
    """The bare words of `sql` (each with the next non-space character, to tell a call), and
    how many statements it holds (text after the last semicolon counts as one)."""
    words: list[tuple[str, str]] = []
    statements = 0
    pending = False  # a statement has started since the last semicolon
    for kind, start, end in _tokens(sql):
        if kind == "semicolon":
            statements += pending
            pending = False
        elif kind == "word":
            rest = sql[end:].lstrip()
            words.append((sql[start:end], rest[:1]))
            pending = True
        elif kind not in ("space", "line_comment", "block_comment"):
            pending = True
    return words, statements + pending


def _tokens(sql: str) -> Iterator[tuple[str, int, int]]:
    """The tokens of `sql` as (kind, start, end); a block comment or a dollar-quoted string is
    one token, however long."""
    position = 0
    while position < len(sql):
        match = _TOKEN.match(sql, position)
        assert match is not None  # `other` matches any character
        kind, text = match.lastgroup, match.group()
        start, position = position, match.end()
        if kind == "block_comment":
            position = _block_comment_end(sql, position)
        elif kind == "dollar":
            end = sql.find(text, position)
            if end < 0:
                raise GovdbError("unterminated dollar-quoted string")
            position = end + len(text)
        assert kind is not None
        yield kind, start, position


def parameters(sql: str) -> list[tuple[str, int, int]]:
    """The named parameters of `sql` (`:place`), each as (name, start, end) of its `:name`.

    Only outside strings, quoted names and comments; `x::int` is a cast, not a parameter, but
    `:n::int` is parameter n cast to int."""
    found: list[tuple[str, int, int]] = []
    tokens = list(_tokens(sql))
    for index, (kind, start, end) in enumerate(tokens[:-1]):
        if kind != "other" or sql[start:end] != ":":
            continue
        if index and tokens[index - 1][0] == "other" and sql[tokens[index - 1][1]] == ":":
            continue
        following, name_start, name_end = tokens[index + 1]
        if following == "word" and name_start == end:
            found.append((sql[name_start:name_end], start, name_end))
    return found


def _block_comment_end(sql: str, position: int) -> int:
    """PostgreSQL nests block comments."""
    depth = 1
    while depth:
        match = re.compile(r"/\*|\*/").search(sql, position)
        if match is None:
            raise GovdbError("unterminated comment")
        depth += 1 if match.group() == "/*" else -1
        position = match.end()
    return position
