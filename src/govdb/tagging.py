"""Part-of-speech tagging exactly as jieba's tagger (`jieba.posseg`, HMM on) tags, on any
segmenter that gives jieba's word graph route.

jieba's tagger cuts a text a second time: the dictionary's best route through each block, then
its own hidden Markov model over the runs of single characters that no word covers (names, a
number with its classifier). That model is most of its cost, and its Viterbi search spends most
of its time working out which states may follow which, again for every character. The search
here reads the same model tables and gives the same words and tags, with the states that may
follow each state worked out once; the route comes from whichever segmenter the tokenizer has
(jieba's own, or a compiled one), so both tokenizers share this one tagger.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Any

# jieba.posseg's block and piece patterns, as it splits a text before tagging.
_HAN_INTERNAL = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_SKIP_INTERNAL = re.compile(r"(\r\n|\s)")
_HAN_DETAIL = re.compile(r"([\u4E00-\u9FD5]+)")
_SKIP_DETAIL = re.compile(r"([\.0-9]+|[a-zA-Z0-9]+)")
_NUM = re.compile(r"[\.0-9]+")
_ENG = re.compile(r"[a-zA-Z0-9]+")

MIN_FLOAT = -3.14e100  # jieba's floor for an unseen emission

# (word, start, end, tag): a tagged word and its span in the text tagged.
Tagged = tuple[str, int, int, str]


def tag_text(
    text: str,
    route: Callable[[str], list[str]],
    known: Callable[[str], bool],
    tag_of: Callable[[str], str],
) -> list[Tagged]:
    """`text` cut and tagged as jieba.posseg.POSTokenizer.cut(text, HMM=True) does.

    `route(block)`: the words of the dictionary's best route through a block of characters
    (every character not in a word a word of its own); `known(run)`: whether the dictionary
    holds the run with a frequency; `tag_of(word)`: the dictionary's part of speech, 'x' for
    none."""
    tagged: list[Tagged] = []
    position = 0
    for block in _HAN_INTERNAL.split(text):
        if not block:
            continue
        if _HAN_INTERNAL.match(block):
            for word, tag in _tag_block(block, route, known, tag_of):
                end = position + len(word)
                tagged.append((word, position, end, tag))
                position = end
            continue
        for piece in _SKIP_INTERNAL.split(block):
            if not piece:
                continue
            if _SKIP_INTERNAL.match(piece):
                tagged.append((piece, position, position + len(piece), "x"))
                position += len(piece)
                continue
            english = _ENG.match(piece) is not None  # of the piece, as jieba tests it
            for char in piece:
                tag = "m" if _NUM.match(char) else "eng" if english else "x"
                tagged.append((char, position, position + 1, tag))
                position += 1
    return tagged


def _tag_block(
    block: str,
    route: Callable[[str], list[str]],
    known: Callable[[str], bool],
    tag_of: Callable[[str], str],
) -> Iterator[tuple[str, str]]:
    run = ""  # single characters of the route not yet tagged
    for word in route(block):
        if len(word) == 1:
            run += word
            continue
        if run:
            yield from _tag_run(run, known, tag_of)
            run = ""
        yield word, tag_of(word)
    if run:
        yield from _tag_run(run, known, tag_of)


def _tag_run(
    run: str, known: Callable[[str], bool], tag_of: Callable[[str], str]
) -> Iterator[tuple[str, str]]:
    if len(run) == 1:
        yield run, tag_of(run)
    elif not known(run):
        yield from _tag_unknown(run)
    else:
        for char in run:
            yield char, tag_of(char)


def _tag_unknown(run: str) -> Iterator[tuple[str, str]]:
    """A run no dictionary word covers: Chinese characters by the model, numbers and latin by
    their look."""
    for block in _HAN_DETAIL.split(run):
        if not block:
            continue
        if _HAN_DETAIL.match(block):
            yield from _model_words(block)
            continue
        for piece in _SKIP_DETAIL.split(block):
            if piece:
                tag = "m" if _NUM.match(piece) else "eng" if _ENG.match(piece) else "x"
                yield piece, tag


def _model_words(chars: str) -> list[tuple[str, str]]:
    """Words and tags of the model's best path through `chars` (jieba.posseg's __cut)."""
    states = viterbi(chars)
    words = []
    begin = following = 0
    for i, char in enumerate(chars):
        position, tag = states[i]
        if position == "B":
            begin = i
        elif position == "E":
            words.append((chars[begin : i + 1], tag))
            following = i + 1
        elif position == "S":
            words.append((char, tag))
            following = i + 1
    if following < len(chars):
        words.append((chars[following:], states[following][1]))
    return words


@lru_cache(maxsize=1)
def _model() -> tuple[Any, Any, Any, Any, tuple[Any, ...], dict[Any, float]]:
    """jieba.posseg's model tables (character → its possible states; start, transition and
    emission log-probabilities), read from their modules in jieba's package without importing
    the package itself: that import makes a module-wide tagger, which reads jieba's dictionary
    (half a second) for a table we already hold."""
    char_states, start, trans, emit = (
        _module_table(name) for name in ("char_state_tab", "prob_start", "prob_trans", "prob_emit")
    )
    # The likeliest move into each state, from any state: bounds what a state can reach.
    best_move: dict[Any, float] = {}
    for moves in trans.values():
        for y, move in moves.items():
            best_move[y] = max(move, best_move.get(y, move))
    return char_states, start, trans, emit, tuple(trans.keys()), best_move


def _module_table(name: str) -> Any:
    import importlib.util
    from pathlib import Path

    import jieba

    path = Path(jieba.__file__).parent / "posseg" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"govdb._jieba_posseg_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.P


def viterbi(chars: str) -> list[tuple[str, str]]:
    """The best (position, tag) state of each character: jieba.posseg.viterbi's result.

    jieba's search first collects, for each character, every state any state of the one
    before may move to, then compares every state before with every state after. Here a state
    of the character is kept when some state before it moves to it, and the states before are
    tried best first, stopping once even the likeliest move into the state could not catch up
    with the best found (float addition is monotonic, so none after could either). The maximum
    is the same: moves not in the table are impossible (−∞) there, and ties, which are never
    cut off, are broken the same way, on the state."""
    char_states, start, trans, emit, every_state, best_move = _model()
    first = chars[0]
    scores = {
        y: start[y] + emit[y].get(first, MIN_FLOAT) for y in char_states.get(first, every_state)
    }
    back: list[dict[Any, Any]] = [dict.fromkeys(scores, "")]
    for char in chars[1:]:
        previous = sorted(
            ((score, x, trans[x]) for x, score in scores.items() if trans[x]),
            key=_score,
            reverse=True,
        )
        step: dict[Any, float] = {}
        came: dict[Any, Any] = {}
        for y in char_states.get(char, every_state):
            if y in step or y not in best_move:
                continue
            emitted = emit[y].get(char, MIN_FLOAT)
            ceiling = best_move[y]
            best: tuple[float, Any] | None = None
            for score, x, moves in previous:
                if best is not None and score + ceiling + emitted < best[0]:
                    break
                move = moves.get(y)
                if move is None:
                    continue
                candidate = (score + move + emitted, x)
                if best is None or candidate > best:
                    best = candidate
            if best is not None:
                step[y], came[y] = best
        if not step:  # no state of this character can follow any before it
            return _viterbi_any_state(chars, char_states, start, trans, emit)
        scores = step
        back.append(came)
    state = max((score, y) for y, score in scores.items())[1]
    path = [state] * len(chars)
    for i in range(len(chars) - 1, 0, -1):
        state = back[i][state]
        path[i - 1] = state
    return path


def _score(entry: tuple[float, Any, Any]) -> float:
    return entry[0]


def known_tags(dictionary: Mapping[str, str], taught: Mapping[str, str]) -> Callable[[str], str]:
    """tag_of for `tag_text`: taught words' parts of speech over the dictionary's, 'x' for
    a word of neither (as jieba's tagger merges them)."""
    taught_get, dictionary_get = taught.get, dictionary.get

    def tag_of(word: str) -> str:
        return taught_get(word) or dictionary_get(word, "x")

    return tag_of


def _viterbi_any_state(chars: str, *model: Any) -> list[tuple[str, str]]:
    """jieba's own search, for a character none of whose states can follow the one before
    (it then tries every state that can): rare enough not to be worth a copy. Its module is
    loaded by path, as the tables are."""
    import importlib.util
    from pathlib import Path

    import jieba

    path = Path(jieba.__file__).parent / "posseg" / "viterbi.py"
    spec = importlib.util.spec_from_file_location("govdb._jieba_posseg_viterbi", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.viterbi(chars, *model)[1])
